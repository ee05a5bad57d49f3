import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuickAdd } from '../../../components/calls/QuickAdd';
import type { ResolvedQuickAdd } from '../../../lib/quickadd';
import { expectNoAxeViolations } from '../popup/axe';
import { COMPANIES, NOW } from '../quickadd/fixtures';

afterEach(cleanup);

function setup() {
  const onSave = vi.fn<(parsed: ResolvedQuickAdd) => Promise<void>>(() => Promise.resolve());
  const user = userEvent.setup();
  const view = render(<QuickAdd companies={COMPANIES} now={NOW} onSave={onSave} />);
  return { onSave, user, ...view };
}

const row = (key: string) => screen.getByTestId(`quick-add-${key}`).querySelector('dd')?.textContent ?? '';

describe('QuickAdd', () => {
  it('shows what it understood on Enter, moves focus to it, announces it, and saves nothing', async () => {
    const { onSave, user, container } = setup();
    await user.type(
      screen.getByLabelText('Quick add'),
      'Called T-Mobile, Priya, ref TM-48213, 45 min, no answer{Enter}',
    );
    const heading = screen.getByRole('heading', { name: 'What was understood' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByTestId('quick-add-status').textContent).toBe('Understood. Nothing to confirm.');
    expect(row('company')).toBe('T-Mobile');
    expect(row('channel')).toBe('Phone call');
    expect(row('agents')).toBe('Priya');
    expect(row('reference')).toBe('TM-48213');
    expect(row('outcome')).toBe('No answer');
    expect(row('when')).toBe('Just now');
    expect(onSave).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('keeps Save disabled until every question is answered', async () => {
    const { onSave, user, container } = setup();
    await user.type(screen.getByLabelText('Quick add'), 'Called BT on 12/11, 45{Enter}');
    expect(screen.getByTestId('quick-add-status').textContent).toBe('Understood. 2 questions to answer.');
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toHaveProperty('disabled', true);
    expect(row('when')).toBe('To confirm below');
    await expectNoAxeViolations(container);

    const dateQuestion = screen.getByRole('group', { name: /12\/11/ });
    const [firstReading] = within(dateQuestion).getAllByRole('radio');
    if (!firstReading) throw new Error('no options');
    await user.click(firstReading);
    expect(save).toHaveProperty('disabled', true);
    await user.click(save);
    expect(onSave).not.toHaveBeenCalled();

    await user.click(screen.getByRole('radio', { name: 'The call lasted 45 min' }));
    expect(save).toHaveProperty('disabled', false);
  });

  it('saves exactly what the preview shows, answers included', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByLabelText('Quick add'), 'Called Vodafon, Amir, 45, credit by Fri{Enter}');
    await user.click(screen.getByRole('radio', { name: 'Vodafone' }));
    await user.click(screen.getByRole('radio', { name: '45 min on hold' }));
    expect(row('company')).toBe('Vodafone');
    expect(row('hold')).toBe('45 min');
    expect(row('duration')).toBe('Not said');
    expect(row('promise')).toMatch(/^credit, by /);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0]).toEqual({
      channel: 'phone',
      company: { id: 'vodafone', name: 'Vodafone' },
      agents: ['Amir'],
      holdMinutes: 45,
      promise: { text: 'credit', dueAt: new Date(2025, 5, 13, 23, 59, 59, 999).getTime() },
      outcome: 'promised',
    });
    // Saved: back to an empty line, said so.
    expect(await screen.findByLabelText('Quick add')).toHaveProperty('value', '');
    expect(screen.getByTestId('quick-add-status').textContent).toBe('Saved.');
  });

  it('goes back to the line, as typed, with Edit', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText('Quick add'), 'Appelé Free, rappel demain');
    await user.click(screen.getByRole('button', { name: 'Understand' }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const input = screen.getByLabelText('Quick add');
    expect(input).toHaveProperty('value', 'Appelé Free, rappel demain');
    expect(document.activeElement).toBe(input);
  });

  it('refuses an empty or over-long line with a message, and shows no preview', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Understand' }));
    expect(screen.getByRole('alert').textContent).toBe('Type a line first.');
    const input = screen.getByLabelText('Quick add');
    await user.click(input);
    await user.paste('x'.repeat(501));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/longer than 500 characters/);
    expect(screen.queryByRole('heading', { name: 'What was understood' })).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says when saving failed, and keeps the preview', async () => {
    const onSave = vi.fn<(parsed: ResolvedQuickAdd) => Promise<void>>(() => Promise.reject(new Error('disk full')));
    const user = userEvent.setup();
    render(<QuickAdd companies={COMPANIES} now={NOW} onSave={onSave} />);
    await user.type(screen.getByLabelText('Quick add'), 'Called BT, fixed{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: disk full');
    expect(screen.getByRole('heading', { name: 'What was understood' })).toBeTruthy();
  });
});
