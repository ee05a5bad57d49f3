import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ComposePanel } from '../../../components/compose/ComposePanel';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { escalations } from '../../../lib/db/escalations';
import { HOUR } from '../../../lib/time-units';
import { stories } from '../../fixtures/stories';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from '../popup/axe';

withFreshDb();
afterEach(cleanup);

/** The eight-calls story moved to the present, with one post on X `ago` ms before now. */
async function seedPosted(ago: number): Promise<string> {
  const story = stories.eightCalls;
  const shift = Date.now() - story.now;
  const c = story.caseRecord;
  await cases.put({ ...c, openedAt: c.openedAt + shift, lastActivityAt: Date.now() });
  await attempts.bulkPut(
    story.attempts.map((a) => ({ ...a, at: a.at + shift, ...(a.endedAt ? { endedAt: a.endedAt + shift } : {}) })),
  );
  const postedAt = Date.now() - ago;
  await escalations.put({
    id: crypto.randomUUID(),
    caseId: c.id,
    companyId: c.companyId,
    platform: 'x',
    handle: 'TMobileHelp',
    kind: 'initial',
    tone: 'friendly',
    parts: ['@TMobileHelp my bill'],
    status: 'posted',
    postedAt,
    createdAt: postedAt,
    updatedAt: postedAt,
  });
  return c.id;
}

const checked = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name }).checked;
const POST = /^Post (text|\d+ of \d+)$/u;
/** The whole draft, whether one post or a thread. */
const draftText = async () =>
  (await screen.findAllByLabelText<HTMLTextAreaElement>(POST)).map((a) => a.value).join(' ');

describe('the composer’s default post type', { timeout: 30_000 }, () => {
  it('minutes after a post: a first post, with a notice of when a follow-up is suggested; the person’s choice wins', async () => {
    const user = userEvent.setup();
    const caseId = await seedPosted(10 * 60_000);
    const { container } = render(<ComposePanel caseId={caseId} />);
    expect(await draftText()).not.toContain('Following up');
    expect(checked('First post')).toBe(true);
    expect(
      screen.getByText(
        /^You posted recently\. A follow-up is suggested from .+, once the company has had time to answer\.$/u,
      ),
    ).toBeTruthy();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('radio', { name: 'Follow-up' }));
    expect(checked('Follow-up')).toBe(true);
    expect(await draftText()).toContain('Following up');
  });

  it('once the answer window has passed: a follow-up, without the notice', async () => {
    const caseId = await seedPosted(25 * HOUR);
    render(<ComposePanel caseId={caseId} />);
    // The last call came after the post, so the follow-up opens with it.
    expect(await draftText()).toMatch(
      /^@TMobileHelp Since my post on .+ I have contacted you 1 more time, and this is still not resolved\./u,
    );
    expect(checked('Follow-up')).toBe(true);
    expect(screen.queryByText(/A follow-up is suggested from/u)).toBeNull();
  });
});
