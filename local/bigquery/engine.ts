/**
 * DuckDB, called synchronously: an Apps Script advanced service blocks until BigQuery answers,
 * and the bundle runs in node:vm without awaiting, so the stand-in's engine runs in a worker
 * thread and each call waits on an Atomics flag for its answer.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import path from 'node:path';

export interface EngineParam {
  readonly name: string;
  readonly type: string;
  readonly value: unknown;
}

export interface EngineResult {
  readonly names: string[];
  /** DuckDB's names of the columns' types. */
  readonly types: string[];
  /** Each value as text (BigQuery's REST form), null for NULL. */
  readonly rows: (string | null)[][];
  readonly ms: number;
}

export class DuckDbEngine {
  private readonly worker: Worker;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly port;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(path.join(import.meta.dirname, 'duckdbWorker.mjs'), {
      workerData: { signal: this.flag.buffer, port: port2 },
      transferList: [port2],
    });
    this.worker.unref();
  }

  /** Runs one statement and waits for it; a DuckDB error is thrown with DuckDB's words. */
  run(sql: string, params: readonly EngineParam[] = []): EngineResult {
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage({ sql, params });
    Atomics.wait(this.flag, 0, 0);
    const answer = receiveMessageOnPort(this.port)?.message as
      ({ ok: true } & EngineResult) | { ok: false; message: string } | undefined;
    if (!answer) throw new Error('stand-in BigQuery: the engine did not answer');
    if (!answer.ok) throw new Error(answer.message);
    return answer;
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
