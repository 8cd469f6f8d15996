/**
 * The references a mail carries, each the customer's key and a keyed hash of it: one for the
 * unsubscribe form, one for a survey. The key of the hashes stays in the document's properties,
 * so an answer can only speak for the customer whose mail held the link: editing the field to
 * another customer breaks the hash. Each purpose hashes apart, so a survey's reference pasted
 * into the unsubscribe form unsubscribes nobody.
 */
import { base64Url, hmacSha256, utf8 } from './hmac';

/** 22 base64 characters: 132 bits, beyond guessing. */
const TOKEN_CHARS = 22;

type Purpose = 'unsubscribe' | 'survey';

/** Unsubscribe links were made before purposes were: their hash is of the key alone. */
const hashed = (purpose: Purpose, key: string) =>
  purpose === 'unsubscribe' ? key : `${purpose}|${key}`;

const token = (secret: string, purpose: Purpose, key: string): string =>
  base64Url(hmacSha256(utf8(secret), utf8(hashed(purpose, key)))).slice(0, TOKEN_CHARS);

export const unsubscribeToken = (secret: string, customerKey: string): string =>
  token(secret, 'unsubscribe', customerKey);

export const unsubscribeReference = (secret: string, customerKey: string): string =>
  `${customerKey} ${unsubscribeToken(secret, customerKey)}`;

/** The text before the last space, and the token after it. */
function split(reference: unknown): [string, string] | undefined {
  const text = String(reference ?? '').trim();
  const space = text.lastIndexOf(' ');
  return space <= 0 ? undefined : [text.slice(0, space).trim(), text.slice(space + 1)];
}

/** The customer key a reference speaks for, or undefined when its hash does not match. */
export function readReference(secret: string, reference: unknown): string | undefined {
  const parts = split(reference);
  return parts && unsubscribeToken(secret, parts[0]) === parts[1] ? parts[0] : undefined;
}

/** What a survey's customer field shows: the customer's ID as the shop writes it, and the hash. */
export const surveyReference = (secret: string, customerId: string): string =>
  `${customerId} ${token(secret, 'survey', customerId.trim().toLowerCase())}`;

/**
 * The customer a survey answer may be filed as: their key when the hash holds; otherwise none,
 * and the number as typed, for the report to show.
 */
export function readSurveyReference(
  secret: string,
  cell: unknown,
): { customer: string; claimed: string } {
  const parts = split(cell);
  const key = parts?.[0].toLowerCase() ?? '';
  if (parts && token(secret, 'survey', key) === parts[1]) return { customer: key, claimed: '' };
  return { customer: '', claimed: String(cell ?? '').trim() };
}
