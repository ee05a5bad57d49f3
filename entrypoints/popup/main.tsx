import '../../components/page-language';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { rememberedCompanyNames } from '../../components/popup/first-cases/company-names';
import { paintFirstCases } from '../../components/popup/first-cases/paint';
import { startPopup } from '../../components/popup/first-cases/start';
import { readFirstOpenCases } from '../../lib/data/first-open-cases';

/** The home's first page of open cases (its 30 rows and the one that says there are more). */
const FIRST_PAGE = 31;

/** The read takes 10–30 ms; a database being upgraded by another page can hold it up longer. */
const READ_WAIT_MS = 250;

// The HTML frame paints first. The open cases are read straight from IndexedDB at once and
// painted under it; React, Dexie and the app load after that read and a frame, and start from
// those same rows. The company directory (names for the case rows, the current site's company)
// is fetched in the same breath as the app: fetching it only once the app asks would queue it
// behind React's first render.
void startPopup({
  hash: location.hash,
  read: () => readFirstOpenCases(FIRST_PAGE),
  // The names the rows will show.
  prepare: () => rememberedCompanyNames(),
  paint: (cases) => {
    const root = document.getElementById('root');
    if (root) paintFirstCases(root, cases.slice(0, FIRST_PAGE - 1));
  },
  loadApp: (takeFirstCases) => {
    void import('../../components/popup/mount').then(({ mount }) => mount(takeFirstCases()));
    void import('../../lib/companies');
  },
  afterFrame: (then) => requestAnimationFrame(() => setTimeout(then, 0)),
  waitMs: READ_WAIT_MS,
});
