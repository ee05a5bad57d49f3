/**
 * Types for the twitter-text modules the composer loads. Importing each module directly (not the
 * package index) keeps the rest of twitter-text out of the popup bundle. `configs.js` is loaded only
 * by the conformance tests, which run twitter-text's version-2 cases too.
 */
declare module 'twitter-text/dist/parseTweet.js' {
  import type { ParsedTweet, ParseTweetOptions } from 'twitter-text';
  export default function parseTweet(text: string, options?: ParseTweetOptions): ParsedTweet;
}

declare module 'twitter-text/dist/extractUrlsWithIndices.js' {
  import type { UrlWithIndices } from 'twitter-text';
  /** Indices are UTF-16 offsets. */
  export default function extractUrlsWithIndices(
    text: string,
    options?: { extractUrlsWithoutProtocol: boolean },
  ): UrlWithIndices[];
}

declare module 'twitter-text/dist/configs.js' {
  import type { ParseTweetOptions } from 'twitter-text';
  const configs: {
    version1: ParseTweetOptions;
    version2: ParseTweetOptions;
    version3: ParseTweetOptions;
    defaults: ParseTweetOptions;
  };
  export default configs;
}
