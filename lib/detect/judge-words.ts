import { guarded, segmentWords, type WordTest } from './words';

/**
 * Contact words that only the judge in the background reads, not the always-on gate (whose word
 * lists are in ./words.ts and whose size is held): Dutch and Indonesian, and pages that ask for a
 * quote. On such a page the gate finds its signal in the markup (a form, a phone or email link).
 */
export const MORE_CONTACT_PATH = segmentWords([
  'hubungi', 'hubungi-kami', 'kontak', 'kontak-kami', 'contacteer', 'contacteer-ons', 'neem-contact-op', 'klantenservice', 'klantendienst',
  'layanan-pelanggan', 'quote', 'get-a-quote', 'request-a-quote', 'devis', 'demande-de-devis', 'devis-gratuit', 'presupuesto',
  'pide-presupuesto', 'solicitar-presupuesto', 'cotizacion', 'offerte', 'offerte-aanvragen', 'angebot-anfordern',
]);
export const MORE_CONTACT_HEADING: WordTest = guarded(
  'hubungi kontak contacteer neem klanten layanan formulier quote devis presupuesto cotiza offerte angebot penawaran',
  /(?<![a-z])(?:hubungi kami|kontak kami|formulir kontak|contactformulier|contacteer ons|neem contact op|klantenservice|klantendienst|layanan pelanggan|(?:request|get) a (?:free )?quote|demande(?:z|r)? (?:de |un |votre )?devis|devis gratuit|(?:solicita|pide|solicitar|pedir) (?:un |tu |su )?presupuesto|cotizacion|offerte aanvragen|angebot anfordern|minta penawaran)(?![a-z])/,
);
