import type { Plugin } from 'vite';

/** One edit to a dependency's file, found by `find` (which must match exactly once). */
export interface EvalPatch {
  /** The file, as a path ending (forward slashes) under node_modules. */
  file: RegExp;
  find: RegExp;
  replace: string;
  why: string;
}

/**
 * Where our dependencies can build code from a string, and what the build ships instead. Mozilla's
 * add-on linter (npm run lint:firefox) flags every `Function(...)` it sees. None of them can run in
 * the extension: zod and twitter-text load in its pages, background and import worker, whose CSP
 * has no 'unsafe-eval' (WXT's default for MV2 and MV3; manifest.config.ts sets no other); zod's core
 * also, through zod/mini, in the content scripts that check replies (lib/messages/client.ts — never
 * the always-on gate), where these edits keep it from trying either. Each edit removes code the extension cannot run, so what runs is unchanged.
 */
export const EVAL_PATCHES: readonly EvalPatch[] = [
  {
    // zod compiles a fast parser for each object schema with `new Function` when a probe says eval is
    // allowed. In the extension the probe's `new Function("")` is refused (a CSP violation, caught),
    // so zod parses everything with its interpreter. These three edits make that the only parser:
    // the probe answers false without trying (as it does with zod's `jitless: true`), object schemas
    // never compile, and the minifier drops the compiler. The unit tests set `jitless` (tests/setup.ts)
    // so they check that same parser.
    file: /\/node_modules\/zod\/v4\/core\/util\.js$/,
    find: /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/,
    replace: 'return false;',
    why: "zod's eval probe (util.allowsEval)",
  },
  {
    file: /\/node_modules\/zod\/v4\/core\/schemas\.js$/,
    find: /const fastEnabled = jit && allowsEval\.value;/,
    replace: 'const fastEnabled = false;',
    why: "zod's compiled object parser ($ZodObjectJIT), as with jitless",
  },
  {
    // Nothing calls it once object schemas never compile: a loud failure, not an eval, if that changes.
    file: /\/node_modules\/zod\/v4\/core\/doc\.js$/,
    find: /const F = Function;\s*const content = this\?\.content \?\? \[``\];\s*const factory = new F\([\s\S]*?\);\s*return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
    replace: "throw new Error('zod code generation is not part of this build (scripts/no-eval.ts)');",
    why: "zod's code generator (Doc.compile)",
  },
  {
    // twitter-text's core-js 2 finds the global object with `Function('return this')()`, reached
    // only where neither `window` nor `self` exists; `globalThis` is that same object.
    file: /\/node_modules\/core-js\/(library\/)?modules\/_global\.js$/,
    find: /Function\('return this'\)\(\)/,
    replace: 'globalThis',
    why: "core-js 2's global lookup",
  },
];

/**
 * The patched source of `id`, or undefined when no patch is for that file. Throws when a patch's
 * text is not found exactly once: the dependency changed, and this list must be looked at again.
 * Line breaks are kept, so the rest of the file keeps its lines (and source maps stay right).
 */
export function patchSource(
  id: string,
  code: string,
  patches: readonly EvalPatch[] = EVAL_PATCHES,
): string | undefined {
  const path = id.replaceAll('\\', '/').replace(/\?.*$/, '');
  const mine = patches.filter((p) => p.file.test(path));
  if (mine.length === 0) return undefined;
  let patched = code;
  for (const patch of mine) {
    const found = patched.match(new RegExp(patch.find.source, 'g')) ?? [];
    if (found.length !== 1) {
      throw new Error(
        `scripts/no-eval.ts: ${patch.why} was found ${found.length} times in ${path} (expected once); ` +
          'the dependency changed: check that it still builds code from strings only where this patch expects.',
      );
    }
    const lineBreaks = '\n'.repeat(found[0].split('\n').length - 1);
    patched = patched.replace(patch.find, () => patch.replace + lineBreaks);
  }
  return patched;
}

/** Applies EVAL_PATCHES to the dependencies' files as they are bundled. */
export function noEval(): Plugin {
  return {
    name: 'paper-trail:no-eval',
    enforce: 'pre',
    transform: {
      filter: { id: /node_modules[\\/](zod|core-js)[\\/]/ },
      handler(code, id) {
        const patched = patchSource(id, code);
        return patched === undefined ? null : { code: patched, map: null };
      },
    },
  };
}
