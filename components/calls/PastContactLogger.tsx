import type { ReactNode } from 'react';
import type { Channel, Company } from '../../lib/model';
import { t } from '../../lib/i18n';
import { companyName } from '../popup/useCompanies';
import { ChangeCompany } from './ChangeCompany';
import { PastAttemptForm } from './PastAttemptForm';
import { LogTargetPicker, useLogTarget, type LoggerProps } from './useLogTarget';

/**
 * The frame of the email and other-contact loggers (calls have a timer of their own): the picker
 * until there is a company, then a section headed with its name, a way to change it, `children`
 * (a choice of channel, say) and the form. `idPrefix` names the form's fields and, as
 * `<idPrefix>-heading`, the heading.
 */
export function PastContactLogger(
  props: LoggerProps & {
    idPrefix: string;
    channel: Channel;
    heading: (company: string) => string;
    submitLabel: string;
    /** What the form offers to fill in (the company's addresses), from the chosen company. */
    suggestions: (company: Company | undefined) => readonly string[];
    children?: ReactNode;
  },
) {
  const target = useLogTarget({ caseId: props.caseId, companyId: props.companyId });
  if (target.loading) return <p className="muted">{t('popup.loading')}</p>;
  if (!target.companyId) {
    return <LogTargetPicker target={target} companies={props.companies} tabCompany={props.tabCompany} />;
  }
  const headingId = `${props.idPrefix}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading(companyName(props.companies, target.companyId))}</h2>
      <ChangeCompany caseId={props.caseId} onClear={target.clear} />
      {props.children}
      {/* A new form per channel: each has its own fields and its own defaults. */}
      <PastAttemptForm
        key={props.channel}
        channel={props.channel}
        idPrefix={props.idPrefix}
        suggestions={props.suggestions(props.companies?.get(target.companyId))}
        resolveCase={target.resolveCase}
        submitLabel={props.submitLabel}
      />
    </section>
  );
}
