import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inPageImportClient } from '../../../components/exchange/import-client';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { App } from '../../../entrypoints/options/App';
import { nextTab, tabFromHash } from '../../../entrypoints/options/tabs';

describe('options tabs', () => {
  beforeEach(() => {
    setDbForTests(new PaperTrailDb(`options-${crypto.randomUUID()}`));
    history.replaceState(null, '', '#');
  });
  afterEach(() => {
    cleanup();
    setDbForTests(undefined);
  });

  it('lists the sections in order and opens the first by default', () => {
    render(<App createImportClient={inPageImportClient} />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Logging',
      'Follow-up',
      'Composer',
      'Companies',
      'Your data',
    ]);
    expect(screen.getByRole('tab', { name: 'Logging' }).getAttribute('aria-selected')).toBe('true');
    // The welcome page (and its sample case) can be reopened from here.
    expect(screen.getByRole('link', { name: 'Getting started and the sample case' }).getAttribute('href')).toBe(
      '/welcome.html',
    );
  });

  it('opens the tab named by the hash (options.html#data)', async () => {
    history.replaceState(null, '', '#data');
    render(<App createImportClient={inPageImportClient} />);
    expect(screen.getByRole('tab', { name: 'Your data' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('heading', { name: 'Export' })).toBeTruthy();
  });

  it('follows hash changes', () => {
    render(<App createImportClient={inPageImportClient} />);
    act(() => {
      history.replaceState(null, '', '#companies');
      dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('tab', { name: 'Companies' }).getAttribute('aria-selected')).toBe('true');
  });

  it('moves with the arrow keys, Home and End, and only the active tab is in the tab order', async () => {
    const user = userEvent.setup();
    render(<App createImportClient={inPageImportClient} />);
    await user.click(screen.getByRole('tab', { name: 'Logging' }));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement?.textContent).toBe('Your data');
    expect(location.hash).toBe('#data');
    await user.keyboard('{Home}{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('Follow-up');
    expect(
      screen
        .getAllByRole('tab')
        .filter((tab) => tab.tabIndex === 0)
        .map((tab) => tab.textContent),
    ).toEqual(['Follow-up']);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-followup');
  });

  it('has no axe violations on the data tab', async () => {
    history.replaceState(null, '', '#data');
    const { container } = render(<App createImportClient={inPageImportClient} />);
    await screen.findByRole('heading', { name: 'Export' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });

  it('maps hashes and keys purely', () => {
    expect(tabFromHash('#nope')).toBe('logging');
    expect(nextTab('data', 'ArrowRight')).toBe('logging');
    expect(nextTab('logging', 'End')).toBe('data');
    expect(nextTab('logging', 'a')).toBeUndefined();
  });
});
