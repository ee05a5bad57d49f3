/**
 * Strings the social-network page script shows. A separate object so that script bundles these
 * few lines and not the whole catalogue.
 */
export const followupInPage = {
  'followup.social.insertDraft': 'Insert Paper Trail draft',
  'followup.social.insertDraftFor': 'Insert the Paper Trail draft for @{handle}',
  'followup.social.loading': 'Loading…',
  'followup.social.noDraft': 'No Paper Trail draft for @{handle} yet — open Paper Trail to write one.',
  'followup.social.inserted': 'Draft inserted. Check it before posting.',

} as const;

/** Strings of the followup feature. */
export const followup = {
  ...followupInPage,
  // Response kinds
  'followup.kind.public_reply': 'Replied publicly',
  'followup.kind.dm': 'Sent a direct message',
  'followup.kind.call': 'Called',
  'followup.kind.email': 'Emailed',
  'followup.kind.promise': 'Promised',
  'followup.kind.fix': 'Fixed it',
  'followup.kind.refusal': 'Refused',

  'followup.autoCase.title': 'Public post to {company}',

  // Reminders (notifications)
  'followup.reminder.noAnswerPost.title': 'No answer from {company} yet',
  'followup.reminder.noAnswerPost.body': '{hours} h since your public post about “{case}”. Time for a courteous follow-up?',
  'followup.reminder.noAnswerEmail.title': '{company} has not answered your message',
  'followup.reminder.noAnswerEmail.body': '{days} working days without a reply about “{case}”.',
  'followup.reminder.promiseDue.title': '{company}’s promise is due',
  'followup.reminder.promiseDue.body': '“{promise}” ({case}) was due now. Did they keep it?',
  'followup.reminder.fixCheck.title': 'Did {company} fix it?',
  'followup.reminder.fixCheck.body': 'A week ago they answered about “{case}”. Is it fixed?',

  // Regulator clocks
  'followup.regulator.clock.fcc': 'The FCC forwards your complaint; the provider has 30 days to respond.',
  'followup.regulator.clock.cfpb': 'The CFPB sends it to the company, which generally responds within 15 days.',
  'followup.regulator.clock.dot': 'Airlines must acknowledge within 30 days and answer within 60 days.',
  'followup.regulator.clock.stateAg': 'Your attorney general’s consumer-protection office can mediate.',
  'followup.regulator.clock.bbb': 'The BBB forwards your complaint and asks the business to respond.',
  'followup.regulator.clock.fos': 'Free; you can go once the firm has had {weeks} weeks or sent its final response.',
  'followup.regulator.clock.commsOmbudsman': 'Free; you can go once the provider has had {weeks} weeks or sent a deadlock letter.',
  'followup.regulator.clock.cisas': 'Free; for providers that are CISAS members, after {weeks} weeks or a deadlock letter.',
  'followup.regulator.clock.energyOmbudsman': 'Free; you can go once the supplier has had {weeks} weeks or sent a deadlock letter.',
  'followup.regulator.clock.caa': 'After {weeks} weeks or the airline’s final response (if it is not in an ADR scheme).',
  'followup.regulator.clock.railOmbudsman': 'After the operator’s final response or 40 working days.',
  'followup.regulator.clock.ecc': 'Free help when the company is in another EU/EEA country than you.',

  // Regulator summary (plain text)
  'followup.summary.heading': 'Complaint about {company}',
  'followup.summary.title': 'Subject: {title}',
  'followup.summary.privateRef': 'Account / customer reference (private — for this complaint only): {ref}',
  'followup.summary.problem': 'What happened: {text}',
  'followup.summary.ask': 'What I am asking for: {text}',
  'followup.summary.amount': 'Amount in dispute: {value} {currency}',
  'followup.summary.counts': '{attempts} contacts logged since {since}.',
  'followup.summary.broken': '{count} promise(s) not kept by their due date.',
  'followup.summary.timeline': 'Timeline:',
  'followup.summary.agents': 'agent(s): {names}',
  'followup.summary.reference': 'reference {ref}',
  'followup.summary.promise': 'promised “{text}” by {due}',
  'followup.summary.post': 'public post on {platform} to @{handle}',
  'followup.summary.channel.phone': 'Phone call',
  'followup.summary.channel.email': 'Email',
  'followup.summary.channel.web_form': 'Web form',
  'followup.summary.channel.chat': 'Chat',
  'followup.summary.channel.social_dm': 'Direct message',
  'followup.summary.channel.letter': 'Letter',
  'followup.summary.channel.in_person': 'In person',
  'followup.summary.channel.app': 'App',
  'followup.summary.outcome.no_answer': 'no answer',
  'followup.summary.outcome.unresolved': 'not resolved',
  'followup.summary.outcome.transferred': 'transferred',
  'followup.summary.outcome.promised': 'promise made',
  'followup.summary.outcome.refused': 'refused',
  'followup.summary.outcome.resolved': 'resolved',
  'followup.summary.outcome.pending': 'pending',
} as const;
