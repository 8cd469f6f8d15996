/**
 * What a sidebar call hands in is checked at the boundary: google.script.run passes whatever
 * the page sent, so a wrong type or shape is refused with a message naming the field.
 */
import { fail } from '../core/i18n';

const refuse = (field: string, en: string, zh: string): never =>
  fail(`${field}: ${en}`, `${field}：${zh}`);

export function text(v: unknown, field: string): string {
  if (typeof v !== 'string') refuse(field, 'expected text.', '应为文本。');
  return v as string;
}

export function number(v: unknown, field: string): number {
  if (typeof v !== 'number') refuse(field, 'expected a number.', '应为数字。');
  return v as number;
}

export function integer(v: unknown, field: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    refuse(
      field,
      `expected a whole number from ${min} to ${max}.`,
      `应为 ${min} 到 ${max} 之间的整数。`,
    );
  }
  return v as number;
}

export function record(v: unknown, field: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    refuse(field, 'expected an object.', '应为对象。');
  }
  return v as Record<string, unknown>;
}
