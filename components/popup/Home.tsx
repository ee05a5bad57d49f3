import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useEffect, useState } from 'react';
import { attentionCasesRead, casesByActivityRead, latestOpenCaseRead } from '../../lib/timeline/read';
import { plural, t } from '../../lib/i18n';
import type { Case, Company } from '../../lib/model';
import { useNow } from '../ui/useNow';
import { CaseRow } from './CaseRow';
import { CaseSearch } from './CaseSearch';
import { companyName } from './company-name';
import { rememberCompanyNames } from './first-cases/company-names';
import { takeFirstCases } from './first-cases/handover';
import { markCaseListShown } from './first-cases/mark';
import { href } from './router';

const PAGE = 30;
/** The most urgent few; the rest of the group opens on request, so the open cases stay in view. */
const ATTENTION_SHOWN = 5;

/** The current tab's company first: its open case, or an offer to start one. */
function TabCompany(props: { company: Company; tabCase: Case | undefined; now: number }) {
  const { company, tabCase } = props;
  if (tabCase) {
    return (
      <section aria-labelledby="tab-company-heading" className="tab-company">
        <h2 id="tab-company-heading">{t('popup.home.onThisSite', { company: company.name })}</h2>
        <ul className="case-list">
          <CaseRow item={tabCase} company={company.name} now={props.now} highlight />
        </ul>
        <p className="actions">
          <a className="button" href={href({ name: 'call', caseId: tabCase.id })}>
            {t('popup.action.logCall')}
          </a>
          <a className="button" href={href({ name: 'email', caseId: tabCase.id })}>
            {t('popup.action.logEmail')}
          </a>
          <a className="button" href={href({ name: 'log', caseId: tabCase.id })}>
            {t('popup.action.logOther')}
          </a>
          <a className="button" href={href({ name: 'quick', caseId: tabCase.id })}>
            {t('popup.action.quickAdd')}
          </a>
          <a className="button primary" href={href({ name: 'compose', caseId: tabCase.id })}>
            {t('popup.action.escalate')}
          </a>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="tab-company-heading" className="tab-company card">
      <h2 id="tab-company-heading">{t('popup.home.onThisSite', { company: company.name })}</h2>
      <a className="button primary" href={href({ name: 'new', companyId: company.id })}>
        {t('popup.home.startCaseWith', { company: company.name })}
      </a>
    </section>
  );
}

export function Home(props: { companies: Map<string, Company> | undefined; tabCompany: Company | undefined }) {
  const now = useNow();
  const [searching, setSearching] = useState(false);
  // The first open cases, read (and painted) before React loaded: shown until the live query answers.
  const [initialOpen] = useState(takeFirstCases);
  const tabCompanyId = props.tabCompany?.id;
  const tabCase = useLiveQuery(
    async () => (tabCompanyId ? ((await latestOpenCaseRead(tabCompanyId)) ?? null) : null),
    [tabCompanyId],
  );
  return (
    <div className="home">
      {/* Only once its case is read, so an existing case never flashes "Start a case" first. */}
      {props.tabCompany && tabCase !== undefined ? (
        <TabCompany company={props.tabCompany} tabCase={tabCase ?? undefined} now={now} />
      ) : null}

      <nav className="actions quick-actions" aria-label={t('popup.home.quickActions')}>
        <a className="button" href={href({ name: 'call' })}>
          {t('popup.action.logCall')}
        </a>
        <a className="button" href={href({ name: 'email' })}>
          {t('popup.action.logEmail')}
        </a>
        <a className="button" href={href({ name: 'log' })}>
          {t('popup.action.logOther')}
        </a>
        <a className="button" href={href({ name: 'quick' })}>
          {t('popup.action.quickAdd')}
        </a>
        <a className="button" href={href({ name: 'new' })}>
          {t('popup.action.newCase')}
        </a>
      </nav>

      <CaseSearch companies={props.companies} onSearching={setSearching} />
      <div hidden={searching}>
        <CaseLists
          companies={props.companies}
          hasTabCompany={props.tabCompany !== undefined}
          tabCaseId={tabCase?.id}
          initialOpen={initialOpen}
        />
      </div>
    </div>
  );
}

/**
 * Needs attention, open cases and the done ones. Memoised: typing in the search box above toggles
 * only the `hidden` wrapper, never re-renders these rows.
 */
const CaseLists = memo(function CaseLists(props: {
  companies: Map<string, Company> | undefined;
  hasTabCompany: boolean;
  tabCaseId: string | undefined;
  initialOpen: Case[] | undefined;
}) {
  const { tabCaseId, companies, initialOpen } = props;
  const now = useNow();
  const [limit, setLimit] = useState(PAGE);
  const [showDone, setShowDone] = useState(false);
  const [allAttention, setAllAttention] = useState(false);
  // Only the case rows: per-case records load inside each row, after this list painted.
  const open = useLiveQuery(
    () => casesByActivityRead('open', limit + 1),
    [limit],
    limit === PAGE ? initialOpen : undefined,
  );
  const done = useLiveQuery(
    async () =>
      showDone ? [...(await casesByActivityRead('resolved', 100)), ...(await casesByActivityRead('closed', 100))] : [],
    [showDone],
  );
  const name = (id: string) => companyName(companies, id);
  // After the list: the cases that need the person now (a broken promise, a reply) go first.
  const attention = useLiveQuery(() => (open === undefined ? undefined : attentionCasesRead(Date.now())), [open]);
  const urgent = (attention ?? []).filter(({ item }) => item.id !== tabCaseId);
  const urgentShown = allAttention ? urgent : urgent.slice(0, ATTENTION_SHOWN);
  const urgentIds = new Set(urgent.map(({ item }) => item.id));

  useEffect(() => {
    if (open && open.length > 0) markCaseListShown();
  }, [open]);
  useEffect(() => {
    // The names the next popup paints its first rows with, before the directory has loaded.
    if (companies && open)
      rememberCompanyNames(new Map(open.map((c) => [c.companyId, companyName(companies, c.companyId)])));
  }, [companies, open]);

  const visible = (open ?? []).filter((c) => c.id !== tabCaseId && !urgentIds.has(c.id)).slice(0, limit);
  const firstRun = open !== undefined && open.length === 0 && !props.hasTabCompany;

  return (
    <>
      {urgent.length > 0 ? (
        <section aria-labelledby="attention-heading">
          <h2 id="attention-heading">{t('popup.home.needsAttention')}</h2>
          <ul data-testid="attention-list" className="case-list">
            {urgentShown.map(({ item, records }) => (
              <CaseRow key={item.id} item={item} records={records} company={name(item.companyId)} now={now} />
            ))}
          </ul>
          {urgent.length > ATTENTION_SHOWN ? (
            <button
              type="button"
              className="link-button"
              aria-expanded={allAttention}
              onClick={() => setAllAttention((v) => !v)}
            >
              {allAttention
                ? t('popup.home.fewerAttention')
                : plural(urgent.length - ATTENTION_SHOWN, 'popup.home.moreAttention')}
            </button>
          ) : null}
        </section>
      ) : null}

      <h2>{t('popup.home.openCases')}</h2>
      {firstRun ? (
        <div className="empty card">
          <p>{t('popup.home.emptyIntro')}</p>
          <ol>
            <li>{t('popup.home.emptyStep1')}</li>
            <li>{t('popup.home.emptyStep2')}</li>
            <li>{t('popup.home.emptyStep3')}</li>
          </ol>
          <p>
            <a href="/welcome.html#sample" target="_blank" rel="noopener">
              {t('popup.home.emptySample')}
            </a>
          </p>
        </div>
      ) : null}
      {open !== undefined && open.length > 0 && visible.length === 0 ? (
        <p className="muted">{t('popup.home.noOtherCases')}</p>
      ) : null}
      <ul data-testid="case-list" className="case-list">
        {visible.map((c) => (
          <CaseRow key={c.id} item={c} company={name(c.companyId)} now={now} />
        ))}
      </ul>
      {open && open.length > limit ? (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
          {t('popup.home.showMore')}
        </button>
      ) : null}

      <button type="button" className="link-button" aria-expanded={showDone} onClick={() => setShowDone((v) => !v)}>
        {showDone ? t('popup.home.hideDone') : t('popup.home.showDone')}
      </button>
      {showDone && done ? (
        done.length === 0 ? (
          <p className="muted">{t('popup.home.noneDone')}</p>
        ) : (
          <ul className="case-list" aria-label={t('popup.home.doneCases')}>
            {done.map((c) => (
              <CaseRow key={c.id} item={c} company={name(c.companyId)} now={now} />
            ))}
          </ul>
        )
      ) : null}
    </>
  );
});
