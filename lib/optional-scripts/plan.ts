/**
 * A content script that runs only where and while the person allowed it: registered at run time
 * (scripting.registerContentScripts) for origins that are optional host permissions, once the
 * feature is switched on and the origins granted; unregistered when either stops being true.
 * Nothing here is specific to one feature: the mail clients are its first users.
 */
export interface OptionalScript {
  /** Registration id (unique among the extension's registered scripts). */
  id: string;
  /** Match patterns: the optional host permissions it needs. */
  matches: string[];
  js: string[];
  runAt: 'document_start' | 'document_end' | 'document_idle';
}

/** A registered script as the browser reports it (the fields compared). */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
}

export type ScriptStep = 'register' | 'unregister' | 'replace' | 'keep';

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
}

/**
 * What to do for one script: it should run when wanted (the setting) and granted (the
 * permission); a registration that differs from the script (an update changed its file or
 * origins) is replaced.
 */
export function planScript(
  script: OptionalScript,
  registered: RegisteredScript | undefined,
  wanted: boolean,
  granted: boolean,
): ScriptStep {
  const run = wanted && granted;
  if (!run) return registered ? 'unregister' : 'keep';
  if (!registered) return 'register';
  const current =
    sameList(registered.matches, script.matches) &&
    sameList(registered.js, script.js) &&
    (registered.runAt ?? 'document_idle') === script.runAt;
  return current ? 'keep' : 'replace';
}
