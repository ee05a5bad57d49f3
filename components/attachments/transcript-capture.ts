import { browser } from 'wxt/browser';
import { readVisibleChat } from '../../lib/attachments/read-chat';
import { ChatReading } from '../../lib/attachments/transcript';

/**
 * Reads the open chat on the tab in front, at the person's request: the reader runs in the page
 * once (scripting.executeScript under the activeTab grant) and leaves nothing behind. What it
 * returns is checked like any other input from a page. Undefined when nothing could be read.
 */
export async function readChatOnActiveTab(): Promise<ChatReading | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  const [first] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: readVisibleChat });
  const parsed = ChatReading.safeParse(first?.result);
  return parsed.success && parsed.data.messages.length > 0 ? parsed.data : undefined;
}
