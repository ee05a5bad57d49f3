import { guarded, segmentWords, type WordTest } from './words';

/**
 * Legal notices, policies and FAQs, by address or title: they list how to reach a business (an
 * Impressum must) without existing to let a customer do it. Its own module: the word lists
 * of words.ts that the always-on script imports are built when it loads, and these are needed
 * only by the judge in the background.
 */
export const LEGAL_OR_FAQ_PATH = segmentWords(
  'impressum imprint legal-notice legal-notices legal mentions-legales aviso-legal nota-legal colofon ' +
    'colophon privacy* datenschutz* privacidad confidentialite terms* agb cgv cgu disclaimer faq faqs ' +
    'preguntas-frecuentes questions-frequentes haeufige-fragen haufige-fragen perguntas-frequentes ' +
    'veelgestelde-vragen cookie* algemene-voorwaarden politique-de-confidentialite ' +
    'politique-confidentialite politica-de-privacidad politica-privacidad kebijakan-privasi ' +
    'syarat-dan-ketentuan syarat-ketentuan pertanyaan-umum',
);
export const LEGAL_OR_FAQ_TITLE: WordTest = guarded(
  'impressum imprint legal mentions aviso privacy datenschutz faq frequent frecuentes fragen frequentes vragen voorwaarden cookie confidentialite privacidad privasi ketentuan pertanyaan',
  /(?<![a-z])(?:impressum|imprint|legal notices?|mentions legales|aviso legal|privacy ?(?:policy|notice|verklaring)|datenschutz(?:erklarung)?|frequently asked questions|faqs?|preguntas frecuentes|questions frequentes|haufig gestellte fragen|haufige fragen|perguntas frequentes|veelgestelde vragen|algemene voorwaarden|cookie ?(?:policy|beleid)|politique de confidentialite|politica de privacidad|kebijakan privasi|syarat dan ketentuan|pertanyaan umum)(?![a-z])/,
);
