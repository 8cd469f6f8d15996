/** Reading order-sheet cells strictly: what a shop writes reads, anything looser is listed. */
import { describe, expect, it } from 'vitest';
import { implausibleAmount, readAmount, readDate } from '../../src/core/cells';
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
