import { t } from '../../lib/i18n';

/** The privacy promises, each one what README "Privacy" and the e2e suite hold the extension to. */
export function WhatItNeverDoes() {
  return (
    <section aria-labelledby="never-heading" className="welcome-section">
      <h2 id="never-heading">{t('welcome.never.heading')}</h2>
      <ul>
        <li>{t('welcome.never.network')}</li>
        <li>{t('welcome.never.pages')}</li>
        <li>{t('welcome.never.fields')}</li>
      </ul>
    </section>
  );
}
