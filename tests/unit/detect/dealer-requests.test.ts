import { describe, expect, it } from 'vitest';
import { classifyPage, readPage } from '../../../lib/detect';
import { classifySnapshot } from '../../../lib/detect/forms';
import { snapshotForm } from '../../../lib/detect/form-snapshot';
import { MORE_CONTACT_HEADING, MORE_CONTACT_PATH } from '../../../lib/detect/judge-words';
import { fold } from '../../../lib/detect/text';
import { pageWith } from './load-page';

function form(html: string): HTMLFormElement {
  document.body.innerHTML = html;
  const found = document.querySelector('form');
  if (!found) throw new Error('no form');
  return found;
}

describe("a dealer's or a garage's quote, service and test-drive requests, in every language", () => {
  it.each([
    '/cotizar/',
    '/cotizador/',
    '/solicitar-cotizacion',
    '/cita-taller',
    '/solicitar-cotacao',
    '/agendar-revisao',
    '/book-service.html',
    '/booktestdrive.html',
    '/book-a-test-drive',
    '/service-booking/',
    '/probefahrt-vereinbaren',
    '/kostenvoranschlag',
    '/demande-essai',
    '/proefrit-aanvragen',
    '/werkplaatsafspraak',
    '/booking-servis',
  ])('path %s', (path) => expect(MORE_CONTACT_PATH.test(path)).toBe(true));
  it.each(['/cotizaciones-del-dolar', '/servicios', '/test-drives-2024', '/essais', '/booking'])(
    'not the path %s',
    (path) => expect(MORE_CONTACT_PATH.test(path)).toBe(false),
  );

  it.each([
    'Cotiza aquí',
    'Cotizar repuestos',
    'Cotizador',
    'Separa una cita',
    'Agenda tu cita',
    'Cita para el taller',
    'Solicite uma cotação',
    'Agende sua revisão',
    'Book a service',
    'Book Online Bike Service',
    'Book Test Drive',
    'Request a test drive',
    'Service booking',
    'Probefahrt vereinbaren',
    'Kostenvoranschlag anfordern',
    "Demande d'essai",
    'Réservez un essai',
    'Proefrit aanvragen',
    'Werkplaatsafspraak',
    'Booking servis',
  ])('heading %s', (heading) => expect(MORE_CONTACT_HEADING.test(fold(heading))).toBe(true));
  it.each([
    'Cotizaciones del dólar',
    'Our services',
    'Test drive review: the new Civic',
    'Essais cliniques',
    'Citas célebres',
  ])('not the heading %s', (heading) => expect(MORE_CONTACT_HEADING.test(fold(heading))).toBe(false));

  it.each([
    // A service booking that asks the city and the service centre, which a checkout asks too:
    // its markup says what it is.
    '<form id="bookservice_desktop"><input name="BookService[name]"><input name="BookService[mobile_no]"><select name="BookService[city]"></select><select name="BookService[model_id]"></select><input name="BookService[service_date]"></form>',
    '<form class="testdrive-form"><select name="model_id"></select><input name="name"><input name="email"></form>',
    '<form class="cotizar"><input name="nombre"><input name="ciudad"><input type="email" name="email"></form>',
    // A quote sent through WhatsApp: the person's name and the model, no email, phone or message.
    '<form id="cot"><input name="nombre"><select name="modelo"></select><input name="giro"></form>',
    '<form><input name="naam"><input name="kenteken"><input name="datum"></form>',
  ])('a request form %#', (html) => expect(classifySnapshot(snapshotForm(form(html)))).toBe('contact'));
  it.each([
    // A parts finder asks the vehicle without a name; a checkout asks a name and an address.
    '<form><select name="marca"></select><select name="modelo"></select><select name="anio"></select></form>',
    '<form class="checkout"><input name="first_name"><input name="address"><input name="postcode"><input name="city"></form>',
    '<form class="newsletter"><input name="name"><input type="email" name="email"></form>',
  ])('not a request form %#', (html) => expect(classifySnapshot(snapshotForm(form(html)))).not.toBe('contact'));
});

describe('a page whose title is a smaller heading', () => {
  const popups =
    '<div data-elementor-type="popup"><h2>Gracias por contactarte con nosotros</h2><form class="elementor-form"><input name="form_fields[nombre]"><input type="tel" name="form_fields[celular]"><textarea name="form_fields[message]"></textarea></form></div>';

  it('with no h1, its first heading says what the page is for', () => {
    const doc = pageWith(
      `<main><h3>Separa una cita</h3><p>Selecciona la ciudad</p><h3>¿Por qué elegirnos?</h3></main>${popups}`,
      'Taller de Servicio',
    );
    expect(readPage(doc, 'https://www.concesionario.example.pe/taller-de-servicio/').headings).toBe('Separa una cita');
    expect(classifyPage(doc, 'https://www.concesionario.example.pe/taller-de-servicio/').kind).toBe('contact');
  });

  it("a site-wide pop-up's heading is not the page's, and a home page's first section is no title", () => {
    const about = pageWith(`<main><p>Somos concesionario desde 1990</p></main>${popups}`, 'Quiénes somos');
    expect(readPage(about, 'https://www.concesionario.example.pe/quienes-somos/').headings).toBe('');
    expect(classifyPage(about, 'https://www.concesionario.example.pe/quienes-somos/').kind).toBe('none');
    const home = pageWith(`<main><h2>Cotizar un vehículo</h2><p>Modelos</p></main>${popups}`, 'Concesionario');
    expect(readPage(home, 'https://www.concesionario.example.pe/').headings).toBe('');
    expect(classifyPage(home, 'https://www.concesionario.example.pe/').kind).toBe('none');
  });

  it('an h1 still wins over smaller headings', () => {
    const doc = pageWith(
      '<main><h1>Corolla</h1><h2>Cotiza tu nuevo Toyota</h2><a href="tel:+5114445555">01 444 5555</a></main>',
      'Corolla',
    );
    expect(readPage(doc, 'https://www.concesionario.example.pe/corolla/').headings).toBe('Corolla');
  });
});
