/** The lint holds each layer and each wing of the core to its imports: a wrong one fails `npm run lint`. */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/build';

const eslint = new ESLint({ cwd: ROOT });
const problems = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => m.ruleId);
};

describe('import boundaries', () => {
  it.each([
    [
      'src/core/customers/x.ts',
      "import { writeCustomerAnalysis } from '../../server/customers/analyze';\nexport const x = writeCustomerAnalysis;\n",
    ],
    ['src/sidebar/x.ts', "import { fail } from '../core/ground/i18n';\nexport const x = fail;\n"],
    ['src/server/x.ts', "import { call } from '../sidebar/server';\nexport const x = call;\n"],
    ['src/words/x.ts', "import { zone } from '../core/ground/zone';\nexport const x = zone;\n"],
    ['local/x.ts', "import { zone } from '../src/core/ground/zone';\nexport const x = zone;\n"],
  ])('refuses what %s may not import', async (file, code) => {
    expect(await problems(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/core/customers/x.ts', "import { en } from '../../words';\nexport const x = en;\n"],
    [
      'src/sidebar/x.ts',
      "import type { Settings } from '../shared/api';\nexport type X = Settings;\n",
    ],
    [
      'local/x.ts',
      "import type { ServerApi } from '../src/shared/api';\nexport type X = ServerApi;\n",
    ],
  ])('lets %s import what it may', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

describe("the core's wings", () => {
  const CORE = path.join(ROOT, 'src', 'core');
  const wings = fs.readdirSync(CORE).sort();

  it('are the eight of the README, each with its README', () => {
    expect(wings).toEqual([
      'calendar',
      'customers',
      'formulas',
      'ground',
      'reminders',
      'surveys',
      'value',
      'warehouse',
    ]);
    for (const w of wings) expect(fs.existsSync(path.join(CORE, w, 'README.md')), w).toBe(true);
  });

  it('cross into one another only where eslint.config.js says they may', () => {
    // Every import of another wing's module, types too, as "from → to".
    const crossings = new Set<string>();
    for (const w of wings) {
      for (const file of fs.readdirSync(path.join(CORE, w)).filter((f) => f.endsWith('.ts'))) {
        const code = fs.readFileSync(path.join(CORE, w, file), 'utf8');
        for (const [, to] of code.matchAll(/from '\.\.\/([a-z]+)\//g)) {
          if (to !== w && to !== 'ground') crossings.add(`${w} → ${to}`);
        }
      }
    }
    expect([...crossings].sort()).toEqual([
      'customers → value',
      'formulas → calendar',
      'formulas → customers',
      'formulas → surveys',
      'formulas → value',
      'reminders → calendar',
      'reminders → customers',
      'surveys → customers',
      'warehouse → customers',
    ]);
  });

  it.each([
    [
      'src/core/customers/x.ts',
      "import type { Kind } from '../reminders/rules';\nexport type X = Kind;\n",
    ],
    [
      'src/core/ground/x.ts',
      "import { rfmScores } from '../customers/rfm';\nexport const x = rfmScores;\n",
    ],
    [
      'src/core/surveys/x.ts',
      "import { parseRules } from '../reminders/rules';\nexport const x = parseRules;\n",
    ],
    [
      'src/core/calendar/x.ts',
      "import type { Tier } from '../customers/abc';\nexport type X = Tier;\n",
    ],
  ])('refuses a crossing not listed: %s', async (file, code) => {
    expect(await problems(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    [
      'src/core/reminders/x.ts',
      "import { rfmScores } from '../customers/rfm';\nexport const x = rfmScores;\n",
    ],
    [
      'src/core/formulas/x.ts',
      "import { festivalDay } from '../calendar/holidays';\nexport const x = festivalDay;\n",
    ],
    [
      'src/core/customers/x.ts',
      "import { isBlank } from '../ground/cells';\nexport const x = isBlank;\n",
    ],
  ])('lets a listed crossing and the ground through: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
