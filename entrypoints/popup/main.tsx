import '../../components/theme.css';
import '../../components/popup/popup.css';

// The HTML frame paints first; React, Dexie and the app are evaluated right after that frame,
// so the popup never opens blank while its scripts start.
// The company directory (names for the case rows, the current site's company) is fetched in
// the same breath: fetching it only once the app asks would queue it behind React's first render.
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('../../components/popup/mount').then(({ mount }) => mount());
    void import('../../lib/companies');
  }, 0);
});
