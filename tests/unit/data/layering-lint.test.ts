// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The layering of eslint.config.js, checked on deliberate bad imports: a page that reaches the
 * database directly, and code outside lib/data that moves a case's activity itself. Linted as
 * the text of real files (the type-aware rules need a file the project knows).
 */

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const BAD_DB = "import { getDb } from '../../lib/db/database';\nexport const open = () => getDb().cases.count();\n";
const GOOD =
  "import { getCase } from '../../lib/data/case-queries';\nexport const one = (id: string) => getCase(id);\n";

describe('layering (lint)', () => {
  it('refuses a direct database import in components/', async () => {
    const messages = await restrictedImports(BAD_DB, 'components/case/NewCase.tsx');
    expect(messages).toEqual([expect.stringContaining('through the data service')]);
  });

  it('refuses it in an extension page too', async () => {
    const code = "import { cases } from '../../lib/db/cases';\nexport const one = (id: string) => cases.get(id);\n";
    expect(await restrictedImports(code, 'entrypoints/report/main.tsx')).toEqual([
      expect.stringContaining('through the data service'),
    ]);
  });

  it('lets pages import the data service', async () => {
    expect(await restrictedImports(GOOD, 'components/case/NewCase.tsx')).toEqual([]);
  });

  it('keeps the case-activity rule inside lib/data', async () => {
    const code =
      "import { followNewestRecord } from '../data/case-activity';\nexport const move = () => followNewestRecord('c', 1, 1);\n";
    expect(await restrictedImports(code, 'lib/calls/calls.ts')).toEqual([expect.stringContaining('record-commands')]);
    const inside =
      "import { followNewestRecord } from './case-activity';\nexport const move = () => followNewestRecord('c', 1, 1);\n";
    expect(await restrictedImports(inside, 'lib/data/record-commands.ts')).toEqual([]);
  });
}, 120_000);
