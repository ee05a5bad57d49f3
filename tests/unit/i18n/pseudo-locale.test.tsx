import { cleanup, configure, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inPageImportClient } from '../../../components/exchange/import-client';
import { App as PopupApp } from '../../../components/popup/App';
import { App as OptionsApp } from '../../../entrypoints/options/App';
import { bundledCompanies } from '../../../lib/companies';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { withFreshDb } from '../calls/db';
import { DAY, makeAttempt, makeCase } from '../timeline/records';
import { getMessageFrom, loadMessages, pseudoMessages, PSEUDO_CLOSE, PSEUDO_OPEN } from '../../support/locale-messages';

/**
 * Every screen rendered in a pseudo-locale, in which each message is accented and bracketed
 * (⟦Ŝàʋé⟧): any Latin word left on screen outside the brackets was written in code, not in
 * locales/, and would stay English in every translation. Dates and numbers come from Intl in
 * Japanese here, and the records' own text is Greek, so neither can pass for a leftover.
 */
const tab = vi.hoisted(() => ({ url: undefined as string | undefined }));
vi.mock('../../../components/popup/activeTab', () => ({ activeTabUrl: () => Promise.resolve(tab.url) }));

const pseudo = getMessageFrom(pseudoMessages(await loadMessages('en')));
configure({ asyncUtilTimeout: 10_000 });
withFreshDb();

beforeEach(() => {
  fakeBrowser.i18n.getMessage = pseudo;
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('ja-JP');
});
afterEach(cleanup);

/** Text a person sees or hears: text nodes and the attributes read out or shown. */
function shownTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script')) continue;
    texts.push(node.textContent ?? '');
  }
  for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const value = el.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts;
}

/** What remains of a text once translated messages (innermost first) are taken out. */
function leftover(text: string): string {
  let rest = text;
  const message = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g');
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(message, ' ');
  }
  return rest;
}

/** The records' own words: company names (the directory's, and the test case's company id). */
const DATA = new Set(['acme', ...bundledCompanies.map((c) => c.name)]);

function untranslated(root: HTMLElement): string[] {
  const left = shownTexts(root)
    .map(leftover)
    .map((text) => text.trim());
  return [...new Set(left.filter((text) => /[A-Za-z]{2,}/.test(text) && !DATA.has(text)))];
}

async function seed(): Promise<string> {
  const now = Date.now();
  const open = await cases.put(
    makeCase({
      title: 'Διπλή χρέωση',
      problem: 'Χρεώθηκα δύο φορές.',
      ask: 'Επιστροφή.',
      openedAt: now - 9 * DAY,
      lastActivityAt: now - DAY,
    }),
  );
  await attempts.put(
    makeAttempt(open.id, {
      at: now - 8 * DAY,
      agents: ['Ελένη'],
      reference: '4471',
      promise: { text: 'Πίστωση', dueAt: now - 2 * DAY },
      outcome: 'promised',
    }),
  );
  await attempts.put(makeAttempt(open.id, { at: now - DAY, channel: 'email', outcome: 'no_answer' }));
  return open.id;
}

describe('pseudo-locale: no string left in code', { timeout: 60_000 }, () => {
  // Each view with the text that shows it has loaded its records.
  const popupViews: [string, (caseId: string) => string, string][] = [
    ['home', () => '#/', 'Διπλή χρέωση'],
    ['case', (id) => `#/case/${id}`, 'Ελένη'],
    ['call logger', (id) => `#/call?case=${id}`, 'Διπλή χρέωση'],
    ['other contact', (id) => `#/log?case=${id}&channel=letter`, ''],
    ['new case', () => '#/new', ''],
    ['quick add', (id) => `#/quick?case=${id}`, ''],
    ['composer', (id) => `#/case/${id}/compose`, '4471'],
  ];

  it.each(popupViews)('popup: %s', async (_name, hash, loaded) => {
    const caseId = await seed();
    window.location.hash = hash(caseId);
    const { container } = render(<PopupApp />);
    await screen.findAllByRole('heading');
    await vi.waitFor(() => expect(container.textContent).toContain(loaded), { timeout: 10_000 });
    expect(untranslated(container)).toEqual([]);
  });

  it.each(['logging', 'followup', 'composer', 'companies', 'data'])('options: %s', async (tabName) => {
    history.replaceState(null, '', `#${tabName}`);
    const { container } = render(<OptionsApp createImportClient={inPageImportClient} />);
    await screen.findAllByRole('tab');
    await screen.findAllByRole('heading');
    expect(untranslated(container)).toEqual([]);
  });
});
