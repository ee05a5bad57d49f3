import { anyOf, guarded, segmentWords, type WordTest } from './words';

/**
 * Contact words that only the judge in the background reads, not the always-on gate (whose word
 * lists are in ./words.ts and whose size is held): Dutch and Indonesian, pages that ask for a
 * quote or offer a call back, and feedback pages (a feedback form is a message to the business).
 * On such a page the gate finds its signal in the markup (a form, a phone or email link) or in
 * the contact words it has. Appointment, booking and call-back requests are enquiries too: a
 * service or workshop appointment, a consultation, a quote, in every language the judge reads.
 */
export const MORE_CONTACT_PATH = segmentWords(
  'hubungi hubungi-kami kontak kontak-kami contacteer contacteer-ons neem-contact-op klantenservice ' +
    'klantendienst layanan-pelanggan quote get-a-quote request-a-quote devis demande-de-devis ' +
    'devis-gratuit presupuesto pide-presupuesto solicitar-presupuesto cotizacion offerte ' +
    'offerte-aanvragen angebot angebot-anfordern angebot-anfragen kostenloses-angebot ' +
    'feedback kritik-saran kritik-dan-saran saran sugerencias buzon-de-sugerencias rueckmeldung ruckmeldung ' +
    'callback call-back request-a-call rueckruf ruckruf ' +
    // Appointments, bookings and call-backs: a request to the business like any enquiry. Not
    // "termine" (a list of events) nor "reservation" (a shop's or a hotel's booking engine).
    'appointment* book-an-appointment book-appointment make-an-appointment request-an-appointment ' +
    'request-appointment schedule-an-appointment request-a-callback request-callback ' +
    'termin terminanfrage termin-anfrage termin-anfragen termin-vereinbaren terminvereinbarung ' +
    'online-terminvereinbarung online-termin servicetermin service-termin werkstatttermin werkstatt-termin ' +
    'rueckrufservice ruckrufservice rueckruf-service ruckruf-service ' +
    'rendez-vous prendre-rendez-vous prise-de-rendez-vous demande-de-rendez-vous rdv prendre-rdv ' +
    'demande-de-rappel etre-rappele ' +
    'afspraak afspraak-maken afspraak-aanvragen maak-een-afspraak terugbelverzoek terugbellen bel-mij-terug ' +
    'cita cita-previa pedir-cita solicitar-cita reservar-cita pide-cita te-llamamos solicitar-llamada ' +
    'buat-janji janji-temu minta-penawaran ' +
    'agendamento agendar agendar-consulta marcar-consulta orcamento pedir-orcamento solicitar-orcamento ' +
    // A quote for a car, a part or a job ("cotizar", "cotação"), a service or a test drive to book:
    // dealers' and garages' request pages, in each language.
    'cotiza cotizar cotizador cotizacion solicitar-cotizacion pedir-cotizacion cotacao solicitar-cotacao ' +
    'cita-taller cita-previa-taller agendar-revisao agendar-servico ' +
    'book-service book-a-service bookservice service-booking book-test-drive book-a-test-drive booktestdrive ' +
    'schedule-service schedule-a-service request-a-test-drive booking-servis ' +
    'probefahrt probefahrt-vereinbaren kostenvoranschlag essai-routier demande-essai reserver-un-essai ' +
    'proefrit proefrit-aanvragen werkplaatsafspraak werkplaats-afspraak onderhoudsafspraak',
);
export const MORE_CONTACT_HEADING: WordTest = guarded(
  'hubungi kontak contacteer neem klanten layanan formulier quote devis presupuesto cotiza offerte angebot penawaran feedback kritik sugerencias meinung call ruckruf ' +
    'appointment termin rendez rdv rappel afspraak terug cita llam janji agend marca orcamento ' +
    'cotiza cotacao book servic servis test probefahrt kostenvoranschlag essai proefrit werkplaats',
  new RegExp(
    '(?<![a-z])(?:' +
      'hubungi kami|kontak kami|formulir kontak|contactformulier|contacteer ons|neem contact op|klantenservice|klantendienst|layanan pelanggan|' +
      '(?:request|get) a (?:free )?quote|demande(?:z|r)? (?:de |un |votre )?devis|devis gratuit|(?:solicita|pide|solicitar|pedir) (?:un |tu |su )?presupuesto|cotizacion|' +
      'offerte aanvragen|(?:vraag )?(?:een )?(?:gratis )?offerte(?:aanvraag| aan)|angebot (?:anfordern|anfragen)|angebotsanfrage|kostenloses angebot|minta penawaran|' +
      'feedback|kritik (?:dan|&|und) (?:saran|anregungen)|(?:buzon de )?sugerencias|ihre meinung|' +
      // Call-backs and appointments, in each language the judge reads.
      'request a call(?: ?back)?|call me back|call ?back request|ruckruf(?:service|bitte| anfordern| vereinbaren)?|' +
      '(?:demande de|demander un|etre) rappel(?:e|er)?|rappel gratuit|terugbelverzoek|bel (?:mij|me) terug|' +
      '(?:te|le) llamamos|(?:solicita|solicitar|pide|pedir) (?:una )?llamada|' +
      '(?:book|make|schedule|request|arrange) (?:an |a |your )?appointment|appointment request|' +
      'termin (?:vereinbaren|anfragen|buchen|reservieren)|terminanfrage|(?:online-? ?)?terminvereinbarung|(?:service|werkstatt)-? ?termin|' +
      '(?:prendre|prenez|demander un|demande de|prise de) (?:un )?(?:rendez-vous|rdv)|' +
      '(?:maak|plan) een afspraak|afspraak (?:maken|aanvragen|inplannen|plannen)|' +
      '(?:pedir|pide|solicitar|solicita|reservar|reserva) (?:una |tu |su )?cita|cita previa|' +
      '(?:buat|jadwalkan) janji(?: temu)?|janji temu|' +
      '(?:agendar|agende|marcar|marque) (?:uma |sua |a )?(?:consulta|visita|avaliacao|reuniao)|agendamento|(?:solicitar|pedir|solicite|peca) (?:um |seu |o )?orcamento|' +
      // Quotes for a car, a part or a job, workshop appointments and test drives: what a dealer's
      // or a garage's request page says, in each language ("Cotiza aquí", "Separa una cita",
      // "Book a service", "Probefahrt vereinbaren", "Demande d'essai", "Proefrit aanvragen").
      'cotiza(?:r|dor)?|(?:solicitar|pedir|solicite|peca|faca) (?:uma |sua |a )?cotacao|' +
      '(?:separa|separar|agenda|agendar|programa|programar|haz|saca|sacar) (?:una |tu |su )?cita|cita (?:de|para el|en el|al) taller|' +
      '(?:agendar|agende|marcar|marque) (?:uma |sua |a )?(?:revisao|manutencao|servico)|' +
      '(?:book|schedule|request) (?:a |an |your )?(?:online )?(?:(?:car|bike|vehicle) )?(?:services?|servicing|test ?drives?)|service booking|' +
      'probefahrt (?:vereinbaren|buchen|anfragen)|kostenvoranschlag(?: anfordern| anfragen)?|' +
      "(?:demande|demander|reserver|reservez) (?:d['\u2019] ?|un )?essai|" +
      'proefrit (?:aanvragen|plannen|maken|inplannen)|werkplaats-? ?afspraak|' +
      '(?:booking|pesan|jadwalkan) servis' +
      ')(?![a-z])',
  ),
);

/**
 * Customer-service words, which also name a service a business sells: a heating firm's
 * "Kundendienst" is its boiler servicing, a garage's "Kundenservice" its workshop. On a page
 * that says nothing else of contact they are the contact words only when the page's main content
 * offers a way to reach the business (lib/detect/judge.ts). Written as the folded title, heading
 * and address have them.
 */
const SERVICE_WORDS =
  /kunden-?(?:service|dienst)|customer[- ]?(?:service|care|support)|service[- ]?client|(?:servicio|atencion)[- ]al[- ]cliente|klanten-?(?:service|dienst)|layanan[- ]pelanggan/g;

/** Whether `test` finds contact words in `text` only in its customer-service words. */
export function onlyServiceWords(test: (text: string) => boolean, text: string): boolean {
  return test(text) && !test(text.replace(SERVICE_WORDS, ' '));
}

/** Results of a site search: their headings often repeat the query ("Results for contact us"). The judge's only. */
export const SEARCH_RESULTS = anyOf(
  'search results|results for|resultados de busqueda|resultados de la busqueda|resultados para|' +
    'resultats de recherche|resultats de la recherche|suchergebnisse|ergebnisse fur',
);
