import { checkText } from '../../../lib/compose/check';
import { countPost } from '../../../lib/compose/count';
import { draftFor, type DraftRequest } from '../../../lib/compose/draft';
import { etiquetteFor } from '../../../lib/compose/etiquette';
import { stories, type Story } from '../../fixtures/stories';

const draft = (story: Story, over: Partial<DraftRequest> = {}) =>
  draftFor({ ...story, kind: 'initial', platform: 'x', tone: 'friendly', timeZone: 'UTC', now: story.now, ...over });

describe('the six stories, drafted', () => {
  it('eight calls, one tweet: one post citing the eight calls', () => {
    const d = draft(stories.eightCalls);
    expect(d.parts).toMatchInlineSnapshot(`
      [
        "@TMobileHelp My October bill charged me $110 for an international add-on I never ordered. Since 3 Nov (10 days) I have contacted you 8 times: 8 calls. Ref TM-55120, TM-55871, TM-56410. Could you please help? What I am asking for: a refund of the $110 charge. Thank you!",
      ]
    `);
    expect(draft(stories.eightCalls, { platform: 'bluesky', handle: 'carrierhelp.example.com' }).parts)
      .toMatchInlineSnapshot(`
      [
        "@carrierhelp.example.com My October bill charged me $110 for an international add-on I never ordered. Since 3 Nov (10 days) I have contacted you 8 times: 8 calls. Ref TM-55120, TM-55871, TM-56410. Could you please help? What I am asking for: a refund of the $110 charge. Thank you!",
      ]
    `);
    // The account number typed into the problem never reaches the post.
    for (const p of ['x', 'bluesky', 'linkedin', 'facebook', 'reddit'] as const) {
      expect(draft(stories.eightCalls, { platform: p }).parts.join(' ')).not.toContain('4417-220-981');
    }
  });

  it('fast social team, slow company: a follow-up after the reply that fixed nothing', () => {
    expect(draft(stories.fastSocial, { kind: 'follow_up', tone: 'firm' }).parts).toMatchInlineSnapshot(`
      [
        "@VerizonSupport Following up on my post of 9 Nov: you replied on 11 Nov, but this is still not resolved. Since early November almost every call I make from home drops within two minutes. 1/2",
        "Since 2 Nov (13 days) I have contacted you 5 times: 2 calls, 1 chat, 1 DM and 1 email (1h 25m on the phone, 4 different agents). Ref VZ-88213, VZ-90114. I am asking for: a fix for the signal at my address, or a credit while it is broken. Please reply here or by DM. Thank you. 2/2",
      ]
    `);
    expect(draft(stories.fastSocial, { kind: 'follow_up', platform: 'bluesky', handle: 'phonehelp.example.com' }).parts)
      .toMatchInlineSnapshot(`
      [
        "@phonehelp.example.com Following up on my post of 9 Nov: you replied on 11 Nov, but this is still not resolved. Since early November almost every call I make from home drops within two minutes. 1/2",
        "Since 2 Nov (13 days) I have contacted you 5 times: 2 calls, 1 chat, 1 DM and 1 email (1h 25m on the phone, 4 different agents). Ref VZ-88213, VZ-90114. Could you please help? What I am asking for: a fix for the signal at my address, or a credit while it is broken. Thank you! 2/2",
      ]
    `);
  });

  it('etiquette: email, agent and supervisor first, then a courteous post', () => {
    expect(draft(stories.etiquette).parts).toMatchInlineSnapshot(`
      [
        "@NorthwindPrints Hi, I hope you can help. My order of 500 event flyers arrived two days after the guaranteed date, after the event. Since 20 Oct (2 days) I have contacted you 3 times: 2 calls and 1 email (36 min on the phone, 2 different agents). Ref NP-204331. 1/2",
        "Could you please help? What I am asking for: a refund of the rush shipping fee. Thank you! 2/2",
      ]
    `);
    expect(draft(stories.etiquette, { platform: 'bluesky' }).parts).toMatchInlineSnapshot(`
      [
        "My order of 500 event flyers arrived two days after the guaranteed date, after the event. Since 20 Oct (2 days) I have contacted you 3 times: 2 calls and 1 email. Ref NP-204331. Could you please help? What I am asking for: a refund of the rush shipping fee. Thank you!",
      ]
    `);
    // Official channels came first, over more than two days: nothing to warn about.
    expect(etiquetteFor(stories.etiquette.attempts, stories.etiquette.now)).toMatchObject({ thin: false, official: 3 });
    // The same person on the day of the first email would have been told to wait.
    const firstDay = stories.etiquette.attempts.slice(0, 1);
    expect(etiquetteFor(firstDay, firstDay[0]!.at + 3_600_000)).toMatchObject({
      thin: true,
      reasons: ['fewAttempts', 'tooSoon'],
    });
  });

  it('the check is in the mail: every broken promise with its date, on two networks', () => {
    expect(draft(stories.checkInTheMail, { tone: 'firm' }).parts).toMatchInlineSnapshot(`
      [
        "@LakesideMotors Hello. I cancelled an extended warranty within the 30-day window and was told a refund cheque of $1,240 was in the mail. Since 1 Sep (44 days) I have contacted you 4 times: 2 calls, 1 visit in person and 1 email (12 min on the phone, 2 different agents). 1/2",
        "3 promised dates have passed (15 Sep, 30 Sep and 10 Oct). I am asking for: the $1,240 refund, sent this week with a tracking number. Please reply here or by DM. Thank you. 2/2",
      ]
    `);
    expect(draft(stories.checkInTheMail, { platform: 'bluesky', handle: 'lakesidemotors.example.com' }).parts)
      .toMatchInlineSnapshot(`
      [
        "@lakesidemotors.example.com Hi, I hope you can help. I cancelled an extended warranty within the 30-day window and was told a refund cheque of $1,240 was in the mail. 1/3",
        "Since 1 Sep (44 days) I have contacted you 4 times: 2 calls, 1 visit in person and 1 email (12 min on the phone, 2 different agents). 3 promised dates have passed (15 Sep, 30 Sep and 10 Oct). Could you please help? What I am asking for: the $1,240 refund, sent this week with a tracking number. 2/3",
        "Thank you! 3/3",
      ]
    `);
    expect(draft(stories.checkInTheMail, { platform: 'facebook' }).text).toMatchInlineSnapshot(`
      "@LakesideMotorsDealer Hi, I hope you can help.

      I cancelled an extended warranty within the 30-day window and was told a refund cheque of $1,240 was in the mail.

      Since 1 Sep (44 days) I have contacted you 4 times: 2 calls, 1 visit in person and 1 email (12 min on the phone, 2 different agents).
      What I have done so far:
      • 1 Sep: visit in person: promised a fix
      • 18 Sep: call (8 min): promised a fix
      • 3 Oct: email: promised a fix
      • 14 Oct: call (4 min): not resolved

      On 1 Sep I was told "refund cheque in the mail" by 15 Sep; that date has passed. On 18 Sep I was told "cheque reissued" by 30 Sep; that date has passed. On 3 Oct I was told "cheque sent by courier" by 10 Oct; that date has passed.

      Could you please help? What I am asking for: the $1,240 refund, sent this week with a tracking number.

      Thank you!"
    `);
  });

  it('office hours: a final notice names the next step', () => {
    expect(draft(stories.officeHours, { tone: 'final' }).parts).toMatchInlineSnapshot(`
      [
        "@DellCares Hello, this is my final request. My laptop, still under warranty, stopped charging and I have been unable to book a repair for three weeks. Since 4 May (21 days) I have contacted you 4 times: 3 calls and 1 email (2h 26m on the phone, 4 different agents). 1/2",
        "Ref SR-1180442, SR-1193507. I am asking for: a repair booking or a replacement under the warranty, within 7 days. After that my next step is a complaint to the regulator. Thank you. 2/2",
      ]
    `);
    expect(draft(stories.officeHours, { platform: 'bluesky', tone: 'final' }).parts).toMatchInlineSnapshot(`
      [
        "Hello, this is my final request. My laptop, still under warranty, stopped charging and I have been unable to book a repair for three weeks. Since 4 May (21 days) I have contacted you 4 times: 3 calls and 1 email (2h 26m on the phone, 4 different agents). Ref SR-1180442, SR-1193507. 1/2",
        "I am asking for: a repair booking or a replacement under the warranty, within 7 days. After that my next step is a complaint to the regulator. Thank you. 2/2",
      ]
    `);
  });

  it('closing the loop: a short public thank-you', () => {
    expect(draft(stories.closingTheLoop, { kind: 'thanks' }).parts).toMatchInlineSnapshot(`
      [
        "@TMobileHelp Thank you for resolving my issue (Overcharged $110 on my bill). It took 10 days and 4 contacts, and your team got there. I appreciate the help.",
      ]
    `);
    expect(draft(stories.closingTheLoop, { kind: 'thanks', platform: 'bluesky' }).parts).toMatchInlineSnapshot(`
      [
        "Thank you for resolving my issue (Overcharged $110 on my bill). It took 10 days and 4 contacts, and your team got there. I appreciate the help.",
      ]
    `);
  });

  it('every story drafts cleanly on every network and tone', () => {
    for (const story of Object.values(stories)) {
      for (const platform of [
        'x',
        'bluesky',
        'mastodon',
        'threads',
        'linkedin',
        'facebook',
        'instagram',
        'reddit',
      ] as const) {
        for (const tone of ['friendly', 'firm', 'final'] as const) {
          const d = draft(story, { platform, tone });
          d.parts.forEach((part, i) => {
            expect(countPost(platform, part, { role: platform === 'reddit' && i === 0 ? 'title' : 'body' }).fits).toBe(
              true,
            );
            expect(checkText(part)).toEqual([]);
          });
        }
      }
    }
  });
});
