/** Strings of the exchange feature. */
export const exchange = {} as const;
