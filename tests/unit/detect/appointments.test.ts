import { describe, expect, it } from 'vitest';
import { classifyForm, classifyPage, readPage } from '../../../lib/detect';
import { mayBeContactForm, snapshotForm } from '../../../lib/detect/form-snapshot';
import { MORE_CONTACT_HEADING, MORE_CONTACT_PATH } from '../../../lib/detect/judge-words';
import { fold } from '../../../lib/detect/text';
import { pageWith } from './load-page';

function form(html: string): HTMLFormElement {
  document.body.innerHTML = html;
  const found = document.querySelector('form');
  if (!found) throw new Error('no form');
  return found;
}

describe('appointment, booking, quote and call-back requests are enquiries, in every language', () => {
  it.each([
    '/termin-vereinbaren',
    '/terminanfrage',
    '/de/servicetermin/',
    '/werkstatttermin.html',
    '/rueckruf',
    '/angebot-anfordern',
    '/prendre-rendez-vous',
    '/demande-de-devis',
    '/demande-de-rappel',
    '/afspraak-maken',
    '/offerte-aanvragen',
    '/terugbelverzoek',
    '/pedir-cita',
    '/solicitar-presupuesto',
    '/book-an-appointment',
    '/appointments/',
    '/request-a-quote',
    '/request-a-callback',
    '/buat-janji',
    '/solicitar-orcamento',
  ])('path %s', (path) => expect(MORE_CONTACT_PATH.test(path)).toBe(true));
  it.each(['/termine', '/terminal', '/your-notary-appointment', '/citas-celebres', '/reservation'])(
    'not the path %s',
    (path) => expect(MORE_CONTACT_PATH.test(path)).toBe(false),
  );

  it.each([
    'Termin vereinbaren',
    'Online-Terminvereinbarung',
    'Terminanfrage',
    'Servicetermin buchen',
    'Werkstatttermin',
    'Rückruf anfordern',
    'Angebot anfordern',
    'Prendre rendez-vous',
    'Demande de devis',
    'Demande de rappel',
    'Être rappelé',
    'Afspraak maken',
    'Maak een afspraak',
    'Offerte aanvragen',
    'Terugbelverzoek',
    'Bel mij terug',
    'Pedir cita',
    'Cita previa',
    'Solicitar presupuesto',
    'Te llamamos',
    'Book an appointment',
    'Request a quote',
    'Request a callback',
    'Buat janji temu',
    'Agendar uma consulta',
    'Solicitar orçamento',
  ])('heading %s', (heading) => expect(MORE_CONTACT_HEADING.test(fold(heading))).toBe(true));
  it.each([
    'Preparing for your appointment with the notary',
    'Termine 2025',
    'Book your walk-in visit online',
    'Rappel des faits',
    'Citas célebres',
  ])('not the heading %s', (heading) => expect(MORE_CONTACT_HEADING.test(fold(heading))).toBe(false));

  it.each([
    // A call-back or appointment form without a message box: what German already had, in Dutch,
    // Indonesian and Portuguese field names.
    '<form><input name="naam"><input name="telefoon"><input name="datum"></form>',
    '<form><input name="nama"><input name="telepon"></form>',
    '<form><input name="nome"><input name="telefone"><input name="data"></form>',
    // A date asked by name, with an email to answer to.
    '<form><input type="email" name="email"><input name="wunschtermin"><input name="fahrzeug"></form>',
    '<form><input type="email" name="correo"><input name="fecha"><input name="hora"></form>',
    // A form that says it is for an appointment, asking the address a visit needs.
    '<form id="werkstatttermin"><input name="name"><input type="email" name="email"><input name="strasse"><input name="plz"><input name="kennzeichen"></form>',
    '<form class="rendez-vous-form"><input name="nom"><input type="tel" name="tel"><input name="adresse"></form>',
    '<form id="afspraak"><input name="naam"><input type="email" name="email"><input name="postcode"></form>',
  ])('%s is a contact form', (html) => expect(classifyForm(form(html))).toBe('contact'));
  it.each([
    ['<form class="newsletter-angebote"><input name="name"><input type="email" name="email"></form>', 'newsletter'],
    ['<form><input type="email" name="email"><input name="birthdate"><input name="fname"></form>', 'newsletter'],
    [
      '<form class="booking-form checkout"><input name="name"><input type="email" name="email"><input name="cardnumber"></form>',
      'other',
    ],
  ])('%s is %s', (html, kind) => expect(classifyForm(form(html))).toBe(kind));

  const MESSAGE = '<textarea name="bericht"></textarea>';
  it.each([
    ['de', '/termin-vereinbaren', 'Termin vereinbaren', '<input name="name"><input type="email" name="email">'],
    ['de', '/werkstatt', 'Werkstatttermin', '<input name="name"><input type="email" name="email">'],
    ['fr', '/prendre-rendez-vous', 'Prendre rendez-vous', '<input name="nom"><input type="email" name="email">'],
    ['fr', '/rappel', 'Demande de rappel', '<input name="nom"><input type="email" name="email">'],
    ['nl', '/afspraak-maken', 'Afspraak maken', '<input name="naam"><input type="email" name="email">'],
    ['nl', '/bellen', 'Terugbelverzoek', '<input name="naam"><input type="email" name="email">'],
    ['es', '/pedir-cita', 'Pedir cita', '<input name="nombre"><input type="email" name="email">'],
    ['en', '/appointment', 'Book an appointment', '<input name="name"><input type="email" name="email">'],
    ['en', '/callback', 'Request a callback', '<input name="name"><input type="email" name="email">'],
    ['id', '/buat-janji', 'Buat janji temu', '<input name="nama"><input type="email" name="email">'],
  ])('a %s page at %s headed "%s" with its request form is a contact page', (_lang, path, heading, fields) => {
    const doc = pageWith(`<main><h1>${heading}</h1><form>${fields}${MESSAGE}<button>OK</button></form></main>`);
    expect(classifyPage(doc, `https://www.betrieb.example${path}`).kind).toBe('contact');
  });
});

