import { describe, expect, it } from 'vitest';
import { ChatReading, formatTranscript } from '../../../lib/attachments/transcript';
import { sniffType } from '../../../lib/attachments/sniff';
import { storageUseText } from '../../../lib/attachments/storage-use';

describe('formatTranscript', () => {
  const reading = ChatReading.parse({
    source: 'Intercom',
    pageUrl: 'https://help.acme.example/chat',
    messages: [
      { who: 'You', time: '14:02', text: 'My refund for order 1182 has not arrived.' },
      { who: 'Priya (Acme)', time: '14:03', text: 'I have issued it now.\nIt will reach you within 5 days.' },
      { who: '', text: 'Chat ended' },
    ],
  });

  it('writes each visible message with its time as text', () => {
    expect(formatTranscript(reading, new Date(Date.UTC(2026, 11, 6, 14, 5)))).toBe(
      [
        'Chat transcript — Intercom',
        'Page: https://help.acme.example/chat',
        'Saved: 2026-12-06T14:05:00.000Z (UTC) — the messages visible in the chat at that moment',
        'Messages: 3',
        '',
        '[14:02] You:',
        '  My refund for order 1182 has not arrived.',
        '',
        '[14:03] Priya (Acme):',
        '  I have issued it now.',
        '  It will reach you within 5 days.',
        '',
        'Unknown:',
        '  Chat ended',
        '',
      ].join('\n'),
    );
  });

  it('is kept as plain text', () => {
    const text = formatTranscript(reading, new Date(0));
    expect(sniffType(new TextEncoder().encode(text))).toBe('text/plain');
  });

  it('refuses a reading with unexpected fields', () => {
    expect(
      ChatReading.safeParse({ source: 'x', pageUrl: 'https://a.example', messages: [], html: '<b>' }).success,
    ).toBe(false);
  });
});

describe('storageUseText', () => {
  it('says how much is used of what is available', () => {
    expect(storageUseText({ usage: 12 * 1024 * 1024, quota: 2 * 1024 ** 3 })).toBe(
      'Paper Trail uses 12 MB of about 2 GB available.',
    );
    expect(storageUseText({})).toBe('This browser does not say how much space Paper Trail uses.');
    expect(storageUseText(undefined)).toBe('This browser does not say how much space Paper Trail uses.');
  });
});
