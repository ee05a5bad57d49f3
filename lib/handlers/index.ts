import { attemptDetected } from './attempt-detected';
import { attemptUndo } from './attempt-undo';
import { callChanged } from './call-changed';
import { contactSignal } from './contact-signal';
import { draftRequest } from './draft-request';
import { followCheck } from './follow-check';
import { mailSeen } from './mail-seen';
import { mailSent } from './mail-sent';
import { openAttempt } from './open-attempt';
import { pageClassified } from './page-classified';
import { pageRead } from './page-read';
import { remindersRebuild } from './reminders-rebuild';
import { socialPosted } from './social-posted';
import { socialProfile } from './social-profile';
import { socialReplySeen } from './social-reply-seen';
import type { HandlerTable } from './types';

/**
 * One handler per message type; the router (lib/messages/router.ts) validates before calling. The
 * background passes this table to the router (entrypoints/background/messages.ts).
 */
export const handlers: HandlerTable = {
  'cs/contact-signal': contactSignal,
  'cs/follow-check': followCheck,
  'cs/attempt-detected': attemptDetected,
  'cs/page-classified': pageClassified,
  'cs/page-read': pageRead,
  'cs/attempt-undo': attemptUndo,
  'cs/open-attempt': openAttempt,
  'cs/social-posted': socialPosted,
  'cs/social-reply-seen': socialReplySeen,
  'cs/draft-request': draftRequest,
  'cs/social-profile': socialProfile,
  'cs/mail-sent': mailSent,
  'cs/mail-seen': mailSeen,
  'ui/call-changed': callChanged,
  'ui/reminders-rebuild': remindersRebuild,
};
