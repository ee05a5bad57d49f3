/** Keys that could reach an object's prototype once the parsed value is spread or merged. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`forbidden key "${key}"`);
    this.name = 'ForbiddenKeyError';
  }
}

/**
 * JSON.parse that refuses prototype-polluting keys anywhere in the document. A backup never
 * contains them, so finding one means the file was made to attack, and we stop.
 * Throws SyntaxError for malformed JSON and ForbiddenKeyError for a forbidden key.
 */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
    return value;
  });
}
