import { parseRoute } from '../routes';
import { storedSearchQuery } from '../search-query-store';

/**
 * Whether the popup opens on the home's case list: on another view (the logger opened by the
 * shortcut, a case) or with a search restored, painting the list first would only flash.
 */
export function wantsFirstCases(hash: string, session?: Storage): boolean {
  return parseRoute(hash).name === 'home' && storedSearchQuery(session).trim() === '';
}
