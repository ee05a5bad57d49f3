import { defineBackground } from 'wxt/utils/define-background';
import { installCallBadge } from './call-badge';
import { installContextMenu } from './context-menu';
import { installExportReminder } from './export-reminder';
import { installMail } from './mail';
import { installMastodonServers } from './mastodon-servers';
import { installMessages } from './messages';
import { installOutbox } from './outbox';
import { installReminders } from './reminders';
import { installWelcome } from './welcome';

// A thin service worker: each install* wires one concern. Listeners are registered
// synchronously on every start, because MV3 may stop and restart the worker at any time.
export default defineBackground(() => {
  installMessages();
  installOutbox();
  installMail();
  installMastodonServers();
  installCallBadge();
  installContextMenu();
  installReminders();
  installExportReminder();
  installWelcome();
});