describe('a page whose only means of contact is an appointment form with no message box', () => {
  const APPOINTMENT =
    '<main><h1>Online-Terminvereinbarung</h1><p>Wählen Sie Ihren Wunschtermin.</p>' +
    '<form id="termin"><input name="vorname"><input name="nachname"><input type="tel" name="telefon">' +
    '<input type="date" name="datum"><select name="leistung"><option value="1">Heizungswartung</option></select>' +
    '<button type="submit">Termin anfragen</button></form></main>';

  it('is read when its form is sent, and judged a contact page', () => {
    const doc = pageWith(APPOINTMENT, 'Termin | Heizung Müller');
    const reading = readPage(doc, 'https://www.heizung-mueller.example.de/termin');
    expect(reading.signal).toBe(true);
    expect(reading.contactForms).toBe(1);
    expect(classifyPage(doc, 'https://www.heizung-mueller.example.de/termin').kind).toBe('contact');
  });

  it('its form is reported and logged when sent', () => {
    const doc = pageWith(APPOINTMENT);
    const sent = doc.querySelector('form');
    if (!sent) throw new Error('no form');
    expect(mayBeContactForm(snapshotForm(sent))).toBe(true);
    expect(classifyForm(sent)).toBe('contact');
  });

  it.each([
    ['nl', '/afspraak', 'Afspraak maken', '<input name="naam"><input name="telefoon" type="tel"><input name="datum">'],
    [
      'fr',
      '/rendez-vous',
      'Prendre rendez-vous',
      '<input name="nom"><input name="telephone" type="tel"><input name="date">',
    ],
    [
      'es',
      '/cita-previa',
      'Cita previa',
      '<input name="nombre"><input name="telefono" type="tel"><input name="fecha">',
    ],
    [
      'en',
      '/book-an-appointment',
      'Book an appointment',
      '<input name="name"><input name="phone" type="tel"><input name="date">',
    ],
  ])('so is a %s one at %s', (_lang, path, heading, fields) => {
    const doc = pageWith(`<main><h1>${heading}</h1><form>${fields}<button>OK</button></form></main>`);
    expect(classifyPage(doc, `https://www.betrieb.example${path}`).kind).toBe('contact');
  });

  it('a booking engine or a newsletter sign-up with no contact words is not', () => {
    const booking = pageWith(
      '<main><h1>Rooms</h1><form class="search"><input type="date" name="checkin"><input type="date" name="checkout"><select name="guests"><option>2</option></select></form></main>',
      'Rooms | Hotel',
    );
    expect(classifyPage(booking, 'https://www.hotel.example/rooms').kind).toBe('none');
    const newsletter = pageWith(
      '<main><h1>Neuigkeiten</h1><form class="newsletter"><input name="name"><input type="email" name="email"></form></main>',
      'Blog',
    );
    expect(readPage(newsletter, 'https://www.heizung-mueller.example.de/blog').signal).toBe(false);
  });
});
