import { useState } from 'react';
import { t } from '../../lib/i18n';
import type { Company } from '../../lib/model';
import { companyName } from '../popup/useCompanies';
import { navigate } from '../popup/router';
import { channelLabel } from '../timeline/labels';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ChangeCompany } from './ChangeCompany';
import { PastAttemptForm } from './PastAttemptForm';
import { LogTargetPicker, useLogTarget } from './useLogTarget';
import { HAND_CHANNELS, type HandChannel } from './hand-channels';

/**
 * Logs any other contact by hand — a chat, a direct message, a letter, a visit in person, an app
 * message, a web form — as it happens (its time is now) or afterwards with its real times. Calls
 * and emails have their own views (a running timer; a reply awaited).
 */
export function ContactLogger(props: {
  caseId?: string;
  companyId?: string;
  channel?: HandChannel;
  companies: Map<string, Company> | undefined;
  tabCompany: Company | undefined;
}) {
  const target = useLogTarget({ caseId: props.caseId, companyId: props.companyId });
  const [channel, setChannel] = useState<HandChannel>(props.channel ?? 'chat');
  if (target.loading) return <p className="muted">{t('popup.loading')}</p>;
  if (!target.companyId) {
    return <LogTargetPicker target={target} companies={props.companies} tabCompany={props.tabCompany} />;
  }
  const name = companyName(props.companies, target.companyId);
  return (
    <section aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('popup.contact.heading', { company: name })}</h2>
      <ChangeCompany caseId={props.caseId} onClear={target.clear} />
      <ChoiceGroup
        name="contact-channel"
        legend={t('popup.contact.how')}
        value={channel}
        options={HAND_CHANNELS.map((value) => ({ value, label: channelLabel(value) }))}
        onChange={setChannel}
      />
      {/* A new form per channel: each has its own fields and its own defaults. */}
      <PastAttemptForm
        key={channel}
        channel={channel}
        idPrefix="contact"
        suggestions={[]}
        resolveCase={target.resolveCase}
        submitLabel={t('popup.contact.save', { channel: channelLabel(channel) })}
        onSaved={(a) => navigate({ name: 'case', caseId: a.caseId, attemptId: a.id })}
      />
    </section>
  );
}
