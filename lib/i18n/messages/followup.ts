/** Strings of the followup feature. */
export const followup = {} as const;
