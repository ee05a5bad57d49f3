import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAT_VENDOR_SELECTOR, chatVendorOf } from '../../../lib/detect/chat';
import { mayBeChatLauncher } from '../../../lib/detect/chat-hint';
import { loadPage, pageWith, readManifest } from './load-page';

describe('mayBeChatLauncher (the gate’s loose test before the exact one)', () => {
  it('lets through every launcher the exact check names, and what is inside it, on every fixture page', () => {
    let launchers = 0;
    for (const folder of ['pages', 'hard']) {
      const dir = join(__dirname, '../../fixtures', folder);
      for (const entry of readManifest(dir)) {
        const doc = loadPage(dir, entry.file);
        for (const launcher of Array.from(doc.querySelectorAll(CHAT_VENDOR_SELECTOR))) {
          launchers++;
          for (const el of [launcher, ...Array.from(launcher.querySelectorAll('*'))]) {
            if (chatVendorOf(el))
              expect(mayBeChatLauncher(el), `${entry.file}: ${el.outerHTML.slice(0, 80)}`).toBe(true);
          }
        }
      }
    }
    expect(launchers).toBeGreaterThan(5);
  });

  it.each([
    '<iframe id="launcher" title="Button to launch messaging window"></iframe>',
    '<iframe data-product="web_widget"></iframe>',
    '<div id="ze-snippet"></div>',
    '<button data-testid="launcher"><span>Help</span></button>',
    '<div class="intercom-lightweight-app-launcher"><svg><path></path></svg></div>',
    '<iframe name="intercom-launcher-frame"></iframe>',
    '<div class="embeddedServiceHelpButton"><button class="helpButtonEnabled"><span>Chat</span></button></div>',
    '<div class="embeddedMessagingConversationButton"></div>',
    '<div id="LPMcontainer-1700-3"><div data-lp-event="click">Talk to an agent</div></div>',
    '<div class="cx-widget cx-webchat-chat-button">Chat</div>',
    '<iframe id="genesys-mxg-frame"></iframe>',
    '<div id="drift-frame-controller"></div>',
    '<iframe title="LiveChat chat widget"></iframe>',
    '<div id="fc_frame"></div>',
    '<iframe id="launcher-frame"></iframe>',
    '<div id="hubspot-messages-iframe-container"></div>',
    '<div class="crisp-client"></div>',
    '<iframe id="tidio-chat-iframe"></iframe>',
    '<div class="BeaconFabButtonFrame"></div>',
    '<div id="gorgias-chat-container"></div>',
    '<iframe title="chat widget"></iframe>',
  ])('lets through %s and its insides', (html) => {
    const doc = pageWith(html);
    const launcher = doc.body.firstElementChild;
    expect(launcher && chatVendorOf(launcher), 'the exact check names it').toBeTruthy();
    const innermost = launcher?.querySelector('*:not(:has(*))') ?? launcher;
    expect(mayBeChatLauncher(innermost ?? null)).toBe(true);
  });

  it.each([
    '<nav><a href="/news">News</a></nav>',
    '<article><p>Markets moved <b>three</b> points.</p></article>',
    '<button class="add-to-cart">Add to cart</button>',
    '<iframe id="video" title="Product video"></iframe>',
    '<form role="search"><input name="q"></form>',
  ])('keeps out ordinary elements: %s', (html) => {
    const doc = pageWith(html);
    const innermost = doc.body.querySelector('*:not(:has(*))');
    expect(mayBeChatLauncher(innermost)).toBe(false);
  });

  it('says no for nothing', () => {
    expect(mayBeChatLauncher(null)).toBe(false);
  });
});
