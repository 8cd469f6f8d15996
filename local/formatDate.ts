/**
 * Utilities.formatDate: Java SimpleDateFormat patterns in a time zone, and the Sheets
 * number-format patterns the stand-in needs for display values.
 */
import { DAY_MS, wallClock } from './clock';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  dow: number;
  doy: number;
  offsetMin: number;
}

function wall(utcMs: number, tz: string): Wall {
  const off = wallClock(tz, utcMs) - utcMs;
  const t = new Date(utcMs + off);
  const y = t.getUTCFullYear();
  return {
    y,
    mo: t.getUTCMonth(),
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
    ms: t.getUTCMilliseconds(),
    dow: t.getUTCDay(),
    doy: Math.floor((t.getTime() - Date.UTC(y, 0, 1)) / DAY_MS) + 1,
    offsetMin: Math.round(off / 60_000),
  };
}

function offsetText(min: number, colon: boolean): string {
  const sign = min < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(min) / 60), 2)}${colon ? ':' : ''}${pad(Math.abs(min) % 60, 2)}`;
}

function javaField(letter: string, n: number, w: Wall): string {
  switch (letter) {
    case 'G':
      return w.y > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
    case 'u':
      if (letter === 'u') return String(w.dow === 0 ? 7 : w.dow);
      return n === 2 ? pad(w.y % 100, 2) : pad(w.y, n);
    case 'M':
    case 'L':
      return n >= 4 ? MONTHS[w.mo] : n === 3 ? MONTHS[w.mo].slice(0, 3) : pad(w.mo + 1, n);
    case 'd':
      return pad(w.d, n);
    case 'D':
      return pad(w.doy, n);
    case 'E':
      return n >= 4 ? DAYS[w.dow] : DAYS[w.dow].slice(0, 3);
    case 'a':
      return w.h < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(w.h, n);
    case 'k':
      return pad(w.h === 0 ? 24 : w.h, n);
    case 'K':
      return pad(w.h % 12, n);
    case 'h':
      return pad(w.h % 12 === 0 ? 12 : w.h % 12, n);
    case 'm':
      return pad(w.mi, n);
    case 's':
      return pad(w.s, n);
    case 'S':
      return pad(w.ms, 3).slice(0, Math.max(n, 3));
    case 'z':
      return `GMT${offsetText(w.offsetMin, true)}`;
    case 'Z':
      return offsetText(w.offsetMin, false);
    case 'X':
      if (w.offsetMin === 0) return 'Z';
      return n === 1 ? offsetText(w.offsetMin, false).slice(0, 3) : offsetText(w.offsetMin, n >= 3);
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Java SimpleDateFormat, as Utilities.formatDate applies it. */
export function formatJavaDate(utcMs: number, tz: string, pattern: string): string {
  const w = wall(utcMs, tz);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      // Quoted text, in which '' stands for one quote; a bare '' outside is one quote too.
      let j = i + 1;
      let text = '';
      for (; j < pattern.length; j++) {
        if (pattern[j] !== "'") text += pattern[j];
        else if (pattern[j + 1] === "'" && j > i + 1) {
          text += "'";
          j++;
        } else break;
      }
      if (j >= pattern.length) throw new Error(`Unterminated quote in pattern "${pattern}"`);
      out += j === i + 1 ? "'" : text;
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let n = 1;
      while (pattern[i + n] === ch) n++;
      out += javaField(ch, n, w);
      i += n;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Sheets number formats: which are dates, and how numbers show. */
export const isDateFormat = (format: string): boolean =>
  /[yd]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, '')) ||
  /h+:m/i.test(format.replace(/"[^"]*"/g, ''));

export function formatSheetsDate(utcMs: number, tz: string, format: string): string {
  const w = wall(utcMs, tz);
  let out = '';
  let lastWasHour = false;
  const tokens =
    format.match(
      /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|[^ymdhs"\\]+|./gi,
    ) ?? [];
  tokens.forEach((tok, i) => {
    const t = tok.toLowerCase();
    const nextIsSecond = /^s/.test(
      (tokens.slice(i + 1).find((x) => /[ymdhs]/i.test(x)) ?? '').toLowerCase(),
    );
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else if (t === 'yyyy') out += pad(w.y, 4);
    else if (t === 'yy') out += pad(w.y % 100, 2);
    else if ((t === 'mm' || t === 'm') && (lastWasHour || nextIsSecond)) out += pad(w.mi, t.length);
    else if (t === 'mmmm') out += MONTHS[w.mo];
    else if (t === 'mmm') out += MONTHS[w.mo].slice(0, 3);
    else if (t === 'mm' || t === 'm') out += pad(w.mo + 1, t.length);
    else if (t === 'dddd') out += DAYS[w.dow];
    else if (t === 'ddd') out += DAYS[w.dow].slice(0, 3);
    else if (t === 'dd' || t === 'd') out += pad(w.d, t.length);
    else if (t === 'hh' || t === 'h')
      out += pad(format.toLowerCase().includes('am/pm') ? w.h % 12 || 12 : w.h, t.length);
    else if (t === 'ss' || t === 's') out += pad(w.s, t.length);
    else if (t === 'am/pm') out += w.h < 12 ? 'AM' : 'PM';
    else out += tok;
    if (/[ymdhs]/.test(t[0])) lastWasHour = t[0] === 'h';
  });
  return out;
}

export function formatSheetsNumber(n: number, format: string): string {
  if (format === '' || format.toLowerCase() === 'general') {
    return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
  }
  const section = format.split(';')[n < 0 && format.includes(';') ? 1 : 0];
  const m = /^(.*?)([#0,]*0(?:\.0+)?|#(?:[#,]*)(?:\.0+)?)(%?)(.*)$/.exec(
    section.replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1'),
  );
  if (!m) return String(n);
  const [, prefix, digits, pct, suffix] = m;
  const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
  const value = pct ? n * 100 : n;
  const abs = Math.abs(value).toFixed(decimals);
  const [int, frac] = abs.split('.');
  const grouped = digits.includes(',') ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  const sign = value < 0 && !(n < 0 && format.includes(';')) ? '-' : '';
  const clean = (s: string) => s.replace(/"/g, '').replace(/\\/g, '');
  return `${sign}${clean(prefix)}${grouped}${frac ? `.${frac}` : ''}${pct}${clean(suffix)}`;
}
