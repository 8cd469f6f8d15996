/**
 * The ledger that decides every send: a key stands where its highest-numbered row says, in
 * whatever order the rows stand and whatever else is among them. The property test makes each
 * reminder's life as the job lives it (planned, sending, then sent, to retry or failed…) and
 * knows its last step itself; the ledger must find that step in any order of the rows.
 *
 * A failure prints fast-check's seed and path; replay it with FC_SEED=<seed> FC_PATH=<path>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compacted,
  ledgerRow,
  noteRow,
  notesOf,
  readLedger,
  tally,
  talliesOf,
  tallyNote,
} from '../../../src/core/reminders/ledger';
import type { LogEntry, LogStatus } from '../../../src/core/reminders/sendLog';

const replay = {
  seed: process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED),
  path: process.env.FC_PATH,
};

const entry = (
  key: string,
  status: LogStatus,
  over: Partial<LogEntry['details']> = {},
): LogEntry => ({
  time: 1_700_000_000_000,
  customer: key.toUpperCase(),
  email: `${key}@example.com`,
  rule: 'follow-up',
  key,
  status,
  attempts: status === 'planned' ? 0 : 1,
  note: '',
  details: {
    customer: key,
    kind: 'followUp',
    priority: 1,
    tier: 'A',
    sendDay: 100,
    until: 107,
    name: '王芳',
    phone: '',
    values: { product: '湿巾' },
    ...over,
  },
});

/** The lives a reminder can have in the job, each ending where the last step says. */
const LIVES: readonly (readonly LogStatus[])[] = [
  ['planned'],
  ['planned', 'sending'],
  ['planned', 'sending', 'sent'],
  ['planned', 'sending', 'retry'],
  ['planned', 'sending', 'retry', 'sending', 'sent'],
  ['planned', 'sending', 'retry', 'sending', 'retry', 'sending', 'failed'],
  ['planned', 'sending', 'unknown'],
  ['planned', 'sending', 'unknown', 'dismissed'],
  ['planned', 'skipped'],
  ['contact', 'listed'],
];

/** What the team might leave on a sheet: notes, blanks, a status of their own, a stray number. */
const junk = fc.constantFrom<unknown[]>(
  ['', '', '', ''],
  ['已发送，客户已回复', '', '', ''],
  ['a', 'x', 'sent', '{}'],
  ['a', 99, '已发送', '{"time":1}'],
  ['b', 5, 'sent', 'not json'],
  [42, '', '', ''],
);

