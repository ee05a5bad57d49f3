import { useEffect, useState } from 'react';
import { checkText, loadToneModel, toneModelLoaded, type Finding } from '../../lib/compose/check';

// The same check under a second name: once the trained reader is in, the component gets this one,
// so anything memoised on the check function runs again with both readers.
const checkWithReader = (text: string): Finding[] => checkText(text);

/**
 * The courtesy check for a component, loading the trained reader if it is not in yet. Until it is,
 * the check is the rules alone.
 */
export function useCourtesyCheck(): (text: string) => Finding[] {
  const [loaded, setLoaded] = useState(toneModelLoaded);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadToneModel().then(
      () => {
        if (live) setLoaded(true);
      },
      // The rules still check every keystroke; the reader is tried again when the editor remounts.
      (error: unknown) => console.warn('Paper Trail: the courtesy check’s trained reader did not load', error),
    );
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded ? checkWithReader : checkText;
}
