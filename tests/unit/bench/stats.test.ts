import { describe, expect, it } from 'vitest';
import { median, medianInterval } from '../../bench/support/stats';

describe('bench statistics', () => {
  it('takes the median of the finite values only', () => {
    expect(median([3, null, 1, Number.NaN, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });

  it('bounds the median by order statistics with at least 95 % coverage', () => {
    // Binomial(20, ½): P(X ≤ 5) = 2.07 % ≤ 2.5 % < P(X ≤ 6) = 5.77 %, so the 6th and 15th values.
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(medianInterval(twenty)).toEqual([6, 15]);
    // Binomial(40, ½): P(X ≤ 13) = 1.92 %, P(X ≤ 14) = 4.03 %: the 14th and 27th values.
    expect(medianInterval(Array.from({ length: 40 }, (_, i) => i + 1))).toEqual([14, 27]);
    // Six values: only the extremes give 95 % (P(X = 0) = 1.6 %); five are too few.
    expect(medianInterval([5, 1, 4, 2, 6, 3])).toEqual([1, 6]);
    expect(medianInterval([1, 2, 3, 4, 5])).toBeNull();
  });

  it('ignores values that are not finite numbers', () => {
    expect(medianInterval([null, Number.POSITIVE_INFINITY, 5, 1, 4, 2, 6, 3])).toEqual([1, 6]);
  });
});
