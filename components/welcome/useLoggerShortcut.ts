import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LOG_COMMAND } from '../../lib/calls/quick-log';

/**
 * The shortcut that opens the logger as the browser actually assigned it: the manifest only
 * suggests Alt+Shift+L, and a browser leaves it unset when another extension holds those keys
 * (or the person changed it). undefined while asking; null when none is set.
 */
export function useLoggerShortcut(): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const answer = (value: string | null) => {
      if (live) setShortcut(value);
    };
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) => {
        // An unassigned command has an empty shortcut.
        const keys = all.find((c) => c.name === LOG_COMMAND)?.shortcut;
        answer(keys === undefined || keys === '' ? null : keys);
      })
      .catch(() => answer(null));
    return () => {
      live = false;
    };
  }, []);
  return shortcut;
}
