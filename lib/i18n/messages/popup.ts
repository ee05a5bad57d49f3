/** Strings of the popup feature. */
export const popup = {} as const;
