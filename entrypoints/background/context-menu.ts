/** Background wiring (extension APIs live here, logic in lib/). */
export function installContextMenu(): void {}
