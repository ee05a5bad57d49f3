import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import userEvent from '@testing-library/user-event';
import { WelcomeApp } from '../../../components/welcome/WelcomeApp';
import type { SampleRefs } from '../../../lib/welcome/sample';
import { expectNoAxeViolations } from '../popup/axe';

const REFS: SampleRefs = {
  companyId: 'sample-0123456789ab',
  caseId: '11111111-1111-4111-8111-111111111111',
  attemptIds: [],
  addedAt: 0,
};

afterEach(() => cleanup());

/** The page with its sample section wired to memory instead of the database. */
function renderPage(opts: { stored?: SampleRefs; removeKeepsCase?: boolean; failAdd?: boolean } = {}) {
  let stored = opts.stored;
  const calls: string[] = [];
  const sample = {
    read: () => Promise.resolve(stored),
    add: () => {
      calls.push('add');
      if (opts.failAdd) return Promise.reject(new Error('disk full'));
      stored = REFS;
      return Promise.resolve(REFS);
    },
    remove: (refs: SampleRefs) => {
      calls.push(`remove ${refs.caseId}`);
      stored = undefined;
      return Promise.resolve({ caseRemoved: !opts.removeKeepsCase });
    },
  };
  return { ...render(<WelcomeApp sample={sample} />), calls };
}

describe('the welcome page', () => {
  it('has one h1, labelled sections and the links to import and to the logging settings', async () => {
    const { container } = renderPage();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Welcome to Paper Trail']);
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'));
    expect(regions).toEqual(['logs-heading', 'never-heading', 'pin-heading', 'sample-heading', 'import-heading']);
    expect(screen.getByRole('link', { name: 'Import a backup' }).getAttribute('href')).toBe('options.html#data');
    expect(screen.getByRole('link', { name: 'Choose what is logged in Settings → Logging' }).getAttribute('href')).toBe(
      'options.html#logging',
    );
    await screen.findByRole('button', { name: 'Add a sample case' });
    await expectNoAxeViolations(container);
  });

  it('adds the sample, then removes it, with focus kept on the one button and each step announced', async () => {
    const user = userEvent.setup({ delay: null });
    const { container, calls } = renderPage();
    const button = await screen.findByRole('button', { name: 'Add a sample case' });
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
    await user.click(button);
    await screen.findByRole('button', { name: 'Remove the sample' });
    expect(screen.getByRole('status').textContent).toMatch(/^Sample case added\./);
    expect(document.activeElement).toBe(button);
    expect(screen.getByRole('link', { name: 'Open the sample case' }).getAttribute('href')).toBe(
      `popup.html#/case/${REFS.caseId}`,
    );
    await expectNoAxeViolations(container);

    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Add a sample case' });
    expect(screen.getByRole('status').textContent).toBe('Sample case removed.');
    expect(document.activeElement).toBe(button);
    expect(screen.queryByRole('link', { name: 'Open the sample case' })).toBeNull();
    expect(calls).toEqual(['add', `remove ${REFS.caseId}`]);
  });

  it('offers removal when a sample is already stored, and says when the person’s additions were kept', async () => {
    const user = userEvent.setup({ delay: null });
    renderPage({ stored: REFS, removeKeepsCase: true });
    await user.click(await screen.findByRole('button', { name: 'Remove the sample' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/sample case itself was kept/));
  });

  it('says what went wrong when the sample cannot be added, and offers it again', async () => {
    const user = userEvent.setup({ delay: null });
    renderPage({ failAdd: true });
    const button = await screen.findByRole('button', { name: 'Add a sample case' });
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
    await user.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe('That did not work: disk full');
    expect(screen.getByRole('button', { name: 'Add a sample case' })).toBe(button);
  });

  it('opened at #sample (from the empty popup), puts the focus on the sample button', async () => {
    history.replaceState(null, '', '#sample');
    try {
      renderPage();
      const button = await screen.findByRole('button', { name: 'Add a sample case' });
      expect(document.activeElement).toBe(button);
    } finally {
      history.replaceState(null, '', '#');
    }
  });

  it('opened without the anchor, leaves the focus where the browser put it', async () => {
    renderPage();
    await screen.findByRole('button', { name: 'Add a sample case' });
    expect(document.activeElement).toBe(document.body);
  });
});

describe('the shortcut it names', () => {
  it('is the one the browser assigned', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: 'log-attempt', shortcut: 'Ctrl+Shift+Y', description: '' },
    ]);
    renderPage();
    expect((await screen.findByTestId('shortcut')).textContent).toBe(
      'Press Ctrl+Shift+Y on any page to open the logger, or right-click the page and choose “Log a contact attempt”.',
    );
  });

  it('says when none is set, and offers the right-click menu instead', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: 'log-attempt', shortcut: '', description: '' },
    ]);
    renderPage();
    expect((await screen.findByTestId('shortcut')).textContent).toMatch(
      /^Right-click a page and choose “Log a contact attempt” to open the logger\. No keyboard shortcut is set/,
    );
  });
});
