/** Background wiring (extension APIs live here, logic in lib/). */
export function installReminders(): void {}
