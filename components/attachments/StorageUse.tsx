import { useEffect, useState } from 'react';
import { storageUseText, type StorageEstimateLike } from '../../lib/attachments/storage-use';

/** "Paper Trail uses 12 MB of about 2 GB available." (navigator.storage.estimate, read once per visit). */
export function StorageUse() {
  const [estimate, setEstimate] = useState<StorageEstimateLike | null>(null);
  useEffect(() => {
    let live = true;
    const read =
      typeof navigator !== 'undefined' && navigator.storage?.estimate
        ? navigator.storage.estimate()
        : Promise.resolve(undefined);
    void read.then(
      (found) => live && setEstimate(found ?? {}),
      () => live && setEstimate({}),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <p className="muted" data-testid="storage-use">
      {estimate ? storageUseText(estimate) : ''}
    </p>
  );
}
