import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/popup/App';
import { cases } from '../../../lib/db/cases';
import { newCase } from '../../../lib/calls/target';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from './axe';

vi.mock('../../../components/popup/activeTab', () => ({ activeTabUrl: () => Promise.resolve(undefined) }));

const { db } = withFreshDb();
beforeEach(() => {
  window.location.hash = '#/';
  sessionStorage.clear();
});
afterEach(cleanup);
configure({ asyncUtilTimeout: 10_000 });

describe('log in one line', { timeout: 30_000 }, () => {
  it('from the home view: typed, shown back, saved to a new case, and the case opens on it', async () => {
    const user = userEvent.setup();
    const { container } = render(<App />);
    await user.click(await screen.findByRole('link', { name: 'Log in one line' }));
    const line = await screen.findByLabelText('Quick add');
    await user.type(line, 'Called T-Mobile, Priya, ref TM-48213, 45 min, no answer{Enter}');
    expect(await screen.findByRole('heading', { name: 'What was understood' })).toBeTruthy();
    // Nothing is stored before the person saves what they saw.
    expect(await db().attempts.count()).toBe(0);
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: /^Save/ }));
    // The saved record's case opens on its timeline.
    await screen.findByRole('heading', { name: 'Timeline' });
    const [attempt] = await db().attempts.toArray();
    expect(attempt).toMatchObject({ channel: 'phone', agents: ['Priya'], reference: 'TM-48213' });
    expect(window.location.hash).toBe(`#/case/${attempt!.caseId}?attempt=${attempt!.id}`);
    expect(within(document.body).getAllByText(/TM-48213/).length).toBeGreaterThan(0);
  });

  it('says which company is missing when the line names none and no case is in view', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/quick';
    render(<App />);
    await user.type(await screen.findByLabelText('Quick add'), 'called, 20 min, no answer{Enter}');
    await user.click(await screen.findByRole('button', { name: /^Save/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Say which company');
    expect(await db().cases.count()).toBe(0);
  });

  it('from a case: a line that names no company says it goes to that case, and does', async () => {
    const user = userEvent.setup();
    const kase = await cases.put(newCase('t-mobile', Date.now() - 86_400_000, 'Double charge'));
    window.location.hash = `#/quick?case=${kase.id}`;
    render(<App />);
    await user.type(await screen.findByLabelText('Quick add'), 'called, 20 min, no answer{Enter}');
    const company = await screen.findByTestId('quick-add-company');
    expect(company.querySelector('dd')?.textContent).toBe('T-Mobile (US) (this case)');
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    await screen.findByRole('heading', { name: 'Timeline' });
    expect((await db().attempts.toArray()).map((a) => a.caseId)).toEqual([kase.id]);
  });
});
