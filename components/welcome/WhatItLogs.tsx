import { t } from '../../lib/i18n';

/** What is logged without the person doing anything more than contacting the company. */
export function WhatItLogs() {
  return (
    <section aria-labelledby="logs-heading" className="welcome-section">
      <h2 id="logs-heading">{t('welcome.logs.heading')}</h2>
      <p>{t('welcome.logs.intro')}</p>
      <ul>
        <li>{t('welcome.logs.form')}</li>
        <li>{t('welcome.logs.link')}</li>
        <li>{t('welcome.logs.chat')}</li>
        <li>{t('welcome.logs.reference')}</li>
      </ul>
      <p>{t('welcome.logs.notice')}</p>
      <p>{t('welcome.logs.byHand')}</p>
      <p>
        <a href="options.html#logging">{t('welcome.logs.settings')}</a>
      </p>
    </section>
  );
}
