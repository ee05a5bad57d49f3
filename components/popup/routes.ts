import { isHandChannel, type HandChannel } from '../calls/hand-channels';

/** Every view of the popup app; the same app runs in the side panel and in a tab. */
export type Route =
  | { name: 'home' }
  | { name: 'case'; caseId: string; attemptId?: string }
  | { name: 'compose'; caseId: string }
  | { name: 'call'; caseId?: string; companyId?: string }
  | { name: 'email'; caseId?: string; companyId?: string; attemptId?: string }
  | { name: 'log'; caseId?: string; companyId?: string; channel?: HandChannel }
  | { name: 'new'; companyId?: string }
  | { name: 'quick'; caseId?: string };

const ID = /^[A-Za-z0-9-]{1,80}$/;
const clean = (value: string | null): string | undefined => (value !== null && ID.test(value) ? value : undefined);

/** "#/case/<id>?attempt=<id>" → route; anything unknown is home. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  const caseParam = clean(params.get('case'));
  const companyParam = clean(params.get('company'));
  const attemptParam = clean(params.get('attempt'));
  switch (parts[0]) {
    case 'case': {
      const caseId = clean(parts[1] ?? null);
      if (!caseId) return { name: 'home' };
      if (parts[2] === 'compose') return { name: 'compose', caseId };
      return attemptParam ? { name: 'case', caseId, attemptId: attemptParam } : { name: 'case', caseId };
    }
    case 'call':
      return {
        name: 'call',
        ...(caseParam && { caseId: caseParam }),
        ...(companyParam && { companyId: companyParam }),
      };
    case 'email':
      return {
        name: 'email',
        ...(caseParam && { caseId: caseParam }),
        ...(companyParam && { companyId: companyParam }),
        ...(attemptParam && { attemptId: attemptParam }),
      };
    case 'log': {
      const channel = params.get('channel');
      return {
        name: 'log',
        ...(caseParam && { caseId: caseParam }),
        ...(companyParam && { companyId: companyParam }),
        ...(isHandChannel(channel) && { channel }),
      };
    }
    case 'new':
      return { name: 'new', ...(companyParam && { companyId: companyParam }) };
    case 'quick':
      return { name: 'quick', ...(caseParam && { caseId: caseParam }) };
    default:
      return { name: 'home' };
  }
}

/** Route → "#/…" (the inverse of parseRoute). */
export function href(route: Route): string {
  const q = (entries: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(entries)) if (v) params.set(k, v);
    const s = params.toString();
    return s ? `?${s}` : '';
  };
  switch (route.name) {
    case 'home':
      return '#/';
    case 'case':
      return `#/case/${route.caseId}${q({ attempt: route.attemptId })}`;
    case 'compose':
      return `#/case/${route.caseId}/compose`;
    case 'call':
      return `#/call${q({ case: route.caseId, company: route.companyId })}`;
    case 'email':
      return `#/email${q({ case: route.caseId, company: route.companyId, attempt: route.attemptId })}`;
    case 'log':
      return `#/log${q({ case: route.caseId, company: route.companyId, channel: route.channel })}`;
    case 'new':
      return `#/new${q({ company: route.companyId })}`;
    case 'quick':
      return `#/quick${q({ case: route.caseId })}`;
  }
}
