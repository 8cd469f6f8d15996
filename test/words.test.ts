/** The catalogue reads as each language is written: plurals in English, punctuation in Chinese. */
import { describe, expect, it } from 'vitest';
import { en, zh } from '../src/words';

/** Every string in a catalogue, functions called with sample values. */
function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (typeof node === 'function') {
    const f = node as (...a: unknown[]) => unknown;
    for (const n of [1, 2]) {
      const args = Array.from({ length: f.length }, (_, i) => (i === 0 ? n : i + 1));
      // Numbers first; else a list of names; else a way of telling an amount.
      const tries = [
        () => f(...args),
        () => f(...args.map(() => Object.assign(['甲', '乙'], { toString: () => '甲' }))),
        () => f(...args.map(() => (x: number) => `¥${x}`)),
      ];
      for (const t of tries) {
        try {
          strings(t(), out);
          break;
        } catch {
          // The next kind of argument.
        }
      }
    }
  } else if (Array.isArray(node)) node.forEach((x) => strings(x, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((x) => strings(x, out));
  return out;
}

describe('the catalogue of words', () => {
  it('counts in English with the right plural', () => {
    expect([1, 2].map(en.panel.respondentsCount)).toEqual(['1 respondent', '2 respondents']);
    expect([1, 3].map(en.panel.rowsNotUsed)).toEqual(['1 row not used', '3 rows not used']);
    expect(en.panel.customersLine(1, 1)).toBe('1 customer (1 paying)');
    expect(en.panel.customersLine(1995, 1995)).toBe('1,995 customers (1,995 paying)');
    expect([-1, -3, 0, 7].map(en.reminders.when)).toEqual([
      '1 day before',
      '3 days before',
      'on the day',
      '7 days after',
    ]);
    expect([1, 2].map(en.remindersPanel.quota)).toEqual([
      '1 mail left today',
      '2 mails left today',
    ]);
    expect(en.reminders.errors.rulesInvalid('R', 1, 'x')).toContain('1 thing to fix');
  });

  it('writes Chinese with Chinese punctuation: no ASCII colon, comma or bracket beside a character', () => {
    const bad = strings(zh)
      .flatMap((s) => s.split('\n'))
      // Formula signatures in Help are code, written as Sheets wants them.
      .filter((s) => !s.startsWith('='))
      .filter((s) => /[\u4e00-\u9fff][:;,()]|[:;,(][\u4e00-\u9fff]/.test(s));
    expect(bad).toEqual([]);
  });
});
