import { handleSourceText } from '../../lib/companies/source-words';
import { handleWarnings, type HandleInfo } from '../../lib/compose/handle';
import { t } from '../../lib/i18n';
import type { Platform } from '../../lib/model';
import { formatDate } from '../../lib/format/time';

/** The account a post addresses: the directory's suggestion, how sure it is, and what to check. */
export function HandlePicker(props: {
  platform: Platform;
  info: HandleInfo;
  value: string;
  onChange: (handle: string) => void;
}) {
  const { info, value } = props;
  const warnings = handleWarnings(value, info);
  const hintId = 'compose-handle-hint';
  const warnId = 'compose-handle-warnings';
  return (
    <div className="compose-handle">
      <label htmlFor="compose-handle">{t('compose.handle.label')}</label>
      <input
        id="compose-handle"
        value={value}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${hintId}${warnings.length ? ` ${warnId}` : ''}`}
        aria-invalid={warnings.includes('lookAlike') || undefined}
        onChange={(e) => props.onChange(e.currentTarget.value.replace(/^@/u, '').trim())}
      />
      <p id={hintId} className="muted field-hint">
        {t('compose.handle.help')}
        {info.handle ? (
          <>
            {' '}
            {handleSourceText({ source: info.source, confidence: info.confidence, origin: info.company?.source })}
            {info.lastSeenAt ? ` ${t('compose.handle.lastSeen', { date: formatDate(info.lastSeenAt) })}` : ''}
          </>
        ) : null}
      </p>
      {warnings.length || info.retired.length ? (
        <ul id={warnId} className="compose-warnings">
          {warnings.map((w) => (
            <li key={w} className="compose-warning">
              {w === 'differs'
                ? t('compose.handle.differs', { handle: info.handle ?? '' })
                : w === 'retired'
                  ? t('compose.handle.retiredTyped')
                  : t(`compose.handle.${w}`)}
              {w === 'unknown' && info.elsewhere.length
                ? ` ${t('compose.handle.other', { list: info.elsewhere.map((p) => t(`compose.platform.${p}`)).join(', ') })}`
                : ''}
            </li>
          ))}
          {info.retired.map((r) => (
            <li key={r.handle} className="muted">
              {t('compose.handle.retired', { handle: r.handle, note: r.note ?? '' })}
            </li>
          ))}
        </ul>
      ) : null}
      {info.handle && info.handle !== value ? (
        <button type="button" onClick={() => props.onChange(info.handle ?? '')}>
          {t('compose.handle.suggested', { handle: info.handle })}
        </button>
      ) : null}
    </div>
  );
}
