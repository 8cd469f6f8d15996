/** Reading order-sheet cells strictly: what a shop writes reads, anything looser is listed. */
import { describe, expect, it } from 'vitest';
import { implausibleAmount, normalisePhone, readAmount, readDate } from '../../src/core/cells';
import { zone } from '../../src/core/zone';

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
    ['+49 151 2345678', '+491512345678'],
  ])('makes %j one customer: %s', (v, phone) => expect(normalisePhone(v)).toBe(phone));
});
