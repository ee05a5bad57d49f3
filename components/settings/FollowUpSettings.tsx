/** Options: reminder delays and Mastodon instances (follow-up feature). */
export function FollowUpSettings() {
  return null;
}
