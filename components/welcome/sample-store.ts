import { storage } from 'wxt/utils/storage';
import { SampleRefs } from '../../lib/welcome/sample';

/**
 * Which records the welcome page's sample is made of (extension storage: the edge). Read through
 * zod: a value this version did not write is treated as no sample, so "Remove" can never be
 * pointed at records that are not the sample's.
 */
const sampleItem = storage.defineItem<SampleRefs>('local:welcomeSample');

export async function readSampleRefs(): Promise<SampleRefs | undefined> {
  const parsed = SampleRefs.safeParse(await sampleItem.getValue());
  return parsed.success ? parsed.data : undefined;
}

export function rememberSample(refs: SampleRefs): Promise<void> {
  return sampleItem.setValue(refs);
}

export function forgetSample(): Promise<void> {
  return sampleItem.removeValue();
}
