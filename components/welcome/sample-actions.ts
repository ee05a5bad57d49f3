import { localTimeZone } from '../../lib/followup/zoned-time';
import { loadSettings } from '../../lib/settings/items';
import { buildSample, silencedReminders, type SampleRefs } from '../../lib/welcome/sample';
import { removeSample, writeSample, type SampleRemoval } from '../../lib/welcome/sample-records';
import { forgetSample, readSampleRefs, rememberSample } from './sample-store';

/**
 * Adds the sample unless one is already there (another welcome tab, a double click). Its ids are
 * remembered before it is written: a tab closed midway leaves at worst a remembered sample that is
 * not all there — which "Remove" clears — never records nobody can find to remove.
 */
export async function addSampleCase(now: number = Date.now()): Promise<SampleRefs> {
  const existing = await readSampleRefs();
  if (existing) return existing;
  const sample = buildSample(now);
  const settings = await loadSettings();
  await rememberSample(sample.refs);
  try {
    await writeSample(sample, silencedReminders(sample, settings, now, localTimeZone()));
  } catch (error) {
    await forgetSample();
    throw error;
  }
  return sample.refs;
}

/** Removes the sample's records (one transaction), then forgets it. */
export async function removeSampleCase(refs: SampleRefs): Promise<SampleRemoval> {
  const result = await removeSample(refs);
  await forgetSample();
  return result;
}
