import {
  applySuggestion,
  checkText,
  type Finding,
  type FindingKind,
  loadToneModel,
  ruleFindings,
} from '../../../lib/compose/check';
import { phoneHits, phoneRegions } from '../../../lib/compose/check-phone';
import { ibanValid, luhnValid } from '../../../lib/compose/check-private';
import { t } from '../../../lib/i18n';
import { TUNE } from '../../fixtures/courtesy/tune';
import { TUNE_2 } from '../../fixtures/courtesy/tune-2';
import { TUNE_3 } from '../../fixtures/courtesy/tune-3';
import { TUNE_4 } from '../../fixtures/courtesy/tune-4';
import { TUNE_5 } from '../../fixtures/courtesy/tune-5';
import { TUNE_6 } from '../../fixtures/courtesy/tune-6';
import { TUNE_7 } from '../../fixtures/courtesy/tune-7';
import { TUNE_8 } from '../../fixtures/courtesy/tune-8';
import { TABLE } from './check-table';
import { measure } from './check-measure';
import { TABLE_2 } from './check-table-2';

const kindsOf = (text: string) => checkText(text).map((f) => f.kind);
const spansOf = (text: string, kind?: FindingKind) =>
  checkText(text)
    .filter((f) => !kind || f.kind === kind)
    .map((f) => text.slice(f.start, f.end));

/** Every suggestion applied, last first so the earlier offsets stay right. */
function fixAll(text: string): string {
  return checkText(text)
    .reverse()
    .reduce((out: string, f: Finding) => applySuggestion(out, f), text);
}

describe('courtesy and risk check: tables', () => {
  beforeAll(() => loadToneModel());
  it('catches risky sentences and leaves courteous ones alone (first table)', () => {
    const stats = measure('courtesy check, first table', TABLE);
    expect(TABLE.length).toBeGreaterThanOrEqual(150);
    expect(stats.recall).toBeGreaterThanOrEqual(0.95);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  it('generalises to a second table written after the rules', () => {
    const stats = measure('courtesy check, second table', TABLE_2);
    expect(stats.recall).toBeGreaterThanOrEqual(0.9);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  it('meets its targets on the tuning set (complaint posts in five languages, many hard negatives)', () => {
    const stats = measure('courtesy check, tuning set', TUNE);
    expect(TUNE.length).toBeGreaterThanOrEqual(200);
    expect(stats.recall).toBeGreaterThanOrEqual(0.95);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  it('meets its targets on the second tuning set (written without sight of the rules)', () => {
    const stats = measure('courtesy check, second tuning set', TUNE_2);
    expect(TUNE_2.length).toBeGreaterThanOrEqual(400);
    expect(stats.recall).toBeGreaterThanOrEqual(0.99);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.005);
  });

  it('meets its targets on the third tuning set (another writer, world Englishes and five languages)', () => {
    const stats = measure('courtesy check, third tuning set', TUNE_3);
    expect(TUNE_3.length).toBeGreaterThanOrEqual(450);
    expect(stats.recall).toBeGreaterThanOrEqual(0.99);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.01);
  });

  it('meets its targets on the fourth tuning set (a fourth writer; first run: recall 80%, false alarms 3.5%)', () => {
    const stats = measure('courtesy check, fourth tuning set', TUNE_4);
    expect(TUNE_4.length).toBeGreaterThanOrEqual(500);
    expect(stats.recall).toBeGreaterThanOrEqual(0.99);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.005);
  });

  // Read by the rules alone: the trained reader learns from these two, so with it they would pass
  // whatever the rules did.
  it('meets its targets on the fifth tuning set, rules alone (threats and accusations; first run: 65.4%, 6.5%)', () => {
    const stats = measure('rules alone, fifth tuning set', TUNE_5, { check: ruleFindings });
    expect(TUNE_5.length).toBeGreaterThanOrEqual(500);
    expect(stats.recall).toBeGreaterThanOrEqual(0.99);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.005);
  });

  it('meets its targets on the sixth tuning set, rules alone (many voices; first run: 74.8%, 5.2%)', () => {
    const stats = measure('rules alone, sixth tuning set', TUNE_6, { check: ruleFindings });
    expect(TUNE_6.length).toBeGreaterThanOrEqual(500);
    expect(stats.recall).toBeGreaterThanOrEqual(0.99);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.005);
  });

  it('meets its targets on the seventh tuning set, rules alone (posts as copied off the networks; first run: 80.5%, 1.7%)', () => {
    const stats = measure('rules alone, seventh tuning set', TUNE_7, { check: ruleFindings });
    expect(TUNE_7.length).toBeGreaterThanOrEqual(500);
    expect(stats.recall).toBeGreaterThanOrEqual(0.99);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.005);
  });

  it('meets its targets on the eighth tuning set, rules alone (cold and formal; first run: 79.3%, 1.1%)', () => {
    const stats = measure('rules alone, eighth tuning set', TUNE_8, { check: ruleFindings });
    expect(TUNE_8.length).toBeGreaterThanOrEqual(500);
    expect(stats.recall).toBeGreaterThanOrEqual(0.99);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.005);
  });
});

