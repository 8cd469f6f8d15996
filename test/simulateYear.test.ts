/**
 * The reminder job's promise, over a simulated year on the sample shop with a consumer
 * account's 100 mails a day: 5% of sends fail and 5% of runs are killed at a random service
 * call, and still no reminder goes twice, none is lost, and the quota is never exceeded.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate, SimulationOptions, SimulationResult } from '../local/simulation';
import { ROOT } from '../scripts/build';
import { SAMPLE_SHOP_NAME } from '../src/core/ground/sampleShop';

const year = (faults: boolean, over: Partial<SimulationOptions> = {}): Promise<SimulationResult> =>
  simulate({
    workbook: path.join(ROOT, 'samples', 'sample-shop.xlsx'),
    shop: SAMPLE_SHOP_NAME,
    from: '2026-11-24',
    days: 365,
    quota: 100,
    failRate: faults ? 0.05 : 0,
    killRate: faults ? 0.05 : 0,
    seed: 7,
    dryRun: false,
    timeZone: 'Asia/Shanghai',
    locale: 'zh_CN',
    ...over,
  });

/** Where a reminder may end: none is left half-way (sending) or unaccounted for. */
const ENDS = new Set(['sent', 'planned', 'retry', 'failed', 'unknown', 'skipped', 'listed']);

describe('a simulated year of reminders, faults and all', () => {
  it(
    'sends no key twice, loses none, and keeps within the quota',
    { timeout: 600_000 },
    async () => {
      const faulty = await year(true);
      const s = faulty.summary as Record<string, number>;
      // The faults happened: runs were killed and sends failed.
      expect(s.runsKilled).toBeGreaterThan(10);
      expect(s.due).toBeGreaterThan(5000);
      for (const [key, k] of faulty.keys)
        expect(ENDS.has(k.status), `${key}: ${k.status}`).toBe(true);
      // A skip always says why.
      for (const k of faulty.keys.values())
        if (k.status === 'skipped') expect(k.reason).not.toBe('');
      expect(s.duplicates).toBe(0);
      expect(s.busiest24h).toBeLessThanOrEqual(100);
      // Every mail received is a key the log holds as sent, or one it cannot know (unknown).
      const received = faulty.mails.filter((m) => !m.to.includes('owner@example.com')).length;
      expect(received).toBeGreaterThanOrEqual(s.sent);
      expect(received).toBeLessThanOrEqual(s.sent + s.unknown);

      // The same year without faults: whatever the faulty year did not send is accounted for.
      const clean = await year(false);
      expect((clean.summary as Record<string, number>).duplicates).toBe(0);
      // Hourly runs with no spreadsheet open (the default) send what runs with it send.
      const withDocument = await year(false, { clockDocument: true });
      const mails = (r: SimulationResult) =>
        r.mails
          .map((m) => `${new Date(m.at).toISOString().slice(0, 10)} ${m.to.join(',')} ${m.subject}`)
          .sort();
      expect(mails(clean)).toEqual(mails(withDocument));
      expect(clean.summary).toEqual(withDocument.summary);
      const missing = [...clean.keys].filter(
        ([key, k]) => k.status === 'sent' && faulty.keys.get(key)?.status !== 'sent',
      );
      for (const [key] of missing) {
        const k = faulty.keys.get(key);
        // Failed, unknown or still deferred; or deferred until it was too late to send.
        const expired = k?.status === 'skipped' && k.reason === 'expired';
        expect(
          ['failed', 'unknown', 'planned', 'retry'].includes(k?.status ?? '') || expired,
          `${key}: ${k?.status} ${k?.reason}`,
        ).toBe(true);
      }
    },
  );
});

describe('a month with the team at work on the sheets', () => {
  it(
    'sorts, types over, inserts and deletes rows, and customers unsubscribe: no mail twice, none after unsubscribing, no unsubscribe lost',
    { timeout: 300_000 },
    async () => {
      const month = await year(true, { days: 45, editRate: 0.5, seed: 3 });
      const s = month.summary as Record<string, number>;
      // The team was busy, and customers did unsubscribe.
      expect(s.edits).toBeGreaterThan(150);
      expect(s.unsubscribed).toBeGreaterThan(5);
      expect(s.mailsReceived).toBeGreaterThan(300);
      expect(s.duplicates).toBe(0);
      expect(s.mailedAfterUnsubscribing).toBe(0);
      expect(s.unsubscribesLost).toBe(0);
      expect(s.busiest24h).toBeLessThanOrEqual(100);
    },
  );
});
