/**
 * A reasonable time for a company to answer a formal complaint in writing: the complaint letter
 * asks for an answer within it, and a letter unanswered that long brings a reminder.
 */
export const REPLY_DAYS = 14;
