import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FollowUpSettings } from '../../../components/settings/FollowUpSettings';
import { readFollowUpSettings, serverName } from '../../../lib/followup/settings-form';
import { emptyResponseForm, readResponseForm, responseToForm } from '../../../lib/followup/response-form';
import { loadSettings } from '../../../lib/settings/items';

vi.setConfig({ testTimeout: 20_000 });
afterEach(cleanup);

const CASE_ID = '33333333-3333-4333-8333-333333333333';

describe('readResponseForm', () => {
  it('builds a valid record and round-trips through the form', () => {
    const values = {
      ...emptyResponseForm(Date.UTC(2026, 5, 1, 12)),
      kind: 'dm' as const,
      by: ' Kayla ',
      url: 'https://x.com/messages/1',
      note: 'asked for my ZIP',
    };
    const result = readResponseForm(values, { caseId: CASE_ID, now: 5 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.record).toMatchObject({
      caseId: CASE_ID,
      kind: 'dm',
      by: 'Kayla',
      url: 'https://x.com/messages/1',
      source: 'manual',
      createdAt: 5,
    });
    expect(responseToForm(result.record)).toMatchObject({ kind: 'dm', by: 'Kayla', url: 'https://x.com/messages/1' });
    const edited = readResponseForm(
      { ...responseToForm(result.record), note: 'changed' },
      { caseId: CASE_ID, now: 9, existing: result.record },
    );
    expect(edited.ok && edited.record).toMatchObject({
      id: result.record.id,
      createdAt: 5,
      updatedAt: 9,
      note: 'changed',
    });
  });

  it('refuses bad times, links and incomplete promises, field by field', () => {
    const result = readResponseForm(
      { ...emptyResponseForm(0), kind: 'promise', at: '2026-02-31T10:00', url: 'ftp://x' },
      { caseId: CASE_ID, now: 1 },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['at', 'promiseDue', 'promiseText', 'url']);
  });

  it('a promise is due at the end of the chosen day', () => {
    const result = readResponseForm(
      { ...emptyResponseForm(0), kind: 'promise', promiseText: 'refund', promiseDue: '2026-07-03' },
      { caseId: CASE_ID, now: 1 },
    );
    expect(result.ok && new Date(result.record.promise?.dueAt ?? 0).getHours()).toBe(23);
  });
});

describe('follow-up settings', () => {
  it('parses delays and server names', () => {
    expect(serverName('https://Fosstodon.org/about')).toBe('fosstodon.org');
    expect(
      readFollowUpSettings({
        postHours: '12',
        emailDays: '3',
        mastodon: 'hachyderm.io\nhttps://fosstodon.org/ hachyderm.io',
      }),
    ).toEqual({
      ok: true,
      patch: {
        remindAfterPostHours: 12,
        remindAfterEmailWorkingDays: 3,
        mastodonInstances: ['hachyderm.io', 'fosstodon.org'],
      },
    });
    const bad = readFollowUpSettings({ postHours: '0', emailDays: '2.5', mastodon: 'not a host!' });
    expect(bad.ok === false && Object.keys(bad.errors).sort()).toEqual(['emailDays', 'mastodon', 'postHours']);
  });

  it('the panel saves to settings storage and is accessible', async () => {
    const user = userEvent.setup();
    const { container } = render(<FollowUpSettings />);
    const hours = await screen.findByLabelText(/public post has no answer/);
    expect((hours as HTMLInputElement).value).toBe('24');
    await user.clear(hours);
    await user.type(hours, '6');
    await user.type(screen.getByLabelText(/Mastodon servers/), 'hachyderm.io');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(await loadSettings()).toMatchObject({
      remindAfterPostHours: 6,
      remindAfterEmailWorkingDays: 5,
      mastodonInstances: ['hachyderm.io'],
    });
    const result = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
