import { useEffect } from 'react';

/**
 * Focuses the element `id` once `ready`, but only when nothing else has focus: a popup opened
 * straight on a view (the logger's shortcut) or a view whose clicked button just vanished (a
 * company picked). A view reached by navigation has its heading focused first and keeps it.
 */
export function useFocusIfUnfocused(id: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    document.getElementById(id)?.focus();
  }, [id, ready]);
}
