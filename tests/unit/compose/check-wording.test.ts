import { ruleFindings, type FindingKind } from '../../../lib/compose/check';

// The rules' own cases, read by the rules alone: the trained second reader, which may also flag
// some of these look-alikes, is measured on the labelled tables.
const kindsOf = (text: string) => ruleFindings(text).map((f) => f.kind);

describe('courtesy check: insults, deeds and shouting in wider wording', () => {
  it.each<[string, FindingKind]>([
    ['The landlord is a greedy, incompetent fool.', 'insult'],
    ['The conductor was a little jobsworth.', 'insult'],
    ['Seriously, are your agents trained to be this stupid?', 'insult'],
    ['The bank manager ignored me, what an absolute donkey.', 'insult'],
    ['Die Dame am Schalter war eine arrogante dumme Kuh.', 'insult'],
    ['La agente que me atendió es una idiota.', 'insult'],
    ['Les techniciens sont des fainéants.', 'insult'],
    ['Os atendentes são uns inúteis.', 'insult'],
    ['This fkn site won’t load.', 'profanity'],
    ['Ptn, toujours pas de colis.', 'profanity'],
    ['The insurer forged the assessor’s report.', 'defamation'],
    ['I think the engineer faked the readings.', 'defamation'],
    ['The dealership wound back the mileage.', 'defamation'],
    ['Money was taken from my account by your own staff.', 'defamation'],
    ['Your agent used my card details to buy stuff for himself.', 'defamation'],
    ['Le garage a trafiqué le compteur.', 'defamation'],
    ['Die Firma manipuliert die Zählerstände.', 'defamation'],
    ['El director blanquea dinero.', 'defamation'],
    ['O estafeta roubou a minha encomenda.', 'defamation'],
    ['You took my money and ran.', 'defamation'],
    ['The builder took our deposit and disappeared.', 'defamation'],
    ['Ils ont pris mon argent et ont disparu.', 'defamation'],
    ['Die Firma hat mein Geld genommen und ist abgetaucht.', 'defamation'],
    ['The estate agent took a backhander.', 'defamation'],
    ['Der Makler hat Schmiergeld kassiert.', 'defamation'],
    ['Vos employés volent dans les colis.', 'defamation'],
    ['Ihre Mitarbeiter klauen aus den Paketen.', 'defamation'],
    ['Los técnicos amañaron los contadores.', 'defamation'],
    ['The manager is a total plank.', 'insult'],
    ['Die Mitarbeiter sind Blödmänner.', 'insult'],
    ['You STILL TOOK the money.', 'shouting'],
    ['¿HASTA CUÁNDO VAN A TARDAR?', 'shouting'],
  ])('flags %s as %s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    'Don’t take me for a fool.',
    'It was a fool’s errand to call you.',
    'I’m such a fool for trusting the reviews.',
    'I was this stupid to trust the app.',
    'What a pig of a day.',
    'You sold me a cow-print rug with a stain on it.',
    'El técnico que me atendió es un crack.',
    'Das Update ist bescheuert.',
    'I faked a smile when the agent said no.',
    'They wound back the clocks for summer time and my bill doubled?',
    'Someone used my card details to buy stuff, can your fraud team help?',
    'That sale was a steal, but delivery took forever.',
    'The thieves took my parcel off the doorstep.',
    'The thieves were caught on your CCTV, thank you.',
    'Roubaram minha encomenda da portaria, podem reenviar?',
    'Is this email from support-example.co a scam? It looks dodgy.',
    'La box affiche PAS DE SIGNAL depuis ce matin.',
    'The screen shows ERROR 503 again.',
    'Fools rush in, as they say.',
    'The door knobs on the new fridge broke.',
    'Our driver JAN VAN DER BERG was lovely.',
    'Jemand hat mein Paket geklaut.',
    'The waiter refused a tip, so honest.',
    'Someone took my money and ran, the police are on it.',
    'I took my money and ran to another bank.',
    'The branch at 50 George Street told me to call the helpline.',
  ])('leaves %s alone', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
