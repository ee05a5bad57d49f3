/**
 * Words that mark contact, support and confirmation pages in English, Spanish, French, German
 * (plus a few Italian/Portuguese forms). Matched against folded text (lower case, no accents).
 */

/**
 * In a URL path: /contact-us, /kontakt, /contactanos, /nous-contacter, /hc/en-gb/requests/new…
 * The word must START a path segment: "/complaints" is a complaints page, while a news slug
 * such as "/airline-refund-complaints-double" is not.
 */
export const CONTACT_PATH =
  /(?:^|\/)(?:contact(?:[a-z]*)|kontakt[a-z]*|contatt[a-z]*|contato|get-?in-?touch|customer-?(?:service|care|support)|kundenservice|kundendienst|atencion-al-cliente|servicio-al-cliente|service-?client|requests\/new|submit-a-request|tickets?\/new|new-ticket|email-us|write-to-us|escribenos|ecrivez-nous|complaints?|reclamaci[a-z]*|beschwerde)(?:$|[/_.?#-])/;

/** In a heading or title: "Contact us", "Get in touch", "Contáctanos", "Nous contacter", "Kontakt". */
export const CONTACT_HEADING =
  /(?:^|[^a-z])(?:contact(?:ez-nous| us| our [a-z ]{0,20}team| support| customer service)?|get in touch|reach us|talk to us|send us a message|submit a (?:support )?request|open a ticket|customer (?:service|care|support)|how (?:can|may) we help|contact(?:anos|enos|o)|atencion al cliente|servicio al cliente|escribenos|nous contacter|contactez[- ]nous|service client|ecrivez[- ]nous|kontakt(?:ieren sie uns|formular)?|kundenservice|kundendienst|schreiben sie uns|contattaci|fale conosco)(?:$|[^a-z])/;

/** Support sites: help centres, knowledge bases, FAQs. */
export const SUPPORT_PATH =
  /(?:^|\/)(?:hc|help|helpcenter|help-center|support|kb|knowledge(?:base)?|faqs?|articles?|hilfe|ayuda|aide|assistance|soporte|asistencia|suporte)(?:\/|$|-)/;
export const SUPPORT_HOST = /^(?:help|support|hilfe|ayuda|aide|kb|care|soporte|assistance|service)\./;

/** Thank-you / received wording and URLs of a confirmation page. */
export const CONFIRMATION_PATH = /(?:confirm|thank|success|submitted|received|gracias|merci|danke|bestaetig|confirmacion)/;
export const CONFIRMATION_TEXT =
  /(?:thank you for (?:contacting|your (?:message|request|enquiry|inquiry|feedback|complaint))|thanks for (?:getting in touch|contacting|your message)|we(?:'ve| have) received your|has been (?:sent|submitted|received)|successfully submitted|gracias por (?:contactar|comunicarte|tu mensaje|su mensaje)|hemos recibido|merci (?:de|pour) (?:nous avoir contacte|votre message|votre demande)|nous avons (?:bien )?recu|vielen dank fur (?:ihre|deine) (?:nachricht|anfrage)|wir haben (?:ihre|deine) (?:nachricht|anfrage) erhalten)/;

/** Results of a site search: their headings often repeat the query ("Results for contact us"). */
export const SEARCH_RESULTS = /(?:search results|results for|resultados de (?:la )?busqueda|resultados para|resultats de (?:la )?recherche|suchergebnisse|ergebnisse fur)/;
