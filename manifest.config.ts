import type { UserManifest } from 'wxt';

/**
 * The manifest, per browser. Kept apart from wxt.config.ts so that tests/unit/manifest.test.ts can
 * check it without a build: adding a permission, host permission, web-accessible resource or
 * externally_connectable fails that test until README "Permissions" explains it.
 */
export function manifestFor(browser: string): UserManifest {
  return {
    name: 'Paper Trail',
    description:
      'Log every contact with a company, then draft a courteous public escalation that cites the history.',
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The contact script's page part (classifier, listeners, toast) is imported by the always-on
    // content script only on pages with a contact signal; an import from a content script needs
    // the file to be web-accessible. It holds code only, no data.
    web_accessible_resources: [
      { resources: ['contact-page.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
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
              strict_min_version: '128.0',
              // Everything stays on the device: the extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  };
}
