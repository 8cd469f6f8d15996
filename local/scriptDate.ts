/**
 * The script realm's Date. In Apps Script, local-time Date methods follow the project's time
 * zone (the manifest's `timeZone`, https://developers.google.com/apps-script/manifest#Manifest.FIELDS.timeZone;
 * https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()), not
 * the machine's: `new Date(2024, 0, 1)` is midnight in that zone. "Now" is the simulated
 * clock. The spreadsheet's own zone is a separate setting, applied by whoever reads cells.
 */
import vm from 'node:vm';
import { instantOf, wallClock } from './clock';

/** The wall-clock reading of a date string the host parsed as local time, as if UTC. */
function hostWall(text: string): number {
  const d = new Date(text);
  const t = d.getTime();
  if (Number.isNaN(t)) return NaN;
  return Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
}

function zoneName(tz: string, utcMs: number): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'long' })
    .formatToParts(new Date(utcMs))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? tz;
}

/** Replaces the context's Date; returns the realm's original constructor. */
export function installScriptDate(
  context: vm.Context,
  timeZone: () => string,
  now: () => number,
): DateConstructor {
  context.__sd = {
    now,
    wall: (ms: number) => wallClock(timeZone(), ms),
    instant: (wall: number) => instantOf(timeZone(), wall),
    hostWall,
    zoneName: (ms: number) => zoneName(timeZone(), ms),
    zone: timeZone,
  };
  return vm.runInContext(
    `(() => {
      const H = __sd;
      delete globalThis.__sd;
      const RealDate = Date;
      const P = RealDate.prototype;
      const utc = {};
      for (const k of Object.getOwnPropertyNames(P)) utc[k] = P[k];
      // An explicit zone, or ISO date-only text (which ECMAScript reads as UTC).
      const ZONED = /(?:Z|[+-]\\d{2}:?\\d{2}|GMT|UTC)(?:\\s*\\(.*\\))?$|^\\d{4}-\\d{2}-\\d{2}$/i;
      const parse = (s) => {
        s = String(s).trim();
        if (ZONED.test(s)) return RealDate.parse(s);
        const w = H.hostWall(s);
        return Number.isNaN(w) ? NaN : H.instant(w);
      };
      function SimDate(...a) {
        if (!new.target) return new SimDate().toString();
        let t;
        if (a.length === 0) t = H.now();
        else if (a.length === 1)
          t = typeof a[0] === 'string' ? parse(a[0]) : Number(a[0] instanceof RealDate ? utc.getTime.call(a[0]) : a[0]);
        else t = H.instant(RealDate.UTC(...a));
        return Reflect.construct(RealDate, [t], new.target === SimDate ? RealDate : new.target);
      }
      SimDate.prototype = P;
      SimDate.now = () => H.now();
      SimDate.UTC = RealDate.UTC;
      SimDate.parse = parse;
      Object.defineProperty(P, 'constructor', { value: SimDate, writable: true, configurable: true });
      const wallOf = (d) => new RealDate(H.wall(utc.getTime.call(d)));
      const getter = (name) => function () {
        const t = utc.getTime.call(this);
        return Number.isNaN(t) ? NaN : utc['getUTC' + name].call(wallOf(this));
      };
      for (const n of ['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'])
        P['get' + n] = getter(n);
      const setter = (name) => function (...args) {
        const t = utc.getTime.call(this);
        const w = Number.isNaN(t) && name === 'FullYear' ? new RealDate(0) : wallOf(this);
        utc['setUTC' + name].apply(w, args);
        return utc.setTime.call(this, H.instant(utc.getTime.call(w)));
      };
      for (const n of ['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'])
        P['set' + n] = setter(n);
      P.getTimezoneOffset = function () {
        const t = utc.getTime.call(this);
        return Number.isNaN(t) ? NaN : (t - H.wall(t)) / 60000;
      };
      const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, '0');
      const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
      const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
      P.toDateString = function () {
        if (Number.isNaN(utc.getTime.call(this))) return 'Invalid Date';
        return DAYS[this.getDay()] + ' ' + MONTHS[this.getMonth()] + ' ' + pad(this.getDate()) + ' ' + pad(this.getFullYear(), 4);
      };
      P.toTimeString = function () {
        const t = utc.getTime.call(this);
        if (Number.isNaN(t)) return 'Invalid Date';
        const off = -this.getTimezoneOffset();
        return pad(this.getHours()) + ':' + pad(this.getMinutes()) + ':' + pad(this.getSeconds()) +
          ' GMT' + (off < 0 ? '-' : '+') + pad(Math.trunc(off / 60)) + pad(off % 60) + ' (' + H.zoneName(t) + ')';
      };
      P.toString = function () {
        if (Number.isNaN(utc.getTime.call(this))) return 'Invalid Date';
        return this.toDateString() + ' ' + this.toTimeString();
      };
      for (const n of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
        P[n] = function (locales, options) {
          return utc[n].call(this, locales, { timeZone: H.zone(), ...(options || {}) });
        };
      }
      globalThis.Date = SimDate;
      return RealDate;
    })()`,
    context,
  ) as DateConstructor;
}
