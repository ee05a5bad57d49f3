import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LetterPage } from '../../../components/letters/LetterPage';
import { attemptsOfCase } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { addDays, formatLocalDate, localDateOf } from '../../../lib/letters/local-date';
import { stories } from '../../fixtures/stories';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from '../popup/axe';

withFreshDb();
afterEach(cleanup);
configure({ asyncUtilTimeout: 10_000 });

const story = stories.checkInTheMail;
const sender = { name: 'Alex Doe', address: '12 High Street\nSpringfield' };

function renderPage() {
  const user = userEvent.setup();
  const view = render(<LetterPage records={story} sender={sender} now={story.now} />);
  return { user, ...view };
}

describe('the letter page', { timeout: 30_000 }, () => {
  it('writes the complaint from the case, with the 14-day reply deadline, and passes axe', async () => {
    const { user, container } = renderPage();
    const replyBy = formatLocalDate(addDays(localDateOf(story.now), 14));
    expect(screen.getByTestId('deadline').textContent).toBe(`14 days left (by ${replyBy})`);
    expect(screen.getByLabelText('Your name')).toHaveProperty('value', 'Alex Doe');
    await user.type(screen.getByLabelText('Order or booking number'), 'WAR-7781');
    await user.click(screen.getByRole('button', { name: 'Write the letter' }));
    const text = screen.getByTestId('letter-text').textContent ?? '';
    expect(text).toContain('Subject: Formal complaint: Refund of a cancelled warranty — order WAR-7781');
    for (const a of story.attempts) if (a.promise) expect(text).toContain(`“${a.promise.text}”`);
    expect(text).toContain(`Please reply in writing by ${replyBy}`);
    await expectNoAxeViolations(container);
  });

  it('a card dispute: names each missing field, moves focus to the list, then shows the deadline with the days left', async () => {
    const { user, container } = renderPage();
    await user.click(screen.getByRole('radio', { name: 'Card dispute (chargeback) to your bank' }));
    // The case's amount, merchant and problem are filled in already; the rule follows the currency.
    expect(screen.getByLabelText('Amount charged')).toHaveProperty('value', '1240');
    expect(screen.getByLabelText('Merchant')).toHaveProperty('value', 'Lakeside Motors');
    expect(screen.getByLabelText('Rule it falls under')).toHaveProperty('value', 'us-fcba');
    await user.click(screen.getByRole('button', { name: 'Write the letter' }));

    const summary = screen.getByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const listed = within(summary)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(listed).toEqual([
      'Enter the name of the bank or card issuer, as it appears on your statement.',
      'Enter the date of the charge.',
      'Enter the date of the first statement showing the charge: the 60 days count from it.',
    ]);
    expect(screen.getByLabelText('Bank or card issuer').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('letter-text')).toBeNull();
    await expectNoAxeViolations(container);

    await user.click(within(summary).getAllByRole('link')[0]!);
    expect(document.activeElement).toBe(screen.getByLabelText('Bank or card issuer'));
    await user.type(screen.getByLabelText('Bank or card issuer'), 'First Card Bank');
    await user.type(screen.getByLabelText('Date of the charge'), '2026-09-01');
    await user.type(screen.getByLabelText('Date of the first statement showing it'), '2026-09-20');
    // 20 September + 60 days = 19 November; the story's today is 16 October.
    expect(screen.getByTestId('deadline').textContent).toBe(
      `34 days left (by ${formatLocalDate({ year: 2026, month: 11, day: 19 })})`,
    );
    await user.click(screen.getByRole('button', { name: 'Write the letter' }));
    expect(screen.queryByRole('alert')).toBeNull();
    const text = screen.getByTestId('letter-text').textContent ?? '';
    expect(text.startsWith('Alex Doe\n12 High Street\nSpringfield')).toBe(true);
    expect(text).toContain('First Card Bank');
    expect(text).toContain('Fair Credit Billing Act');
  });

  it('"I sent it" logs one letter attempt in the case, however many times it is clicked', async () => {
    await cases.put(story.caseRecord);
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Write the letter' }));
    await user.type(screen.getByLabelText('Tracking number'), 'RR123456789GB');
    const button = screen.getByRole('button', { name: 'I sent it' });
    await user.click(button);
    await screen.findByText(/^Logged in the case as a letter sent on/);
    expect(button).toHaveProperty('disabled', true);
    await user.click(button);
    const stored = await attemptsOfCase(story.caseRecord.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      channel: 'letter',
      contact: 'Lakeside Motors',
      reference: 'RR123456789GB',
      messageCopy: screen.getByTestId('letter-text').textContent,
    });
    expect(screen.getByRole('link', { name: 'Open the case' }).getAttribute('href')).toBe(
      `/popup.html#/case/${story.caseRecord.id}`,
    );
  });
});
