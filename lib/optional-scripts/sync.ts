import { planScript, type OptionalScript, type RegisteredScript, type ScriptStep } from './plan';

/** The parts of the extension API this needs (structural, so tests can pass a fake). */
export interface OptionalScriptApi {
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(
      scripts: { id: string; matches: string[]; js: string[]; runAt: OptionalScript['runAt']; allFrames: boolean }[],
    ): Promise<unknown>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}

/**
 * Brings one script's registration in line with the setting and the permission (see ./plan.ts);
 * resolves to what it did. Top frames only: the scripts read whole pages, not embeds.
 */
export async function syncOptionalScript(
  api: OptionalScriptApi,
  script: OptionalScript,
  wanted: boolean,
): Promise<ScriptStep> {
  const [registered] = await api.scripting.getRegisteredContentScripts({ ids: [script.id] });
  // Granted as such: Chromium lets a manifest content script into every site, but a registered
  // script only where its sites were granted.
  const granted = wanted && (await api.permissions.contains({ origins: script.matches }));
  const step = planScript(script, registered, wanted, granted);
  if (step === 'unregister' || step === 'replace') await api.scripting.unregisterContentScripts({ ids: [script.id] });
  if (step === 'register' || step === 'replace') {
    await api.scripting.registerContentScripts([
      { id: script.id, matches: script.matches, js: script.js, runAt: script.runAt, allFrames: false },
    ]);
  }
  return step;
}

/** The scripts whose origins include one of `removed` (a permission the person took back). */
export function scriptsLosing(scripts: readonly OptionalScript[], removed: readonly string[]): OptionalScript[] {
  return scripts.filter((s) => s.matches.some((m) => removed.includes(m)));
}
