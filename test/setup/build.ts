import { build } from '../../scripts/build';

export default async function setup(): Promise<void> {
  await build();
}
