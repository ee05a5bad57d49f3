import { t } from '../../lib/i18n';
import type { SampleSectionProps } from './SampleSection';
import { PinSection } from './PinSection';
import { SampleSection } from './SampleSection';
import { WhatItLogs } from './WhatItLogs';
import { WhatItNeverDoes } from './WhatItNeverDoes';

/** The page that opens once, when Paper Trail is installed: what it does, what it never does, how to start. */
export function WelcomeApp(props: { sample?: SampleSectionProps }) {
  return (
    <main className="welcome">
      <header>
        <h1>{t('welcome.title')}</h1>
        <p className="welcome-intro">{t('welcome.intro')}</p>
      </header>
      <div className="welcome-columns">
        <WhatItLogs />
        <WhatItNeverDoes />
      </div>
      <PinSection />
      <SampleSection {...props.sample} />
      <section aria-labelledby="import-heading" className="welcome-section">
        <h2 id="import-heading">{t('welcome.import.heading')}</h2>
        <p>
          <a href="options.html#data">{t('welcome.import.link')}</a> {t('welcome.import.where')}
        </p>
      </section>
    </main>
  );
}
