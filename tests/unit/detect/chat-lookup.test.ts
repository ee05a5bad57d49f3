import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAT_VENDOR_SELECTOR, chatVendorOf, hasChatLauncher } from '../../../lib/detect/chat';
import { loadPage, pageWith, readManifest } from './load-page';

describe('hasChatLauncher (the cheap launcher lookup)', () => {
  it('finds what the full selector finds on every fixture page', () => {
    for (const folder of ['pages', 'hard']) {
      const dir = join(__dirname, '../../fixtures', folder);
      for (const entry of readManifest(dir)) {
        const doc = loadPage(dir, entry.file);
        expect(hasChatLauncher(doc), entry.file).toBe(doc.querySelector(CHAT_VENDOR_SELECTOR) !== null);
      }
    }
  });

  it('looks up every single selector of the list, one by one', () => {
    // One element per selector: each must be found alone, and named for a vendor.
    const samples: [string, string][] = [
      ['Zendesk', '<iframe id="launcher"></iframe>'],
      ['Zendesk', '<div data-testid="launcher"></div>'],
      ['Intercom', '<div class="intercom-lightweight-app-launcher"></div>'],
      ['Salesforce', '<div class="embeddedMessagingConversationButton"></div>'],
      ['LivePerson', '<div data-lp-event="click"></div>'],
      ['Genesys', '<div class="cx-widget cx-webchat-chat-button"></div>'],
      ['Drift', '<div id="drift-frame-controller"></div>'],
      ['LiveChat', '<iframe title="LiveChat chat widget"></iframe>'],
      ['Freshchat', '<div id="fc_frame"></div>'],
      ['HubSpot', '<div id="hubspot-messages-iframe-container"></div>'],
      ['Crisp', '<div class="crisp-client"></div>'],
      ['tawk.to', '<iframe title="chat widget"></iframe>'],
    ];
    for (const [vendor, html] of samples) {
      const doc = pageWith(html);
      expect(hasChatLauncher(doc), html).toBe(true);
      const el = doc.body.firstElementChild;
      expect(el && chatVendorOf(el), html).toBe(vendor);
    }
  });

  it('finds nothing on a page without a launcher, frames included', () => {
    expect(
      hasChatLauncher(pageWith('<iframe id="video" title="Product video"></iframe><div class="launcher-news"></div>')),
    ).toBe(false);
  });

  it('keeps every id entry a plain id (the lookup treats "#…" as one)', () => {
    for (const selector of CHAT_VENDOR_SELECTOR.split(',').filter((s) => s.startsWith('#')))
      expect(selector).toMatch(/^#[\w-]+$/);
  });
});
