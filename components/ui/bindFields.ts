/**
 * Ties a form's text controls to its values: `field(key)` is what a TextField or TextArea needs
 * for one key — its text, its edits and its error, worded by `errorText` (the forms' checks
 * report errors in different forms: a message, a flag, the limit that was broken).
 */
export function bindFields<V extends { [K in keyof V]: string }>(
  values: V,
  set: (key: keyof V) => (value: string) => void,
  errorText: (key: keyof V) => string | undefined,
) {
  return (key: keyof V) => ({ value: values[key], onChange: set(key), error: errorText(key) });
}
