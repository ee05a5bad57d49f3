import { describe, expect, it } from 'vitest';
import { judgePage, readPage } from '../../../lib/detect';
import { classifyForm, looseContactWidgets } from '../../../lib/detect/forms';
import { labelledPhones, numberRegions } from '../../../lib/detect/labelled-phones';
import { whatsappTel } from '../../../lib/detect/read';
import { hasContactSignal } from '../../../lib/detect/signal';
import { pageWith } from './load-page';

/**
 * Contact pages whose channel is not a tel:/mailto: link or a <form> (issue #21): a WhatsApp chat
 * link, a number written as text, fields a script sends without a form; and pages that are for a
 * message though they are not called "contact": feedback and call-back pages.
 */

const judge = (html: string, url: string, title = '', lang = '') => {
  const doc = pageWith(html, title);
  if (lang) doc.documentElement.lang = lang;
  return judgePage(readPage(doc, url));
};

describe('the gate wakes for', () => {
  it.each([
    ['a wa.me link', '<a href="https://wa.me/6281234567890">WhatsApp</a>', 'https://example.com/'],
    [
      'an api.whatsapp.com link',
      '<a href="https://api.whatsapp.com/send?phone=34612345678">Chat</a>',
      'https://example.com/',
    ],
    ['a whatsapp:// link', '<a href="whatsapp://send?phone=4915112345678">Chat</a>', 'https://example.com/'],
    [
      'a message box in no form',
      '<div><input name="email"><textarea></textarea><button>Send</button></div>',
      'https://example.com/',
    ],
    ['an Indonesian contact address', '<p>Telp: 0813-2726-9718</p>', 'https://example.com/hubungi-kami/'],
    ['another one', '<p>Telp: 0813-2726-9718</p>', 'https://example.com/kontak/'],
    ['a Dutch contact address', '<p>Bel 010 123 4567</p>', 'https://example.nl/contacteer-ons/'],
  ])('%s', (_, html, url) => {
    expect(hasContactSignal(pageWith(html), new URL(url))).toBe(true);
  });

  it('an Indonesian contact title', () => {
    expect(
      hasContactSignal(
        pageWith('<p>Telp: 0813-2726-9718</p>', 'Hubungi Kami – Toko Maju'),
        new URL('https://example.com/page-12/'),
      ),
    ).toBe(true);
  });

  it('and not for a page with none of these', () => {
    expect(
      hasContactSignal(
        pageWith('<p>Call 0813-2726-9718</p><a href="https://example.com/about">About</a>', 'Our rooms'),
        new URL('https://example.com/rooms/'),
      ),
    ).toBe(false);
  });
});

describe('WhatsApp links', () => {
  it.each([
    ['https://wa.me/6281234567890', 'tel:+6281234567890'],
    ['https://wa.me/+6281234567890?text=Halo', 'tel:+6281234567890'],
    ['https://api.whatsapp.com/send?phone=34612345678&text=Hola', 'tel:+34612345678'],
    ['https://api.whatsapp.com/send?phone=%2B34612345678', 'tel:+34612345678'],
    ['whatsapp://send?phone=4915112345678', 'tel:+4915112345678'],
  ])('%s dials %s', (href, tel) => {
    expect(whatsappTel(href)).toBe(tel);
  });

  it.each([
    'https://wa.me/?text=Look%20at%20this',
    'https://api.whatsapp.com/send?text=https%3A%2F%2Fexample.com',
    'https://wa.me/123',
  ])('a share link names no number: %s', (href) => {
    expect(whatsappTel(href)).toBeUndefined();
  });

  it('make a contact page of a page whose only channel is a WhatsApp link', () => {
    const verdict = judge(
      '<main><h1>Kontak</h1><p>Hubungi kami lewat WhatsApp.</p><a href="https://wa.me/6289515232062">Chat</a></main>',
      'https://example.id/kontak/',
      'Kontak',
    );
    expect(verdict.kind).toBe('contact');
    expect(verdict.phones).toContain('+6289515232062');
  });

  it('but not of an ordinary page with a floating WhatsApp button', () => {
    const verdict = judge(
      '<main><h1>Kitchen sets</h1><p>Made to measure.</p></main><a class="float" href="https://wa.me/6289515232062">WA</a>',
      'https://example.id/kitchen-set/',
      'Kitchen sets',
    );
    expect(verdict.kind).toBe('none');
  });

  it('nor read a share button as a number', () => {
    const verdict = judge(
      '<main><h1>Contact</h1><a href="https://api.whatsapp.com/send?text=Contact">Share</a></main>',
      'https://example.com/contact/',
      'Contact',
    );
    expect(verdict.phones).toEqual([]);
  });
});

