import { describe, expect, it } from 'vitest';
import { emailsInText, parseMailto, referenceInText } from '../../../lib/detect';

describe('emailsInText and parseMailto', () => {
  it('finds addresses, lower-cased, but not fediverse handles or asset names', () => {
    expect(emailsInText('Write to Customer.Relations@Example.com or @dana_w@mastodon.social; logo@2x.png')).toEqual([
      'customer.relations@example.com',
    ]);
  });
  it('reads the addresses and subject of a mailto: link', () => {
    expect(parseMailto('mailto:groups@example.com?subject=Group%20booking%20enquiry')).toEqual({
      to: ['groups@example.com'],
      subject: 'Group booking enquiry',
    });
    expect(parseMailto('mailto:a@example.com,b@example.org').to).toEqual(['a@example.com', 'b@example.org']);
  });
});

describe('referenceInText', () => {
  it.each([
    ['Your case number is 34871265.', '34871265'],
    ['Your request was successfully submitted. Request #21734598 — thanks', '21734598'],
    ['Ticket ID: CS-2024-0042', 'CS-2024-0042'],
    ['Número de caso: 2024-118734', '2024-118734'],
    ['Votre numéro de dossier : DS88213', 'DS88213'],
    ['Ihre Vorgangsnummer lautet 2024-55871.', '2024-55871'],
    ['Referenznummer: 77801234', '77801234'],
  ])('finds the reference in %j', (text, reference) => {
    expect(referenceInText(text)).toBe(reference);
  });

  it.each([
    'Order #123456 has been received',
    'Your booking reference is ABC12345',
    'Tracking number 1Z999AA10123456784',
    'Please include your case number if you contact us again.',
    'Booking reference (optional) 8 digits, e.g. on your e-ticket',
    'Keep any case or ticket number they gave you',
  ])('finds no support reference in %j', (text) => {
    expect(referenceInText(text)).toBeUndefined();
  });
});
