import type { MessageKey } from '../../lib/i18n';

/** The options page's sections, in order; the id is also the URL hash (options.html#data). */
export const TABS = [
  { id: 'logging', label: 'options.tab.logging' },
  { id: 'followup', label: 'options.tab.followup' },
  { id: 'composer', label: 'options.tab.composer' },
  { id: 'companies', label: 'options.tab.companies' },
  { id: 'data', label: 'options.tab.data' },
] as const satisfies ReadonlyArray<{ id: string; label: MessageKey }>;

export type TabId = (typeof TABS)[number]['id'];

export function tabFromHash(hash: string): TabId {
  const wanted = hash.replace(/^#/, '');
  return TABS.find((tab) => tab.id === wanted)?.id ?? TABS[0].id;
}

/** Arrow keys move along the tab list, wrapping; Home and End jump to the ends. */
export function nextTab(current: TabId, key: string): TabId | undefined {
  const index = TABS.findIndex((tab) => tab.id === current);
  const last = TABS.length - 1;
  const target =
    key === 'ArrowRight'
      ? index === last
        ? 0
        : index + 1
      : key === 'ArrowLeft'
        ? index === 0
          ? last
          : index - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : undefined;
  return target === undefined ? undefined : TABS[target]?.id;
}
