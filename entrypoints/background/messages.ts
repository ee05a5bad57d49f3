/** Background wiring (extension APIs live here, logic in lib/). */
export function installMessages(): void {}
