/**
 * SheetCare's ledger as a test or the simulator reads it, from the hidden sheet's cells alone
 * (README, "Reminder emails": key, number, status, content as JSON): each reminder key's
 * standing is its row with the highest number; a row whose content has no reminder's details
 * is a note (its key starts with "#"). Read here
 * apart from the product's own reading, so a bug there cannot hide a duplicate or a loss.
 * SheetCare compacts its ledger, forgetting keys long settled; a `LedgerWatch` read after each
 * run keeps every key it ever saw.
 */
import type { FakeSheet } from './spreadsheet/sheet';
import type { FakeSpreadsheet } from './spreadsheet/spreadsheet';

export interface Standing {
  readonly status: string;
  readonly seq: number;
  readonly rule: string;
  readonly customer: string;
  readonly email: string;
  readonly note: string;
  readonly reason: string;
  readonly attempts: number;
}

/** The sheet carrying SheetCare's mark for the ledger. */
export function ledgerSheet(ss: FakeSpreadsheet): FakeSheet | undefined {
  return ss._sheets.find((s) =>
    s._metadata.some((m) => {
      try {
        return (
          m._key === 'sheetcare.result' &&
          (JSON.parse(m._value ?? '') as { role?: string }).role === 'ledger'
        );
      } catch {
        return false;
      }
    }),
  );
}

function rowsOf(ss: FakeSpreadsheet): unknown[][] {
  const sheet = ledgerSheet(ss);
  return sheet ? sheet.getDataRange().getValues().slice(1) : [];
}

/** Every reminder key's standing. */
export function standings(ss: FakeSpreadsheet): Map<string, Standing> {
  const out = new Map<string, Standing>();
  for (const [key, seq, status, json] of rowsOf(ss)) {
    const k = String(key);
    if (!k || (out.get(k)?.seq ?? -1) > Number(seq)) continue;
    const e = JSON.parse(String(json)) as {
      rule: string;
      customer: string;
      email: string;
      note: string;
      attempts: number;
      details?: { reason?: string };
    };
    if (!e.details) continue;
    out.set(k, {
      status: String(status),
      seq: Number(seq),
      rule: e.rule,
      customer: e.customer,
      email: e.email,
      note: e.note,
      reason: e.details.reason ?? '',
      attempts: e.attempts,
    });
  }
  return out;
}

/** The notes under a prefix ("#skipped|", "#dne|"…): the latest of each key. */
export function notes(
  ss: FakeSpreadsheet,
  prefix: string,
): Map<string, { status: string; data: Record<string, unknown> }> {
  const out = new Map<string, { status: string; seq: number; data: Record<string, unknown> }>();
  for (const [key, seq, status, json] of rowsOf(ss)) {
    const k = String(key);
    if (!k.startsWith(prefix) || (out.get(k)?.seq ?? -1) > Number(seq)) continue;
    out.set(k, {
      status: String(status),
      seq: Number(seq),
      data: JSON.parse(String(json)) as Record<string, unknown>,
    });
  }
  return out;
}

/**
 * Every key's standing and every tally, kept across compactions: read after each run, it takes
 * only the rows numbered above those it has seen (a row, once written, never changes).
 */
export class LedgerWatch {
  readonly standings = new Map<string, Standing>();
  readonly tallies = new Map<string, { rule: string; reason: string; count: number }>();
  private seen = 0;
  private writes = -1;

  read(ss: FakeSpreadsheet): void {
    // Nothing was written since the last look: nothing to read (a run that did nothing).
    const writes = ss._env.counts.get('Range.setValues') ?? 0;
    const sheet = ledgerSheet(ss);
    if (!sheet || writes === this.writes) return;
    this.writes = writes;
    let top = this.seen;
    for (const [key, seq, status, json] of sheet.getDataRange().getValues().slice(1)) {
      const n = Number(seq);
      if (!(n > this.seen)) continue;
      top = Math.max(top, n);
      const k = String(key);
      const data = JSON.parse(String(json)) as Record<string, unknown>;
      if (!data.details) {
        if (k.startsWith('#skipped|'))
          this.tallies.set(k, data as { rule: string; reason: string; count: number });
      } else if ((this.standings.get(k)?.seq ?? -1) < n) {
        const e = data as { rule: string; customer: string; email: string; note: string };
        this.standings.set(k, {
          status: String(status),
          seq: n,
          rule: e.rule,
          customer: e.customer,
          email: e.email,
          note: e.note,
          reason: (data.details as { reason?: string }).reason ?? '',
          attempts: Number(data.attempts),
        });
      }
    }
    this.seen = top;
  }
}
