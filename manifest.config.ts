import type { UserManifest } from 'wxt';
import { socialMatchPatterns } from './lib/detect/social-hosts';
import { socialScriptMatches } from './lib/social/hosts';
import { allMailOrigins } from './lib/mail/clients';

/** Manifest V2 (Firefox) lists optional sites among its optional permissions; WXT types only V3's list. */
function optionalSites(browser: string): Pick<UserManifest, 'optional_permissions' | 'optional_host_permissions'> {
  // Any https site: the person's own Mastodon server, whichever it is, asked for one by one
  // (lib/social/servers.ts) — a pattern must be declared here to be requested at all.
  const sites = [...allMailOrigins(), 'https://*/*'];
  return browser === 'firefox'
    ? ({ optional_permissions: sites } as Pick<UserManifest, 'optional_permissions'>)
    : { optional_host_permissions: sites };
}

/**
 * The manifest, per browser. Kept apart from wxt.config.ts so that tests/unit/manifest.test.ts can
 * check it without a build: adding a permission, host permission, web-accessible resource or
 * externally_connectable fails that test until README "Permissions" explains it.
 */
export function manifestFor(browser: string): UserManifest {
  return {
    name: 'Paper Trail',
    // Strings come from locales/<lang>.yml (lib/i18n); English is used where a language has none.
    default_locale: 'en',
    description: 'Log every contact with a company, then draft a courteous public escalation that cites the history.',
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'contextMenus',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The mail clients (lib/mail/clients.ts): asked for only when the person switches mail logging
    // on, and the mail script is registered for them then (entrypoints/background/mail.ts).
    // Firefox's Manifest V2 lists optional sites among its optional permissions.
    ...optionalSites(browser),
    // No host permissions at install: the background never injects into or reads a page (the
    // mail clients above only once the person grants them). The always-on gate
    // imports the contact script's page part itself (entrypoints/contact/load-page-part.ts), so
    // that file is web-accessible — at an address that changes each session in Chrome, so a page
    // cannot probe for it to tell the extension is installed.
    web_accessible_resources: [
      {
        resources: ['contact-page.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // The always-on contact gate (entrypoints/contact): declared here rather than as a WXT content
    // script so that it can start without touching any extension API (see its header).
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        exclude_matches: socialMatchPatterns(),
        js: ['contact.js'],
        run_at: 'document_end',
      },
      // The social script (entrypoints/social), top frames of the networks' pages: declared here
      // rather than as a WXT content script so that no WXT context announces it to the page.
      { matches: socialScriptMatches(), js: ['social.js'], run_at: 'document_idle' },
    ],
    // Quick logging from anywhere (entrypoints/background/context-menu.ts handles the command).
    commands: {
      'log-attempt': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Log a contact attempt' },
    },
    // No externally_connectable: no web page or other extension may message us.
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'paper-trail@example.org',
              // The first versions that know data_collection_permissions (Firefox 140, an ESR;
              // Firefox for Android 142): every Firefox that installs it reads that declaration.
              strict_min_version: '140.0',
              // Everything stays on the device: the extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  };
}