describe('courtesy and risk check: findings and fixes', () => {
  it('reports where each finding is, with an explanation and a suggestion', () => {
    const text = 'Hi, your agents are idiots and my email is a.b@example.com!!!!';
    const findings = checkText(text);
    expect(findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['insult', 'idiots'],
      ['private', 'a.b@example.com'],
      ['shouting', '!!!!'],
    ]);
    for (const f of findings) expect(f.message.length).toBeGreaterThan(10);
  });

  it('applies a suggestion in place and tidies the spaces', () => {
    const text = 'Your support team is useless. Please help.';
    const [finding] = checkText(text);
    expect(finding).toBeDefined();
    expect(applySuggestion(text, finding!)).toBe('Your support team is not working for me. Please help.');
    expect(fixAll('I WANT A REFUND today.')).toBe('I want a refund today.');
  });

  it('never changes a reference, code, name, handle or link when fixing shouting', () => {
    expect(fixAll('I WANT A REFUND FOR PNR X7K9QL NOW.')).toBe('I want a refund for PNR X7K9QL now.');
    expect(fixAll('WHERE IS MY BAG, BOOKING QXHJMN?')).toBe('Where is my bag, booking QXHJMN?');
    expect(fixAll('PLEASE CALL JOHN SMITH BACK TODAY.')).toBe('Please call JOHN SMITH back today.');
    const mixed = '@ATTHelp FIX IT NOW, ref ABC-12345X, see https://EXAMPLE.COM/ABCDEF TODAY.';
    const fixed = fixAll(mixed);
    for (const kept of ['@ATTHelp', 'ABC-12345X', 'https://EXAMPLE.COM/ABCDEF']) expect(fixed).toContain(kept);
    expect(fixed).toContain('Fix it now');
  });

  it('never reads handles, links or reference codes as shouting', () => {
    expect(checkText('@ATTHelp see https://EXAMPLE.COM/ABCDEF ref ABC-12345X and FAQ, UK ISP, ATM.')).toEqual([]);
  });

  it('never reads a handle as private data, even one shaped like a postcode or phone number', () => {
    expect(checkText('@EC1A1BB @W1A0AX @user5551234567@mastodon.social could you help? Thank you.')).toEqual([]);
    // The same shapes outside a handle are still private.
    expect(kindsOf('Please write to me at EC1A 1BB.')).toEqual(['private']);
  });
});

describe('courtesy and risk check: capitals and punctuation', () => {
  it.each([
    'Booking reference PNR X7K9QL still shows the old flight.',
    'The ticket is in the name JOHN SMITH, as on my passport.',
    'Flight LH 2045 from FRA to MAD was delayed.',
    'The router shows "NO INTERNET" in red.',
    'Order status: AWAITING DISPATCH for 3 weeks.',
    'The receipt says TOTAL PAID £0.00.',
    'My SAMSUNG phone came back with the same fault.',
    'Why was my seat changed???',
    'Thank you so much!!!',
  ])('does not call this shouting: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    'I WANT MY MONEY BACK.',
    'Do NOT CLOSE my ticket.',
    'WHY IS THIS SO HARD?',
    'Still broken!!!!',
    '¡NADIE ME CONTESTA!',
    'QUIERO HABLAR CON UN RESPONSABLE.',
    'JE VEUX MON ARGENT.',
    'UPS LOST MY PARCEL AGAIN.',
    'RÉPONDEZ-MOI ENFIN.',
    'EINFACH UNFASSBAR.',
  ])('calls this shouting: %s', (text) => {
    expect(kindsOf(text)).toContain('shouting');
  });

  it.each([
    'URGENT: my card is blocked abroad.',
    'Please, PLEASE call me back.',
    'Do NOT close my ticket.',
    'I am FURIOUS.',
    'UPS says it was delivered.',
    'BT and EE both blame each other.',
    'The NHS letter went to the wrong address.',
    'IMPORTANT : mon vol part demain.',
    'URGENTE: meu cartão foi bloqueado.',
    'Booking ref QWERTY shows the wrong name.',
    'MARIA DA SILVA DOS SANTOS is the name on the ticket.',
  ])('one capitalised word, an acronym or a brand is emphasis, not shouting: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it('lower-cases only the shouted words of a run, never a code inside it', () => {
    expect(fixAll('WHERE IS MY REFUND FOR BOOKING QWERTY?')).toBe('Where is my refund for booking QWERTY?');
  });
});

