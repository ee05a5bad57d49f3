import { t } from '../../lib/i18n';
import { PastContactLogger } from './PastContactLogger';
import type { LoggerProps } from './useLogTarget';

/** Log an email that was sent: to, subject, when, and whether a reply is awaited. */
export function EmailLogger(props: LoggerProps) {
  return (
    <PastContactLogger
      {...props}
      idPrefix="email"
      channel="email"
      heading={(company) => t('popup.email.heading', { company })}
      submitLabel={t('popup.email.save')}
      suggestions={(company) => company?.emails ?? []}
    />
  );
}
