/** Median of the finite numbers; null when there are none. */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return value === undefined ? null : Math.round(value * 100) / 100;
}

/** Per-key medians over several runs of one module. */
export function medians(runs: readonly Record<string, number | null>[]): Record<string, number | null> {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k] ?? null))]));
}

/**
 * A 95 % confidence interval for the median of the finite values, from their order statistics,
 * so that it assumes nothing about how they are spread (page loads are skewed by the odd slow
 * one): the k-th smallest and the k-th largest value, k the largest count with at most 2.5 % of
 * Binomial(n, ½) below it. Null for fewer than six values, too few for 95 %.
 */
export function medianInterval(values: readonly (number | null)[]): [number, number] | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  let k = 0;
  let below = 0; // P(X < k + 1) for X ~ Binomial(n, ½), built term by term
  let term = 0.5 ** n;
  for (let i = 0; i < n; i++) {
    below += term;
    if (below > 0.025) break;
    k = i + 1;
    term = (term * (n - i)) / (i + 1);
  }
  const low = sorted[k - 1];
  const high = sorted[n - k];
  if (k === 0 || low === undefined || high === undefined) return null;
  return [Math.round(low * 100) / 100, Math.round(high * 100) / 100];
}
