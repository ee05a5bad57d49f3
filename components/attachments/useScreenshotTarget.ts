import { useEffect, useState } from 'react';
import { activeTabUrl } from '../popup/activeTab';

/**
 * The address of the web page a screenshot would capture, or undefined when none can be taken.
 * The browser shows an extension the active tab's address only while activeTab is granted on it —
 * the same grant captureVisibleTab needs — so "Screenshot this tab" appears exactly when it works:
 * in the popup opened on a page, not in a tab of Paper Trail's own.
 */
export function useScreenshotTarget(): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let live = true;
    void activeTabUrl().then((found) => live && setUrl(found));
    return () => {
      live = false;
    };
  }, []);
  return url;
}
