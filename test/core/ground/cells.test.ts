/** Reading order-sheet cells strictly: what a shop writes reads, anything looser is listed. */
import { describe, expect, it } from 'vitest';
import {
  implausibleAmount,
  normalisePhone,
  readAmount,
  readCustomer,
  readDate,
  readLineAmount,
  readShare,
  show,
} from '../../../src/core/ground/cells';
import { zone } from '../../../src/core/ground/zone';

const amount = (v: unknown) => {
  const r = readAmount(v);
  return r.kind === 'ok' ? r.value : r.kind;
};

describe('readAmount', () => {
  it.each([
    ['¥1,299.00', 1299],
    ['1,299', 1299],
    ['1299元', 1299],
    ['RMB 1299', 1299],
    ['-50', -50],
    ['+50', 50],
    ['(50)', -50],
    ['(¥1,200.50)', -1200.5],
    ['-¥50', -50],
    ['¥-50', -50],
    ['$ 12.5', 12.5],
    ['１２３', 123],
    ['.5', 0.5],
    [' 12 ', 12],
    [1e6, 1e6],
  ])('reads %j as %j', (text, value) => expect(amount(text)).toBe(value));

  it.each([
    '--5',
    '(-50)',
    '+-5',
    '-(50)',
    '1,23,4',
    '12,34',
    '1.2.3',
    '5-',
    'abc',
    '¥¥',
    '()',
    '1e5',
    Infinity,
    NaN,
    true,
  ])('refuses %j', (text) => expect(amount(text)).toBe('bad'));

  it('reads an empty cell as blank, not as zero', () => {
    expect(amount('')).toBe('blank');
    expect(amount('  ')).toBe('blank');
  });

  it('calls an 18-digit order number or 1e308 implausible for one order line', () => {
    expect(implausibleAmount(amount('123456789012345678') as number)).toBe(true);
    expect(implausibleAmount(1e308)).toBe(true);
    expect(implausibleAmount(10_000_000)).toBe(false);
    expect(implausibleAmount(-10_000_001)).toBe(true);
    expect(implausibleAmount(600, 500)).toBe(true);
  });
});

describe('readDate', () => {
  const utc = zone('UTC');
  const day = (v: unknown) => {
    const r = readDate(v, utc);
    return r.kind === 'ok' ? new Date(r.value).toISOString().slice(0, 16) : r.kind;
  };

  it.each([
    ['2024-01-05', '2024-01-05T00:00'],
    ['2024/1/5 9:30', '2024-01-05T09:30'],
    ['2024.1.5', '2024-01-05T00:00'],
    ['2024年1月5日', '2024-01-05T00:00'],
    ['1900-01-01', '1900-01-01T00:00'],
    ['2100-12-31', '2100-12-31T00:00'],
    [45296, '2024-01-05T00:00'],
    [45296.5, '2024-01-05T12:00'],
  ])('reads %j as %s', (v, iso) => expect(day(v)).toBe(iso));

  it.each([
    '0024-01-05',
    '1899-12-31',
    '2101-01-01',
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-01-05 24:00',
    2024,
    1900,
    2100,
    1,
    73_416,
    -5,
  ])('refuses %j', (v) => expect(day(v)).toBe('bad'));

  it('refuses a date cell outside 1900–2100', () => {
    expect(day(new Date('2204-03-01T00:00:00Z'))).toBe('bad');
    expect(day(new Date('1024-03-01T00:00:00Z'))).toBe('bad');
    expect(day(new Date('2204-03-01T00:00:00Z').getTime())).toBe('bad');
  });
});

describe('timestamps as platforms export them', () => {
  const shanghai = zone('Asia/Shanghai');
  const local = (v: unknown) => {
    const r = readDate(v, shanghai);
    return r.kind === 'ok' ? new Date(r.value).toISOString().slice(0, 19) : r.kind;
  };

  it.each([
    // 13:15:37 at −05:00 is 18:15:37 UTC, 02:15:37 the next day in Shanghai.
    ['2026-11-23 13:15:37 -0500', '2026-11-24T02:15:37'],
    ['2026-11-23T13:15:37+08:00', '2026-11-23T13:15:37'],
    ['2026-11-23T05:15:37Z', '2026-11-23T13:15:37'],
    ['2026-11-23 13:15 +05:30', '2026-11-23T15:45:00'],
    // Without an offset, a wall-clock time in the spreadsheet's zone.
    ['2026/11/23 13:15', '2026-11-23T13:15:00'],
  ])('reads %j as %s in Shanghai', (v, iso) => expect(local(v)).toBe(iso));
});

