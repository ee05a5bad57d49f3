import { t } from '../../../lib/i18n';
import type { Case } from '../../../lib/model';
import { companyName } from '../company-name';
import { href } from '../routes';
import { markCaseListShown } from './mark';

/**
 * One case row as the home's CaseRow renders it before its records are read (same elements,
 * classes and text; a test holds the two together), built without React.
 */
export function caseRowElement(doc: Document, item: Case, company: string): HTMLLIElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string, href?: string) => {
    const node = doc.createElement(tag);
    // Attributes in React's order, so the markup is the same to the byte.
    if (href !== undefined) node.setAttribute('href', href);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const row = el('li', 'case-row card');
  const link = el('a', 'case-link', undefined, href({ name: 'case', caseId: item.id }));
  link.append(
    el('span', 'case-company', company),
    el('span', 'case-title', item.title.trim() || t('popup.case.untitled', { company })),
  );
  row.append(link, el('span', 'case-meta muted', '…'));
  return row;
}

/**
 * Paints the open cases under the popup's static header, before React and the database library
 * have loaded; React replaces the whole frame on its first render, with these same rows.
 */
export function paintFirstCases(root: HTMLElement, cases: readonly Case[]): void {
  const app = root.querySelector('.app');
  if (!app || cases.length === 0) return;
  const doc = root.ownerDocument;
  const main = doc.createElement('main');
  const heading = doc.createElement('h2');
  heading.textContent = t('popup.home.openCases');
  const list = doc.createElement('ul');
  list.className = 'case-list';
  list.dataset.testid = 'case-list';
  list.append(...cases.map((item) => caseRowElement(doc, item, companyName(undefined, item.companyId))));
  main.append(heading, list);
  app.append(main);
  markCaseListShown();
}
