/** Responses by hand, clocks, next steps for one case (filled in by the follow-up feature). */
export function FollowUpPanel(_props: { caseId: string }) {
  return null;
}
