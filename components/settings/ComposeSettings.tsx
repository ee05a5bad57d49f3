/** Options: the user's Mastodon server and its limit (composer feature). */
export function ComposeSettings() {
  return null;
}
