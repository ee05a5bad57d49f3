import type { Channel, Outcome } from '../model';

/**
 * What the words of a quick-add line mean, in English, Spanish, French and German, written folded
 * (lower case, no accents, straight apostrophes) as lib/detect/words.ts writes its lists. Phrases
 * are matched on whole tokens, longest first, so "not resolved" wins over "resolved" and "call
 * back" (a promise) over "call" (a channel). Plain lists, no regular expressions: a list can grow
 * without any risk of a pattern backtracking.
 */

/** Where an unknown company name stands relative to a word: "Called Acme", "Acme angerufen". */
export type CompanySide = 'next' | 'before' | 'both';

export type Meaning =
  /** A way of contacting. `weak`: a noun that may be the object talked about ("replace the phone"). */
  | { kind: 'channel'; channel: Channel; weak?: boolean; company?: CompanySide }
  /** "wrote": an email, a letter or a form — asked, unless another word says which. */
  | { kind: 'written'; company?: CompanySide }
  /** How it ended; `agent`: a name may follow ("transferred to Mark"). */
  | { kind: 'outcome'; outcome: Outcome; agent?: boolean }
  /** "will", "van a": the clause states a promise. */
  | { kind: 'promiseVerb' }
  /** "refund", "Rückruf": what is promised. Kept as the promise's text, never consumed as a field. */
  | { kind: 'promiseNoun' }
  /** "bei" (Anruf bei X): a company name follows. */
  | { kind: 'companyMark'; company: CompanySide }
  /** "spoke to", "with": a person's name follows. `strong`: even written in lower case. */
  | { kind: 'agentMark'; strong: boolean }
  /** "agent", "conseiller": a role before a name, dropped from the name. */
  | { kind: 'role' }
  /** "Herr", "Mme": a courtesy title, kept with the name. */
  | { kind: 'title' }
  /** "then", "→": between two agents of a transferred call. */
  | { kind: 'join' };

type Entry = readonly [phrase: string, meaning: Meaning];

const channel = (c: Channel, company?: CompanySide) => (...phrases: string[]): Entry[] =>
  phrases.map((p) => [p, { kind: 'channel', channel: c, company }]);
const weakChannel = (c: Channel) => (...phrases: string[]): Entry[] => phrases.map((p) => [p, { kind: 'channel', channel: c, weak: true }]);
const outcome = (o: Outcome, agent = false) => (...phrases: string[]): Entry[] => phrases.map((p) => [p, { kind: 'outcome', outcome: o, agent }]);
const all = (meaning: Meaning) => (...phrases: string[]): Entry[] => phrases.map((p) => [p, meaning]);

