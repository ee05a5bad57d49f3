import { z } from 'zod';

const ProfileNode = z.object({ id: z.number(), callFrame: z.object({ functionName: z.string() }) });
const CpuProfile = z.object({
  nodes: z.array(ProfileNode),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
const NOT_SCRIPT = new Set(['(idle)', '(program)', '(garbage collector)']);

/**
 * Longest stretch (ms) of JavaScript the page's process ran without a pause, from a CPU profile
 * sampled every 0.2 ms: `script` counts page code only, `withGc` counts garbage collection too.
 * Long tasks alone cannot tell page code from GC or from the machine taking the core away.
 */
export function longestBusy(raw: unknown, options: { maxGapMs?: number } = {}): { script: number; withGc: number } {
  const profile = CpuProfile.parse(raw);
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const maxGap = (options.maxGapMs ?? Infinity) * 1000;
  const longestRun = (busy: (name: string) => boolean) => {
    let best = 0;
    let run = 0;
    profile.samples.forEach((id, i) => {
      const name = names.get(id) ?? '';
      const delta = profile.timeDeltas[i] ?? 0;
      // A gap far longer than the sampling interval means the thread (and its sampler) did not
      // run then: with `maxGapMs` such a gap ends a run instead of counting as script.
      run = busy(name) && delta <= maxGap ? run + delta : 0;
      best = Math.max(best, run);
    });
    return Math.round(best / 1000);
  };
  return {
    script: longestRun((name) => !NOT_SCRIPT.has(name)),
    withGc: longestRun((name) => name === '(garbage collector)' || !NOT_SCRIPT.has(name)),
  };
}
