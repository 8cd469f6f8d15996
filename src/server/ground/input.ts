/**
 * What a sidebar call hands in is checked at the boundary: google.script.run passes whatever
 * the page sent, so a wrong type or shape is refused with a message naming the field.
 */
import { fail } from '../../core/ground/i18n';

export function text(v: unknown, field: string): string {
  if (typeof v !== 'string') fail((w) => w.input.expectedText(field));
  return v as string;
}

export function number(v: unknown, field: string): number {
  if (typeof v !== 'number') fail((w) => w.input.expectedNumber(field));
  return v as number;
}

export function boolean(v: unknown, field: string): boolean {
  if (typeof v !== 'boolean') fail((w) => w.input.expectedBoolean(field));
  return v as boolean;
}

export function integer(v: unknown, field: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    fail((w) => w.input.expectedInteger(field, min, max));
  }
  return v as number;
}

export function record(v: unknown, field: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    fail((w) => w.input.expectedObject(field));
  }
  return v as Record<string, unknown>;
}