const CHANNELS: Entry[] = [
  // English
  ...channel('phone', 'next')('called', 'call', 'rang', 'phoned', 'called up', 'rang up', 'phoned up', 'telephoned', 'phone call', 'call to', 'calls to'),
  ...channel('phone')('calls', 'on the phone', 'by phone', 'over the phone', 'via phone', 'phoned me', 'called me', 'rang me', 'phoned me back', 'called me back', 'rang me back'),
  ...channel('email', 'next')('emailed', 'e-mailed', 'mailed', 'email to', 'e-mail to', 'sent an email to', 'sent an e-mail to'),
  ...channel('email')('email', 'e-mail', 'by email', 'via email', 'sent an email', 'email sent'),
  ...channel('chat', 'next')('chatted to', 'live chat with'),
  ...channel('chat')('chat', 'chatted', 'live chat', 'livechat', 'web chat', 'online chat', 'by chat', 'via chat'),
  ...channel('web_form')('form', 'web form', 'contact form', 'online form', 'webform', 'filled in the form', 'filled out the form', 'submitted a form', 'submitted the form'),
  ...channel('social_dm', 'next')('dm', "dm'd", 'dmed', "dm'ed", 'direct message', 'direct messaged', 'private message', 'pm', "pm'd"),
  ...channel('letter')('letter', 'sent a letter', 'posted a letter', 'recorded delivery', 'registered letter', 'certified mail', 'by post', 'signed for'),
  ...channel('in_person', 'next')('visited', 'went to', 'walked into', 'went into'),
  ...channel('in_person')('in person', 'in store', 'in the store', 'at the store', 'store', 'shop', 'in the shop', 'at the shop', 'branch', 'in branch', 'at the branch', 'at the counter'),
  ...channel('app')('in the app', 'in-app', 'via the app', 'through the app', 'app chat', 'by app'),
  ...weakChannel('phone')('phone', 'telephone', 'hotline', 'helpline'),
  ...weakChannel('app')('app'),
  ...all({ kind: 'written', company: 'next' })('wrote', 'wrote to', 'written to', 'writing to'),
  // Spanish
  ...channel('phone', 'next')('llame', 'llame a', 'llamada a', 'llamamos a', 'he llamado a', 'telefonee a', 'llamo', 'llamada', 'llamadas', 'llamar a'),
  ...channel('phone')('por telefono', 'al telefono', 'me llamaron'),
  ...channel('email', 'next')('correo a', 'email a', 'mail a', 'envie un correo a', 'mande un correo a', 'envie un email a', 'mande un email a'),
  ...channel('email')('correo', 'correo electronico', 'por correo', 'por email', 'por mail', 'envie un correo', 'mande un correo', 'envie un email', 'mande un email'),
  ...channel('chat')('chat en vivo', 'por chat', 'chatee', 'chatee con', 'chat con'),
  ...channel('web_form')('formulario', 'formulario web', 'formulario de contacto', 'por el formulario', 'formulario online'),
  ...channel('social_dm')('mensaje directo', 'mensaje privado', 'md', 'por privado'),
  ...channel('letter')('carta', 'carta certificada', 'burofax', 'correo postal', 'por correo postal'),
  ...channel('in_person')('en persona', 'en tienda', 'en la tienda', 'tienda', 'sucursal', 'en la oficina', 'presencial', 'presencialmente'),
  ...channel('in_person', 'next')('fui a', 'fui a la tienda de', 'visite'),
  ...channel('app')('en la app', 'por la app', 'desde la app', 'en la aplicacion', 'por la aplicacion'),
  ...weakChannel('phone')('telefono'),
  ...weakChannel('app')('aplicacion'),
  ...all({ kind: 'written', company: 'next' })('escribi', 'escribi a', 'he escrito a', 'escribimos a'),
  // French
  ...channel('phone', 'both')('appele', 'appelee', 'appeles'),
  ...channel('phone', 'next')('appel', 'appel a', 'appel au', 'appels a', "j'ai appele", 'telephone a', 'coup de fil a'),
  ...channel('phone')('appels', 'au telephone', 'par telephone', 'coup de fil', 'coup de telephone', "m'a appele", "m'a rappele"),
  ...channel('email', 'next')('mail a', 'email a', 'courriel a', 'ecrit un mail a', 'envoye un mail a'),
  ...channel('email')('courriel', 'mail', 'par mail', 'par courriel', 'par email', 'mail envoye', 'envoye un mail', 'mel'),
  ...channel('chat')('tchat', 'par chat', 'par tchat', 'chat en ligne', 'tchat en ligne'),
  ...channel('web_form')('formulaire', 'formulaire web', 'formulaire de contact', 'formulaire en ligne', 'via le formulaire'),
  ...channel('social_dm')('message prive', 'mp', 'message direct', 'en prive', 'par mp'),
  ...channel('letter')('lettre', 'courrier', 'lettre recommandee', 'recommande', 'lrar', 'par courrier', 'par lettre'),
  ...channel('in_person')('en personne', 'en boutique', 'en agence', 'boutique', 'agence', 'magasin', 'en magasin', 'au guichet', 'visite en boutique', 'visite en agence', 'visite en magasin'),
  ...channel('in_person', 'next')('passe en boutique', 'alle en boutique', 'passe chez', 'alle chez'),
  ...channel('app')("dans l'appli", "via l'appli", "par l'appli", "dans l'application", "via l'application", "dans l'app"),
  ...weakChannel('phone')('telephone'),
  ...weakChannel('app')('appli', 'application'),
  ...all({ kind: 'written', company: 'next' })('ecrit', 'ecrit a', "j'ai ecrit a", 'ecrit au'),
  // German
  ...channel('phone', 'before')('angerufen', 'telefoniert', 'hotline angerufen'),
  ...channel('phone', 'next')('anruf', 'anruf bei', 'anrufe bei', 'telefonat mit', 'angerufen bei', 'rief an bei'),
  ...channel('phone')('anrufe', 'telefonat', 'am telefon', 'per telefon', 'telefonisch', 'hat angerufen', 'hat zuruckgerufen', 'zuruckgerufen'),
  ...channel('email', 'before')('gemailt', 'e-mail geschickt', 'mail geschickt', 'e-mail geschrieben', 'mail geschrieben'),
  ...channel('email')('per mail', 'per e-mail', 'e-mail an', 'mail an'),
  ...channel('chat', 'before')('gechattet'),
  ...channel('chat')('per chat', 'im chat', 'chat mit'),
  ...channel('web_form')('formular', 'kontaktformular', 'webformular', 'online-formular', 'onlineformular', 'uber das formular', 'per formular'),
  ...channel('social_dm')('direktnachricht', 'pn', 'private nachricht', 'per dm', 'per pn'),
  ...channel('letter')('brief', 'einschreiben', 'per post', 'per brief', 'per einschreiben', 'brief geschickt'),
  ...channel('in_person')('personlich', 'vor ort', 'im laden', 'laden', 'filiale', 'in der filiale', 'im shop', 'im geschaft'),
  ...channel('app')('in der app', 'uber die app', 'per app'),
  ...weakChannel('phone')('telefon'),
  ...all({ kind: 'written', company: 'before' })('geschrieben', 'angeschrieben', 'schrieb'),
  ...all({ kind: 'companyMark', company: 'before' })('kontaktiert'),
  ...all({ kind: 'companyMark', company: 'both' })('contacted', 'contacte'),
  ...all({ kind: 'companyMark', company: 'next' })('bei', 'contacte a', 'contacte con'),
];

