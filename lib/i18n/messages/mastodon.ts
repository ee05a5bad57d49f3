/** Strings of Mastodon on the person's own servers (Options, the composer). */
export const mastodon = {
  'mastodon.access.why':
    'On a Mastodon server other than mastodon.social, Paper Trail can notice the posts you send to a company and the company’s public replies, and offer your draft — once you allow it to read that server’s pages. Your browser asks when you save a server.',
  'mastodon.access.granted': 'Paper Trail can now read {servers}: your posts to a company and its public replies there are recorded.',
  'mastodon.access.refused':
    'Saved. Your browser did not allow Paper Trail to read {servers}, so replies there are not recorded — record them by hand, or save again to be asked again.',
  'mastodon.access.postRefused': 'Paper Trail will not read {server}: record the company’s reply by hand, or allow it when you next post.',
} as const;
