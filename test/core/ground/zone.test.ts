import { describe, expect, it } from 'vitest';
import { dayOf, zone } from '../../../src/core/ground/zone';

describe('time zones', () => {
  it('finds offsets across a clock change', () => {
    const ny = zone('America/New_York');
    expect(ny.offset(Date.parse('2024-03-10T06:00:00Z'))).toBe(-5 * 3_600_000);
    expect(ny.offset(Date.parse('2024-03-10T07:00:00Z'))).toBe(-4 * 3_600_000);
    // 2024-03-10 02:30 does not exist in New York; 01:30 local is 06:30Z.
    expect(new Date(ny.toUtc(Date.UTC(2024, 2, 10, 1, 30))).toISOString()).toBe(
      '2024-03-10T06:30:00.000Z',
    );
  });

  it('counts calendar days in the zone', () => {
    const at = Date.parse('2024-01-04T16:30:00Z');
    expect(dayOf(zone('Asia/Shanghai').toLocal(at)) - dayOf(zone('UTC').toLocal(at))).toBe(1);
  });

  it('takes offsets from the runtime when Intl does not know the zone, and names a zone nobody knows', () => {
    const eight = zone('Stand-in/Eight', () => 8 * 3_600_000);
    expect(new Date(eight.toLocal(0)).toISOString()).toBe('1970-01-01T08:00:00.000Z');
    expect(() => zone('Nowhere/Land')).toThrow('Unknown time zone "Nowhere/Land"');
  });
});
