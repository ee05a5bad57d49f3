import { anyOf, guarded, segmentWords, type WordTest } from './words';

/**
 * Contact words that only the judge in the background reads, not the always-on gate (whose word
 * lists are in ./words.ts and whose size is held): Dutch and Indonesian, pages that ask for a
 * quote or offer a call back, and feedback pages (a feedback form is a message to the business).
 * On such a page the gate finds its signal in the markup (a form, a phone or email link) or in
 * the contact words it has.
 */
export const MORE_CONTACT_PATH = segmentWords(
  'hubungi hubungi-kami kontak kontak-kami contacteer contacteer-ons neem-contact-op klantenservice ' +
    'klantendienst layanan-pelanggan quote get-a-quote request-a-quote devis demande-de-devis ' +
    'devis-gratuit presupuesto pide-presupuesto solicitar-presupuesto cotizacion offerte ' +
    'offerte-aanvragen angebot angebot-anfordern angebot-anfragen kostenloses-angebot ' +
    'feedback kritik-saran kritik-dan-saran saran sugerencias buzon-de-sugerencias rueckmeldung ruckmeldung ' +
    'callback call-back request-a-call rueckruf ruckruf',
);
export const MORE_CONTACT_HEADING: WordTest = guarded(
  'hubungi kontak contacteer neem klanten layanan formulier quote devis presupuesto cotiza offerte angebot penawaran feedback kritik sugerencias meinung call ruckruf',
  /(?<![a-z])(?:hubungi kami|kontak kami|formulir kontak|contactformulier|contacteer ons|neem contact op|klantenservice|klantendienst|layanan pelanggan|(?:request|get) a (?:free )?quote|demande(?:z|r)? (?:de |un |votre )?devis|devis gratuit|(?:solicita|pide|solicitar|pedir) (?:un |tu |su )?presupuesto|cotizacion|offerte aanvragen|angebot (?:anfordern|anfragen)|kostenloses angebot|minta penawaran|feedback|kritik (?:dan|&|und) (?:saran|anregungen)|(?:buzon de )?sugerencias|ihre meinung|request a call(?: ?back)?|call me back|ruckruf(?:service| anfordern)?)(?![a-z])/,
);

/** Results of a site search: their headings often repeat the query ("Results for contact us"). The judge's only. */
export const SEARCH_RESULTS = anyOf(
  'search results|results for|resultados de busqueda|resultados de la busqueda|resultados para|' +
    'resultats de recherche|resultats de la recherche|suchergebnisse|ergebnisse fur',
);
