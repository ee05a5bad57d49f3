import { describe, expect, it } from 'vitest';
import { planScript, type OptionalScript, type RegisteredScript } from '../../../lib/optional-scripts/plan';
import { scriptsLosing, syncOptionalScript, type OptionalScriptApi } from '../../../lib/optional-scripts/sync';

const script: OptionalScript = {
  id: 'mail-gmail',
  matches: ['https://mail.google.com/*'],
  js: ['mail.js'],
  runAt: 'document_idle',
};

/** The scripting and permissions APIs, in memory. */
function fakeApi(granted: boolean): OptionalScriptApi & { registered: Map<string, RegisteredScript> } {
  const registered = new Map<string, RegisteredScript>();
  return {
    registered,
    scripting: {
      getRegisteredContentScripts: ({ ids } = {}) =>
        Promise.resolve([...registered.values()].filter((s) => !ids || ids.includes(s.id))),
      registerContentScripts: (scripts) => {
        for (const s of scripts) {
          if (registered.has(s.id)) return Promise.reject(new Error(`duplicate id ${s.id}`));
          registered.set(s.id, s);
        }
        return Promise.resolve();
      },
      unregisterContentScripts: ({ ids } = {}) => {
        for (const id of ids ?? [...registered.keys()]) registered.delete(id);
        return Promise.resolve();
      },
    },
    permissions: { contains: () => Promise.resolve(granted) },
  };
}

describe('optional content scripts', () => {
  it('plans from the setting, the permission and what is registered', () => {
    expect(planScript(script, undefined, true, true)).toBe('register');
    expect(planScript(script, undefined, true, false)).toBe('keep');
    expect(planScript(script, { ...script }, true, true)).toBe('keep');
    expect(planScript(script, { ...script, js: ['old.js'] }, true, true)).toBe('replace');
    expect(planScript(script, { ...script }, false, true)).toBe('unregister');
    expect(planScript(script, { ...script }, true, false)).toBe('unregister');
  });

  it('registers once when switched on and granted, and unregisters when switched off', async () => {
    const api = fakeApi(true);
    expect(await syncOptionalScript(api, script, true)).toBe('register');
    expect(await syncOptionalScript(api, script, true)).toBe('keep');
    expect(api.registered.get('mail-gmail')).toMatchObject({
      matches: script.matches,
      js: ['mail.js'],
      allFrames: false,
    });
    expect(await syncOptionalScript(api, script, false)).toBe('unregister');
    expect(api.registered.size).toBe(0);
  });

  it('registers nothing without the permission, and finds the scripts a removed permission concerns', async () => {
    const api = fakeApi(false);
    expect(await syncOptionalScript(api, script, true)).toBe('keep');
    expect(api.registered.size).toBe(0);
    expect(scriptsLosing([script], ['https://mail.google.com/*'])).toEqual([script]);
    expect(scriptsLosing([script], ['https://outlook.live.com/*'])).toEqual([]);
  });
});
