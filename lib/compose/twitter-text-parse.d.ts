/**
 * Types for the one twitter-text module the composer loads. Importing the module directly (not the
 * package index) keeps the rest of twitter-text out of the popup bundle.
 */
declare module 'twitter-text/dist/parseTweet.js' {
  import type { ParsedTweet, ParseTweetOptions } from 'twitter-text';
  export default function parseTweet(text: string, options?: ParseTweetOptions): ParsedTweet;
}
