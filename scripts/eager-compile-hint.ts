import type { Plugin } from 'vite';

/** V8's explicit compile hint: compile every function of this file with the file itself. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** What the hint needs of a build output. */
interface Output {
  type: string;
  fileName: string;
  code?: string;
}

/** Starts the named chunks with the hint, once. */
export function addCompileHint(bundle: Record<string, Output>, fileNames: readonly string[]): void {
  for (const output of Object.values(bundle)) {
    if (
      output.type === 'chunk' &&
      output.code !== undefined &&
      fileNames.includes(output.fileName) &&
      !output.code.startsWith(COMPILE_HINT)
    ) {
      output.code = COMPILE_HINT + output.code;
    }
  }
}

/**
 * Starts the named output files with V8's compile hint. Extension scripts get no code cache, so
 * without it each function a script calls is parsed twice (skimmed with the file, parsed again on
 * its first call) on every page load — for the always-on contact gate, whose functions nearly all
 * run at load, that was a third of its cost, and the page part's classifier ran a quarter faster
 * with it. The hint must be the file's first line, so it is added after minification.
 */
export function eagerCompileHint(fileNames: readonly string[]): Plugin {
  return {
    name: 'paper-trail:eager-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      addCompileHint(bundle, fileNames);
    },
  };
}
