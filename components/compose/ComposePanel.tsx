/** Escalation composer for one case (filled in by the composer feature). */
export function ComposePanel(_props: { caseId: string; onDone?: () => void }) {
  return null;
}
