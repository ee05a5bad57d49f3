/** Strings of the content feature. */
export const content = {} as const;
