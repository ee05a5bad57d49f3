import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from '../../../components/popup/router';

const id = crypto.randomUUID();

describe('hash routes', () => {
  it('reads every documented route', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute(`#/case/${id}`)).toEqual({ name: 'case', caseId: id });
    expect(parseRoute(`#/case/${id}?attempt=${id}`)).toEqual({ name: 'case', caseId: id, attemptId: id });
    expect(parseRoute(`#/case/${id}/compose`)).toEqual({ name: 'compose', caseId: id });
    expect(parseRoute('#/call?company=t-mobile')).toEqual({ name: 'call', companyId: 't-mobile' });
    expect(parseRoute('#/email')).toEqual({ name: 'email' });
    expect(parseRoute('#/new?company=acme')).toEqual({ name: 'new', companyId: 'acme' });
    expect(parseRoute('#/quick')).toEqual({ name: 'quick' });
    expect(parseRoute(`#/quick?case=${id}`)).toEqual({ name: 'quick', caseId: id });
  });

  it('ignores what is not an id and unknown paths', () => {
    expect(parseRoute('#/case/<script>')).toEqual({ name: 'home' });
    expect(parseRoute('#/call?company=a%20b')).toEqual({ name: 'call' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'home' });
  });

  it('href and parseRoute are inverse', () => {
    const ids = fc.stringMatching(/^[a-z0-9-]{1,40}$/);
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.constant({ name: 'home' as const }),
      ids.map((caseId) => ({ name: 'case' as const, caseId })),
      ids.map((caseId) => ({ name: 'compose' as const, caseId })),
      fc.record({ name: fc.constant('call' as const), companyId: ids }),
      fc.record({ name: fc.constant('email' as const), caseId: ids, attemptId: ids }),
      fc.record({ name: fc.constant('quick' as const), caseId: ids }),
    );
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(href(r))).toEqual(r);
      }),
    );
  });
});
