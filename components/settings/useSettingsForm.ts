import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, updateSettings } from '../../lib/settings/items';

type Read<V, E> = (values: V) => { ok: true; patch: Partial<Settings> } | { ok: false; errors: E };

/**
 * One section of Options as a form over the stored settings: its text values loaded once, each
 * edit clearing "Saved", and a submit that validates (the section's pure `read`) before anything
 * is stored, then shows what was stored. `values` is undefined until the settings are read.
 */
export function useSettingsForm<V extends { [K in keyof V]: string }, E extends object>(
  toForm: (s: Settings) => V,
  read: Read<V, E>,
  afterSave?: () => void,
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
    setErrors({});
    void updateSettings(result.patch).then((s) => {
      setValues(toForm(s));
      setSaved(true);
      afterSave?.();
    });
  };
  return { values, errors, saved, set, submit };
}
