import { formatDateTime, formatDuration } from '../../lib/format/time';
import { t, type MessageKey } from '../../lib/i18n';
import type { Ambiguity, AmbiguityOption, AmbiguityReason, QuickAddEffect, QuickAddFields } from '../../lib/quickadd';
import { channelLabel } from '../timeline/labels';
import { outcomeLabel } from './AttemptFields';

/** Words for the quick-add preview: each question, each option, each understood value. */

const QUESTION: Record<AmbiguityReason, MessageKey> = {
  date_order: 'quickadd.question.date_order',
  weekday_today: 'quickadd.question.weekday_today',
  weekday_which_week: 'quickadd.question.weekday_which_week',
  time_half_day: 'quickadd.question.time_half_day',
  two_dates: 'quickadd.question.two_dates',
  agent_or_company: 'quickadd.question.agent_or_company',
  two_references: 'quickadd.question.two_references',
  number_without_unit: 'quickadd.question.number_without_unit',
  two_durations: 'quickadd.question.two_durations',
  company_partial: 'quickadd.question.company_partial',
  company_several: 'quickadd.question.company_several',
  two_companies: 'quickadd.question.two_companies',
  channel_unclear: 'quickadd.question.channel_unclear',
  channel_missing: 'quickadd.question.channel_missing',
  two_outcomes: 'quickadd.question.two_outcomes',
};

export function questionText(q: Ambiguity): string {
  return t(QUESTION[q.reason], { text: q.text });
}

const minutes = (m: number) => formatDuration(m * 60);

export function promiseText(p: { text: string; dueAt: number }): string {
  return t('quickadd.value.promise', { text: p.text, due: formatDateTime(p.dueAt) });
}

function effectLabel(e: QuickAddEffect): string {
  switch (e.kind) {
    case 'at':
      return formatDateTime(e.at);
    case 'promise':
      return promiseText(e.promise);
    case 'company':
      return e.company.name;
    case 'companyText':
      return t('quickadd.option.newCompany', { name: e.text });
    case 'agent':
      return t('quickadd.option.agent', { name: e.name });
    case 'reference':
      return t('quickadd.option.reference', { code: e.reference });
    case 'duration':
      return t('quickadd.option.duration', { length: minutes(e.minutes) });
    case 'hold':
      return t('quickadd.option.hold', { length: minutes(e.minutes) });
    case 'channel':
      return channelLabel(e.channel);
    case 'outcome':
      return outcomeLabel(e.outcome);
    case 'summary':
      return t('quickadd.option.notes', { text: e.text });
  }
}

/** An option is named by what it does first; the rest follows from it (the other code kept in the notes). */
export function optionLabel(o: AmbiguityOption): string {
  const first = o.effects[0];
  return first ? effectLabel(first) : o.value;
}

export interface PreviewRow {
  key: string;
  label: string;
  value: string;
  /** A second line: a promise already past. */
  note?: string;
}

/**
 * The rows of the preview, in a fixed order, from the fields as answered so far. A field still
 * asked about says so; one not said says that (and "when" not said means just now; a company not
 * said is `fallbackCompany`, the case or site the line will go to, when there is one).
 */
export function previewRows(
  fields: QuickAddFields,
  asked: ReadonlySet<string>,
  now: number,
  fallbackCompany?: string,
): PreviewRow[] {
  const value = (field: string, present: string | undefined, absent = t('quickadd.value.notSaid')) =>
    present ?? (asked.has(field) ? t('quickadd.value.asked') : absent);
  const company =
    fields.company?.name ??
    (fields.companyText ? t('quickadd.value.newCompany', { name: fields.companyText }) : undefined);
  const rows: PreviewRow[] = [
    { key: 'company', label: t('quickadd.field.company'), value: value('company', company, fallbackCompany) },
    {
      key: 'channel',
      label: t('quickadd.field.channel'),
      value: value('channel', fields.channel && channelLabel(fields.channel)),
    },
    {
      key: 'agents',
      label: t('quickadd.field.agents'),
      value: value('agents', fields.agents.length > 0 ? fields.agents.join(', ') : undefined),
    },
    { key: 'reference', label: t('quickadd.field.reference'), value: value('reference', fields.reference) },
    {
      key: 'duration',
      label: t('quickadd.field.duration'),
      value: value(
        'durationMinutes',
        fields.durationMinutes === undefined ? undefined : minutes(fields.durationMinutes),
      ),
    },
    {
      key: 'hold',
      label: t('quickadd.field.hold'),
      value: value('holdMinutes', fields.holdMinutes === undefined ? undefined : minutes(fields.holdMinutes)),
    },
    {
      key: 'when',
      label: t('quickadd.field.when'),
      value: value('at', fields.at === undefined ? undefined : formatDateTime(fields.at), t('quickadd.value.justNow')),
    },
    {
      key: 'promise',
      label: t('quickadd.field.promise'),
      value: value('promise', fields.promise && promiseText(fields.promise)),
      note: fields.promise && fields.promise.dueAt < now ? t('quickadd.value.promisePast') : undefined,
    },
    {
      key: 'outcome',
      label: t('quickadd.field.outcome'),
      value: value('outcome', fields.outcome && outcomeLabel(fields.outcome)),
    },
    { key: 'notes', label: t('quickadd.field.notes'), value: value('summary', fields.summary) },
  ];
  if (fields.contact) rows.splice(4, 0, { key: 'contact', label: t('quickadd.field.contact'), value: fields.contact });
  return rows;
}
