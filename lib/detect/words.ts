/**
 * Words that mark contact, support and confirmation pages in English, Spanish, French and German
 * (plus a few Italian/Portuguese forms), matched against folded text (lower case, no accents).
 *
 * Plain word lists and substring searches rather than regular expressions: these run on every
 * page, and V8 compiles a regular expression the first time it runs and again (to machine code)
 * the second time — a large alternation costs a page a few tenths of a millisecond each time,
 * more than everything else the first look does.
 */

/** Something to test a string with (the shape of RegExp#test, which these replace). */
export interface WordTest {
  test(text: string): boolean;
}

const isLetter = (code: number) => code >= 97 && code <= 122; // a-z: the text is folded
const SEGMENT_END = '/-_.';

/**
 * Words that must START a path segment and end it or be followed by - _ . or /:
 * "/complaints" is a complaints page, while a news slug such as "/airline-refund-complaints-double"
 * is not. A trailing "*" lets more letters follow ("contact*" takes /contactanos, /contact-us).
 * The words come space-separated in one string: the always-on gate carries these lists, and a
 * string costs two bytes a word less than an array.
 */
export function segmentWords(words: string): WordTest {
  // Split once, not on every test: this runs on every page, several times.
  const entries = words
    .split(' ')
    .map((entry) =>
      entry.endsWith('*') ? { word: entry.slice(0, -1), prefix: true } : { word: entry, prefix: false },
    );
  return {
    test(path) {
      for (const { word, prefix } of entries) {
        for (let at = path.indexOf(word); at >= 0; at = path.indexOf(word, at + 1)) {
          if (at > 0 && path[at - 1] !== '/') continue;
          let end = at + word.length;
          if (prefix) while (end < path.length && isLetter(path.charCodeAt(end))) end++;
          if (end === path.length || SEGMENT_END.includes(path.charAt(end))) return true;
        }
      }
      return false;
    },
  };
}

/**
 * A pattern run only on text that has one of `stems` (space-separated; each alternative of the
 * pattern holds one). A pattern costs a page about half a millisecond the first time it runs (it
 * is compiled then); the stems, plain substring tests, keep that off the many pages whose title
 * has none of them.
 */
export function guarded(stems: string, pattern: RegExp): WordTest {
  const list = stems.split(' ');
  return { test: (text) => list.some((stem) => text.includes(stem)) && pattern.test(text) };
}

/** Phrases anywhere in the text, separated by "|" (a string: see segmentWords). */
export function anyOf(phrases: string): WordTest {
  const list = phrases.split('|');
  return { test: (text) => list.some((phrase) => text.includes(phrase)) };
}

/** Host names whose first label is one of the (space-separated) words: help.example.com, support.example.co.uk. */
export function firstLabel(words: string): WordTest {
  const list = words.split(' ');
  return { test: (host) => list.some((word) => host.startsWith(`${word}.`)) };
}

/**
 * In a URL path: /contact-us, /kontakt, /contactanos, /nous-contacter, /hc/en-gb/requests/new…
 * and Dutch and Indonesian: /contacteer-ons (contact*), /kontak-kami (kontak*), /hubungi-kami. A
 * page that says it is the contact page in its address is read whatever its channels are — a
 * number written as text, a WhatsApp link — which the gate does not look for.
 */
export const CONTACT_PATH = /* @__PURE__ */ segmentWords(
  'contact* kontak* contat* hubungi* ' +
    'get-in-touch getin-touch get-intouch getintouch ' +
    'customer-service customerservice customer-care customercare customer-support customersupport ' +
    'kundenservice kundendienst atencion-al-cliente servicio-al-cliente service-client serviceclient ' +
    'requests/new submit-a-request ticket/new tickets/new new-ticket ' +
    'email-us write-to-us escribenos ecrivez-nous nous-contacter complaint* reclamaci* beschwerde',
);

/**
 * In a heading or title, as whole words: "Contact us", "Get in touch", "Contáctanos", "Nous
 * contacter", "Kontakt". A pattern of fixed alternatives (linear), for the bytes of the gate,
 * guarded by stems like CONFIRMATION_TEXT; each phrase is in tests/unit/detect/words.test.ts.
 */
export const CONTACT_HEADING: WordTest = /* @__PURE__ */ guarded(
  'conta touch reach talk send request ticket custom help client escrib ecriv kontak kunden schreib conosco hubungi',
  /(?<![a-z])(?:contact|contactez[- ]nous|contact[ae]nos|contacto|get in touch|reach us|talk to us|send us a message|submit a (?:support )?request|open a ticket|customer (?:service|care|support)|how (?:can|may) we help|atencion al cliente|servicio al cliente|escribenos|nous contacter|service client|ecrivez[- ]nous|kontakt?(?:ieren sie uns|formular)?|hubungi kami|kunden(?:service|dienst)|schreiben sie uns|contattaci|fale conosco)(?![a-z])/,
);

/** Support sites: help centres, knowledge bases, FAQs. */
export const SUPPORT_PATH = /* @__PURE__ */ segmentWords(
  'hc help helpcenter help-center support kb knowledge* faq* article* hilfe ayuda aide assistance soporte asistencia suporte',
);
export const SUPPORT_HOST = /* @__PURE__ */ firstLabel(
  'help support hilfe ayuda aide kb care soporte assistance service',
);

/** Thank-you / received wording and URLs of a confirmation page. */
export const CONFIRMATION_PATH = /* @__PURE__ */ anyOf(
  'confirm|thank|success|submitted|received|gracias|merci|danke|bestaetig|confirmacion',
);
/**
 * Said on the page or in its title once a message was sent. One pattern of fixed alternatives
 * rather than a list of phrases: the always-on gate carries it, and the list was twice the
 * bytes. Linear: no repetition anywhere in it. Guarded by stems, so that most pages never
 * compile it. Each phrase it stands for is in tests/unit/detect/words.test.ts.
 */
export const CONFIRMATION_TEXT: WordTest = /* @__PURE__ */ guarded(
  'thank receiv been success gracias recibido merci recu dank erhalten',
  /thanks? (?:you )?for (?:contacting|getting in touch|your (?:message|request|enquiry|inquiry|feedback|complaint))|we(?:'|\u2019| ha)ve received your|has been (?:sent|submitted|received)|successfully submitted|gracias por (?:contactar|comunicarte|tu mensaje|su mensaje)|hemos recibido|merci (?:de|pour) (?:nous avoir contacte|votre (?:message|demande))|nous avons (?:bien )?recu|vielen dank fur (?:ihre|deine) (?:nachricht|anfrage)|wir haben (?:ihre|deine) (?:nachricht|anfrage) erhalten/,
);
