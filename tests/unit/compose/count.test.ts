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
    // Links count in full on Bluesky.
    expect(countPost('bluesky', 'https://example.com/abc').used).toBe(23);
    expect(countPost('bluesky', 'https://example.com/abcdefghijklmnopqrstuvwxyz').used).toBe(46);
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
      fc.constantFrom(' example.com ', ' https://t.co/x ', ' a.b ', ' 3.5 ', ' café ', ' © ', ' 日本 ', ' 👍🏽 ', '\r\n', ' e\u0301 ', ' @user '),
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