describe('courtesy and risk check: insults', () => {
  it.each([
    'My tweet looks stupid now that it is fixed.',
    'I feel stupid for trusting the estimate.',
    'I was an idiot to pay upfront.',
    'Dumb question, but where is my bill?',
    'The service level this month has been pathetic.',
    'The app is useless offline.',
    'The hold music is a joke.',
    'La connexion est nulle depuis une semaine.',
    'Die App ist seit dem Update nutzlos.',
    'Pathetic service level for a premium plan.',
    'Die Wartezeit ist lächerlich, der Mitarbeiter war aber nett.',
  ])('lets a verdict on a thing or on oneself pass: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    'Your staff are useless.',
    'Pathetic customer service, as usual.',
    'You people are pathetic.',
    'Your manager is a complete joke.',
    'The driver was rude and ignorant.',
    'Do your agents even have a brain?',
    'Sois unos incompetentes.',
    'Vos conseillers sont des incapables.',
    'Ihre Mitarbeiter sind totale Idioten.',
    'Was für ein unfähiger Haufen.',
    'O atendente foi um idiota comigo.',
  ])('flags an insult aimed at people: %s', (text) => {
    expect(kindsOf(text)).toContain('insult');
  });

  it.each([
    'Your manager is a greedy pig.',
    'The woman at the desk was a rude, stupid cow.',
    'Your area manager is a smug little weasel.',
    'The support team are a pack of drongos.',
    'You’re a leech, taking pensioners’ money.',
    'Sois unas ratas.',
    'Ihr Filialleiter ist ein Schwein.',
    'A atendente foi uma cobra comigo.',
  ])('flags a pejorative noun said of people: %s', (text) => {
    expect(kindsOf(text)).toContain('insult');
  });

  it.each([
    'The app is a dog’s dinner since the update.',
    'There was a snake of a queue at the branch this morning.',
    'The dog bit the courier, so I understand the delay.',
    'I saw a rat in the aisle of your Leeds store.',
    'The tool kit arrived without the screwdriver.',
    'I felt like a donkey carrying three boxes back to the depot.',
    'Das Sparschwein kam kaputt an.',
  ])('lets the same nouns about things, animals or oneself pass: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each(['Your manager is an a$$hole.', 'The driver was a total @rsehole.', 'What an arseh0le.'])(
    'a masked swear word used as a name for a person is an insult: %s',
    (text) => {
      expect(kindsOf(text)).toContain('insult');
    },
  );

  it.each([
    'This is b*llocks.',
    'What a load of b0llocks.',
    'Absolute shite.',
    'Pi$$ poor service again.',
    'What the h*ll is this?',
  ])('flags profanity masked with symbols or digits: %s', (text) => {
    expect(kindsOf(text)).toContain('profanity');
  });

  it.each([
    'I rated the app 1* and the driver 5*.',
    'The total showed as $$$ in the app.',
    'The assessment is on Monday.',
  ])('lets stars, symbols and words that contain a swear word pass: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('courtesy and risk check: accusations', () => {
  it.each([
    'Northline stealing my credit again.',
    'The company has been cheating its customers for years.',
    'Skyways is lying about the refund rules.',
    'Lying to customers seems to be company policy.',
    'I was robbed by your agent.',
    'Charging me twice is theft.',
    'Esto es una estafa.',
    "C'est une arnaque.",
    'Ihr seid Betrüger.',
    'Vocês são ladrões.',
  ])('flags crime stated as fact: %s', (text) => {
    expect(kindsOf(text)).toContain('defamation');
  });

  it.each([
    'A warning about scam calls would help.',
    'The fraud team has my case.',
    'Someone stole the parcel from my porch.',
    'My card was stolen last night.',
    'I feel cheated by the small print.',
    'Your terms say stolen phones are covered.',
    'Is this email a phishing scam?',
    'I am not saying anyone lied, but the dates do not match.',
    'The police report number for the theft is 4412/22.',
    'Recibí un SMS de estafa haciéndose pasar por vuestro banco.',
  ])('lets a report about a stranger pass: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    'What a rip-off that roaming bundle is.',
    '£12 for a sandwich is daylight robbery.',
    'The 5G icon is a lie, I get one bar.',
    'The crooked shelf arrived with a dent.',
    'Not gonna lie, the new app is slower.',
    "I won't lie, I nearly gave up.",
    'Ich will nicht lügen, der Techniker war nett.',
    'Your lies-free promise is on every bus.',
  ])('a verdict on a price or a thing, or an idiom, is not an accusation: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    'You stole my money.',
    'Your staff are liars.',
    "That's a lie and you know it.",
    'You are rip-off merchants.',
    'Your sales rep lied to my face.',
    'Your agents deliberately misled me.',
    'Vous mentez à vos clients.',
  ])('an accusation aimed at the company or its people is still one: %s', (text) => {
    expect(kindsOf(text)).toContain('defamation');
  });

  it.each([
    'A thief took my bag at the station.',
    'A pickpocket took my phone on the bus.',
    'Me robaron el móvil en el metro.',
    'Un voleur a pris mon sac dans le métro.',
    'Roubaram meu celular, como bloqueio o chip?',
    'I got a fake SMS in the name of the bank’s fraud department.',
    'Não é golpe? Recebi um SMS estranho.',
    '¿No es esto una estafa?',
    'Isn’t this a scam? The link is not your domain.',
    'Thieves broke into my car and took the sat nav.',
    'Nos robaron el coche anoche.',
    'Man hat mir das Handy geklaut.',
    'On m’a volé ma carte bancaire au distributeur.',
    'Policy HX-4410293-A covers theft, so why was my claim refused?',
  ])('a victim’s report is not an accusation: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    'Your courier stole my parcel.',
    'Tu repartidor me robó el paquete.',
    'Vocês roubaram meu dinheiro.',
    'Your driver is a thief.',
    'Le livreur a volé mon colis.',
    'Ihr Fahrer hat mein Paket gestohlen.',
    'Thieves, the lot of you.',
  ])('the same crime laid on the company is an accusation: %s', (text) => {
    expect(kindsOf(text)).toContain('defamation');
  });

  it.each([
    'Northline forged my signature on the contract.',
    'The manager is pocketing the deposits.',
    'They are cooking the books to hide the losses.',
    'BrightGas fiddles the meter readings every winter.',
    'Your drivers steal parcels and mark them as delivered.',
    'You sell customer data behind our backs.',
    'They illegally kept the tax refund that was owed to me.',
    'Der Vermieter fälscht die Nebenkostenabrechnung.',
    'Vodafine falsificó mi firma en el contrato.',
    'Cette entreprise vole ses clients.',
    'O gerente embolsou o dinheiro das devoluções.',
  ])('flags a crime told as a deed of the company or its people: %s', (text) => {
    expect(kindsOf(text)).toContain('defamation');
  });

  it.each([
    'I think there may be an error in my meter reading.',
    'Did someone forge my signature? The contract is not signed by me.',
    'I have reported the forged cheque to the police.',
    'They kept my refund for 3 weeks before paying it.',
    'Is the seller on your marketplace selling counterfeits?',
    'He covered up the hole in the wall with a poster, which was kind.',
    'Ich habe Anzeige erstattet, weil jemand meine Unterschrift gefälscht hat.',
  ])('lets a question, a report or a plain fact pass: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('courtesy and risk check: threats', () => {
  it.each([
    "You'll regret this.",
    'I know where your office is.',
    'Better watch your back.',
    'It would be a shame if something happened to your shop.',
    "People like you get what's coming to them.",
    'Keep ignoring me and see what happens.',
    'Vous allez le regretter.',
    'Das werden Sie noch bereuen.',
  ])('flags a threat, open or veiled: %s', (text) => {
    expect(kindsOf(text)).toContain('threat');
  });

  it.each([
    "I'm going to kill my data allowance on this train.",
    "I'll hunt down the receipt and send it tonight.",
    'The update will kill the battery, according to your forum.',
  ])('a harm verb aimed at the writer’s own things is an idiom: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each(["I'll hunt down your driver.", 'I will destroy your business.', 'I will burn the store down.'])(
    'a harm verb aimed at the company, its people or premises is a threat: %s',
    (text) => {
      expect(kindsOf(text)).toContain('threat');
    },
  );

  it.each([
    'I will take this to the ombudsman.',
    "I'll take my business elsewhere.",
    'It would be a shame if I had to leave after 15 years.',
    'This delay is killing me.',
    'I regret booking the non-refundable fare.',
  ])('lets a calm next step pass: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    'Close my ticket again and watch what happens.',
    'This is your final warning.',
    'Things could get very ugly for you.',
    "Don't push me.",
    'You picked the wrong customer to mess with.',
    'Esto no va a quedar así.',
    'Vous êtes prévenus.',
    'Sie sind gewarnt.',
    'Isso não vai ficar assim.',
  ])('flags a veiled threat, in any of the five languages: %s', (text) => {
    expect(kindsOf(text)).toContain('threat');
  });

  it.each([
    'Things got ugly at the gate when the flight was cancelled.',
    'Watch what happens if you click the button: nothing.',
    'It would be a shame if something happened to me on the road with these brakes.',
  ])('leaves past events and plain descriptions alone: %s', (text) => {
    // The rules alone: the trained second reader may take the last for a threat (see tone-model.test.ts).
    expect(ruleFindings(text).map((f) => f.kind)).toEqual([]);
  });

  it('offers the calm version of a stated next step, and removal for violence and veiled threats', () => {
    const suggestionOf = (text: string) => checkText(text).find((f) => f.kind === 'threat')!.suggestion;
    expect(suggestionOf('I will make you pay for this.')).toBe(t('compose.check.threat.suggestion'));
    for (const text of [
      'Someone should punch your manager.',
      'I will hurt your staff.',
      "I'll smash your shop window.",
      'Things could get ugly for you.',
      'Os vais a arrepentir.',
      'This is your final warning.',
    ]) {
      expect(suggestionOf(text), text).toBe('');
    }
  });

  it.each([
    'I will take you to court over this.',
    'See you in court.',
    'My lawyer will be in touch.',
    "Refund me or I'll sue.",
    "I'll take legal action if I have to.",
  ])('lets a lawful next step pass, as stated plainly as it likes: %s', (text) => {
    expect(ruleFindings(text)).toEqual([]);
  });

  it.each([
    'I’ll be waiting for him at the end of his shift.',
    'I’ll be outside your depot at 6am.',
    'You won’t be so smug when I turn up at the branch with a few mates.',
    'Sleep well tonight, while you still can.',
    'I know which school your CEO’s kids go to.',
    'I’ve got the manager’s home address now.',
    'You’ll find out what I’m capable of.',
    'Your driver won’t be leaving in one piece next time.',
    'I’ll make her sorry she was born.',
    'Fais gaffe à toi.',
    'Le estaré esperando en el portal.',
    'Ich warte nach Feierabend vor dem Lager auf ihn.',
  ])('flags turning up, waiting for a person or knowing their life: %s', (text) => {
    expect(kindsOf(text)).toContain('threat');
  });

  it.each([
    'I’ll be waiting for your call.',
    'I’ll be at the branch at 10 to return it.',
    'I know which depot has my parcel.',
    'I’ll be outside the house from 8am so the driver can find me.',
    'I’ll be outside your store when it opens to collect my order.',
    'Estaré esperando su llamada.',
    'Ich warte auf Ihren Rückruf.',
  ])('lets plans to be somewhere for the errand pass: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('courtesy and risk check: accusations asked or reported', () => {
  it.each([
    'Is this text a scam?',
    '¿Es esto una estafa?',
    'Est-ce une arnaque ?',
    'Ist diese SMS Betrug?',
    'Isso é golpe?',
  ])('a question about a message is not an accusation: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each(['I was the victim of a scam using your logo.', 'Cuidado con los estafadores que usan vuestro nombre.'])(
    'a report about strangers is not an accusation: %s',
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );

  it.each([
    ['Are you thieves?', 'thieves'],
    ["Vous m'avez volé 80 euros.", "m'avez volé"],
    ['Ihr zockt uns seit Monaten ab.', 'zockt uns seit Monaten ab'],
    ['Me robó el dinero.', 'robó'],
  ])('an accusation put to the reader is one: %s', (text, span) => {
    expect(spansOf(text, 'defamation')).toEqual([span]);
  });
});