describe('normalisePhone', () => {
  it.each([
    ['+86 138-0013-8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['(138) 0013 8000', '13800138000'],
    [13800138000, '13800138000'],
    ['138****8000', '138****8000'],
    // Tmall's export keeps phones as text with Excel's apostrophe.
    ["'13800138001", '13800138001'],
    ['+49 151 2345678', '+491512345678'],
  ])('makes %j one customer: %s', (v, phone) => expect(normalisePhone(v)).toBe(phone));
});

describe('readCustomer', () => {
  const who = (v: unknown) => {
    const r = readCustomer(v);
    return r.kind === 'ok' ? r.value : `${r.kind}:${r.kind === 'bad' ? r.text : ''}`;
  };
  it.each([
    [' C1 ', 'c1'],
    [12345, '12345'],
    ['', 'blank:'],
    [null, 'blank:'],
    ['   ', 'blank:'],
    [Infinity, 'bad:Infinity'],
    [true, 'bad:true'],
    [new Date('2024-01-05T00:00:00Z'), 'bad:2024-01-05T00:00:00.000Z'],
    [{}, 'bad:[object Object]'],
  ])('reads %j as %s', (v, out) => expect(who(v)).toBe(out));
});

describe('readAmount names what it could not read, as the user wrote it', () => {
  it.each([
    [' --5 ', '--5'],
    [' (-50) ', '(-50)'],
    [' abc ', 'abc'],
    [' ¥ ', '¥'],
    ['9'.repeat(400), '9'.repeat(400)],
    [new Date('2024-01-05T00:00:00Z'), '2024-01-05T00:00:00.000Z'],
    [false, 'false'],
  ])('%j', (v, text) => expect(readAmount(v)).toEqual({ kind: 'bad', text }));

  it('refuses a line amount no order reaches, with the cell as written', () => {
    expect(readLineAmount('20,000,000')).toEqual({ kind: 'bad', text: '20,000,000' });
    expect(readLineAmount('12.5')).toEqual({ kind: 'ok', value: 12.5 });
    expect(readLineAmount('x')).toEqual({ kind: 'bad', text: 'x' });
  });
});

describe('readDate at the edges', () => {
  const utc = zone('UTC');
  const iso = (v: unknown, z = utc) => {
    const r = readDate(v, z);
    return r.kind === 'ok'
      ? new Date(r.value).toISOString().slice(0, 19)
      : `${r.kind}:${r.kind === 'bad' ? r.text : ''}`;
  };
  it.each([
    ['2024-01-05 23:59:59', '2024-01-05T23:59:59'],
    ['2024-01-05 23:60', 'bad:2024-01-05 23:60'],
    ['2024-01-05 23:59:60', 'bad:2024-01-05 23:59:60'],
    ['2024-01-31', '2024-01-31T00:00:00'],
    ['2024-04-31', 'bad:2024-04-31'],
    ['2024-01-05T10:00Z', '2024-01-05T10:00:00'],
    ['2024-01-05T10:00z', '2024-01-05T10:00:00'],
    ['2024-01-05 10:00 -0500', '2024-01-05T15:00:00'],
    ['2024-01-05 10:00 +05:30', '2024-01-05T04:30:00'],
    ['２０２４－０１－０５', '2024-01-05T00:00:00'],
    [' 2024-01-05 soon ', 'bad:2024-01-05 soon'],
    [2, '1900-01-01T00:00:00'],
    [73_415.5, '2100-12-31T12:00:00'],
    [1.5, 'bad:1.5'],
    [true, 'bad:true'],
    [new Date(NaN), 'bad:Invalid Date'],
  ])('%j → %s', (v, out) => expect(iso(v)).toBe(out));

  it('reads a Date as its wall-clock time in the spreadsheet’s zone, and 1900 and 2100 in full', () => {
    expect(iso(new Date('2024-01-04T16:30:00Z'), zone('Asia/Shanghai'))).toBe(
      '2024-01-05T00:30:00',
    );
    expect(iso(new Date('1900-01-01T00:00:00Z'))).toBe('1900-01-01T00:00:00');
    expect(iso(new Date('2100-12-31T23:00:00Z'))).toBe('2100-12-31T23:00:00');
    expect(iso(new Date('2101-01-01T00:00:00Z'))).toBe('bad:2101-01-01T00:00:00.000Z');
    expect(iso(new Date('1899-12-31T23:59:00Z'))).toBe('bad:1899-12-31T23:59:00.000Z');
  });
});

describe('readShare', () => {
  const share = (v: unknown) => {
    const r = readShare(v);
    return r.kind === 'ok' ? r.value : `${r.kind}:${r.kind === 'bad' ? r.text : ''}`;
  };
  it.each([
    [0.05, 0.05],
    ['5%', 0.05],
    [' 5 % ', 0.05],
    ['12.5%', 0.125],
    ['５％', 0.05],
    ['0.2', 0.2],
    ['-0.2', -0.2],
    ['', 'blank:'],
    ['5%%', 'bad:5%%'],
    ['x5%', 'bad:x5%'],
    ['5.%', 'bad:5.%'],
    ['.5', 'bad:.5'],
    ['0.2x', 'bad:0.2x'],
    ['a0.2', 'bad:a0.2'],
    [NaN, 'bad:NaN'],
    [true, 'bad:true'],
  ])('%j → %j', (v, out) => expect(share(v)).toBe(out));
});

describe('show', () => {
  it('shortens long text to 40 characters, and shows a date as its instant', () => {
    expect(show('x'.repeat(40))).toBe('x'.repeat(40));
    expect(show('x'.repeat(41))).toBe(`${'x'.repeat(37)}...`);
    expect(show(new Date('2024-01-05T00:00:00Z'))).toBe('2024-01-05T00:00:00.000Z');
    expect(show(12)).toBe('12');
  });
});

describe('normalisePhone, more shapes', () => {
  it.each([
    ['86 13800138000', '13800138000'],
    ['0086-138-0013-8000', '13800138000'],
    ['（138）0013.8000', '13800138000'],
    ['+8613800138000x', '+8613800138000x'],
    ['x+8613800138000', 'x+8613800138000'],
    ['+86 1380013800', '+861380013800'],
    [null, ''],
    [13800138000, '13800138000'],
  ])('%j → %s', (v, out) => expect(normalisePhone(v)).toBe(out));
});
