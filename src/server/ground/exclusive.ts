/**
 * One run at a time on a spreadsheet's reminders and surveys, whatever kind of run and whoever
 * runs it. The document lock keeps apart the runs that have the document; an add-on's clock run
 * may have none, and the user lock keeps apart only one user's runs. So a run takes both locks
 * it can, and a lease in the spreadsheet's own store, which every run reaches: it writes its
 * token with a time limit, reads it back, and goes on only if the lease is still its own. A
 * lease its own user left is stale (holding the user lock, no other run of theirs is alive:
 * Apps Script lets go of a killed run's locks); another user's ends with the longest a run can
 * last.
 */
import { ownEntry, parsed } from './spreadsheetStore';

const LEASE_KEY = 'sheetcare.lease';
/** A run lasts six minutes at most: a lease older than that was a killed run's. */
export const LEASE_MS = 7 * 60_000;
/** How long a run waits for the lock before it says another is busy. */
export const LOCK_WAIT_MS = 20_000;

interface Lease {
  readonly token: string;
  /** The user whose run holds it. */
  readonly by: string;
  readonly until: number;
}

type LeaseEntry = ReturnType<typeof ownEntry>;

function heldBy(entry: LeaseEntry): Lease | undefined {
  const lease = parsed<Lease>(entry.read());
  return lease && typeof lease.token === 'string' && Number.isFinite(lease.until)
    ? { token: lease.token, by: String(lease.by ?? ''), until: lease.until! }
    : undefined;
}

function takeLease(entry: LeaseEntry, me: string): string | undefined {
  const now = Date.now();
  const held = heldBy(entry);
  if (held && held.until > now && held.by !== me) return undefined;
  const token = Utilities.getUuid();
  entry.write(JSON.stringify({ token, by: me, until: now + LEASE_MS }));
  // Two runs that wrote at once both read the one that stayed.
  return heldBy(entry)?.token === token ? token : undefined;
}

function endLease(entry: LeaseEntry, token: string): void {
  const held = heldBy(entry);
  if (held?.token === token) entry.write(JSON.stringify({ ...held, until: 0 }));
}

/** Runs f alone on this spreadsheet's reminders and surveys, or answers busy() at once. */
export function exclusive<T>(f: () => T, busy: () => T): T {
  const locks = [LockService.getDocumentLock(), LockService.getUserLock()].filter((l) => !!l);
  const taken: GoogleAppsScript.Lock.Lock[] = [];
  try {
    for (const lock of locks) {
      if (!lock.tryLock(LOCK_WAIT_MS)) return busy();
      taken.push(lock);
    }
    const entry = ownEntry(LEASE_KEY);
    const token = takeLease(entry, Session.getEffectiveUser().getEmail());
    if (!token) return busy();
    try {
      return f();
    } finally {
      endLease(entry, token);
    }
  } finally {
    for (const lock of taken) lock.releaseLock();
  }
}
