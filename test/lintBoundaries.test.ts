/** The lint holds each layer to its imports: a wrong one fails `npm run lint`. */
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
