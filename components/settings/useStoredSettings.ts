import { useEffect, useState } from 'react';
import { loadSettings, settingsItem } from '../../lib/settings/items';
import { readSettings, type Settings } from '../../lib/settings/schema';

/**
 * The stored settings for a section that saves each change at once: null until read, then what
 * `setSettings` is given (what the store answered). With `watch`, changes made elsewhere — another
 * section, the browser taking a permission back — are shown too.
 */
export function useStoredSettings({ watch = false }: { watch?: boolean } = {}) {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (live) setSettings(loaded);
    });
    const unwatch = watch ? settingsItem.watch((value) => setSettings(readSettings(value))) : undefined;
    return () => {
      live = false;
      unwatch?.();
    };
  }, [watch]);

  return [settings, setSettings] as const;
}
