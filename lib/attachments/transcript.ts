import { z } from 'zod';

/** One message as the chat widget shows it: who wrote it, the time it shows (if any), the text. */
export const ChatMessage = z.strictObject({
  who: z.string().max(80),
  /** The time exactly as the widget prints it ("14:02", "2:02 PM", "Yesterday"). */
  time: z.string().max(40).optional(),
  text: z.string().max(4_000),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

/** What the page reader found in an open chat widget: checked with zod when it reaches the extension. */
export const ChatReading = z.strictObject({
  /** The vendor or the widget's own title ("Intercom", "Chat with Acme"). */
  source: z.string().max(120),
  pageUrl: z.string().max(2_048),
  messages: z.array(ChatMessage).max(2_000),
});
export type ChatReading = z.infer<typeof ChatReading>;

function oneLine(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * The transcript saved as a text attachment: a header that says where and when it was saved, then
 * one block per message, "[time] who:" and the text (its line breaks kept, indented). Times are
 * as the widget showed them — Paper Trail does not guess a date the page did not print.
 */
export function formatTranscript(reading: ChatReading, savedAt: Date): string {
  const lines = [
    `Chat transcript — ${oneLine(reading.source) || 'support chat'}`,
    `Page: ${reading.pageUrl}`,
    `Saved: ${savedAt.toISOString()} (UTC) — the messages visible in the chat at that moment`,
    `Messages: ${reading.messages.length}`,
    '',
  ];
  for (const m of reading.messages) {
    const who = oneLine(m.who) || 'Unknown';
    const time = m.time ? `[${oneLine(m.time)}] ` : '';
    const body = oneLine(m.text)
      .split('\n')
      .map((l) => `  ${l.trim()}`)
      .join('\n');
    lines.push(`${time}${who}:`, body, '');
  }
  return lines.join('\n');
}
