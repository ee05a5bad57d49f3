import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { browser } from 'wxt/browser';
import { ComposePanel } from '../../../components/compose/ComposePanel';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { getDb } from '../../../lib/db/database';
import { stories } from '../../fixtures/stories';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from '../popup/axe';

withFreshDb();
afterEach(cleanup);

async function seed() {
  const story = stories.eightCalls;
  const shift = Date.now() - story.now;
  await cases.put({
    ...story.caseRecord,
    openedAt: story.caseRecord.openedAt + shift,
    lastActivityAt: story.now + shift,
  });
  await attempts.bulkPut(
    story.attempts.map((a) => ({ ...a, at: a.at + shift, ...(a.endedAt ? { endedAt: a.endedAt + shift } : {}) })),
  );
  return story.caseRecord.id;
}

/** A draft grown past X's limit and split: a two-or-more part thread. */
async function writeThread(user: ReturnType<typeof userEvent.setup>) {
  const area = await screen.findByLabelText<HTMLTextAreaElement>('Post text');
  await user.type(area, ' It has been going on for weeks.'.repeat(8));
  await user.click(screen.getByRole('button', { name: 'Split into a thread' }));
  return screen.getAllByLabelText<HTMLTextAreaElement>(/^Post \d+ of \d+( \(posted\))?$/u).map((p) => p.value);
}

describe('posting a thread part by part', { timeout: 30_000 }, () => {
  it("records each part, asks for part 1's link, then opens part 2 as a reply to it", async () => {
    const user = userEvent.setup();
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue(undefined);
    const caseId = await seed();
    const { container } = render(<ComposePanel caseId={caseId} />);
    const parts = await writeThread(user);
    const total = parts.length;
    expect(total).toBeGreaterThan(1);

    await user.click(screen.getByRole('button', { name: `Open part 1 of ${total}` }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(new URL(create.mock.calls[0]![0].url ?? '').searchParams.get('in_reply_to')).toBeNull();

    // Part 1 confirmed: the post counts as posted, but the thread is not done.
    await user.click(screen.getByRole('button', { name: 'I posted part 1' }));
    await screen.findByText(`Part 1 of ${total} recorded as posted. Next: part 2.`);
    const [afterOne] = await getDb().escalations.toArray();
    expect(afterOne).toMatchObject({ status: 'posted', caseId, parts });
    expect(afterOne!.postedParts?.map((p) => p.index)).toEqual([0]);
    expect(screen.getByText(/Add the link to part 1 so part 2 is posted as a reply/u)).toBeTruthy();
    // Without part 1's link, part 2 can still go out, but not as a reply.
    expect(screen.getByRole('button', { name: `Open part 2 of ${total}` })).toBeTruthy();
    await expectNoAxeViolations(container);

    await user.type(
      screen.getByLabelText('Link to part 1 (optional)'),
      'https://x.com/jdawson_84/status/1801371928466313524',
    );
    await user.click(screen.getByRole('button', { name: 'Save link' }));
    await user.click(await screen.findByRole('button', { name: `Open part 2 of ${total} as a reply` }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(2));
    const second = new URL(create.mock.calls[1]![0].url ?? '');
    expect(second.searchParams.get('in_reply_to')).toBe('1801371928466313524');
    expect(second.searchParams.get('text')).toBe(parts[1]);

    await user.click(screen.getByRole('button', { name: 'I posted part 2' }));
    await waitFor(async () =>
      expect((await getDb().escalations.toArray())[0]!.postedParts?.map((p) => p.index)).toEqual([0, 1]),
    );
    const [afterTwo] = await getDb().escalations.toArray();
    // The first part's link stays the post's link (replies are counted against it).
    expect(afterTwo!.postUrl).toBe('https://x.com/jdawson_84/status/1801371928466313524');
    if (total === 2) await screen.findByText(/All 2 parts recorded as posted/u);
  });

  it('reopened after part 1, the composer continues with part 2 of the same thread', async () => {
    const user = userEvent.setup();
    vi.spyOn(browser.tabs, 'create').mockResolvedValue(undefined);
    const caseId = await seed();
    const first = render(<ComposePanel caseId={caseId} />);
    const parts = await writeThread(user);
    await user.click(screen.getByRole('button', { name: 'I posted part 1' }));
    await screen.findByText(/Part 1 of \d+ recorded as posted/u);
    // The popup closes when the network's tab opens: everything not stored is gone.
    first.unmount();

    render(<ComposePanel caseId={caseId} />);
    await screen.findByText(`Continuing your thread on X: part 2 of ${parts.length} is next.`);
    expect(
      screen.getAllByLabelText<HTMLTextAreaElement>(/^Post \d+ of \d+( \(posted\))?$/u).map((p) => p.value),
    ).toEqual(parts);
    expect(screen.getByRole('button', { name: 'I posted part 2' })).toBeTruthy();
    expect(await getDb().escalations.count()).toBe(1);

    // What went out stays as it went out.
    expect(screen.getByLabelText<HTMLTextAreaElement>(`Post 1 of ${parts.length} (posted)`).readOnly).toBe(true);
    expect(screen.getByLabelText<HTMLTextAreaElement>(`Post 2 of ${parts.length}`).readOnly).toBe(false);

    // Or start afresh: a new post, and the half-posted thread stays as it was.
    await user.click(screen.getByRole('button', { name: 'Write a new post instead' }));
    expect(screen.queryByText(/Continuing your thread/u)).toBeNull();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Post text').value.startsWith('@TMobileHelp ')).toBe(true);
  });

  it('another network after a post is another post: what went out is never rewritten', async () => {
    const user = userEvent.setup();
    vi.spyOn(browser.tabs, 'create').mockResolvedValue(undefined);
    const caseId = await seed();
    render(<ComposePanel caseId={caseId} />);
    await screen.findByLabelText('Post text');
    await user.click(screen.getByRole('button', { name: 'I posted it' }));
    await screen.findByText(/Recorded as posted/u);
    const [posted] = await getDb().escalations.toArray();
    await user.click(screen.getByRole('radio', { name: 'Bluesky' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(async () => expect(await getDb().escalations.count()).toBe(2));
    expect(await getDb().escalations.get(posted!.id)).toEqual(posted);
    expect((await getDb().escalations.toArray()).map((e) => `${e.platform}:${e.status}`).sort()).toEqual([
      'bluesky:draft',
      'x:posted',
    ]);
  });
});
