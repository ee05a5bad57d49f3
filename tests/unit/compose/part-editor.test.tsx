import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { PartEditor } from '../../../components/compose/PartEditor';
import type { Platform } from '../../../lib/model';
import { expectNoAxeViolations } from '../popup/axe';

afterEach(cleanup);

/** The editor as the composer uses it: its text kept in state. */
function Editor(props: { platform: Platform; initial: string }) {
  const [value, setValue] = useState(props.initial);
  return (
    <PartEditor
      id="part"
      label="Post text"
      platform={props.platform}
      mastodonLimit={500}
      value={value}
      onChange={setValue}
    />
  );
}

const area = () => screen.getByLabelText<HTMLTextAreaElement>('Post text');
/** The texts the text area is described by, in order. */
const description = () =>
  (area().getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '');
const fitMessage = () => document.getElementById('part-fit');
const overflow = () => document.querySelector('mark.overflow')?.textContent;

describe('PartEditor', () => {
  it('loads the trained reader when it opens, and names what only the reader catches once it is in', async () => {
    render(<Editor platform="x" initial="@Help Mark my words, the guy who hung up on me will regret it." />);
    expect(await screen.findByText(/Some readers could take this sentence as a threat/u)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Apply suggestion' })).toBeTruthy();
    expect(screen.getByText(/Suggestion: @Help/u)).toBeTruthy();
  });

  it('says nothing more than the counter while the post fits', async () => {
    const { container } = render(<Editor platform="x" initial="@Help My bill is wrong." />);
    expect(description()).toEqual(['23 / 280']);
    expect(fitMessage()?.textContent).toBe('');
    expect(area().getAttribute('aria-invalid')).toBeNull();
    expect(overflow()).toBeUndefined();
    await expectNoAxeViolations(container);
  });

  it('names and marks an invisible character X refuses', async () => {
    const { container } = render(<Editor platform="x" initial={'ABC\uFEFFdef'} />);
    const message = 'X does not accept the invisible character U+FEFF at position 4: delete it.';
    // The refused character still weighs 2, as twitter-text counts it.
    expect(description()).toEqual(['8 / 280', message]);
    expect(area().getAttribute('aria-invalid')).toBe('true');
    expect(overflow()).toBe('\uFEFFdef');
    await expectNoAxeViolations(container);
  });

  it('counts the position of a refused character as a person sees the text', () => {
    render(<Editor platform="x" initial={'👨‍👩‍👧‍👦 é\uFFFF'} />);
    expect(fitMessage()?.textContent).toBe(
      'X does not accept the invisible character U+FFFF at position 4: delete it.',
    );
    expect(overflow()).toBe('\uFFFF');
  });

  it('explains Bluesky’s byte limit with the size of the post, and marks from where it is passed', () => {
    // 121 family emoji are 121 graphemes but 25 bytes each.
    const family = '👨‍👩‍👧‍👦';
    render(<Editor platform="bluesky" initial={family.repeat(121)} />);
    expect(description()).toEqual([
      '121 / 300',
      'Over Bluesky’s 3,000-byte limit for a post (3,025 bytes): shorten it.',
    ]);
    expect(overflow()).toBe(family);
  });

  it('explains a post that is too long and marks the excess', () => {
    render(<Editor platform="x" initial={'a'.repeat(285)} />);
    expect(description()).toEqual([
      '285 / 280: 5 over the limit',
      'Too long for X: the highlighted text is past its limit. Shorten it.',
    ]);
    expect(overflow()).toBe('aaaaa');
  });

  it('explains too many links on Threads', () => {
    const links = Array.from({ length: 6 }, (_, i) => `https://example.com/${i}`).join(' ');
    render(<Editor platform="threads" initial={links} />);
    expect(description()[1]).toBe('Too many links for Threads: remove some until at most 5 are left.');
  });

  it('announces the message politely in the same region as the text changes', async () => {
    const user = userEvent.setup();
    render(<Editor platform="x" initial="Fine" />);
    const region = fitMessage();
    expect(region?.getAttribute('aria-live')).toBe('polite');
    await user.type(area(), '\uFEFF');
    // The region was there before the message, so screen readers read it out when it fills.
    expect(fitMessage()).toBe(region);
    expect(region?.textContent).toMatch(/^X does not accept the invisible character U\+FEFF at position 5/u);
    expect(area().getAttribute('aria-describedby')).toBe('part-counter part-fit');
    await user.type(area(), '{Backspace}');
    expect(region?.textContent).toBe('');
    expect(area().getAttribute('aria-describedby')).toBe('part-counter');
  });
});
