/** Strings of automatic logging (case titles, the toolbar badge on a detected contact page). */
export const logging = {
  'logging.caseTitle': '{company} — {channel}, {date}',
  'logging.channel.phone': 'phone call',
  'logging.channel.email': 'email',
  'logging.channel.web_form': 'web form',
  'logging.channel.chat': 'chat',
  'logging.channel.social_dm': 'direct message',
  'logging.channel.letter': 'letter',
  'logging.channel.in_person': 'in person',
  'logging.channel.app': 'app',
  'logging.badge.contactPage': 'Contact page detected: {company}',
  'logging.badge.confirmationPage': 'Confirmation page detected: {company}',
} as const;
