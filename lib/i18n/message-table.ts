/** A built locale file (_locales/<lang>/messages.json): message name → its text. */
export type MessageTable = Record<string, { message: string }>;

/**
 * `i18n.getMessage` as the browsers implement it for Paper Trail's messages, over a table: `$1`…`$9`
 * take the substitutions, `$$` is a dollar sign, an unknown name gives "". For the places that
 * have no browser.i18n (a dedicated worker) and for tests.
 */
export function getMessageFrom(table: MessageTable): (name: string, substitutions?: string | string[]) => string {
  return (name, substitutions) => {
    const entry = table[name];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
    );
  };
}
