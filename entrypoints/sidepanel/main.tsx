import '../../components/theme.css';
import '../../components/popup/popup.css';

// The HTML frame paints first; React, Dexie and the app are evaluated right after that frame,
// so the popup never opens blank while its scripts start.
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('../../components/popup/mount').then(({ mount }) => mount());
  }, 0);
});
