import { useEffect, useState } from 'react';
import { t } from '../../lib/i18n';
import { StorageUse } from '../attachments/StorageUse';
import { ensurePersistentStorage, type PersistenceState } from './storage-persistence';

const TEXT = {
  persisted: 'exchange.storage.persisted',
  'not-persisted': 'exchange.storage.notPersisted',
  unsupported: 'exchange.storage.unknown',
} as const;

/** Shows whether the browser may evict the history; asks for persistence once per visit. */
export function StorageStatus(props: { refreshKey?: number }) {
  const [state, setState] = useState<PersistenceState | undefined>();
  useEffect(() => {
    let live = true;
    void ensurePersistentStorage().then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [props.refreshKey]);
  return (
    <section aria-labelledby="storage-heading" className="data-section">
      <h2 id="storage-heading">{t('exchange.storage.heading')}</h2>
      <p role="status" className={state === 'persisted' ? undefined : 'muted'}>
        {state ? t(TEXT[state]) : ''}
      </p>
      <StorageUse />
    </section>
  );
}
