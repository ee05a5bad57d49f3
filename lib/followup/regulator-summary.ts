import { plural, t } from '../i18n';
import type { Company } from '../model';
import { caseClocks, type CaseRecords } from './clocks';

interface Line {
  at: number;
  text: string;
}

function joinDefined(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p.trim() !== '').join(' — ');
}

/**
 * The case as plain text, ready to paste into a regulator's or ombudsman's form: facts, dates,
 * references. It includes the private account reference (clearly labelled) because this text
 * goes to a regulator privately, never into a public post.
 */
export function regulatorSummary(
  records: CaseRecords,
  company: Pick<Company, 'name'> | undefined,
  now: number,
  timeZone = 'UTC',
  locale = 'en-GB',
): string {
  const c = records.case;
  const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const day = (at: number) => date.format(new Date(at));
  const clocks = caseClocks(records, now, timeZone);

  const lines: Line[] = [
    ...records.attempts.map((a) => ({
      at: a.at,
      text: joinDefined([
        day(a.at),
        t(`followup.summary.channel.${a.channel}`),
        a.agents.length > 0 ? t('followup.summary.agents', { names: a.agents.join(', ') }) : undefined,
        a.reference ? t('followup.summary.reference', { ref: a.reference }) : undefined,
        a.summary,
        t(`followup.summary.outcome.${a.outcome}`),
        a.promise ? t('followup.summary.promise', { text: a.promise.text, due: day(a.promise.dueAt) }) : undefined,
      ]),
    })),
    ...records.escalations.flatMap((e) =>
      e.status === 'posted' && e.postedAt !== undefined
        ? [
            {
              at: e.postedAt,
              text: joinDefined([
                day(e.postedAt),
                t('followup.summary.post', { platform: e.platform, handle: e.handle }),
                e.postUrl,
              ]),
            },
          ]
        : [],
    ),
    ...records.responses.map((r) => ({
      at: r.at,
      text: joinDefined([
        day(r.at),
        t(`followup.kind.${r.kind}`),
        r.by,
        r.note,
        r.promise ? t('followup.summary.promise', { text: r.promise.text, due: day(r.promise.dueAt) }) : undefined,
        r.url,
      ]),
    })),
  ].sort((a, b) => a.at - b.at);

  const broken = clocks.promises.filter((p) => p.overdue || p.state === 'broken');
  const out = [
    t('followup.summary.heading', { company: company?.name ?? c.companyId }),
    t('followup.summary.title', { title: c.title }),
    c.privateRef ? t('followup.summary.privateRef', { ref: c.privateRef }) : undefined,
    t('followup.summary.problem', { text: c.problem }),
    t('followup.summary.ask', { text: c.ask }),
    c.amount
      ? t('followup.summary.amount', { value: c.amount.value.toFixed(2), currency: c.amount.currency })
      : undefined,
    t('followup.summary.counts', {
      attempts: records.attempts.length,
      since: day(clocks.firstContactAt ?? c.openedAt),
    }),
    broken.length > 0 ? plural(broken.length, 'followup.summary.broken') : undefined,
    '',
    t('followup.summary.timeline'),
    ...lines.map((l) => `- ${l.text}`),
  ];
  return out.filter((l): l is string => l !== undefined).join('\n');
}
