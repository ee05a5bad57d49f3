import { browser } from 'wxt/browser';
import { dataUrlToBlob } from '../../lib/attachments/data-url';

/**
 * The visible part of the tab under the popup, as PNG. Works while the browser grants activeTab on
 * that tab (the person clicked the toolbar button or used the shortcut on it); throws otherwise.
 */
export async function captureActiveTab(): Promise<Blob> {
  const dataUrl = await browser.tabs.captureVisibleTab({ format: 'png' });
  return dataUrlToBlob(dataUrl);
}