const OUTCOMES: Entry[] = [
  ...outcome('no_answer')(
    'no answer', 'no one answered', 'noone answered', 'nobody answered', 'nobody picked up', 'no one picked up', "didn't pick up",
    'did not pick up', "didn't answer", 'did not answer', 'not answered', 'unanswered', 'voicemail', 'went to voicemail', 'got voicemail',
    'line busy', 'busy signal', 'engaged', "couldn't get through", 'could not get through', 'never got through', "didn't get through", 'rang out',
    'sin respuesta', 'no contestan', 'no contestaron', 'no contesto', 'nadie contesto', 'nadie contesta', 'no lo cogen', 'no cogieron',
    'buzon de voz', 'comunicando', 'no atienden', 'no atendieron', 'nadie atendio',
    'pas de reponse', 'aucune reponse', "personne n'a repondu", 'ne repond pas', 'ne repondent pas', "n'ont pas decroche", "personne n'a decroche",
    'pas decroche', 'repondeur', 'messagerie', 'ligne occupee', 'occupe',
    'keine antwort', 'niemand erreicht', 'nicht erreicht', 'niemanden erreicht', 'niemand ging ran', 'niemand geht ran', 'keiner ging ran',
    'nicht abgenommen', 'niemand hat abgenommen', 'mailbox', 'anrufbeantworter', 'besetzt', 'kein durchkommen',
  ),
  ...outcome('unresolved')(
    'hung up', 'hung up on me', 'cut off', 'got cut off', 'disconnected', 'call dropped', 'dropped the call', 'not fixed', 'not resolved',
    'unresolved', 'not sorted', 'not solved', 'no solution', 'nothing done', "didn't help", 'did not help', 'no help', 'no luck', 'still broken',
    'me colgaron', 'colgaron', 'colgo', 'se corto', 'se corto la llamada', 'no resuelto', 'sin resolver', 'sin solucion', 'no solucionado',
    'no me ayudaron', 'no lo resolvieron',
    'raccroche', "m'a raccroche", 'ont raccroche', 'appel coupe', 'pas resolu', 'non resolu', 'pas de solution', 'sans solution', 'pas regle',
    'non regle', 'toujours pas regle', "rien n'a ete fait",
    'aufgelegt', 'hat aufgelegt', 'einfach aufgelegt', 'nicht gelost', 'ungelost', 'keine losung', 'nicht behoben', 'nicht geholfen',
    'verbindung abgebrochen', 'abgebrochen', 'rausgeflogen',
  ),
  ...outcome('transferred')('transferred', 'was transferred', 'bounced around', 'passed around', 'transferido', 'transferida', 'me transfirieron', 'me pasaron', 'derivado', 'me derivaron', 'transfere', 'transferee', 'redirige', 'weitergeleitet', 'weiterverbunden', 'durchgestellt'),
  ...outcome('transferred', true)(
    'transferred to', 'passed to', 'put through to', 'handed over to', 'handed to', 'transferido a', 'me pasaron con', 'me pasaron a', 'derivado a',
    'transfere a', 'transfere vers', 'passe a', 'redirige vers', 'weitergeleitet an', 'weiterverbunden mit', 'verbunden mit', 'durchgestellt zu',
  ),
  ...outcome('promised')(
    'promised', 'they promised', 'agreed to', 'prometieron', 'prometio', 'prometen', 'me prometieron', 'me prometio', 'prometido', 'promesa',
    'se comprometieron', 'promis', 'ont promis', "m'ont promis", 'promet', 'promettent', 'promesse', "s'engagent", 'versprochen', 'zugesagt',
    'zusage', 'verspricht', 'versprachen', 'hat versprochen', 'zugesichert',
  ),
  ...outcome('refused')(
    'refused', 'refused to', 'declined', 'denied', 'rejected', 'said no', 'turned down', 'not eligible', 'rechazado', 'rechazada', 'rechazaron',
    'rechazo', 'se negaron', 'se nego', 'se negaron a', 'denegado', 'denegada', 'denegaron', 'refuse', 'refusee', 'refus', 'ont refuse', 'rejete',
    'rejetee', 'abgelehnt', 'verweigert', 'lehnen ab', 'lehnt ab', 'abgewiesen',
  ),
  ...outcome('resolved')(
    'fixed', 'resolved', 'sorted', 'sorted out', 'solved', 'all good', 'working now', 'works now', 'issue resolved', 'resuelto', 'resuelta',
    'solucionado', 'solucionada', 'arreglado', 'arreglada', 'arreglaron', 'lo resolvieron', 'ya funciona', 'resolu', 'resolue', 'regle', 'reglee',
    'repare', 'reparee', 'corrige', 'ca marche', 'gelost', 'erledigt', 'behoben', 'repariert', 'geklart', 'funktioniert wieder',
  ),
  ...outcome('pending')(
    'pending', 'still pending', 'waiting', 'still waiting', 'awaiting', 'awaiting reply', 'waiting for a reply', 'waiting for reply', 'no reply',
    'no reply yet', 'no response', 'no response yet', 'ongoing', 'in progress', 'under review', 'pendiente', 'en tramite', 'esperando',
    'esperando respuesta', 'en revision', 'en curso', 'en attente', 'en cours', 'en attente de reponse', 'pas de retour', 'pas encore de reponse',
    'toujours en attente', 'en traitement', 'ausstehend', 'in bearbeitung', 'warte noch', 'warten auf antwort', 'keine ruckmeldung',
    'noch keine antwort', 'wird bearbeitet',
  ),
];

