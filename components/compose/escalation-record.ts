import { postEscalationRecord, saveEscalationRecord } from '../../lib/data/record-commands';
import { getEscalation } from '../../lib/data/record-queries';
import type { Case, Escalation, EscalationKind, Platform, Tone } from '../../lib/model';
import { WebUrl } from '../../lib/model';
import { withPartPosted, withPartUrl } from '../../lib/compose/thread-progress';
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
  const existing = await getEscalation(d.id);
  return saveEscalationRecord({
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
    ...(existing?.postedParts !== undefined ? { postedParts: existing.postedParts } : {}),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
}

/**
 * "I posted it" for one part (the whole post when it is not a thread): that part is recorded
 * once, the escalation is posted from its first part, the case moves and reminders re-arm.
 */
export async function markPartPosted(d: DraftToSave, index: number, now: number): Promise<Escalation> {
  const saved = await saveDraft(d, now);
  const posted = await postEscalationRecord(withPartPosted(saved, index, now, undefined, now), now, now);
  remindersChanged();
  return posted;
}

/** Adds the link to one posted part; refuses anything but an http(s) URL. */
export async function savePartUrl(
  id: string,
  index: number,
  url: string,
  now: number,
): Promise<Escalation | 'invalid'> {
  const parsed = WebUrl.safeParse(url.trim());
  const existing = await getEscalation(id);
  if (!parsed.success || !existing) return 'invalid';
  return saveEscalationRecord(withPartUrl(existing, index, parsed.data, now));
}
