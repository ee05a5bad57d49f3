/** Strings of the compose feature. */
export const compose = {} as const;
