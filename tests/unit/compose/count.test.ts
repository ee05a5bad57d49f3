import fc from 'fast-check';
import parseTweet from 'twitter-text/dist/parseTweet.js';
import { countPost } from '../../../lib/compose/count';

describe('countPost', () => {
  it('counts X by twitter-text weighted length: URLs 23, CJK and emoji 2, NFC', () => {
    expect(countPost('x', 'hello').used).toBe(5);
    expect(countPost('x', 'see https://example.com/a/very/long/path/that/goes/on?and=on').used).toBe(4 + 23);
    expect(countPost('x', '日本語').used).toBe(6);
    expect(countPost('x', '👍🏽').used).toBe(2);
    expect(countPost('x', '👨‍👩‍👧‍👦').used).toBe(2);
    // "é" typed as e + combining accent is one character after NFC.
    expect(countPost('x', 'cafe\u0301').used).toBe(4);
    expect(countPost('x', 'a'.repeat(280)).fits).toBe(true);
    expect(countPost('x', 'a'.repeat(281)).fits).toBe(false);
    expect(countPost('x', '日'.repeat(141)).fits).toBe(false);
  });

  it('starts the X overflow highlight at twitter-text’s UTF-16 cut, after emoji and decomposed accents', () => {
    // Five emoji weigh 10 and take 10 UTF-16 units; 270 more letters reach 280.
    const emoji = countPost('x', `${'😷'.repeat(5)}${'a'.repeat(275)}bbb`);
    expect(emoji.used).toBe(288);
    expect(emoji.overflowAt).toBe(10 + 270);
    // 140 "é" typed as e + accent (280 units) weigh 140; 140 letters more fit, the 141st does not.
    const accents = countPost('x', `${'e\u0301'.repeat(140)}${'x'.repeat(141)}`);
    expect(accents.used).toBe(281);
    expect(accents.overflowAt).toBe(280 + 140);
  });

  it('refuses X text with a character twitter-text refuses, and marks it', () => {
    for (const bad of ['\uFFFE', '\uFFFF', '\uFEFF']) {
      const count = countPost('x', `ABC${bad}ABC`);
      expect(count.fits).toBe(false);
      expect(count.reason).toBe('characters');
      expect(count.overflowAt).toBe(3);
    }
    expect(countPost('x', '\uFFFFABC').overflowAt).toBe(0);
  });

  it('agrees with twitter-text on whether X text fits and where the highlight starts (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
      fc.constantFrom(
        ' 😷 ',
        '👨‍👩‍👧‍👦',
        '🙋🏽',
        ' 日本 ',
        ' é ',
        ' https://example.com/a_(b) ',
        ' example.com ',
        '\uFEFF',
        '\uFFFF',
        '\r\n',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const parsed = parseTweet(text);
        const count = countPost('x', text);
        expect(count.used).toBe(parsed.weightedLength);
        expect(count.fits).toBe(parsed.valid || parsed.weightedLength === 0);
        if (!count.fits)
          expect(count.overflowAt).toBe(/^[\uFEFF\uFFFE\uFFFF]/u.test(text) ? 0 : parsed.validRangeEnd + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('marks where the text goes over the limit', () => {
    const text = `${'a'.repeat(278)} 日本`;
    const count = countPost('x', text);
    expect(count.used).toBe(283);
    expect(count.overflowAt).toBe(279);
    expect(countPost('bluesky', 'b'.repeat(305)).overflowAt).toBe(300);
  });

  it('counts Bluesky by grapheme clusters', () => {
    expect(countPost('bluesky', '👨‍👩‍👧‍👦 e\u0301').used).toBe(3);
    expect(countPost('bluesky', 'x'.repeat(300)).fits).toBe(true);
    expect(countPost('bluesky', 'x'.repeat(301)).fits).toBe(false);
    // A link counts as bsky.app shows it: the host, then the rest cut to 13 characters and "..." past 15.
    expect(countPost('bluesky', 'https://example.com/abc').used).toBe('example.com/abc'.length);
    expect(countPost('bluesky', 'https://example.com/abcdefghijklmnopqrstuvwxyz').used).toBe(
      'example.com/abcdefghijkl...'.length,
    );
    // A bare domain is posted as typed.
    expect(countPost('bluesky', 'example.com/abcdefghijklmnopqrstuvwxyz').used).toBe(38);
  });

  it('fits a Bluesky post bsky.app counts as 282, its long link shortened', () => {
    // 336 graphemes as typed; the 81-character link counts as its 27-character short form.
    const text = `${'a'.repeat(254)} https://example.com/${'p'.repeat(61)}`;
    const count = countPost('bluesky', text);
    expect(count.used).toBe(282);
    expect(count.fits).toBe(true);
  });

  it('refuses a Bluesky post over the record’s 3,000 bytes, whatever its grapheme count', () => {
    const family = '👨‍👩‍👧‍👦'; // 25 bytes
    expect(countPost('bluesky', family.repeat(120)).fits).toBe(true);
    const over = countPost('bluesky', family.repeat(121));
    expect(over.used).toBe(121);
    expect(over.fits).toBe(false);
    expect(over.reason).toBe('bytes');
    expect(over.overflowAt).toBe(120 * family.length);
  });

  it('counts a Mastodon link ending in balanced brackets as 23, brackets included', () => {
    expect(countPost('mastodon', 'see https://en.wikipedia.org/wiki/Primer_(film)').used).toBe(4 + 23);
    expect(countPost('mastodon', '(https://example.com/a_(b))').used).toBe(1 + 23 + 1);
  });

  it('counts a Mastodon mention as @user when the server name has combining marks', () => {
    expect(countPost('mastodon', 'hi @support@cafe\u0301.example').used).toBe('hi @support'.length);
    // Decomposed "é" in an internationalised server name.
    expect(countPost('mastodon', '@info@e\u0301preuve-acceptation-universelle.org').used).toBe('@info'.length);
  });

  it('counts Mastodon links as 23 and @user@server as @user, with the server limit', () => {
    expect(countPost('mastodon', 'https://example.com/abcdefghijklmnopqrstuvwxyz').used).toBe(23);
    expect(countPost('mastodon', 'hi @support@mastodon.example.social').used).toBe('hi @support'.length);
    expect(countPost('mastodon', 'y'.repeat(501)).fits).toBe(false);
    expect(countPost('mastodon', 'y'.repeat(501), { mastodonLimit: 1000 }).fits).toBe(true);
    expect(countPost('mastodon', 'y'.repeat(501), { mastodonLimit: 1000 }).limit).toBe(1000);
  });

  it('allows at most five links on Threads', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://example.com/${i}`).join(' ');
    expect(countPost('threads', links(5)).fits).toBe(true);
    const six = countPost('threads', links(6));
    expect(six.links).toBe(6);
    expect(six.fits).toBe(false);
  });

  it('uses each long network’s own limit, and Reddit’s title limit', () => {
    expect(countPost('linkedin', 'z'.repeat(3000)).fits).toBe(true);
    expect(countPost('linkedin', 'z'.repeat(3001)).fits).toBe(false);
    expect(countPost('instagram', 'z'.repeat(2201)).fits).toBe(false);
    expect(countPost('facebook', 'z'.repeat(63_206)).fits).toBe(true);
    expect(countPost('reddit', 't'.repeat(301), { role: 'title' }).fits).toBe(false);
    expect(countPost('reddit', 't'.repeat(301)).fits).toBe(true);
  });

  it('agrees with twitter-text on every text, including the fast path for plain text (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
      fc.constantFrom(
        ' example.com ',
        ' https://t.co/x ',
        ' a.b ',
        ' 3.5 ',
        ' café ',
        ' © ',
        ' 日本 ',
        ' 👍🏽 ',
        '\r\n',
        ' e\u0301 ',
        ' @user ',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(countPost('x', text).used).toBe(parseTweet(text).weightedLength);
      }),
      { numRuns: 300 },
    );
  });
});
