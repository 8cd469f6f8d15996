import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Url, hmacSha256, sha256, utf8 } from '../../../src/core/reminders/hmac';
import {
  readReference,
  readSurveyReference,
  surveyReference,
  unsubscribeReference,
  unsubscribeToken,
} from '../../../src/core/reminders/unsubscribe';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('HMAC-SHA256', () => {
  it('matches the published test vectors', () => {
    // FIPS 180-4 examples, and RFC 4231 test case 2.
    expect(hex(sha256(utf8('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256(utf8('')))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(hex(hmacSha256(utf8('Jefe'), utf8('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('agrees with Node’s crypto for any key and message, Chinese and long ones too', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (key, msg) => {
          expect(hex(hmacSha256(utf8(key), utf8(msg)))).toBe(
            createHmac('sha256', Buffer.from(key, 'utf8')).update(msg, 'utf8').digest('hex'),
          );
          expect(hex(sha256(utf8(msg)))).toBe(
            createHash('sha256').update(msg, 'utf8').digest('hex'),
          );
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 200), verbose: true },
    );
  });

  it('writes URL-safe base64 without padding', () => {
    const bytes = Uint8Array.from([0xfb, 0xff, 0xbf, 0x01]);
    expect(base64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    expect(base64Url(Uint8Array.from([]))).toBe('');
  });
});

describe('unsubscribe references', () => {
  it('speak for the customer whose mail carried them, and for nobody else', () => {
    const secret = 'k'.repeat(72);
    const ref = unsubscribeReference(secret, 'c10001');
    expect(ref).toMatch(/^c10001 [A-Za-z0-9_-]{22}$/);
    expect(readReference(secret, ref)).toBe('c10001');
    expect(readReference(secret, `  ${ref}  `)).toBe('c10001');
    // Another customer's key with this hash, or another document's key: refused.
    expect(readReference(secret, ref.replace('c10001', 'c10002'))).toBeUndefined();
    expect(readReference(`${secret}x`, ref)).toBeUndefined();
    expect(readReference(secret, 'c10001')).toBeUndefined();
    expect(readReference(secret, '')).toBeUndefined();
    // A key with a space in it still reads: the hash is the last word.
    expect(readReference(secret, unsubscribeReference(secret, '张 三'))).toBe('张 三');
    expect(unsubscribeToken(secret, 'c10001')).toBe(
      createHmac('sha256', secret).update('c10001').digest('base64url').slice(0, 22),
    );
  });
});

describe('survey references', () => {
  const secret = 'k'.repeat(72);

  it('file an answer as the customer whose mail carried the link, and as nobody when edited', () => {
    const ref = surveyReference(secret, 'C10001');
    expect(ref).toBe(
      `C10001 ${createHmac('sha256', secret).update('survey|c10001').digest('base64url').slice(0, 22)}`,
    );
    expect(readSurveyReference(secret, ` ${ref} `)).toEqual({ customer: 'c10001', claimed: '' });
    const edited = ref.replace('C10001', 'C10002');
    expect(readSurveyReference(secret, edited)).toEqual({ customer: '', claimed: edited });
    // A number typed by hand, or left blank: kept as typed, filed as nobody.
    expect(readSurveyReference(secret, ' C10001 ')).toEqual({ customer: '', claimed: 'C10001' });
    expect(readSurveyReference(secret, '')).toEqual({ customer: '', claimed: '' });
  });

  it('are not unsubscribe references, nor the other way round', () => {
    const survey = surveyReference(secret, 'c10001');
    expect(readReference(secret, survey)).toBeUndefined();
    expect(readSurveyReference(secret, unsubscribeReference(secret, 'c10001')).customer).toBe('');
  });
});
