import { touchCase } from '../../lib/db/cases';
import { escalations } from '../../lib/db/escalations';
import type { Case, Escalation, EscalationKind, Platform, Tone } from '../../lib/model';
import { WebUrl } from '../../lib/model';
import { remindersChanged } from '../followup/reminders-changed';

export interface DraftToSave {
  id: string;
  caseRecord: Case;
  platform: Platform;
  handle: string;
  kind: EscalationKind;
  tone: Tone;
  parts: readonly string[];
}

/** Saves (or updates) the post as a draft escalation; validated by the repository. */
export async function saveDraft(d: DraftToSave, now: number): Promise<Escalation> {
  const existing = await escalations.get(d.id);
  return escalations.put({
    id: d.id,
    caseId: d.caseRecord.id,
    companyId: d.caseRecord.companyId,
    platform: d.platform,
    handle: d.handle,
    kind: d.kind,
    tone: d.tone,
    parts: d.parts.filter((p) => p.trim()).length ? d.parts.filter((p) => p.trim()) : [''],
    status: existing?.status ?? 'draft',
    ...(existing?.postedAt !== undefined ? { postedAt: existing.postedAt } : {}),
    ...(existing?.postUrl !== undefined ? { postUrl: existing.postUrl } : {}),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
}

/** "I posted it": the escalation becomes posted (once), the case moves, reminders re-arm. */
export async function markPosted(d: DraftToSave, now: number): Promise<Escalation> {
  const saved = await saveDraft(d, now);
  const posted = await escalations.put({ ...saved, status: 'posted', postedAt: saved.postedAt ?? now, updatedAt: now });
  await touchCase(d.caseRecord.id, now);
  remindersChanged();
  return posted;
}

/** Adds the link to the post; refuses anything but an http(s) URL. */
export async function savePostUrl(id: string, url: string, now: number): Promise<Escalation | 'invalid'> {
  const parsed = WebUrl.safeParse(url.trim());
  const existing = await escalations.get(id);
  if (!parsed.success || !existing) return 'invalid';
  return escalations.put({ ...existing, postUrl: parsed.data, updatedAt: now });
}
