/** The sidebar's side of ServerApi: google.script.run as typed promises. */
import type { ServerApi } from '../shared/api';

type Runner = {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
} & Record<string, (arg?: unknown) => void>;

declare const google: { script: { run: Runner } };

export function call<K extends keyof ServerApi>(
  name: K,
  ...arg: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<ServerApi[K]>))
      .withFailureHandler(reject);
    run[name](...(arg as [unknown?]));
  });
}