describe('the ledger', () => {
  it('reads an event back as it was recorded', () => {
    const e = { ...entry('a', 'retry'), note: 'Service unavailable', attempts: 2 };
    expect(readLedger([ledgerRow(e, 7)]).latest.get('a')).toEqual({ entry: e, seq: 7 });
  });

  it('finds each key where its last event left it, in any order of the rows and among any others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LIVES.keys()), { minLength: 1, maxLength: 8 }),
        fc.array(junk, { maxLength: 4 }),
        fc.infiniteStream(fc.nat()),
        (lives, junkRows, shuffle) => {
          let seq = 0;
          const rows: unknown[][] = [];
          const expected = new Map<string, LogStatus>();
          lives.forEach((life, i) => {
            const key = `k${i}`;
            for (const status of LIVES[life]) rows.push(ledgerRow(entry(key, status), ++seq));
            expected.set(key, LIVES[life].at(-1)!);
          });
          rows.push(...junkRows);
          // A shuffle of the rows, as a sort or a filter by the team would leave them.
          const it = shuffle[Symbol.iterator]();
          for (let i = rows.length - 1; i > 0; i--) {
            const j = it.next().value! % (i + 1);
            [rows[i], rows[j]] = [rows[j], rows[i]];
          }
          const latest = readLedger(rows).latest;
          for (const [key, status] of expected) expect(latest.get(key)?.entry.status).toBe(status);
          // The next event is numbered above every event recorded.
          expect(readLedger(rows).maxSeq).toBeGreaterThanOrEqual(seq);
        },
      ),
      { ...replay, numRuns: 300 },
    );
  });

  it('never lets a plan the user did not ask for undo a send that reached, or may have reached, the customer', () => {
    const rows = [ledgerRow(entry('a', 'sent'), 3), ledgerRow(entry('a', 'planned'), 8)];
    expect(readLedger(rows).latest.get('a')?.entry.status).toBe('sent');
    const unknown = [ledgerRow(entry('b', 'unknown'), 3), ledgerRow(entry('b', 'retry'), 4)];
    expect(readLedger(unknown).latest.get('b')?.entry.status).toBe('unknown');
    // The user's resend of an unknown goes; so does its own sending and end.
    const resend = [
      ledgerRow(entry('c', 'unknown'), 3),
      ledgerRow(entry('c', 'planned', { byHand: true }), 4),
    ];
    expect(readLedger(resend).latest.get('c')?.entry.status).toBe('planned');
    const dismissed = [ledgerRow(entry('d', 'unknown'), 3), ledgerRow(entry('d', 'dismissed'), 4)];
    expect(readLedger(dismissed).latest.get('d')?.entry.status).toBe('dismissed');
  });

  it('passes over rows it cannot read', () => {
    const good = ledgerRow(entry('a', 'sent'), 1);
    const ledger = readLedger([
      good,
      ['', 2, 'sent', good[3]],
      ['b', 'x', 'sent', good[3]],
      ['c', 3, '', good[3]],
      ['d', 4, 'whatever', good[3]],
      ['e', 5, 'sent', '{"time":"yesterday","details":{}}'],
      ['f', 6, 'sent', 'null'],
      // A time but no day to send on, a day but no time, no details at all, or not JSON.
      ['g', 7, 'sent', '{"time":1,"details":{}}'],
      ['h', 8, 'sent', '{"time":"1","details":{"sendDay":100}}'],
      ['i', 9, 'sent', '{"time":1}'],
      ['j', 10, 'sent', '{"time":1,'],
    ]);
    expect([...ledger.latest.keys()]).toEqual(['a']);
  });

  it('keeps notes apart from reminders, the latest of each standing', () => {
    const ledger = readLedger([
      noteRow({ key: '#dne|key:a', seq: 2, status: 'lifted', data: { key: 'a' } }),
      noteRow({ key: '#dne|key:a', seq: 1, status: 'blocked', data: { key: 'a' } }),
      noteRow({ key: '#answer|1|a x', seq: 3, status: 'filed', data: {} }),
      ['#broken', 4, 'filed', 'not json'],
    ]);
    expect(ledger.latest.size).toBe(0);
    expect(ledger.notes.get('#dne|key:a')?.status).toBe('lifted');
    // A customer whose own key starts with "#" is a customer all the same.
    const hash = readLedger([ledgerRow(entry('#12', 'sent'), 1)]);
    expect([...hash.latest.keys()]).toEqual(['#12']);
    expect(hash.notes.size).toBe(0);
    // Notes of one kind, by the rest of their key.
    expect([...notesOf(ledger, '#dne|').keys()]).toEqual(['key:a']);
    expect([...notesOf(ledger, '#answer|').keys()]).toEqual(['1|a x']);
    expect([...ledger.notes.keys()].sort()).toEqual(['#answer|1|a x', '#dne|key:a']);
    expect(ledger.maxSeq).toBe(4);
  });

  it('tallies a plan’s skips per day, rule and reason, and a day planned again replaces its tally', () => {
    const skipped = (key: string, reason: 'audience' | 'cap', sendDay = 100) => ({
      ...entry(key, 'skipped', { reason, sendDay }),
    });
    const t = tally(
      [
        skipped('a', 'audience'),
        skipped('b', 'audience'),
        skipped('c', 'cap'),
        skipped('d', 'audience', 101),
        entry('e', 'planned'),
        entry('f', 'contact', { reason: 'noEmail' }),
      ],
      5,
    );
    expect(t.map((x) => [x.day, x.reason, x.count])).toEqual([
      [100, 'audience', 2],
      [100, 'cap', 1],
      [101, 'audience', 1],
    ]);
    const rows = [
      noteRow(tallyNote({ ...t[0], count: 2 }, 1)),
      noteRow(tallyNote({ ...t[0], count: 2 }, 9)),
    ];
    expect(talliesOf(readLedger(rows)).map((x) => x.count)).toEqual([2]);
    // A tally whose count, day or reason does not read is no tally.
    const bad = (data: unknown) =>
      talliesOf(readLedger([noteRow({ key: '#skipped|x', seq: 1, status: 'skipped', data })]));
    expect(bad({ ...t[0], count: 1.5 })).toEqual([]);
    expect(bad({ ...t[0], day: '100' })).toEqual([]);
    expect(bad({ ...t[0], reason: 'bored' })).toEqual([]);
    expect(bad(t[0])).toHaveLength(1);
  });

  it('forgets keys sent or listed long ago, but keeps each customer’s last mail for its address', () => {
    const rows = [
      ledgerRow(entry('a1', 'sent', { customer: 'a', until: 40 }), 1),
      ledgerRow(entry('a2', 'sent', { customer: 'a', until: 60 }), 2),
      ledgerRow(entry('b1', 'sent', { customer: 'b', until: 60 }), 3),
      ledgerRow(entry('b2', 'sent', { customer: 'b', until: 130 }), 4),
      ledgerRow(entry('c1', 'listed', { customer: 'c', until: 60 }), 5),
      ledgerRow(entry('d1', 'contact', { customer: 'd', until: 60 }), 6),
      ledgerRow(entry('e1', 'planned', { customer: 'e', until: 60 }), 7),
    ];
    const kept = readLedger(compacted(readLedger(rows), 100)).latest;
    expect([...kept.keys()]).toEqual(['a2', 'b1', 'b2', 'd1', 'e1']);
  });

  it('compacts to each key’s standing, dropping keys long settled without reaching anyone', () => {
    const rows = [
      ledgerRow(entry('a', 'planned'), 1),
      ledgerRow(entry('a', 'sending'), 2),
      ledgerRow(entry('a', 'sent'), 3),
      ledgerRow(entry('old', 'skipped', { until: 50, reason: 'expired' }), 4),
      ledgerRow(entry('new', 'skipped', { until: 120, reason: 'expired' }), 5),
      ledgerRow(entry('edge', 'failed', { until: 100 }), 10),
      ledgerRow(entry('u', 'unknown', { until: 50 }), 6),
      noteRow(tallyNote({ day: 40, rule: 'r', reason: 'cap', count: 1, time: 0 }, 7)),
      noteRow(tallyNote({ day: 110, rule: 'r', reason: 'cap', count: 1, time: 0 }, 8)),
      noteRow(tallyNote({ day: 100, rule: 'r', reason: 'audience', count: 1, time: 0 }, 11)),
      noteRow({ key: '#dne|key:z', seq: 9, status: 'blocked', data: { key: 'z' } }),
    ];
    const before = readLedger(rows);
    const rowsKept = compacted(before, 100);
    // In number order, a key's last day and a tally's day on the edge kept.
    expect(rowsKept.map((r) => r[1])).toEqual([3, 5, 6, 8, 9, 10, 11]);
    const after = readLedger(rowsKept);
    expect([...after.latest].map(([k, l]) => [k, l.entry.status, l.seq])).toEqual([
      ['a', 'sent', 3],
      ['new', 'skipped', 5],
      ['u', 'unknown', 6],
      ['edge', 'failed', 10],
    ]);
    expect([...after.notes.keys()]).toEqual([
      '#skipped|110|r|cap',
      '#dne|key:z',
      '#skipped|100|r|audience',
    ]);
    expect(after.maxSeq).toBe(11);
  });
});
