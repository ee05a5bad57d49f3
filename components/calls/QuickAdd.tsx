import { useEffect, useMemo, useRef, useState } from 'react';
import { plural, t } from '../../lib/i18n';
import {
  applyAnswers,
  parseQuickAdd,
  resolveQuickAdd,
  QUICKADD_MAX_LENGTH,
  type QuickAddCompany,
  type QuickAddUnderstood,
  type ResolvedQuickAdd,
} from '../../lib/quickadd';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { optionLabel, previewRows, questionText } from './quick-add-labels';

/**
 * One line typed while on hold ("Called T-Mobile, Priya, ref TM-48213, 45 min, credit by Fri"),
 * understood, shown back, and saved only once the person has seen it and answered every question
 * it raised. It never touches the database: the parent saves what `onSave` receives, exactly what
 * the preview showed.
 */
export function QuickAdd(props: {
  companies: readonly QuickAddCompany[];
  /** The instant relative dates count from ("yesterday", "Fri"). */
  now: number;
  /** Decides "12/11" (day or month first); without it, that is asked. */
  locale?: string;
  onSave: (parsed: ResolvedQuickAdd) => Promise<void>;
  idPrefix?: string;
  /** Where a line that names no company goes, as shown ("Acme (this case)"). */
  fallbackCompany?: string;
}) {
  const p = props.idPrefix ?? 'quick-add';
  const [text, setText] = useState('');
  const [result, setResult] = useState<QuickAddUnderstood>();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Back to the line after Edit or a save (not on first render: the page keeps its own focus).
  const [focusLine, setFocusLine] = useState(0);
  useEffect(() => {
    if (focusLine > 0) input.current?.focus();
  }, [focusLine]);

  const understand = () => {
    const parsed = parseQuickAdd(text, { now: props.now, companies: props.companies, locale: props.locale });
    if (!parsed.ok) {
      setError(parsed.error === 'empty' ? t('quickadd.error.empty') : t('quickadd.error.tooLong', { max: parsed.max }));
      return;
    }
    setError(undefined);
    setAnswers({});
    setResult(parsed);
    const count = parsed.ambiguities.length;
    setStatus(count === 0 ? t('quickadd.announce.clear') : plural(count, 'quickadd.announce.questions'));
  };

  const edit = () => {
    setResult(undefined);
    setError(undefined);
    setStatus('');
    setFocusLine((n) => n + 1);
  };

  const save = async (resolvedFrom: QuickAddUnderstood) => {
    const resolved = resolveQuickAdd(resolvedFrom, answers);
    if (!resolved.ok) {
      if (resolved.invalid.length > 0) setError(t('quickadd.error.invalid', { fields: resolved.invalid.join(', ') }));
      return;
    }
    setBusy(true);
    try {
      await props.onSave(resolved.value);
      setText('');
      setResult(undefined);
      setStatus(t('quickadd.saved'));
      setFocusLine((n) => n + 1);
    } catch (e) {
      setError(t('quickadd.saveFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="quick-add">
      <p role="status" aria-live="polite" className="visually-hidden" data-testid="quick-add-status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="field-error" id={`${p}-error`}>
          {error}
        </p>
      ) : null}
      {result ? (
        <Preview
          idPrefix={p}
          result={result}
          answers={answers}
          now={props.now}
          fallbackCompany={props.fallbackCompany}
          busy={busy}
          onAnswer={(id, value) => setAnswers((a) => ({ ...a, [id]: value }))}
          onEdit={edit}
          onSave={() => void save(result)}
        />
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            understand();
          }}
        >
          <div className="field">
            <label htmlFor={`${p}-line`}>{t('quickadd.label')}</label>
            <input
              ref={input}
              id={`${p}-line`}
              type="text"
              value={text}
              maxLength={QUICKADD_MAX_LENGTH * 2}
              autoComplete="off"
              aria-describedby={[`${p}-hint`, error ? `${p}-error` : ''].filter(Boolean).join(' ')}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <p id={`${p}-hint`} className="muted field-hint">
              {t('quickadd.hint')}
            </p>
          </div>
          <p className="actions">
            <button type="submit" className="primary">
              {t('quickadd.understand')}
            </button>
          </p>
        </form>
      )}
    </div>
  );
}

function Preview(props: {
  idPrefix: string;
  result: QuickAddUnderstood;
  answers: Readonly<Record<string, string>>;
  now: number;
  fallbackCompany: string | undefined;
  busy: boolean;
  onAnswer: (id: string, value: string) => void;
  onEdit: () => void;
  onSave: () => void;
}) {
  const { result, answers, idPrefix: p } = props;
  // The preview shows the fields as answered so far: what is saved is what is on screen.
  const { fields, unanswered } = useMemo(() => applyAnswers(result, answers), [result, answers]);
  const asked = new Set(result.ambiguities.filter((q) => unanswered.includes(q.id)).map((q) => q.field));
  const left = unanswered.length;
  // The preview appears after Enter: keyboard and screen-reader users land on it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="quick-add-preview">
      <h3 id={`${p}-preview-heading`} ref={heading} tabIndex={-1}>
        {t('quickadd.preview.heading')}
      </h3>
      <dl className="quick-add-fields" aria-labelledby={`${p}-preview-heading`}>
        {previewRows(fields, asked, props.now, props.fallbackCompany).map((row) => (
          <div key={row.key} data-testid={`quick-add-${row.key}`}>
            <dt>{row.label}</dt>
            <dd>
              {row.value}
              {row.note ? <span className="muted"> {row.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      {result.unknownWords.length > 0 ? (
        <p className="muted">{t('quickadd.value.unknownWords', { words: result.unknownWords.join(', ') })}</p>
      ) : null}
      {result.ambiguities.length > 0 ? (
        <div className="quick-add-questions">
          <h4>{t('quickadd.questions.heading')}</h4>
          {result.ambiguities.map((q) => (
            <ChoiceGroup
              key={q.id}
              name={`${p}-${q.id}`}
              legend={questionText(q)}
              value={answers[q.id]}
              options={q.options.map((o) => ({ value: o.value, label: optionLabel(o) }))}
              onChange={(v) => props.onAnswer(q.id, v)}
            />
          ))}
        </div>
      ) : null}
      {left > 0 ? (
        <p id={`${p}-left`} className="muted">
          {plural(left, 'quickadd.questions.left')}
        </p>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="primary"
          disabled={left > 0 || props.busy}
          aria-describedby={left > 0 ? `${p}-left` : undefined}
          onClick={props.onSave}
        >
          {props.busy ? t('quickadd.saving') : t('quickadd.save')}
        </button>
        <button type="button" onClick={props.onEdit} disabled={props.busy}>
          {t('quickadd.edit')}
        </button>
      </p>
    </div>
  );
}
