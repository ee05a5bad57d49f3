/** Strings of the content feature (the in-page toast shown after an automatic log). */
export const content = {
  'content.toast.label': 'Paper Trail',
  'content.toast.logged': 'Logged: {channel} to {company}',
  'content.toast.undo': 'Undo',
  'content.toast.changeCase': 'Change case',
  'content.toast.dismiss': 'Dismiss',
  'content.toast.undone': 'Removed from your log.',
  'content.toast.failed': 'Could not do that: {reason}',
  'content.channel.web_form': 'web form',
  'content.channel.phone': 'phone call',
  'content.channel.email': 'email',
  'content.channel.chat': 'chat',
} as const;