describe('courtesy and risk check: phone numbers', () => {
  it.each([
    ['Call me on 07911 123456 today.', '07911 123456'],
    ['Call me on 07911  123456 today.', '07911  123456'],
    ['You can text me on07911123456.', '07911123456'],
    ['My Japanese mobile is +81 80 8123 4567.', '+81 80 8123 4567'],
    ['My mobile is 080-8123-4567 in Japan.', '080-8123-4567'],
    ['Text me at (415) 555-2671.', '(415) 555-2671'],
    ['Appelez-moi au 06 12 34 56 78.', '06 12 34 56 78'],
    ['Mi número es 612 34 56 78.', '612 34 56 78'],
    ['Rufen Sie mich unter 0151 23456789 an.', '0151 23456789'],
    ['Meu celular é (11) 91234-5678.', '(11) 91234-5678'],
  ])('a personal number is private: %s', (text, number) => {
    expect(spansOf(text, 'private')).toEqual([number]);
    expect(checkText(text)[0]!.message).toBe(t('compose.check.private.phone'));
  });

  it.each([
    'I called your free line 1-800-937-8997 eight times.',
    'Your freephone 0808 157 0192 keeps cutting me off.',
    'Your UK line +44 808 157 0192 is closed.',
    'I rang 0345 300 0000 and waited 50 minutes.',
    'Llamé al 900 100 200 y nadie responde.',
    "J'ai appelé le 0800 123 456 sans réponse.",
    'Order number 112-4456789-1234567 never arrived.',
    'My ticket number is 45522187.',
    'The Madrid office 91 123 45 67 never answers.',
    'Your Manchester office on 0161 496 0000 says to email instead.',
    'Your official WhatsApp +44 7700 900456 only sends an automated reply.',
    'The customer service number 0333 202 1234 never connects.',
    'El teléfono de atención al cliente 910 123 456 te cuelga.',
    'Votre agence de Lyon au 04 72 12 34 56 ne répond jamais.',
    'Ihre Filiale in Köln unter 0221 1234567 ist nie erreichbar.',
    'A central de atendimento (11) 3003-1234 só dá ocupado.',
  ])('a company line or a reference is not: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ['Call me on my work line 0161 496 0500 after 2pm.', '0161 496 0500'],
    ['My mobile is 07700 900555, the office can text it.', '07700 900555'],
    ['Your office can reach me on 07700 900555.', '07700 900555'],
    ['Llamadme al 654 32 10 98 cuando podáis.', '654 32 10 98'],
    ['The number is 07911 654321 if you need to call.', '07911 654321'],
    ['The payment failed so please text 07911 123456 today.', '07911 123456'],
    ['About my claim: I am on 07911 123456.', '07911 123456'],
    ['Mi número de móvil es 622 11 22 33.', '622 11 22 33'],
  ])('a personal number stays private beside a company word: %s', (text, number) => {
    expect(spansOf(text, 'private')).toEqual([number]);
  });

  it('reads national numbers in the regions the text and the locale suggest first', () => {
    expect(phoneRegions('Llamé al 900 100 200 y nadie responde.', 'en-GB')[0]).toBe('ES');
    expect(phoneRegions('Called 0808 157 0192.', 'en-GB')[0]).toBe('GB');
    expect(phoneRegions('Called 0808 157 0192.', 'en-US')[0]).toBe('US');
    expect(phoneRegions('0808 157 0192', 'ja-JP')[0]).toBe('JP');
    // Read in Japan, 0808… is a mobile: private. Read in the UK, it is freephone.
    expect(phoneHits('0808 157 0192', 'ja-JP').map((h) => h.personal)).toEqual([true]);
    expect(phoneHits('0808 157 0192', 'en-GB').map((h) => h.personal)).toEqual([false]);
  });
});

