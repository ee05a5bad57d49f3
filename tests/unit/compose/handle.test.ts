import { bundledCompany } from '../../../lib/companies';
import { handleInfo, handleWarnings, mentionFor } from '../../../lib/compose/handle';
import { postTarget, profileUrl } from '../../../lib/compose/post';

const company = (id: string) => {
  const c = bundledCompany(id);
  if (!c) throw new Error(`${id} is not in the directory`);
  return c;
};

describe('handles', () => {
  it('suggests the directory handle with its source and confidence', () => {
    const info = handleInfo(company('natwest'), 'x');
    expect(info).toMatchObject({ handle: 'NatWest_Help', confidence: 'medium' });
    expect(info.source).toMatch(/money-watch/u);
    expect(handleWarnings('NatWest_Help', info)).toEqual([]);
  });

  it('flags look-alike characters and known impostors', () => {
    const info = handleInfo(company('natwest'), 'x');
    expect(handleWarnings('NatWest_Ηelp', info)).toContain('lookAlike'); // Greek capital eta
    expect(handleWarnings('ⅹHelp', info)).toContain('lookAlike'); // Roman numeral ten
    expect(handleWarnings('Natwest_Quick', info)).toEqual(expect.arrayContaining(['lookAlike', 'differs']));
  });

  it('flags retired handles and networks the company left', () => {
    const att = handleInfo(company('att'), 'x');
    expect(att.retired.map((r) => r.handle)).toContain('ATTCares');
    expect(handleWarnings('ATTCares', att)).toEqual(expect.arrayContaining(['retired', 'differs']));
    const airFrance = handleInfo(company('air-france'), 'x');
    expect(airFrance.handle).toBeUndefined();
    expect(handleWarnings('', airFrance)).toEqual(['silent', 'unknown']);
  });

  it('writes mentions and builds post pages per network', () => {
    expect(mentionFor('x', '@Help')).toBe('@Help');
    expect(mentionFor('mastodon', 'help@mastodon.social')).toBe('@help@mastodon.social');
    expect(mentionFor('reddit', 'r/Comcast_Xfinity')).toBe('r/Comcast_Xfinity');
    expect(mentionFor('reddit', 'someone')).toBe('u/someone');
    expect(postTarget('x', 'Help', ['a & b #1']).intentUrl).toBe('https://x.com/intent/tweet?text=a%20%26%20b%20%231');
    // A thread's next part answers the part before it, named by its id in any link form.
    expect(
      postTarget('x', 'Help', ['one', 'two'], 1, undefined, 'https://twitter.com/me/status/1801371928466313524?s=20')
        .intentUrl,
    ).toBe('https://x.com/intent/tweet?text=two&in_reply_to=1801371928466313524');
    expect(postTarget('x', 'Help', ['one', 'two'], 1, undefined, 'https://example.com/me/status/1').intentUrl).toBe(
      'https://x.com/intent/tweet?text=two',
    );
    expect(postTarget('bluesky', 'h', ['hi']).intentUrl).toBe('https://bsky.app/intent/compose?text=hi');
    expect(postTarget('mastodon', 'h@x.social', ['hi'], 0, 'fosstodon.org').intentUrl).toBe(
      'https://fosstodon.org/share?text=hi',
    );
    expect(postTarget('mastodon', 'h', ['hi'], 0, 'javascript:alert(1)').intentUrl).toBe(
      'https://mastodon.social/share?text=hi',
    );
    expect(postTarget('threads', 'h', ['one', 'two'], 1).intentUrl).toBe(
      'https://www.threads.com/intent/post?text=two',
    );
    expect(postTarget('reddit', 'r/Help', ['Title', 'Body']).intentUrl).toBe(
      'https://www.reddit.com/r/Help/submit?title=Title&text=Body',
    );
    expect(postTarget('facebook', 'AcmePage', ['x'])).toEqual({ profileUrl: 'https://www.facebook.com/AcmePage' });
    expect(profileUrl('mastodon', 'help@mastodon.social')).toBe('https://mastodon.social/@help');
  });
});
