/**
 * The reading code may get faster, never different: what Analyze writes and what the order
 * formulas answer, on the sample shop, the UCI extract, every platform fixture and three hostile
 * registers, is exactly what commit ce5f9a0 (before the reading code was rewritten for speed)
 * made of them, stored in test/fixtures/identity/. IDENTITY_WRITE=1 stores the present answers:
 * only for a change meant to alter them, said so in its commit.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Capture, IDENTITY_CASES } from './helpers/identity';

const DIR = path.join(import.meta.dirname, 'fixtures', 'identity');
const file = (name: string) => path.join(DIR, `${name}.json.gz`);

describe('the same answers as before the reading code was made fast', () => {
  for (const [name, make] of Object.entries(IDENTITY_CASES)) {
    it(name, async () => {
      const now = await make();
      if (process.env.IDENTITY_WRITE) {
        fs.mkdirSync(DIR, { recursive: true });
        fs.writeFileSync(file(name), zlib.gzipSync(JSON.stringify(now, null, 1)));
      }
      const before = JSON.parse(zlib.gunzipSync(fs.readFileSync(file(name))).toString()) as Capture;
      expect(Object.keys(now)).toEqual(Object.keys(before));
      for (const part of Object.keys(before)) {
        // Row by row, so a difference names its row rather than drowning in a whole sheet.
        const was = before[part];
        const is = now[part];
        if (Array.isArray(was) && Array.isArray(is)) {
          expect(is.length, `${part}: rows`).toBe(was.length);
          was.forEach((row, i) => expect(is[i], `${part}, row ${i + 1}`).toEqual(row));
        } else {
          expect(is, part).toEqual(was);
        }
      }
    });
  }
});
