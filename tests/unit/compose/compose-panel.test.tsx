import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { browser } from 'wxt/browser';
import { ComposePanel } from '../../../components/compose/ComposePanel';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { userCompanies } from '../../../lib/db/companies';
import { getDb } from '../../../lib/db/database';
import { stories } from '../../fixtures/stories';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from '../popup/axe';

withFreshDb();
afterEach(cleanup);

async function seed(story = stories.eightCalls, shift = Date.now() - story.now) {
  // A company the person added is stored; directory ones are bundled.
  if (story.company?.source === 'user') await userCompanies.put(story.company);
  // Moved to the present so "days since" reads as in the story.
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

describe('ComposePanel', { timeout: 30_000 }, () => {
  it('drafts for X with the directory handle, a live counter, and passes axe', async () => {
    const caseId = await seed();
    const { container } = render(<ComposePanel caseId={caseId} />);
    const area = await screen.findByLabelText<HTMLTextAreaElement>('Post text');
    expect(area.value.startsWith('@TMobileHelp ')).toBe(true);
    expect(area.value).toContain('8 calls');
    expect(area.value).not.toContain('4417-220-981');
    expect(screen.getByText(/^\d+ \/ 280$/u).getAttribute('aria-live')).toBe('polite');
    expect(screen.getByText(/courteous and free of private data/u)).toBeTruthy();
    expect(screen.queryByText(/Going public works best/u)).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('flags what the user types, applies a suggestion, and highlights the overflow', async () => {
    const user = userEvent.setup();
    const caseId = await seed();
    render(<ComposePanel caseId={caseId} />);
    const area = await screen.findByLabelText<HTMLTextAreaElement>('Post text');
    await user.clear(area);
    await user.type(area, '@TMobileHelp your support is useless. Call me on 07700 900123');
    expect(screen.getByText(/Name-calling/u)).toBeTruthy();
    expect(screen.getByText(/personal phone number/u)).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Apply suggestion' })[0]!);
    expect(area.value).toContain('your support is not working for me.');
    await user.type(area, ' and more'.repeat(40));
    expect(screen.getByText(/over the limit/u).className).toContain('over');
    expect(document.querySelector('mark.overflow')).not.toBeNull();
    // Too long for one post: split it into a numbered thread where every part fits.
    await user.click(screen.getByRole('button', { name: 'Split into a thread' }));
    const posts = screen.getAllByLabelText<HTMLTextAreaElement>(/^Post \d+ of \d+$/u);
    expect(posts.length).toBeGreaterThan(1);
    posts.forEach((p, i) => expect(p.value.endsWith(` ${i + 1}/${posts.length}`)).toBe(true));
    expect(screen.queryByText(/over the limit/u)).toBeNull();
  });

  it('opens the prefilled X page, then records the post when the user confirms', async () => {
    const user = userEvent.setup();
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue(undefined);
    const caseId = await seed();
    render(<ComposePanel caseId={caseId} />);
    await screen.findByLabelText('Post text');
    await user.click(screen.getByRole('button', { name: 'Post on X' }));
    // The draft is saved first, then the tab opens.
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const url = create.mock.calls[0]![0].url ?? '';
    expect(url.startsWith('https://x.com/intent/tweet?text=')).toBe(true);
    expect(new URL(url).searchParams.get('text')).toContain('@TMobileHelp ');
    await waitFor(async () => expect(await getDb().escalations.count()).toBe(1));
    expect((await getDb().escalations.toArray())[0]!.status).toBe('draft');

    await user.click(screen.getByRole('button', { name: 'I posted it' }));
    await screen.findByText(/Recorded as posted/u);
    const [posted] = await getDb().escalations.toArray();
    expect(posted).toMatchObject({ status: 'posted', platform: 'x', handle: 'TMobileHelp', caseId });
    expect(posted!.postedAt).toBeGreaterThan(0);

    const link = screen.getByLabelText('Link to your post (optional)');
    await user.type(link, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save link' }));
    expect(await screen.findByText(/starting with https/u)).toBeTruthy();
    await user.clear(link);
    await user.type(link, 'https://x.com/me/status/123');
    await user.click(screen.getByRole('button', { name: 'Save link' }));
    await waitFor(async () =>
      expect((await getDb().escalations.toArray())[0]!.postUrl).toBe('https://x.com/me/status/123'),
    );
  });

  it('copies for networks without a prefill page, and warns when no account is known', async () => {
    const user = userEvent.setup();
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue(undefined);
    const write = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    const caseId = await seed();
    render(<ComposePanel caseId={caseId} />);
    await screen.findByLabelText('Post text');
    await user.click(screen.getByRole('radio', { name: 'Facebook' }));
    expect(screen.getByText(/No known support account on this network/u)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy and open Facebook' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(write).toHaveBeenCalledWith(expect.stringContaining('What I have done so far:'));
    expect(create.mock.calls[0]![0].url).toBe('https://www.facebook.com/');
  });

  it('warns about look-alike handles and a thin log', async () => {
    const user = userEvent.setup();
    const story = stories.etiquette;
    const caseId = await seed(
      { ...story, attempts: story.attempts.slice(0, 1) },
      Date.now() - story.attempts[0]!.at - 3_600_000,
    );
    render(<ComposePanel caseId={caseId} />);
    expect(await screen.findByText(/Going public works best after the official channels/u)).toBeTruthy();
    const handle = screen.getByLabelText('Account to address');
    await user.clear(handle);
    await user.type(handle, 'NorthwindPrintsⅹ');
    expect(screen.getByText(/look-alike characters/u)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use @NorthwindPrints' }));
    expect(screen.queryByText(/look-alike characters/u)).toBeNull();
  });
});
