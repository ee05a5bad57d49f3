import type { Finding } from '../../lib/compose/check';
import { t } from '../../lib/i18n';

/** Each finding in plain words, with the words it is about and a one-click rewrite. */
export function FindingsList(props: { text: string; findings: readonly Finding[]; onApply: (f: Finding) => void }) {
  if (props.findings.length === 0) return <p className="compose-clean muted">{t('compose.findings.none')}</p>;
  return (
    <ul className="compose-findings" aria-label={t('compose.findings.title')}>
      {props.findings.map((f) => (
        <li key={`${f.kind}-${f.start}-${f.end}`} className={`compose-finding ${f.kind}`}>
          <q>{props.text.slice(f.start, f.end)}</q> {f.message}
          {f.suggestion ? (
            <span className="muted"> {t('compose.findings.suggestion', { text: f.suggestion })}</span>
          ) : null}{' '}
          <button type="button" onClick={() => props.onApply(f)}>
            {f.suggestion ? t('compose.findings.apply') : t('compose.findings.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
