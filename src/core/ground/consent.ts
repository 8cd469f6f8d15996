/**
 * Marketing consent as exports write it: yes/no, true/false, 1/0, subscribed, 是/否, 同意/不同意.
 * Anything else (a blank on a later line item) says nothing.
 */
import { isBlank } from './cells';

export const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'subscribed',
  'opted in',
  '是',
  '同意',
  '接受',
]);
export const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  'unsubscribed',
  'not subscribed',
  'opted out',
  '否',
  '不同意',
  '不接受',
]);

export function readConsent(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const t = isBlank(v) ? '' : String(v).trim().toLowerCase();
  return YES.has(t) ? true : NO.has(t) ? false : undefined;
}
