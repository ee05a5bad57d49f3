/** Options: auto-logging on/off, per channel, per site, toast, keep a copy (content-script feature). */
export function AutoLogSettings() {
  return null;
}
