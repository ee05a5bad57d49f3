import { useMemo } from 'react';
import { applySuggestion, type Finding } from '../../lib/compose/check';
import { useCourtesyCheck } from './useCourtesyCheck';
import { countPost } from '../../lib/compose/count';
import { fitMessage } from '../../lib/compose/fit-message';
import { highlightSegments } from '../../lib/compose/highlight';
import { t } from '../../lib/i18n';
import type { Platform } from '../../lib/model';
import { FindingsList } from './FindingsList';

/**
 * One post of a draft: an editable text area, a live counter by the network's own rules (announced
 * politely to screen readers), what keeps it from fitting (too long, too many bytes, a refused
 * character, too many links) highlighted and said in words, and the findings explained.
 */
export function PartEditor(props: {
  id: string;
  label: string;
  platform: Platform;
  role?: 'title' | 'body';
  mastodonLimit: number;
  value: string;
  rows?: number;
  /** Already posted: shown as it went out, no longer editable. */
  readOnly?: boolean;
  onChange: (value: string) => void;
}) {
  const { platform, role, mastodonLimit, value } = props;
  const count = useMemo(
    () => countPost(platform, value, { mastodonLimit, role }),
    [platform, value, mastodonLimit, role],
  );
  const check = useCourtesyCheck();
  const findings = useMemo(() => check(value), [check, value]);
  const over = count.used - count.limit;
  const counterId = `${props.id}-counter`;
  const fitId = `${props.id}-fit`;
  const fit = fitMessage(platform, value, count, { mastodonLimit });
  // Whatever keeps the post from fitting is marked from where it starts, not only excess length.
  const overflowAt = count.fits ? undefined : count.overflowAt;
  const segments = highlightSegments(value, findings, overflowAt);
  const apply = (f: Finding) => props.onChange(applySuggestion(value, f));
  return (
    <div className="compose-part">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={props.rows ?? 6}
        value={value}
        readOnly={props.readOnly}
        aria-describedby={fit ? `${counterId} ${fitId}` : counterId}
        aria-invalid={!count.fits || undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      <p id={counterId} className={count.fits ? 'compose-counter' : 'compose-counter over'} aria-live="polite">
        {over > 0
          ? t('compose.counter.over', { used: count.used, limit: count.limit, over })
          : t('compose.counter.label', { used: count.used, limit: count.limit })}
        {count.maxLinks !== undefined && count.links > count.maxLinks
          ? ` ${t('compose.counter.links', { links: count.links, max: count.maxLinks })}`
          : ''}
      </p>
      {/* Always present so that a message appearing in it is announced. */}
      <p id={fitId} className="compose-fit" aria-live="polite">
        {fit}
      </p>
      {findings.length || overflowAt !== undefined ? (
        <p className="compose-highlights" aria-hidden="true">
          {segments.map((s, i) =>
            s.mark ? (
              <mark key={i} className={`compose-mark ${s.mark}`}>
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </p>
      ) : null}
      <FindingsList text={value} findings={findings} onApply={apply} />
    </div>
  );
}
