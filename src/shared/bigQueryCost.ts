/**
 * What a query costs at BigQuery's on-demand price: $6.25 a TiB read, after the first TiB each
 * month, which is free (https://cloud.google.com/bigquery/pricing#on_demand_pricing, 2026).
 * Shown beside each Analyze on a BigQuery table and used by the README's figures.
 */
export const USD_PER_TIB = 6.25;
export const TIB = 2 ** 40;

export const onDemandCost = (bytesBilled: number): number => (bytesBilled / TIB) * USD_PER_TIB;

/** Bytes as a person reads them: 1.2 GB, 340 MB (BigQuery's own units are binary). */
export function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 100 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}
