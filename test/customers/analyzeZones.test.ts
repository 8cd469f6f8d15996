/** Analyze and NEXT_PURCHASE on a day whose midnight the clocks skip (Chile, 2024-09-08). */
import { describe, expect, it } from 'vitest';
import { wallClock as wallClockAt } from '../../local/clock';
import { StandIn } from '../../local/runner';
import { isoDay } from '../../src/core/ground/zone';

/** Intl's wall clock of an instant in a zone (the stand-in's own, held against Intl alone). */
const wallClock = (tz: string) => (at: number) => wallClockAt(tz, at);

describe('Analyze and NEXT_PURCHASE where midnight is skipped', () => {
  const santiago = wallClock('America/Santiago');
  const dayInSantiago = (d: Date) => isoDay(santiago(d.getTime()));

  it('shows a purchase made on the change day on that day', () => {
    const s = new StandIn({
      locale: 'en_US',
      userLocale: 'en',
      timeZone: 'America/Santiago',
      today: '2024-10-01T12:00:00Z',
    });
    s.spreadsheet._load('Orders', [
      ['Customer ID', 'Amount', 'Order date'],
      ['a', 10, '2024-08-25'],
      ['a', 10, '2024-09-01'],
      ['b', 10, '2024-09-08 10:00'],
    ]);
    s.run('analyzeCustomers');
    const rows = s.spreadsheet.getSheetByName('客户 Customers')!.getDataRange().getValues();
    const b = rows.find((r) => r[0] === 'b')!;
    const a = rows.find((r) => r[0] === 'a')!;
    expect(dayInSantiago(b[7] as Date)).toBe('2024-09-08'); // first purchase
    // a bought every 7 days: next on 2024-09-08, the day whose midnight does not exist.
    expect(dayInSantiago(a[10] as Date)).toBe('2024-09-08');
  });

  it('gives NEXT_PURCHASE on the change day, not an hour into the day before', () => {
    const s = new StandIn({ locale: 'en_US', timeZone: 'America/Santiago' });
    const out = s.formula(
      'NEXT_PURCHASE',
      [['a'], ['a']],
      [['2024-08-25'], ['2024-09-01']],
    ) as Date[][];
    expect(dayInSantiago(out[0][0])).toBe('2024-09-08');
  });
});