describe('courtesy and risk check: other private data', () => {
  it('checks card numbers with Luhn, and only calls a Luhn-valid number a card', () => {
    expect(luhnValid('4539578763621486')).toBe(true);
    expect(luhnValid('4539578763621487')).toBe(false);
    const card = checkText('My card 4539 5787 6362 1486 got charged twice.');
    expect(card.map((f) => f.message)).toEqual([t('compose.check.private.card')]);
    const notCard = checkText('Charged twice on 4539 5787 6362 1487 yesterday.');
    expect(notCard.map((f) => f.message)).not.toContain(t('compose.check.private.card'));
  });

  it('checks IBANs with mod-97, in any case and spacing', () => {
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('de89370400440532013000')).toBe(true);
    expect(ibanValid('GB82 WEST 1234 5698 7654 33')).toBe(false);
    expect(spansOf('Refund to ES91 2100 0418 4502 0005 1332 please.')).toEqual(['ES91 2100 0418 4502 0005 1332']);
    expect(spansOf('iban de89370400440532013000 for the refund')).toEqual(['de89370400440532013000']);
  });

  it.each([
    ['My date of birth is 14/02/1986 if you need it.', '14/02/1986'],
    ['I was born on 2 March 1990 and the app says I am 12.', '2 March 1990'],
    ['Fecha de nacimiento: 12/05/1988.', '12/05/1988'],
    ['Je suis né le 4 juillet 1975.', '4 juillet 1975'],
    ['Geboren am 12.03.1980.', '12.03.1980'],
  ])('a date of birth is private: %s', (text, date) => {
    expect(spansOf(text)).toEqual([date]);
  });

  it('leaves dates that are not birthdays alone', () => {
    expect(checkText('Your agent promised on 14/02/2024 that the refund was approved.')).toEqual([]);
    expect(checkText('I have been a customer since 12/03/2009.')).toEqual([]);
  });

  it('finds PINs, codes and passwords, not counts of digits or tries', () => {
    expect(spansOf('My PIN is 4821 and it is rejected.')).toEqual(['4821']);
    expect(spansOf('Mi PIN es 1234.')).toEqual(['1234']);
    expect(spansOf('The code they texted me is 482913.')).toEqual(['482913']);
    expect(spansOf('Password: Summer2024! does not work.')).toEqual(['Summer2024!']);
    expect(checkText('I entered my PIN 3 times and the SIM locked.')).toEqual([]);
    expect(checkText('Your app asks for a 6-digit passcode every time.')).toEqual([]);
    expect(checkText('Error code 4045 appears when I pay.')).toEqual([]);
  });

  it("finds a person's email, spelled out too, but not a company's role address", () => {
    expect(spansOf('Send it to maria.lopez@correo.es please.')).toEqual(['maria.lopez@correo.es']);
    expect(spansOf('Contact me at j.smith at gmail dot com.')).toEqual(['j.smith at gmail dot com']);
    expect(checkText('I emailed complaints@example.co.uk twice.')).toEqual([]);
    expect(checkText('I wrote to customer.relations@examplebank.com on 3 May.')).toEqual([]);
  });

  it.each([
    'I emailed jobs@northline.com and orders@northline.com, no answer.',
    'I wrote to support.uk@northline.co.uk last week.',
    'Escribí a reclamaciones@iberline.es hace un mes.',
    'He escrito a atencionalcliente@telefonix.es.',
    'J’ai écrit à reclamations@transfer.fr.',
    'Ich habe an kundenservice@stromwerk.de geschrieben.',
    'Mandei e-mail para atendimento@lojabrasil.com.br.',
    '@Northline I emailed prensa@northline.es about it.',
  ])('a role mailbox or one at the company’s own domain is public: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ['Reply to peter.okafor@gmail.com instead.', 'peter.okafor@gmail.com'],
    ['Send the label to info@gmail.com, that is mine.', 'info@gmail.com'],
    ['Mon mail : thomas.leroy@free.fr', 'thomas.leroy@free.fr'],
    ['@Northline write to jane.doe@example.com please.', 'jane.doe@example.com'],
  ])('a person’s address is private: %s', (text, address) => {
    expect(spansOf(text, 'private')).toEqual([address]);
  });

  it.each([
    'Order no. 408-2231-77 still says processing.',
    'Policy no. HX-4410293-A was renewed without asking me.',
    'The txn ID 88123390012 is on my statement twice.',
    'Claim number 55012348 has been open since June.',
    'Ticket #20931877, nobody has picked it up.',
    'Mi pedido nº 300451876 lleva tres semanas.',
    'Le dossier n° 2024-118734 est toujours en attente.',
    'Sendungsnummer 00340434161234567890 wird nicht gefunden.',
    'Protocolo 20240518332 e até agora nada.',
    'IMEI 356938035643809 is on the box.',
  ])('a reference with its cue is public: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ['Paid for order 5512 with card 4539 5787 6362 1486, charged twice.', '4539 5787 6362 1486'],
    ['Refund my booking to ES91 2100 0418 4502 0005 1332 please.', 'ES91 2100 0418 4502 0005 1332'],
    ['My account number for the claim is 31926819.', '31926819'],
    ['Charged on card #4539578763621486 twice.', '4539578763621486'],
  ])('a card, an IBAN or an account stays private beside a reference cue: %s', (text, secret) => {
    expect(spansOf(text, 'private')).toEqual([secret]);
  });

  it.each([
    ['Deliver to 17 Rue de la Paix, Paris.', '17 Rue de la Paix'],
    ['Mi dirección es Calle Mayor 12, Madrid.', 'Calle Mayor 12'],
    ['Lieferadresse: Hauptstraße 5, Berlin.', 'Hauptstraße 5'],
    ['I am at 1234 Oak St, Springfield.', '1234 Oak St'],
  ])('a postal address is private: %s', (text, address) => {
    expect(spansOf(text)).toEqual([address]);
  });

  it('finds account numbers by their cue, in five languages', () => {
    for (const text of [
      'My account number is 4401 2293 8.',
      'Customer ID: CX-88120044.',
      'Kundennummer 12345678, bitte prüfen.',
      'Número de cliente 12345678.',
    ]) {
      expect(kindsOf(text)).toEqual(['private']);
    }
    expect(checkText('My account ending 1234 was charged twice.')).toEqual([]);
  });

  it.each([
    'Please reset my password to Bluebird99.',
    'The password for my account is letmein, can you check it?',
    'Change the PIN to 7731 so I can use it tomorrow.',
    'Ship it to 12, MG Road, Bengaluru 560001.',
    'Send the engineer to 221 Maple Ave, Springfield, IL 62704.',
    'Lieferadresse: Lindenstraße 12, 10115 Berlin.',
  ])('finds passwords set to a value, PINs and full postal addresses: %s', (text) => {
    expect(kindsOf(text)).toContain('private');
  });

  it.each([
    'Your head office at 1 Main St never answers letters.',
    'I returned it to your store at 25 High Street, as told.',
    'I changed my password twice and still cannot log in.',
    'The password must have 8 characters, which is fine.',
  ])("lets a company's published address and talk about passwords pass: %s", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it('reads a list of codes after one reference cue as references', () => {
    expect(checkText('Ref QX-61366, OG-6667566, 3677607514. Could you please help?')).toEqual([]);
  });
});

describe('courtesy and risk check: speed', () => {
  it('checks a full 280-character post well within a keystroke', () => {
    const post =
      '@AcmeHelp day 12 without broadband, ref 1-2345678901. Your agents said an engineer would come on 3 Nov and 9 Nov; nobody did. I called 0800 028 0348 six times. Please call me on 07911 123456 or DM me. I would like a refund of the £45 for the weeks without service. Thank you!';
    expect(post.length).toBeGreaterThanOrEqual(270);
    expect(post.length).toBeLessThanOrEqual(280);
    for (let i = 0; i < 20; i += 1) checkText(post);
    // The fastest of 10 batches of 20: other work on a shared machine only ever adds time.
    const batches = Array.from({ length: 10 }, () => {
      const started = performance.now();
      for (let i = 0; i < 20; i += 1) checkText(post);
      return (performance.now() - started) / 20;
    });
    const each = Math.min(...batches);
    console.log(`courtesy check: ${each.toFixed(3)} ms per ${post.length}-character post (fastest batch of 20)`);
    expect(spansOf(post)).toEqual(['07911 123456']);
    // A keystroke's budget is a frame (16 ms); leave most of it to rendering, even on a busy machine.
    expect(each).toBeLessThan(8);
  });
});
