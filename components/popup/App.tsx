import { lazy, Suspense, useRef } from 'react';
import { useHeadingFocus } from './useHeadingFocus';
import { t } from '../../lib/i18n';
import { Home } from './Home';
import { RunningCalls } from './RunningCalls';
import { companyName, useCompanies, useCurrentTabCompany } from './useCompanies';
import { href, navigate, useRoute, type Route } from './router';

// Only Home is in the first bundle: the other views (and the composer, follow-up and company
// directory they pull in) load on demand, so the popup paints fast with a big history.
const CaseView = lazy(() => import('../case/CaseView').then((m) => ({ default: m.CaseView })));
const CallLogger = lazy(() => import('../calls/CallLogger').then((m) => ({ default: m.CallLogger })));
const EmailLogger = lazy(() => import('../calls/EmailLogger').then((m) => ({ default: m.EmailLogger })));
const ContactLogger = lazy(() => import('../calls/ContactLogger').then((m) => ({ default: m.ContactLogger })));
const QuickAddView = lazy(() => import('../calls/QuickAddView').then((m) => ({ default: m.QuickAddView })));
const NewCase = lazy(() => import('../case/NewCase').then((m) => ({ default: m.NewCase })));
const ComposePanel = lazy(() => import('../compose/ComposePanel').then((m) => ({ default: m.ComposePanel })));

/** The popup app: the same views in the toolbar popup, the side panel and a full tab. */
export function App() {
  const route = useRoute();
  const companies = useCompanies();
  const tabCompany = useCurrentTabCompany();
  const name = (id: string) => companyName(companies, id);
  const main = useRef<HTMLElement>(null);
  useHeadingFocus(main, href(route));
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          <a href={href({ name: 'home' })}>{t('app.name')}</a>
        </h1>
        {route.name !== 'home' ? (
          <a className="button" href={href({ name: 'home' })}>
            {t('popup.nav.allCases')}
          </a>
        ) : (
          // The report, the exports and the settings open in a tab of their own.
          <nav className="app-links" aria-label={t('popup.nav.more')}>
            <a href="/report.html" target="_blank" rel="noopener">
              {t('popup.nav.report')}
            </a>
            <a href="/options.html#data" target="_blank" rel="noopener">
              {t('popup.nav.exports')}
            </a>
            <a href="/options.html" target="_blank" rel="noopener">
              {t('popup.nav.settings')}
            </a>
          </nav>
        )}
      </header>
      <main ref={main}>
        {route.name !== 'call' ? <RunningCalls companyName={name} /> : null}
        <Suspense fallback={<p className="muted">{t('popup.loading')}</p>}>
          <View route={route} companies={companies} tabCompany={tabCompany} name={name} />
        </Suspense>
      </main>
    </div>
  );
}

function View(props: {
  route: Route;
  companies: ReturnType<typeof useCompanies>;
  tabCompany: ReturnType<typeof useCurrentTabCompany>;
  name: (id: string) => string;
}) {
  const { route, companies, tabCompany } = props;
  switch (route.name) {
    case 'home':
      return <Home companies={companies} tabCompany={tabCompany} />;
    case 'case':
      return <CaseView key={route.caseId} caseId={route.caseId} attemptId={route.attemptId} companyName={props.name} />;
    case 'compose':
      return (
        <section aria-label={t('popup.compose.label')}>
          <p>
            <a href={href({ name: 'case', caseId: route.caseId })}>{t('popup.nav.backToCase')}</a>
          </p>
          <ComposePanel caseId={route.caseId} onDone={() => navigate({ name: 'case', caseId: route.caseId })} />
        </section>
      );
    case 'call':
      return (
        <CallLogger
          key={`${route.caseId}-${route.companyId}`}
          caseId={route.caseId}
          companyId={route.companyId}
          companies={companies}
          tabCompany={tabCompany}
        />
      );
    case 'email':
      return (
        <EmailLogger
          key={`${route.caseId}-${route.companyId}`}
          caseId={route.caseId}
          companyId={route.companyId}
          companies={companies}
          tabCompany={tabCompany}
        />
      );
    case 'log':
      return (
        <ContactLogger
          key={`${route.caseId}-${route.companyId}-${route.channel}`}
          caseId={route.caseId}
          companyId={route.companyId}
          channel={route.channel}
          companies={companies}
          tabCompany={tabCompany}
        />
      );
    case 'new':
      return (
        <NewCase key={route.companyId} companyId={route.companyId} companies={companies} tabCompany={tabCompany} />
      );
    case 'quick':
      return <QuickAddView key={route.caseId} caseId={route.caseId} companies={companies} tabCompany={tabCompany} />;
  }
}
