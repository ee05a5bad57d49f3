import { ruleFindings } from '../../../lib/compose/check';

// The rules' own cases for the fifth round's classes, read by the rules alone: the trained second
// reader is measured on the labelled tables.
const kindsOf = (text: string) => ruleFindings(text).map((f) => f.kind);

describe('courtesy check: schemes against customers told as deeds', () => {
  it.each([
    'The letting agency keeps every single deposit and blames the tenants.',
    'Their couriers open the parcels and take whatever looks expensive.',
    '@CoastHire makes up damage on every returned van and charges the card.',
    'The garage fabricates faults so it can sell you parts.',
    '@MeterWise sent me a bill backed by doctored photos of my meter.',
    'That supermarket relabels out-of-date meat and puts it back on the shelf.',
    "The clinic passes on patient details to marketing firms, that's how the calls started.",
    'The dentist billed my insurer for fillings that never happened.',
    '@PowerCo keeps charging dead people, it did it to my late aunt.',
    'The director pays off the inspectors so nothing ever gets shut down.',
    'Their staff sell the best seats under the table.',
    'An agent at the branch opened a loan in my name and never told me.',
    'The dealer sold us a van they knew had a cracked chassis.',
    "The mechanic damaged the gearbox on purpose so I'd have to come back.",
    'They take your premium and never intend to pay out.',
    'Bluecastle Motors clocks all its cars before the auction.',
    'The board cooked their safety figures before the inspection.',
    'That firm is just a front for laundering money.',
    '@QuickLoans is a Ponzi scheme with a nice logo.',
    'The CEO launders money through the holding company.',
    'Fraud by your own staff, and nobody at head office cares.',
    'La inmobiliaria se queda con todas las fianzas.',
    'El taller inventa daños para cobrar más.',
    'Esa empresa lava dinero, lo sabe todo el barrio.',
    'Die Firma behält die Kautionen einfach für sich.',
    'Der Händler dreht bei jedem Auto den Kilometerstand zurück.',
    '@BankHaus hat mir 50 Euro gestohlen.',
    'Le garage escroque ses clients depuis des années.',
    'Le livreur garde les pourboires de tout le monde.',
    'A loja fica com as gorjetas dos estafetas.',
    'A empresa suborna os fiscais para passar na inspeção.',
  ])('reads as an accusation: %s', (text) => {
    expect(kindsOf(text)).toContain('defamation');
  });

  it.each([
    'A fraudster opened an account in my name, can you close it?',
    "Fake sellers on Marketplace are stealing people's money with your logo.",
    'Someone made up a review about my shop, can you remove it?',
    'Is this text saying my parcel is held a scam?',
    'Este correo que dice ser de vosotros, ¿es una estafa?',
    'Criminally underrated pizza, honestly.',
    'Menudo timo, 8 euros por un café.',
    'Thief grabbed my bag at the bus stop, please block my card.',
    'Scammers called pretending to be your bank.',
    'I kept every receipt, so the refund should be easy.',
    'My solicitor says the dealer knew nothing about the fault.',
    'I reckon the barrier arm broke on purpose to annoy me lol.',
  ])('leaves alone: %s', (text) => {
    expect(kindsOf(text)).not.toContain('defamation');
  });
});

describe('courtesy check: insults by comparison, petty tyrants and new names', () => {
  it.each([
    'Honestly your advisor has the IQ of a house brick.',
    'Your agents are dumb as a box of rocks.',
    'Not one brain cell among the lot of them at that depot.',
    'The supervisor is a jumped-up little tyrant.',
    'The guard was a pompous little man with a clipboard.',
    'Your courier is a lazy slob.',
    "The owner's son is a spoilt brat.",
    'Your reps are all knuckle-dragging neanderthals.',
    'The concierge was a nasty old troll.',
    "Your receptionist's a total drongo.",
    "She's a miserable old hag, that cashier.",
    'Your agents are illiterate.',
    "The helpline staff are the thickest bunch I've met.",
    'El cajero es un maleducado.',
    'La encargada es una amargada.',
    'Le conseiller est un gros nul.',
    'La vendeuse est une vraie peau de vache.',
    'Die Kassiererin ist eine dumme Zicke.',
    'A atendente é uma grossa.',
    'O técnico é um energúmeno mal-educado.',
    'Son unos inútiles los del mostrador.',
    'Bunch of clowns at the customer service desk.',
  ])('reads as an insult: %s', (text) => {
    expect(kindsOf(text)).toContain('insult');
  });

  it.each([
    'What a muppet moment, I sent it to the wrong branch.',
    'Silly me put the wrong date on the form.',
    'The app is as slow as a snail.',
    'The guy at the counter was a big help.',
    'The inspector was a lovely man.',
    'Your cleaning crew are a bunch of heroes.',
  ])('leaves alone: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('courtesy check: minced and regional swearing, staccato capitals', () => {
  it.each([
    'This is f-ing absurd, four hours on hold.',
    'Cunting app crashed again.',
    'What kak service, three weeks and no fix.',
    'Putangina, no signal again.',
  ])('reads as profanity: %s', (text) => {
    expect(kindsOf(text)).toContain('profanity');
  });

  it.each(['FIX. IT. NOW.', 'NOT. GOOD. ENOUGH.', 'Why is it late again?!?!'])('reads as shouting: %s', (text) => {
    expect(kindsOf(text)).toContain('shouting');
  });

  it.each(['Encore une panne ?!!! Sérieusement.', 'Gate changes: LHR. JFK. EWR.'])('leaves alone: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('courtesy check: IDs and logins given away, company places and registrations', () => {
  it.each([
    'My Medicare card number is 5555 67890 2, can you update it?',
    'Login: jsmith77 / Summer2025 for the portal if your team needs it.',
    'My NRIC is T5559876Z.',
    'Username is kat_r / Pa55word!',
  ])('reads as private: %s', (text) => {
    expect(kindsOf(text)).toContain('private');
  });

  it.each([
    'Your store at Unit 7, Crown Retail Park, was great today.',
    "Your registered office is 10 Dock Street, Leeds LS10 1JF, so I'll write there.",
    'Crime reference 41/55512/24 for the break-in at my flat.',
    'Company no. 09876543 is printed on the letter.',
    'The NRIC field on your form rejects lowercase letters.',
    "My login details aren't working, can you reset them?",
    'My account ending 1234 was charged twice.',
  ])('leaves alone: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
