import '../../components/page-language';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { paintFirstCases } from '../../components/popup/first-cases/paint';
import { readFirstOpenCases } from '../../lib/data/first-open-cases';
import { wantsFirstCases } from '../../components/popup/first-cases/wanted';

/** The home's first page of open cases (its 30 rows and the one that says there are more). */
const FIRST_PAGE = 31;

// The open cases are read straight from IndexedDB at once and painted under the static frame,
// while React and Dexie load; the app then starts from those same rows. Whichever finishes first
// wins: rows that arrive after React has mounted are dropped (React reads its own).
let mounted = false;
let firstCases: Awaited<ReturnType<typeof readFirstOpenCases>>;
if (wantsFirstCases(location.hash)) {
  void readFirstOpenCases(FIRST_PAGE).then((cases) => {
    const root = document.getElementById('root');
    if (mounted || !cases || !root) return;
    firstCases = cases;
    paintFirstCases(root, cases.slice(0, FIRST_PAGE - 1));
  });
}

// The HTML frame paints first; React, Dexie and the app are evaluated right after that frame,
// so the popup never opens blank while its scripts start.
// The company directory (names for the case rows, the current site's company) is fetched in
// the same breath: fetching it only once the app asks would queue it behind React's first render.
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('../../components/popup/mount').then(({ mount }) => {
      mounted = true;
      mount(firstCases);
    });
    void import('../../lib/companies');
  }, 0);
});