describe('numbers written as text', () => {
  it('are read after a word that says they are phone numbers, in the numbering of the likely country', () => {
    expect(labelledPhones('Info & Reservasi Call / WA : 081327269718 / Telp. (0274) 4332 211', ['ID'])).toEqual([
      '+6281327269718',
      '+622744332211',
    ]);
    expect(labelledPhones('Teléfono: 912 345 678', ['ES'])).toEqual(['+34912345678']);
    expect(labelledPhones('Handy 0171 2345678', ['DE'])).toEqual(['+491712345678']);
  });

  it('keep their digits when no country the page names knows them', () => {
    expect(labelledPhones('Call / WA : 081327269718', ['US'])).toEqual(['081327269718']);
  });

  it('are not any number: a label is needed, and 8 to 15 digits', () => {
    expect(labelledPhones('Invoice 0813 2726 9718, open 7:30 – 21:00', ['ID'])).toEqual([]);
    expect(labelledPhones('Tel 112', ['DE'])).toEqual([]);
  });

  it('take the country of the numbers the page dials in full', () => {
    expect(numberRegions(['+6281327269718'], 'US')).toEqual(['ID', 'US']);
  });

  it('make a contact page of a contact page that only writes its number', () => {
    const verdict = judge(
      '<main><h1>Contact info</h1><p>Info &amp; Reservasi Call / WA : 081327269718</p><p>Jl. Lowanu No.71, Yogyakarta</p></main>',
      'https://tour.example.com/hubungi-kami/',
      'Hubungi Kami – Tour',
      'en-US',
    );
    expect(verdict.kind).toBe('contact');
    expect(verdict.signals).toContain('phoneText');
    expect(verdict.phones).toEqual(['081327269718']);
  });

  it('count once with the tel: link that dials the same number', () => {
    const verdict = judge(
      '<main><h1>Kontak</h1><a href="tel:+6281327269718">Telp: 0813-2726-9718</a></main>',
      'https://example.id/kontak/',
      'Kontak',
    );
    expect(verdict.signals).not.toContain('phoneText');
    expect(verdict.phones).toEqual(['+6281327269718']);
  });

  it('but an ordinary page that writes a number is no contact page', () => {
    const verdict = judge(
      '<main><h1>Goa Jomblang</h1><p>Booking: call / WA 081327269718.</p></main>',
      'https://tour.example.com/blog/goa-jomblang/',
      'Goa Jomblang',
      'id',
    );
    expect(verdict.kind).toBe('none');
  });
});

describe('contact fields in no <form>', () => {
  const widget =
    '<div class="contact-block"><input name="name" placeholder="Name"><input type="email" placeholder="Email"><textarea placeholder="Message"></textarea><button type="button">Send</button></div>';

  it('are a contact widget when a message box, another field and a button sit together', () => {
    const doc = pageWith(`<main><h1>Contacto</h1>${widget}</main>`);
    expect(looseContactWidgets(doc)).toHaveLength(1);
  });

  it('make a contact page of a page that says so', () => {
    const verdict = judge(`<main><h1>Contacto</h1>${widget}</main>`, 'https://example.es/contacto/', 'Contacto');
    expect(verdict.kind).toBe('contact');
    expect(verdict.channels).toContain('web_form');
  });

  it('are not a lone text box, nor a box whose fields are a form’s', () => {
    expect(looseContactWidgets(pageWith('<main><textarea></textarea><button>Copy</button></main>'))).toHaveLength(0);
    expect(looseContactWidgets(pageWith(`<form>${widget}</form>`))).toHaveLength(0);
  });

  it('count once however many message boxes a widget has', () => {
    const doc = pageWith(
      '<div><input type="email"><textarea name="message"></textarea><textarea name="details"></textarea><button>Send</button></div>',
    );
    expect(looseContactWidgets(doc)).toHaveLength(1);
  });
});

describe('a form whose fields have no names', () => {
  it('is a contact form when it asks a message and two things more', () => {
    const form = pageWith(
      '<form><input type="text"><input type="text"><input type="text"><textarea></textarea><button>Enviar</button></form>',
    ).querySelector('form');
    expect(form && classifyForm(form)).toBe('contact');
  });

  it('but not with a message box and one field only', () => {
    const form = pageWith('<form><input type="text"><textarea></textarea><button>Post</button></form>').querySelector(
      'form',
    );
    expect(form && classifyForm(form)).not.toBe('contact');
  });
});

describe('pages for a message, though not called "contact"', () => {
  const form = '<form><input name="name"><input type="email" name="email"><textarea name="message"></textarea></form>';

  it.each([
    ['a feedback page', 'https://example.com/feedback/', 'Feedback', 'Feedback'],
    ['a German feedback page', 'https://example.de/ihre-meinung/', 'Ihre Meinung ist uns wichtig', 'Ihre Meinung'],
    ['an Indonesian one', 'https://example.id/kritik-dan-saran/', 'Kritik dan Saran', 'Kritik dan Saran'],
    ['a call-back page', 'https://example.de/rueckruf/', 'Rückruf anfordern', 'Rückruf'],
  ])('%s', (_, url, heading, title) => {
    expect(judge(`<main><h1>${heading}</h1>${form}</main>`, url, title).kind).toBe('contact');
  });

  it('while a page about feedback with no channel is not one', () => {
    expect(
      judge(
        '<main><h1>How we use your feedback</h1><p>Every review is read.</p></main>',
        'https://example.com/blog/feedback/',
        'Feedback',
      ).kind,
    ).toBe('none');
  });
});
