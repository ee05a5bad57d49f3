import { describe, expect, it } from 'vitest';
import { addressOf, addressesIn, domainOfAddress, isPersonalMailbox } from '../../../lib/mail/addresses';
import { attemptAnswered } from '../../../lib/mail/answer';
import { allMailOrigins, mailClientOf } from '../../../lib/mail/clients';
import { isSendLabel, timeOf } from '../../../lib/mail/dom';
import { idFromKey } from '../../../lib/mail/ids';
import { companyCandidates } from '../../../lib/mail/recipients';
import { sameThread, threadSubject } from '../../../lib/mail/subject';
import type { Attempt } from '../../../lib/model';

const NOW = Date.UTC(2026, 11, 6, 12);

function email(overrides: Partial<Attempt>): Attempt {
  return {
    id: crypto.randomUUID(),
    caseId: 'c1',
    companyId: 'ryanair',
    channel: 'email',
    at: NOW - 3_600_000,
    agents: [],
    outcome: 'pending',
    source: 'auto',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

describe('addresses', () => {
  it('reads one address, lower-cased, and every address in a text', () => {
    expect(addressOf(' <Support@Ryanair.com> ')).toBe('support@ryanair.com');
    expect(addressOf('mailto:help@acme.co.uk')).toBe('help@acme.co.uk');
    expect(addressOf('Ryanair Support')).toBeUndefined();
    expect(addressOf('a@b')).toBeUndefined();
    expect(addressesIn('Ryanair <support@ryanair.com>; Jo <jo@web.de>, support@ryanair.com.')).toEqual([
      'support@ryanair.com',
      'jo@web.de',
    ]);
    expect(domainOfAddress('a@Help.Acme.com')).toBe('help.acme.com');
  });

  it('knows personal mailbox providers, with their country variants, and not companies', () => {
    for (const d of ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.fr', 'icloud.com', 'web.de'])
      expect(isPersonalMailbox(d)).toBe(true);
    for (const d of ['ryanair.com', 'help.dhl.de', 'outlook.office.com', 'microsoft.com', 'live.nation.com'])
      expect(isPersonalMailbox(d)).toBe(false);
  });

  it("takes To before Cc, without friends at personal mailboxes or colleagues at the account's domain", () => {
    expect(
      companyCandidates(
        ['alex@gmail.com', 'support@ryanair.com'],
        ['claire@contoso.fr', 'help@dhl.de', 'support@ryanair.com'],
        'sam@contoso.fr',
      ),
    ).toEqual(['support@ryanair.com', 'help@dhl.de']);
    expect(companyCandidates(['alex@gmail.com'], [])).toEqual([]);
  });
});

describe('mail clients', () => {
  it('knows each client by its own https host only', () => {
    expect(mailClientOf('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(mailClientOf('https://outlook.office365.com/mail/')).toBe('outlook');
    expect(mailClientOf('http://mail.google.com/')).toBeUndefined();
    expect(mailClientOf('https://mail.google.com.evil.example/')).toBeUndefined();
    expect(mailClientOf('https://mail.google.com:8443/')).toBeUndefined();
    expect(allMailOrigins()).toEqual([
      'https://mail.google.com/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
  });
});

describe('page text', () => {
  it('takes "Send" in several languages, with its shortcut, and no other button', () => {
    for (const label of [
      'Send',
      'Send (Ctrl-Enter)',
      'Senden (Strg + Eingabetaste)',
      'Envoyer',
      'Enviar (Ctrl-Intro)',
      '送信',
    ])
      expect(isSendLabel(label)).toBe(true);
    for (const label of ['Send later', 'Schedule send', 'More send options', 'Weitere Sendeoptionen', 'Sent', ''])
      expect(isSendLabel(label)).toBe(false);
  });

  it('reads times that cannot be misread, and leaves ambiguous ones', () => {
    expect(timeOf('en', 'Tue, Dec 1, 2026, 3:47 PM')).toBe(new Date(2026, 11, 1, 15, 47).getTime());
    expect(timeOf('fr', '2026-12-02T08:15:00Z')).toBe(Date.UTC(2026, 11, 2, 8, 15));
    expect(timeOf('en-US', 'Tue 12/1/2026 10:23 AM')).toBe(new Date(2026, 11, 1, 10, 23).getTime());
    expect(timeOf('fr', 'jeu. 03/12/2026 14:40')).toBeUndefined();
    expect(timeOf('en-GB', '03/12/2026 14:40')).toBeUndefined();
    expect(timeOf('en', 'Ryanair Support', '2')).toBeUndefined();
  });

  it('strips reply prefixes and ticket tags from subjects', () => {
    expect(threadSubject('RE: AW: [#4471] Refund  for FR1234')).toBe('refund for fr1234');
    expect(sameThread('Refund for cancelled flight FR1234', 'Re: [Ticket 88] Refund for cancelled flight FR1234')).toBe(
      true,
    );
    expect(sameThread('Refund', 'Something else')).toBe(false);
  });
});

describe('ids', () => {
  it('makes the same valid UUID from the same key, another from another key', async () => {
    const a = await idFromKey('mail-seen:gmail:18cd4b2e3c4d5e6f');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await idFromKey('mail-seen:gmail:18cd4b2e3c4d5e6f')).toBe(a);
    expect(await idFromKey('mail-seen:gmail:18cd4b2e3c4d5e70')).not.toBe(a);
  });
});

describe('which email a company message answers', () => {
  const older = email({ at: NOW - 5 * 86_400_000, subject: 'Refund for FR1234' });
  const latest = email({ at: NOW - 3_600_000, subject: 'Lost bag' });

  it('is the latest email sent before it', () => {
    expect(attemptAnswered({ from: 'support@ryanair.com', at: NOW - 60_000 }, [older, latest], NOW)).toBe(latest);
    expect(attemptAnswered({ from: 'support@ryanair.com', at: NOW - 2 * 86_400_000 }, [older, latest], NOW)).toBe(
      older,
    );
  });

  it('is none for a message older than every email sent, or only a call logged', () => {
    expect(
      attemptAnswered({ from: 'support@ryanair.com', at: NOW - 10 * 86_400_000 }, [older, latest], NOW),
    ).toBeUndefined();
    expect(
      attemptAnswered({ from: 'support@ryanair.com', at: NOW }, [email({ channel: 'phone' })], NOW),
    ).toBeUndefined();
  });

  it('without a readable time, is the email of the same thread only', () => {
    expect(
      attemptAnswered({ from: 'support@ryanair.com', subject: 'RE: Refund for FR1234' }, [older, latest], NOW),
    ).toBe(older);
    expect(
      attemptAnswered({ from: 'support@ryanair.com', subject: 'Your booking' }, [older, latest], NOW),
    ).toBeUndefined();
  });
});
