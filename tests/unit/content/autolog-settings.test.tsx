import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { AutoLogSettings } from '../../../components/settings/AutoLogSettings';
import { siteFromInput } from '../../../components/settings/never-sites';
import { loadSettings } from '../../../lib/settings/items';

const checked = (el: HTMLElement) => el instanceof HTMLInputElement && el.checked;
// Inside a disabled fieldset a control is disabled without its own attribute.
const disabled = (el: HTMLElement) =>
  el.closest('fieldset')?.disabled === true || (el instanceof HTMLInputElement && el.disabled);
/** The text of the elements an element's aria-describedby points to. */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((ref) => (ref ? (document.getElementById(ref)?.textContent ?? '') : ''))
    .join(' ')
    .trim();

async function expectAccessible(container: Element) {
  // happy-dom computes no styles, so contrast is checked in the real browser, not here.
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('AutoLogSettings', () => {
  it('shows the defaults: on, every channel, toast on, no copy kept', async () => {
    const { container } = render(<AutoLogSettings />);
    const main = await screen.findByRole('checkbox', { name: 'Log contact attempts automatically' });
    expect(checked(main)).toBe(true);
    for (const name of ['Contact forms I send', 'Phone numbers I call or copy', 'Email links I use', 'Chats I open']) {
      expect(checked(screen.getByRole('checkbox', { name }))).toBe(true);
    }
    expect(checked(screen.getByRole('checkbox', { name: /show a short notice/i }))).toBe(true);
    const copy = screen.getByRole('checkbox', { name: 'Keep a copy of what I send in contact forms' });
    expect(checked(copy)).toBe(false);
    expect(description(copy)).toMatch(/Passwords and card, bank or ID numbers are never read/);
    await expectAccessible(container);
  });

  it('saves each switch, and turning logging off disables the channel choices', async () => {
    const user = userEvent.setup();
    render(<AutoLogSettings />);
    await user.click(await screen.findByRole('checkbox', { name: 'Phone numbers I call or copy' }));
    await waitFor(async () => expect((await loadSettings()).autoLogChannels.phone).toBe(false));
    await user.click(screen.getByRole('checkbox', { name: 'Keep a copy of what I send in contact forms' }));
    await waitFor(async () => expect((await loadSettings()).keepMessageCopy).toBe(true));
    await user.click(screen.getByRole('checkbox', { name: 'Log contact attempts automatically' }));
    await waitFor(async () => expect((await loadSettings()).autoLog).toBe(false));
    expect(disabled(screen.getByRole('checkbox', { name: 'Chats I open' }))).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });

  it('adds and removes "never on this site" domains, refusing what is not a site', async () => {
    const user = userEvent.setup();
    const { container } = render(<AutoLogSettings />);
    const input = await screen.findByRole('textbox', { name: 'Site (such as example.com)' });
    await user.type(input, 'not a site{Enter}');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toBe('“not a site” is not a site address such as example.com.');
    await expectAccessible(container);

    await user.clear(input);
    await user.type(input, 'https://www.Example.com/contact{Enter}');
    await waitFor(async () => expect((await loadSettings()).neverOnSites).toEqual(['example.com']));
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    await user.type(input, 'example.com');
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    expect(description(input)).toBe('example.com is already on the list.');

    await user.click(screen.getByRole('button', { name: 'Remove example.com' }));
    await waitFor(async () => expect((await loadSettings()).neverOnSites).toEqual([]));
  });
});

describe('siteFromInput', () => {
  it.each([
    ['example.com', 'example.com'],
    [' https://www.Example.co.uk/contact?x=1 ', 'example.co.uk'],
    ['help.example.com.', 'help.example.com'],
    ['', undefined],
    ['localhost', undefined],
    ['exa mple.com', undefined],
    ['javascript:alert(1)', undefined],
  ])('%j → %j', (input, expected) => {
    expect(siteFromInput(input)).toBe(expected);
  });
});
