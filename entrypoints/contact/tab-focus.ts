/**
 * Focus that moves into a frame this soon after a Tab key press is the keyboard's, not a click on a
 * launcher inside it. Shared by the gate and the page part, which both tell the two apart.
 */
export const TAB_FOCUS_MS = 300;

export function isTabKey(event: Event): boolean {
  return event instanceof KeyboardEvent && event.key === 'Tab';
}
