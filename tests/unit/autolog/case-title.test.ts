import { describe, expect, it } from 'vitest';
import { makeCaseTitle } from '../../../lib/autolog/case-title';
import { LIMITS } from '../../../lib/model';

const nov22 = Date.UTC(2026, 10, 22, 12);

describe('makeCaseTitle', () => {
  it('names the company, the channel and the day', () => {
    expect(makeCaseTitle('Acme', 'web_form', nov22, 'en-GB', 'UTC')).toBe('Acme — web form, 22 Nov');
    expect(makeCaseTitle('Acme', 'phone', nov22, 'en-US', 'UTC')).toBe('Acme — phone call, Nov 22');
  });

  it('stays within the title length limit for a very long company name', () => {
    const title = makeCaseTitle('A'.repeat(400), 'chat', nov22, 'en', 'UTC');
    expect(title.length).toBeLessThanOrEqual(LIMITS.shortText);
    expect(title.endsWith('…')).toBe(true);
  });
});
