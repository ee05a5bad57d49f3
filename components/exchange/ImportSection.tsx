import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { problemText, type ImportProblem } from '../../lib/exchange/problems';
import type { ImportMode, ImportPreview, ImportProgress } from '../../lib/exchange/session';
import { t, userLocale } from '../../lib/i18n';
import { loadSettings, updateSettings } from '../../lib/settings/items';
import { remindersChanged } from '../followup/reminders-changed';
import { appVersion, backupFileNameFor, downloadBlob } from './export-actions';
import type { ImportClient } from './import-client';
import { Choice } from '../ui/ChoiceGroup';
import { ImportPreviewTable } from './ImportPreviewTable';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'problems'; problems: ImportProblem[] }
  | { kind: 'ready'; preview: ImportPreview }
  | { kind: 'importing'; progress: ImportProgress }
  | { kind: 'finished'; message: string; ok: boolean };

/** Choose a file → see precise problems or a preview → merge or replace, with progress. */
export function ImportSection(props: { createClient: () => ImportClient; onImported?: () => void }) {
  const { createClient, onImported } = props;
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const client = useRef<ImportClient | undefined>(undefined);
  useEffect(() => () => client.current?.dispose(), []);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    client.current?.dispose();
    client.current = createClient();
    setStep({ kind: 'checking' });
    setMode('merge');
    try {
      const result = await client.current.load(file, appVersion());
      setStep(result.ok ? { kind: 'ready', preview: result.preview } : { kind: 'problems', problems: result.problems });
    } catch (error) {
      setStep({ kind: 'problems', problems: [{ where: '', message: String(error) }] });
    }
  };

  const onImport = async () => {
    if (step.kind !== 'ready' || !client.current) return;
    const total = step.preview.total;
    setStep({ kind: 'importing', progress: { done: 0, total } });
    const now = Date.now();
    const result = await client.current.commit({
      mode,
      now,
      currentSettings: await loadSettings(),
      onProgress: (progress) => setStep({ kind: 'importing', progress }),
      onSafetyBackup: (file) => downloadBlob(file, backupFileNameFor(file, now, 'before-import')),
    });
    if (result.ok) {
      if (result.settings) await updateSettings(result.settings);
      // The records (and a replace's follow-up delays) moved reminders: the background re-arms
      // them now, not at the next browser start.
      remindersChanged();
      setStep({
        kind: 'finished',
        ok: true,
        message: t('exchange.import.done', { count: result.written.toLocaleString() }),
      });
      onImported?.();
    } else {
      // The import is one transaction: a failure leaves the history exactly as it was.
      setStep({ kind: 'finished', ok: false, message: t('exchange.import.failed', { error: result.error }) });
    }
  };

  const busy = step.kind === 'checking' || step.kind === 'importing';
  return (
    <section aria-labelledby="import-heading" className="data-section">
      <h2 id="import-heading">{t('exchange.import.heading')}</h2>
      <p className="muted">{t('exchange.import.intro')}</p>
      <label htmlFor="import-file">{t('exchange.import.file')}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,.zip,application/json,application/zip"
        disabled={busy}
        onChange={(e) => void onFile(e)}
      />
      {step.kind === 'checking' && <p role="status">{t('exchange.import.checking')}</p>}
      {step.kind === 'problems' && (
        <div role="alert" className="import-problems">
          <p>
            <strong>{t('exchange.import.problems')}</strong>
          </p>
          <ul>
            {step.problems.map((problem, i) => (
              <li key={i}>
                <code>{problemText(problem)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {step.kind === 'ready' && (
        <ReadyStep preview={step.preview} mode={mode} onMode={setMode} onImport={() => void onImport()} />
      )}
      {step.kind === 'importing' && <ProgressStep progress={step.progress} />}
      {step.kind === 'finished' && (
        <p role={step.ok ? 'status' : 'alert'} className={step.ok ? undefined : 'field-error'}>
          {step.message}
        </p>
      )}
    </section>
  );
}

function ReadyStep(props: {
  preview: ImportPreview;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  onImport: () => void;
}) {
  const { preview, mode, onMode } = props;
  const blocked = preview.replaceBlocked;
  return (
    <div className="import-ready">
      <p role="status">
        {t('exchange.import.summary', {
          date: new Date(preview.exportedAt).toLocaleString(userLocale()),
          version: preview.appVersion,
          count: preview.total.toLocaleString(),
        })}{' '}
        {preview.migratedFrom !== undefined && t('exchange.import.migrated', { version: preview.migratedFrom })}{' '}
        {preview.scope === 'case' && t('exchange.import.oneCase')}
      </p>
      <ImportPreviewTable counts={preview.merge} />
      <fieldset>
        <legend>{t('exchange.import.mode')}</legend>
        <Choice
          name="import-mode"
          value="merge"
          checked={mode === 'merge'}
          onChange={() => onMode('merge')}
          label={t('exchange.import.merge')}
        />
        <Choice
          name="import-mode"
          value="replace"
          checked={mode === 'replace'}
          disabled={blocked !== undefined}
          describedBy={blocked ? 'replace-blocked' : undefined}
          onChange={() => onMode('replace')}
          label={t('exchange.import.replace')}
        />
        {blocked && (
          <p id="replace-blocked" className="muted">
            {t(
              blocked === 'partial'
                ? 'exchange.import.replaceBlocked.partial'
                : 'exchange.import.replaceBlocked.references',
            )}
          </p>
        )}
      </fieldset>
      <button type="button" className="primary" onClick={props.onImport}>
        {t('exchange.import.start')}
      </button>
    </div>
  );
}

function ProgressStep(props: { progress: ImportProgress }) {
  const { done, total } = props.progress;
  const text = t('exchange.import.writing', { done: done.toLocaleString(), total: total.toLocaleString() });
  return (
    <div>
      <progress aria-label={t('exchange.import.progress')} value={done} max={Math.max(total, 1)} />
      <p role="status">{text}</p>
    </div>
  );
}
