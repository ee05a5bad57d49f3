import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; setPanel?(details: { panel: string }): Promise<void> };
}

/**
 * Moves the logger into the browser's side panel, where it stays open while the user reads their
 * bill in another tab. Chrome needs the window id *inside* the click (user gesture), so it is
 * looked up beforehand.
 */
export function SidePanelButton(props: { hash: string }) {
  const [windowId, setWindowId] = useState<number>();
  const inSidePanel = typeof location !== 'undefined' && location.pathname.endsWith('/sidepanel.html');
  const sidebar = (browser as FirefoxSidebar).sidebarAction;
  const supported = Boolean(browser.sidePanel?.open) || Boolean(sidebar);
  useEffect(() => {
    if (!browser.sidePanel?.open) return;
    browser.windows
      .getCurrent()
      .then((w) => setWindowId(w.id))
      .catch(() => undefined);
  }, []);
  if (inSidePanel || !supported) return null;
  const open = () => {
    const path = `sidepanel.html${props.hash}`;
    if (browser.sidePanel?.open && windowId !== undefined) {
      // Both calls start in the same tick as the click: the gesture is still valid.
      void browser.sidePanel.setOptions({ path, enabled: true });
      void browser.sidePanel.open({ windowId }).then(() => window.close());
    } else if (sidebar) {
      void sidebar.setPanel?.({ panel: new URL(path, location.href).href });
      void sidebar.open().then(() => window.close());
    }
  };
  return (
    <button type="button" onClick={open}>
      {t('popup.call.openSidePanel')}
    </button>
  );
}
