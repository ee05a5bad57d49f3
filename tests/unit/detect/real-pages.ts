import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgePage, readPage, type PageVerdict } from '../../../lib/detect';
import type { PageReading } from '../../../lib/messages/page-reading';
import { mayBeContactForm, snapshotForm } from '../../../lib/detect/form-snapshot';
import { classifySnapshot } from '../../../lib/detect/forms';
import { loadPage } from './load-page';

/** One page of tests/fixtures/real/{tune,heldout}/manifest.json (see tests/fixtures/real/README.md). */
export interface RealPage {
  file: string;
  url: string;
  language: string;
  kind: 'contact' | 'negative';
  /** The page's contact form, or null when it has none in its markup. */
  contactForm: string | null;
  submitSelector: string | null;
  source: { repository: string; path: string; commit: string };
  notes?: string;
}

export interface PageResult {
  page: RealPage;
  reading: PageReading;
  verdict: PageVerdict;
  /** Whether sending its contact form would be logged as a web form; null without a form. */
  formLogged: boolean | null;
}

export function readRealManifest(dir: string): RealPage[] {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as RealPage[];
}

/**
 * What the extension does with a sent form: the page reports it when it may be a contact form
 * (entrypoints/contact/sent-form.ts), and the background logs it as a web form when it is one
 * (lib/autolog/sent-form.ts).
 */
function formWouldBeLogged(doc: Document, selector: string): boolean {
  const form = doc.querySelector(selector);
  if (!(form instanceof HTMLFormElement)) throw new Error(`no form ${selector}`);
  const snapshot = snapshotForm(form);
  return mayBeContactForm(snapshot) && classifySnapshot(snapshot) === 'contact';
}

export function evaluate(dir: string): PageResult[] {
  return readRealManifest(dir).map((page) => {
    const doc = loadPage(dir, page.file);
    const reading = readPage(doc, page.url);
    return {
      page,
      reading,
      verdict: judgePage(reading),
      formLogged: page.contactForm ? formWouldBeLogged(doc, page.contactForm) : null,
    };
  });
}

export interface Figures {
  pages: number;
  languages: string[];
  contact: number;
  recognised: number;
  ordinary: number;
  marked: number;
  withForm: number;
  formsLogged: number;
}

export function figures(results: readonly PageResult[]): Figures {
  const contact = results.filter((r) => r.page.kind === 'contact');
  const ordinary = results.filter((r) => r.page.kind !== 'contact');
  const withForm = contact.filter((r) => r.formLogged !== null);
  return {
    pages: results.length,
    languages: [...new Set(results.map((r) => r.page.language))].sort(),
    contact: contact.length,
    recognised: contact.filter((r) => r.verdict.kind === 'contact').length,
    ordinary: ordinary.length,
    marked: ordinary.filter((r) => r.verdict.kind === 'contact').length,
    withForm: withForm.length,
    formsLogged: withForm.filter((r) => r.formLogged).length,
  };
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '—');

/** The figures as a table row, and the pages judged wrongly, for the test's output. */
export function report(name: string, results: readonly PageResult[]): string {
  const f = figures(results);
  const wrong = results
    .filter((r) => (r.page.kind === 'contact') !== (r.verdict.kind === 'contact') || r.formLogged === false)
    .map(
      (r) =>
        `  ${r.page.kind === 'contact' ? 'missed' : 'marked'}${r.formLogged === false ? ' (form not logged)' : ''}: ${r.page.file} [${r.verdict.kind} ${r.verdict.score} ${r.verdict.signals.join(',')}]`,
    );
  return [
    `${name}: ${f.pages} pages (${f.languages.join(', ')}) — contact pages recognised ${f.recognised}/${f.contact} (${percent(f.recognised, f.contact)}), ordinary pages marked ${f.marked}/${f.ordinary} (${percent(f.marked, f.ordinary)}), sent form logged ${f.formsLogged}/${f.withForm} (${percent(f.formsLogged, f.withForm)})`,
    ...wrong,
  ].join('\n');
}