const PROMISES: Entry[] = [
  ...all({ kind: 'promiseVerb' })(
    'will', "they'll", "we'll", "he'll", "she'll", 'would', 'going to', 'said they would', "said they'd", 'supposed to', 'van a', 'va a',
    'quedaron en', 'vont', 'va', 'doit', 'doivent', 'sera', 'seront', 'soll', 'sollen', 'wird', 'werden',
  ),
  ...all({ kind: 'promiseNoun' })(
    'refund', 'credit', 'callback', 'call back', 'call-back', 'technician', 'engineer', 'replacement', 'repair', 'fix', 'compensation',
    'reimbursement', 'voucher', 'response', 'reply', 'update', 'delivery', 'appointment',
    'reembolso', 'devolucion', 'abono', 'tecnico', 'reparacion', 'sustitucion', 'compensacion', 'respuesta', 'visita', 'me llaman', 'me llamaran',
    'remboursement', 'avoir', 'geste commercial', 'rappel', 'technicien', 'reparation', 'remplacement', 'intervention', 'reponse', 'dedommagement',
    'gutschrift', 'erstattung', 'ruckerstattung', 'ruckruf', 'techniker', 'reparatur', 'austausch', 'entschadigung', 'antwort', 'termin', 'ersatz',
  ),
];

const PEOPLE: Entry[] = [
  ...all({ kind: 'agentMark', strong: true })(
    'spoke to', 'spoke with', 'talked to', 'talked with', 'speaking to', 'speaking with', 'hable con', 'me atendio', 'atendido por',
    'atendida por', 'parle a', 'parle avec', "j'ai parle a", "j'ai parle avec", 'gesprochen mit', 'sprach mit', 'geredet mit',
  ),
  ...all({ kind: 'agentMark', strong: false })('with', 'con', 'avec', 'mit'),
  ...all({ kind: 'role' })(
    'agent', 'rep', 'representative', 'advisor', 'adviser', 'operator', 'supervisor', 'manager', 'csr', 'associate', 'specialist',
    'agente', 'asesor', 'asesora', 'operador', 'operadora', 'supervisora', 'gestor', 'gestora', 'dependiente', 'dependienta',
    'conseiller', 'conseillere', 'operateur', 'operatrice', 'superviseur', 'responsable', 'vendeur', 'vendeuse', 'interlocuteur',
    'mitarbeiter', 'mitarbeiterin', 'berater', 'beraterin', 'kundenberater', 'kundenberaterin', 'sachbearbeiter', 'sachbearbeiterin',
    'verkaufer', 'verkauferin', 'ansprechpartner', 'ansprechpartnerin',
  ),
  ...all({ kind: 'title' })('mr', 'mrs', 'ms', 'miss', 'dr', 'sr', 'sra', 'srta', 'don', 'dona', 'm', 'mme', 'mlle', 'monsieur', 'madame', 'herr', 'herrn', 'frau'),
  ...all({ kind: 'join' })('then', 'and', 'and then', 'y', 'luego', 'despues', 'y luego', 'et', 'puis', 'ensuite', 'et puis', 'und', 'dann', 'danach', 'und dann', '>', '/', '&', '+'),
];

