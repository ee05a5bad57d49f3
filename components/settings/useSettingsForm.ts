import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, updateSettings } from '../../lib/settings/items';

/** A section's pure check of its form: the settings patch to store, or what is wrong. */
export type ReadSettings<V, E, P extends Partial<Settings>> = (
  values: V,
) => { ok: true; patch: P } | { ok: false; errors: E };

/** What a section does around the store: `beforeSave` runs in the submit itself, `afterSave` once stored. */
export interface SaveHooks<P> {
  beforeSave?: (patch: P) => void;
  afterSave?: () => void;
}

/**
 * One section of Options as a form over the stored settings: its text values loaded once, each
 * edit clearing "Saved", and a submit that validates (the section's pure `read`) before anything
 * is stored, then shows what was stored. `values` is undefined until the settings are read.
 */
export function useSettingsForm<V extends { [K in keyof V]: string }, E extends object, P extends Partial<Settings>>(
  toForm: (s: Settings) => V,
  read: ReadSettings<V, E, P>,
  hooks: SaveHooks<P> = {},
) {
  const [values, setValues] = useState<V | undefined>();
  const [errors, setErrors] = useState<Partial<E>>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then((s) => setValues(toForm(s)));
    // The form is filled once; later edits are the person's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const set = (key: keyof V) => (value: string) => {
    setSaved(false);
    setValues((current) => (current ? { ...current, [key]: value } : current));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!values) return;
    const result = read(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    hooks.beforeSave?.(result.patch);
    setErrors({});
    void updateSettings(result.patch).then((s) => {
      setValues(toForm(s));
      setSaved(true);
      hooks.afterSave?.();
    });
  };
  return { values, errors, saved, set, submit };
}
