import { useEffect, useRef, useState } from 'react';
import { t } from '../../lib/i18n';
import type { SampleRefs } from '../../lib/welcome/sample';
import { addSampleCase, removeSampleCase } from './sample-actions';
import { readSampleRefs } from './sample-store';

type SampleState = { kind: 'loading' } | { kind: 'none' } | { kind: 'added'; refs: SampleRefs };

export interface SampleSectionProps {
  /** Injectable for component tests; the real ones write the database and extension storage. */
  add?: () => Promise<SampleRefs>;
  remove?: (refs: SampleRefs) => Promise<{ caseRemoved: boolean }>;
  read?: () => Promise<SampleRefs | undefined>;
}

/**
 * "Try it with a sample case". One button that adds the sample, then removes it: it stays the
 * same element, so keyboard focus stays on it while its name changes, and the status line below
 * says what happened.
 */
export function SampleSection(props: SampleSectionProps) {
  // Fixed for the section's life: a new function on each render must not read the sample again.
  const [io] = useState(() => ({
    add: props.add ?? addSampleCase,
    remove: props.remove ?? removeSampleCase,
    read: props.read ?? readSampleRefs,
  }));
  const [state, setState] = useState<SampleState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const button = useRef<HTMLButtonElement>(null);

  // Reached by "See how it works with a sample case" (welcome.html#sample): the page renders after
  // the browser's own jump to the anchor, so the section is brought into view here, on its button.
  useEffect(() => {
    if (location.hash === '#sample') button.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    void io
      .read()
      .catch(() => undefined)
      .then((refs) => {
        if (live) setState(refs ? { kind: 'added', refs } : { kind: 'none' });
      });
    return () => {
      live = false;
    };
  }, [io]);

  const act = async () => {
    // aria-disabled rather than disabled while busy: a disabled button drops the keyboard focus.
    if (busy || state.kind === 'loading') return;
    setBusy(true);
    setError('');
    try {
      if (state.kind === 'none') {
        const refs = await io.add();
        setState({ kind: 'added', refs });
        setStatus(t('welcome.sample.added'));
      } else {
        const result = await io.remove(state.refs);
        setState({ kind: 'none' });
        setStatus(t(result.caseRemoved ? 'welcome.sample.removed' : 'welcome.sample.removedKept'));
      }
    } catch (e) {
      setStatus('');
      setError(t('welcome.sample.failed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const added = state.kind === 'added';
  return (
    <section id="sample" aria-labelledby="sample-heading" className="welcome-section welcome-sample card">
      <h2 id="sample-heading">{t('welcome.sample.heading')}</h2>
      <p>{t('welcome.sample.intro')}</p>
      <p className="welcome-actions">
        <button
          ref={button}
          type="button"
          className={added ? undefined : 'primary'}
          aria-disabled={busy || state.kind === 'loading' ? true : undefined}
          onClick={() => void act()}
        >
          {added ? t('welcome.sample.remove') : t('welcome.sample.add')}
        </button>
        {added ? (
          <a href={`popup.html#/case/${encodeURIComponent(state.refs.caseId)}`}>{t('welcome.sample.open')}</a>
        ) : null}
      </p>
      <p role="status" className="welcome-status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