/** Every phrase with its meaning; a phrase listed twice keeps its first meaning. */
export const VOCABULARY: readonly Entry[] = [...OUTCOMES, ...PROMISES, ...CHANNELS, ...PEOPLE];

/**
 * Labels before a reference code: "ref TM-48213", "dossier 88421", "Ticket 12-3344". Order and
 * booking numbers are included: on a quick-add line they are what the person quotes.
 */
export const REFERENCE_LABELS: readonly string[] = [
  'ref', 'reference', 'ticket', 'case', 'claim', 'complaint', 'incident', 'request', 'order', 'booking', 'confirmation', 'conf', 'tracking',
  'referencia', 'caso', 'incidencia', 'incidente', 'solicitud', 'pedido', 'orden', 'expediente', 'reclamacion', 'reserva', 'numero de caso',
  'numero de referencia', 'numero de pedido', 'numero de reclamacion',
  'dossier', 'reclamation', 'demande', 'requete', 'commande', 'numero de dossier', 'numero de commande', 'numero de ticket',
  'vorgang', 'vorgangsnummer', 'fall', 'fallnummer', 'ticketnummer', 'referenznummer', 'referenz', 'aktenzeichen', 'bestellung',
  'bestellnummer', 'auftrag', 'auftragsnummer', 'beschwerde', 'sendungsnummer',
];

/** Between a label and its code: "case number 123", "ref. 123", "n° 123", "Nummer: 123". */
export const REFERENCE_GLUE: ReadonlySet<string> = new Set([
  'number', 'no', 'nr', 'num', 'n', 'nº', 'no.', '#', ':', '.', 'id', 'is', 'es', 'est', 'ist', 'lautet', 'de', 'du', 'del', 'numero', 'nummer',
]);

/**
 * Words that carry nothing by themselves (pronouns, articles, prepositions, "still", "hotline"):
 * never "unknown", and trimmed from the ends of the notes.
 */
export const FILLERS: ReadonlySet<string> = new Set([
  // English
  'i', 'me', 'my', 'we', 'us', 'our', 'they', 'them', 'their', 'it', 'its', 'he', 'she', 'him', 'her', 'you', 'a', 'an', 'the', 'to', 'with',
  'about', 're', 'regarding', 'for', 'on', 'at', 'in', 'of', 'and', 'then', 'but', 'so', 'still', 'again', 'just', 'finally', 'also', 'back',
  'got', 'get', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'did', 'do', 'said', 'told', 'asked', 'yet', 'already',
  'after', 'hotline', 'support', 'customer', 'service', 'care', 'team', 'their', 'that', 'this', 'by', 'from', 'via', 'ok', 'okay',
  // Spanish
  'yo', 'mi', 'nos', 'ellos', 'le', 'les', 'lo', 'la', 'el', 'los', 'las', 'un', 'una', 'unos', 'unas', 'al', 'de', 'del', 'en', 'con', 'por',
  'para', 'sobre', 'y', 'que', 'pero', 'ya', 'todavia', 'aun', 'he', 'han', 'ha', 'fue', 'es', 'atencion', 'cliente', 'clientes', 'se',
  // French
  'je', "j'", 'moi', "m'", 'on', 'nous', 'ils', 'elles', 'il', 'elle', "l'", 'une', 'des', "d'", 'du', 'au', 'aux', 'avec', 'pour', 'sur',
  'et', 'puis', 'mais', 'encore', 'deja', 'toujours', 'ai', 'ont', 'est', 'sont', 'ete', 'sav', "qu'", 'ne', "n'", 'pas', 'chez', "s'", "c'",
  // German
  'ich', 'mich', 'mir', 'wir', 'uns', 'sie', 'ihnen', 'er', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'beim',
  'an', 'am', 'im', 'zu', 'zum', 'zur', 'von', 'vom', 'fur', 'uber', 'und', 'dann', 'aber', 'noch', 'schon', 'wieder', 'habe', 'hat', 'haben',
  'wurde', 'ist', 'war', 'kundenservice', 'kundendienst', 'mal',
]);
