import { useState } from 'react';

/**
 * The errors a form shows after a refused save, and how many saves were refused: the
 * ErrorSummary takes focus again on each refusal (`tries`), even when the errors are the same.
 */
export function useSaveErrors<E extends object>() {
  const [errors, setErrors] = useState<Partial<E>>({});
  const [tries, setTries] = useState(0);
  const refuse = (found: Partial<E>) => {
    setErrors(found);
    setTries((n) => n + 1);
  };
  return { errors, tries, refuse, clear: () => setErrors({}) };
}
