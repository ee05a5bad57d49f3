import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVAL_PATCHES, patchSource } from '../../scripts/no-eval';

const require = createRequire(import.meta.url);
const zodDir = dirname(require.resolve('zod/package.json'));
// core-js 2 is twitter-text's, so it is found from there.
const coreJsDir = dirname(createRequire(require.resolve('twitter-text/package.json')).resolve('core-js/package.json'));

/** The installed files the build patches that use the Function constructor (schemas.js calls doc.js). */
const files = [
  join(zodDir, 'v4/core/util.js'),
  join(zodDir, 'v4/core/doc.js'),
  join(coreJsDir, 'modules/_global.js'),
  join(coreJsDir, 'library/modules/_global.js'),
];
const schemasFile = join(zodDir, 'v4/core/schemas.js');

/** Any use of the Function constructor: called, `new`ed, or taken under another name. */
const FUNCTION_CONSTRUCTOR = /(?<![\w$.])Function\s*\(|=\s*Function\s*;|new F\(/;

describe('the no-eval build step (scripts/no-eval.ts)', () => {
  it.each(files)('leaves no Function constructor in the installed %s, keeping its lines', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).toMatch(FUNCTION_CONSTRUCTOR);
    const patched = patchSource(file, code);
    expect(patched).toBeDefined();
    expect(patched).not.toMatch(FUNCTION_CONSTRUCTOR);
    expect(patched?.split('\n').length).toBe(code.split('\n').length);
  });

  it('has a patch for each file, and each patch applies to one of them', () => {
    for (const patch of EVAL_PATCHES) expect([...files, schemasFile].some((f) => patch.file.test(f))).toBe(true);
  });

  it('turns off exactly what zod turns off with jitless', () => {
    const code = readFileSync(schemasFile, 'utf8');
    const schemas = patchSource(schemasFile, code);
    expect(schemas).toContain('const fastEnabled = false;');
    expect(schemas?.split('\n').length).toBe(code.split('\n').length);
    const util = patchSource(join(zodDir, 'v4/core/util.js'), readFileSync(join(zodDir, 'v4/core/util.js'), 'utf8'));
    // The probe still answers false early under jitless, and now answers false otherwise too.
    expect(util).toMatch(/if \(globalConfig\.jitless\) \{\s*return false;\s*\}/);
  });

  it('is matched by the unit tests, which run zod jitless (tests/setup.ts)', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('leaves other files alone and fails loudly when a dependency changed', () => {
    expect(patchSource('/x/node_modules/zod/v4/core/checks.js', 'const F = Function;')).toBeUndefined();
    expect(patchSource('/x/src/util.js', 'Function("")')).toBeUndefined();
    expect(() => patchSource('/x/node_modules/zod/v4/core/util.js', 'export const allowsEval = () => true;')).toThrow(
      /found 0 times/,
    );
    expect(
      patchSource('C:\\x\\node_modules\\core-js\\modules\\_global.js?v=1', "var g = Function('return this')();"),
    ).toBe('var g = globalThis;');
  });
});
