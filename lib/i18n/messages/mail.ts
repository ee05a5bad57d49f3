/** Strings of mail logging (Options → Logging). */
export const mail = {
  'settings.mail.heading': 'Emails in Gmail and Outlook',
  'settings.mail.intro':
    'Paper Trail can log the emails you send to a company from Gmail or Outlook on the web, and notice when the company answers. Off until you switch it on; your browser then asks you to allow Paper Trail on that site.',
  'settings.mail.reads':
    'What it reads: the recipients, subject and time of a message you send; the sender and time of the messages in a conversation you open.',
  'settings.mail.never':
    'What it never reads: your inbox list, other messages, or what a message says — unless you keep copies of what you send (above). Messages to friends, colleagues and anyone at a personal mailbox (gmail.com, outlook.com…) are never logged.',
  'settings.mail.gmail': 'Log emails I send from Gmail',
  'settings.mail.outlook': 'Log emails I send from Outlook on the web',
  'settings.mail.on': '{client}: on. Emails you send to a company are logged, and its answers recorded.',
  'settings.mail.off': '{client}: off.',
  'settings.mail.denied': '{client} stays off: the browser did not allow Paper Trail on that site.',
  'settings.mail.autoLogOff': 'Switch on automatic logging above to log emails.',
} as const;
