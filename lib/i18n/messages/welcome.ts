/** Strings of the welcome page that opens once, when Paper Trail is installed, and of its sample case. */
export const welcome = {
  'welcome.pageTitle': 'Welcome to Paper Trail',
  'welcome.title': 'Welcome to Paper Trail',
  'welcome.intro':
    'Paper Trail keeps a record of every time you contact a company — calls, emails, web forms and chats — so you can show exactly what you tried.',

  'welcome.logs.heading': 'What it logs for you',
  'welcome.logs.intro': 'On a company’s contact pages, Paper Trail logs by itself:',
  'welcome.logs.form': 'a contact form you send',
  'welcome.logs.link': 'a phone number you call or copy, an email link you use',
  'welcome.logs.chat': 'a support chat you open',
  'welcome.logs.reference': 'the reference number on the confirmation page that follows',
  'welcome.logs.notice': 'A small notice says what was logged, with Undo. Only what you do counts: a page’s own script cannot log anything.',
  'welcome.logs.byHand': 'Log anything else — a call from your phone, a letter, a visit — from the toolbar button.',
  'welcome.logs.settings': 'Choose what is logged in Settings → Logging',

  'welcome.never.heading': 'What it never does',
  'welcome.never.network': 'It sends nothing anywhere: it makes no network request of its own. Your records stay in this browser, on this computer.',
  'welcome.never.pages':
    'It reads a page only when it looks like a contact or confirmation page, or when you open a support chat on it. On other pages it only glances for such signs: the address, the title, a message form, a phone or email link.',
  'welcome.never.fields': 'It never reads password, card, bank or ID fields. A copy of what you type in a form is kept only if you switch that on.',

  'welcome.pin.heading': 'Keep it at hand',
  'welcome.pin.chrome': 'Chrome and Edge: open the puzzle-piece Extensions menu in the toolbar and pin Paper Trail.',
  'welcome.pin.firefox': 'Firefox: the button is in the toolbar, or in the Extensions menu (the puzzle piece), where its gear menu offers Pin to Toolbar.',
  'welcome.pin.shortcut': 'Press {shortcut} on any page to open the logger, or right-click the page and choose “{item}”.',
  'welcome.pin.noShortcut': 'Right-click a page and choose “{item}” to open the logger. No keyboard shortcut is set: you can choose one in your browser’s extension shortcut settings.',

  'welcome.sample.heading': 'Try it with a sample case',
  'welcome.sample.intro': 'Add a made-up case — an email, a call with an agent and a reference, a broken promise — to see what the toolbar button shows. Remove it when you are done.',
  'welcome.sample.add': 'Add a sample case',
  'welcome.sample.remove': 'Remove the sample',
  'welcome.sample.open': 'Open the sample case',
  'welcome.sample.added': 'Sample case added. Click the Paper Trail button in the toolbar to see it.',
  'welcome.sample.removed': 'Sample case removed.',
  'welcome.sample.removedKept': 'Sample entries removed. The sample case itself was kept, because you added to it.',
  'welcome.sample.failed': 'That did not work: {error}',

  'welcome.import.heading': 'Already used Paper Trail?',
  'welcome.import.link': 'Import a backup',
  'welcome.import.where': 'in Settings → Your data.',

  // The sample case: an invented company, so nothing in it can be mistaken for a real contact.
  'welcome.sample.company': 'Northwind Energy (sample)',
  'welcome.sample.caseTitle': 'Charged twice for the March bill',
  'welcome.sample.problem': 'The March bill was taken from my account twice.',
  'welcome.sample.ask': 'Refund the second payment.',
  'welcome.sample.emailTo': 'billing@northwind-energy.example',
  'welcome.sample.emailSubject': 'Charged twice for March',
  'welcome.sample.callNumber': '+1 800 555 0199',
  'welcome.sample.callAgent': 'Dana',
  'welcome.sample.callReference': 'NW-48213',
  'welcome.sample.callSummary': 'Dana agreed the second payment was a mistake.',
  'welcome.sample.promise': 'Refund of the second payment',
  'welcome.sample.chatWhere': 'Northwind help chat',
  'welcome.sample.chatSummary': 'Asked about the refund: “still being processed”.',
} as const;
