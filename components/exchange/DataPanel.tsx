import { useState } from 'react';
import { defaultImportClient, type ImportClient } from './import-client';
import { EraseSection } from './EraseSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { StorageStatus } from './StorageStatus';
import './data-panel.css';

/** "Your data": export, import, delete everything, and whether storage is persistent. */
export function DataPanel(props: { createImportClient?: () => ImportClient }) {
  // Re-checks persistence after an import (the first import is a good moment to ask).
  const [imports, setImports] = useState(0);
  return (
    <div className="data-panel">
      <ExportSection />
      <ImportSection
        createClient={props.createImportClient ?? defaultImportClient}
        onImported={() => setImports((n) => n + 1)}
      />
      <EraseSection />
      <StorageStatus refreshKey={imports} />
    </div>
  );
}
