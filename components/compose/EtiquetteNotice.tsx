import type { EtiquetteAdvice } from '../../lib/compose/etiquette';
import { plural, t } from '../../lib/i18n';
import type { Channel } from '../../lib/model';

/** Informs (never blocks) when the log is thin, and shows what is logged. */
export function EtiquetteNotice(props: { advice: EtiquetteAdvice }) {
  const { advice } = props;
  if (!advice.thin) return null;
  const summary = (Object.entries(advice.byChannel) as [Channel, number][])
    .map(([c, n]) => `${n} × ${t(`compose.channel.${c}.one`)}`)
    .join(', ');
  return (
    <section className="card compose-etiquette" role="note" aria-labelledby="compose-etiquette-title">
      <h3 id="compose-etiquette-title">{t('compose.etiquette.title')}</h3>
      {advice.reasons.includes('fewAttempts') ? (
        <p>{plural(advice.official, 'compose.etiquette.fewAttempts')}</p>
      ) : null}
      {advice.reasons.includes('tooSoon') && advice.official > 0 ? <p>{t('compose.etiquette.tooSoon')}</p> : null}
      <p className="muted">{t('compose.etiquette.logged', { summary: summary || t('compose.etiquette.nothing') })}</p>
    </section>
  );
}
