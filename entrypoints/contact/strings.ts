import { content } from '../../lib/i18n/messages/content';

/**
 * The toast's strings. Reads only this feature's table: importing the shared `t()` would pull
 * every feature's strings into the always-on script.
 */
export function ct(key: keyof typeof content, params: Record<string, string> = {}): string {
  return content[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
