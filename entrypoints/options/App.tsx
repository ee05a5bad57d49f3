import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { DataPanel } from '../../components/exchange/DataPanel';
import { ensurePersistentStorage } from '../../components/exchange/storage-persistence';
import type { ImportClient } from '../../components/exchange/import-client';
import { AutoLogSettings } from '../../components/settings/AutoLogSettings';
import { CompanySettings } from '../../components/settings/CompanySettings';
import { ComposeSettings } from '../../components/settings/ComposeSettings';
import { FollowUpSettings } from '../../components/settings/FollowUpSettings';
import { MailSettings } from '../../components/settings/MailSettings';
import { CalendarExport } from '../../components/settings/CalendarExport';
import { PreparedBySettings } from '../../components/report/PreparedBySettings';
import { t } from '../../lib/i18n';
import { nextTab, TABS, tabFromHash, type TabId } from './tabs';

/** Accessible tabs (WAI-ARIA tabs pattern, automatic activation); the hash names the open tab. */
export function App(props: { createImportClient?: () => ImportClient }) {
  const [active, setActive] = useState<TabId>(() => tabFromHash(location.hash));
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement>());

  useEffect(() => {
    const onHash = () => setActive(tabFromHash(location.hash));
    addEventListener('hashchange', onHash);
    // The options page's first load is the moment to ask the browser to keep our data.
    void ensurePersistentStorage();
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const select = (id: TabId, focus = false) => {
    setActive(id);
    history.replaceState(null, '', `#${id}`);
    if (focus) tabRefs.current.get(id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const target = nextTab(active, event.key);
    if (!target) return;
    event.preventDefault();
    select(target, true);
  };

  const panels: Record<TabId, ReactNode> = {
    logging: (
      <>
        <AutoLogSettings />
        <MailSettings />
      </>
    ),
    followup: (
      <>
        <FollowUpSettings />
        <CalendarExport />
      </>
    ),
    composer: <ComposeSettings />,
    companies: <CompanySettings />,
    data: (
      <>
        <DataPanel {...(props.createImportClient ? { createImportClient: props.createImportClient } : {})} />
        <PreparedBySettings />
      </>
    ),
  };

  return (
    <div className="options">
      <header>
        <h1>{t('options.title')}</h1>
        {/* The install-time welcome page, for whoever closed it too soon or wants the sample case. */}
        <a href="/welcome.html">{t('options.welcome')}</a>
      </header>
      <div role="tablist" aria-label={t('options.tabs')} className="options-tabs">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) tabRefs.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => select(tab.id)}
            onKeyDown={onKeyDown}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <section
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={active !== tab.id}
          tabIndex={0}
          className="options-panel"
        >
          {active === tab.id && panels[tab.id]}
        </section>
      ))}
    </div>
  );
}
