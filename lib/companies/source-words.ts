import { formatDate, type FormatOptions } from '../format/time';
import { t, userLocale } from '../i18n';
import type { Company, Confidence } from '../model';
import { directorySources, type DirectorySource } from './directory';
import { HANDLE_SOURCE } from './profile-match';

/** What is known about where a handle comes from (a Handle's fields and its company's origin). */
export interface SourceFacts {
  /** The citation as stored ("Kaggle TWCS brand-account list, 2017 [TWCS]"), or a marker of HANDLE_SOURCE. */
  source?: string;
  confidence?: Confidence;
  /** Whose entry the company is: the bundled directory's, the person's, or one found on a page. */
  origin?: Company['source'];
}

type Kind = 'official' | 'news' | 'list' | 'web';

/** The directory's source kinds, strongest evidence first. */
function kindOf(source: DirectorySource): Kind {
  if (source.kind.startsWith('official') || source.kind === 'government') return 'official';
  if (source.kind === 'news') return 'news';
  if (source.kind === 'dataset' || source.kind === 'code') return 'list';
  return 'web';
}
const RANK: Record<Kind, number> = { official: 0, news: 1, list: 2, web: 3 };

interface Cited {
  kind: Kind;
  /** The short name the citation gives it, without its date ("Kaggle TWCS brand-account list"). */
  name: string;
  date?: string;
}

/** "Kaggle TWCS brand-account list, 2017 [TWCS]; MassLive, 2022-12 [MASSLIVE_SWA22]" → each cited source. */
function cited(citation: string): Cited[] {
  return citation.split(';').flatMap((part) => {
    const id = /\[([A-Z0-9_]+)\]/.exec(part)?.[1];
    const source = id === undefined ? undefined : directorySources[id];
    if (source === undefined) return [];
    // The date goes in its own words: drop it from the name ("MassLive, 2022-12", "blog (undated)").
    const label = part
      .slice(0, part.indexOf('['))
      .trim()
      .replace(/,[^,]*\d{4}[^,]*$/, '')
      .replace(/\s*\((?:undated|c\.)[^)]*\)$/i, '')
      .trim();
    return [{ kind: kindOf(source), name: label || source.citation, date: dateOf(source.date) }];
  });
}

/** A source's date as a reader wants it: "12 Feb 2023", "Dec 2022", "2017", "c. 2015"; none when undated. */
function dateOf(raw: string, fmt: FormatOptions = {}): string | undefined {
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(Date.parse(`${text}T12:00:00Z`), { timeZone: 'UTC', ...fmt });
  if (/^\d{4}-\d{2}$/.test(text)) {
    return new Intl.DateTimeFormat(fmt.locale ?? userLocale(), {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(Date.parse(`${text}-15T12:00:00Z`));
  }
  if (/^undated/i.test(text)) {
    // "undated (c. 2019-21)" still says when; "undated (current)" does not.
    const inner = /\(([^)]*\d[^)]*)\)/.exec(text)?.[1];
    return inner?.trim() || undefined;
  }
  return text || undefined;
}

/**
 * Where a handle comes from, in plain words, with how sure the directory is: "From a public
 * list of support accounts (Kaggle TWCS brand-account list), checked 2017. Confidence: medium."
 * The strongest source is named (the company's own pages, then the news, then lists, then other
 * websites) and the others counted.
 */
export function handleSourceText(facts: SourceFacts): string {
  const sentence = sourceSentence(facts);
  const confidence = facts.confidence ? ` ${t(`companies.source.confidence.${facts.confidence}`)}` : '';
  return `${sentence}${confidence}`;
}

function sourceSentence({ source, origin }: SourceFacts): string {
  if (source === HANDLE_SOURCE.ownDomain) return t('companies.source.ownDomain');
  if (source === HANDLE_SOURCE.confirmedByYou) return t('companies.source.confirmedByYou');
  if (source === undefined || source.trim() === '') {
    return t(
      origin === 'user'
        ? 'companies.source.you'
        : origin === 'auto'
          ? 'companies.source.auto'
          : 'companies.source.none',
    );
  }
  const all = cited(source).sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  const best = all[0];
  if (best === undefined) return t('companies.source.other', { source });
  const named = best.date
    ? t(`companies.source.${best.kind}Dated`, { name: best.name, date: best.date })
    : t(`companies.source.${best.kind}`, { name: best.name });
  const more = all.length - 1;
  return more === 0
    ? `${named}.`
    : `${named}, ${t(more === 1 ? 'companies.source.moreOne' : 'companies.source.more', { count: more })}.`;
}
