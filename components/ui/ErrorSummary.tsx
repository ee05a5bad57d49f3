import { useEffect, useRef } from 'react';
import { t } from '../../lib/i18n';

/**
 * Lists a form's errors after a failed save and takes focus, so keyboard and screen-reader users
 * learn that nothing was saved and can jump to each field.
 */
export function ErrorSummary(props: { errors: Partial<Record<string, string>>; idPrefix: string; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(props.errors).filter((e): e is [string, string] => typeof e[1] === 'string');
  useEffect(() => {
    if (props.attempt > 0) ref.current?.focus();
  }, [props.attempt]);
  if (entries.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <p>{t('popup.form.notSaved')}</p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${props.idPrefix}-${field}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(`${props.idPrefix}-${field}`)?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
