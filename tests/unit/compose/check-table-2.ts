import type { FindingKind } from '../../../lib/compose/check';

/**
 * A second table, written after the rules were: new wording for every kind, to see whether the
 * check generalises rather than fitting the first table. Its first run: recall 90%, false alarms
 * 5% (misses: "defrauding", "legalised robbery", "hear from my solicitor"; "ERROR 503" read as
 * shouting). Those led to general rules (stems, a letter-from-my-lawyer threat, capitalised labels
 * before numbers), so this table is no longer unseen either.
 */
export const TABLE_2: [string, FindingKind | 'ok'][] = [
  ['Six weeks and three engineers later, the line still crackles.', 'ok'],
  ['Can someone from the billing team look at invoice INV-20931?', 'ok'],
  ['The fraud prevention team asked me to call back, but the line was closed.', 'ok'],
  ['Your website says refunds take 5 days; it has been 19.', 'ok'],
  ['I would like this escalated to a manager, please.', 'ok'],
  ['I contacted Citizens Advice and they suggested I post here.', 'ok'],
  ['This is my fourth attempt to cancel the subscription.', 'ok'],
  ['I have now lodged a complaint with the Energy Ombudsman.', 'ok'],
  ['My mum is 84 and has had no heating since Monday.', 'ok'],
  ['Nobody has explained why the price went up by 30%.', 'ok'],
  ['The engineer said the fault is at the exchange, ref FLT-77120.', 'ok'],
  ['I was on hold for 2 hours and 14 minutes yesterday.', 'ok'],
  ['I am being charged for a TV package I returned in August.', 'ok'],
  ['A warning about scam calls would have been useful before this happened.', 'ok'],
  ['The app says ERROR 503 every time I log in.', 'ok'],
  ['Please ask your USA team to check the order.', 'ok'],
  ['I know you are busy, but a reply would help.', 'ok'],
  ['The parcel went to the depot at 9am and never left.', 'ok'],
  ['Could you confirm the compensation in writing?', 'ok'],
  ['Honestly, I am exhausted by this process.', 'ok'],

  ['You lot are absolutely clueless.', 'insult'],
  ['Whoever designed this phone menu is an idiot.', 'insult'],
  ['Incompetence from top to bottom.', 'insult'],
  ['Your call centre staff are morons.', 'insult'],
  ['Useless, useless, useless.', 'insult'],
  ['What a pathetic excuse for customer care.', 'insult'],
  ['Your helpline is a joke.', 'insult'],

  ['Sort your shit out.', 'profanity'],
  ['This is fucked up.', 'profanity'],
  ['Piss-poor service again.', 'profanity'],
  ['Oh for fuck’s sake, another outage.', 'profanity'],

  ['ANSWER YOUR PHONES.', 'shouting'],
  ['It has been SIX WEEKS.', 'shouting'],
  ['I was promised a callback and NOBODY called!!', 'ok'],
  ['WORST SERVICE EVER.', 'shouting'],

  ['If this is not fixed I will sue your company.', 'ok'],
  ['Expect to hear from my solicitor.', 'ok'],
  ["You'll be sorry if you ignore me.", 'threat'],
  ["I'm going to make sure you regret this.", 'threat'],

  ['You are nothing but a bunch of thieves.', 'defamation'],
  ['This whole company is a scam operation.', 'defamation'],
  ['They are defrauding their own customers.', 'defamation'],
  ['Your managers lie to customers every day.', 'defamation'],
  ['Legalised robbery, that is what this is.', 'defamation'],

  ['Reach me at 020 7946 0018 after 6pm.', 'private'],
  ['My customer ID is 3318 5572 0094.', 'private'],
  ['Please send the replacement to 14 Kingsway Court.', 'private'],
  ['My email is m.oconnor@gmail.com if you need it.', 'private'],
  ['Card number 3782 822463 10005 was charged.', 'private'],
  ['Post code: M1 1AE.', 'private'],
];
