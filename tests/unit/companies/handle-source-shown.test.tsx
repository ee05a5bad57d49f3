import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HandlePicker } from '../../../components/compose/HandlePicker';
import { bundledCompanies } from '../../../lib/companies';
import { HANDLE_SOURCE } from '../../../lib/companies/profile-match';
import { handleInfo } from '../../../lib/compose/handle';
import type { Company } from '../../../lib/model';

afterEach(cleanup);

const tmobile = bundledCompanies.find((c) => c.id === 't-mobile') as Company;

describe('the composer says where the account comes from in plain words', () => {
  it('for a directory handle: the kind of source, its date and the confidence, never a dataset code', () => {
    render(
      <HandlePicker platform="x" info={handleInfo(tmobile, 'x')} value="TMobileHelp" onChange={() => undefined} />,
    );
    const hint = screen.getByText(/From a public list of support accounts/);
    expect(hint.textContent).toContain(
      'From a public list of support accounts (Kaggle TWCS brand-account list), checked 2017. Confidence: medium.',
    );
    expect(hint.textContent).not.toMatch(/\[TWCS\]/);
  });

  it('for a handle the person saved from its profile page', () => {
    const mine: Company = {
      ...tmobile,
      source: 'user',
      handles: { x: { handle: 'TMobile', confidence: 'medium', source: HANDLE_SOURCE.confirmedByYou } },
    };
    render(<HandlePicker platform="x" info={handleInfo(mine, 'x')} value="TMobile" onChange={() => undefined} />);
    expect(screen.getByText(/Added by you from its profile page\. Confidence: medium\./)).toBeTruthy();
  });
});
