/**
 * The unsubscribe reference a mail carries: the customer's key and a keyed hash of it. The key
 * stays in the document's properties, so an answer to the unsubscribe form can only stop mail
 * to the customer whose mail held the link: editing the field to another customer breaks the
 * hash, and the answer is refused.
 */
import { base64Url, hmacSha256, utf8 } from './hmac';

/** 22 base64 characters: 132 bits, beyond guessing. */
const TOKEN_CHARS = 22;

export const unsubscribeToken = (secret: string, customerKey: string): string =>
  base64Url(hmacSha256(utf8(secret), utf8(customerKey))).slice(0, TOKEN_CHARS);

export const unsubscribeReference = (secret: string, customerKey: string): string =>
  `${customerKey} ${unsubscribeToken(secret, customerKey)}`;

/** The customer key a reference speaks for, or undefined when its hash does not match. */
export function readReference(secret: string, reference: unknown): string | undefined {
  const text = String(reference ?? '').trim();
  const space = text.lastIndexOf(' ');
  if (space <= 0) return undefined;
  const key = text.slice(0, space).trim();
  return unsubscribeToken(secret, key) === text.slice(space + 1) ? key : undefined;
}
