import { ruleFindings } from '../../../lib/compose/check';

// The rules' own cases for the sixth round's classes (defamation, insults, swearing, private data),
// read by the rules alone: the trained second reader is measured on the labelled tables.
const kindsOf = (text: string) => ruleFindings(text).map((f) => f.kind);

describe('courtesy check: crimes told as deeds, sixth round', () => {
  it.each([
    'The CEO rigged the raffle so his friends won.',
    'The seller rigs the auction with fake bids.',
    'The landlord has hidden cameras in the bathrooms of every flat.',
    'That hotel secretly films its guests.',
    'Your staff skimmed my card details at the till.',
    'The dealer sold me a van with clocked mileage.',
    'El concesionario vende coches con kilómetros trucados.',
    'Ce garage vend des voitures au compteur trafiqué.',
    'Die Werkstatt verkauft Autos mit manipuliertem Tachostand.',
    'A loja rouba os clientes com taxas escondidas.',
    'The shop relabels expired yoghurt and sells it as fresh.',
    'They sell out-of-date meat relabelled as new stock.',
    "The manager forges customers' initials on the consent forms.",
    'Your agency sells tenant data to debt collectors.',
    'For the record, I can confirm that Brightway Lettings forges inspection reports.',
    'The night porter pockets whatever guests leave in the rooms.',
  ])('reads as defamation: %s', (text) => {
    expect(kindsOf(text)).toContain('defamation');
  });

  it.each([
    'We drew the raffle live on stream, nothing was rigged.',
    'Does the hotel have cameras in the corridors?',
    'I found a hidden camera in our Airbnb and reported the host to the police.',
    'A scammer skimmed my card at a petrol station, not your fault.',
    'Got an email claiming to be from your bank. It is clearly a scam, ignore it.',
    "The account @FakeSupport is not the official one, it's a phishing page stealing logins.",
    'The fraudsters who cloned my card bought phones on your site.',
    'The queue was criminal: 90 minutes in the rain.',
    "It's criminal how long the queue was.",
    'I pocket the receipts so I can claim the costs.',
  ])('stays clean: %s', (text) => {
    expect(kindsOf(text)).not.toContain('defamation');
  });
});

describe('courtesy check: insults without an insulting word, and new names for people', () => {
  it.each([
    'Your billing adviser, whose grasp of arithmetic I will kindly not comment on, sent me a third wrong bill.',
    'The receptionist, whose intelligence I would rather not describe, lost my file again.',
    'El técnico, cuya competencia prefiero no comentar, volvió a cerrar mi incidencia.',
    'Le livreur, dont je passerai sous silence les compétences, a encore laissé le colis dehors.',
    'Der Berater, über dessen Intelligenz ich lieber schweige, hat wieder aufgelegt.',
    'O técnico, cuja inteligência prefiro não comentar, voltou a faltar.',
    'My cactus has more common sense than your billing team.',
    "I've known potatoes with better memory than your support agents.",
    'Apparently your managers were hired for their lack of intelligence.',
    'The help desk is staffed by a bunch of clowns.',
    'Die Hotline ist mit Idioten besetzt.',
    'Honestly your whole office is run by toddlers.',
    'Your call centre must recruit from the shallow end of the gene pool.',
    'mga tanga kayo sa customer service',
    'The supervisor was a total coward and hid in the back office.',
    'your team are like sheep, no one thinks for themselves',
    '@ShopCo what a bunch of chimps you have answering the phone',
    'La cajera es una malcriada.',
    'A atendente é uma parva.',
    'Le mec du guichet est une vraie pimbêche.',
  ])('reads as an insult: %s', (text) => {
    expect(kindsOf(text)).toContain('insult');
  });

  it.each([
    "I'm such a coward when it comes to phone calls, sorry.",
    'The goldfish in your waiting room looked unwell.',
    'My cousin works there and hires for their warehouse.',
    'The lights dim every evening at the station.',
    'Your office is staffed by volunteers on weekends.',
    'Quelle idiote je fais, j’ai oublié mon code.',
    'Qué tonto fui, reservé el día equivocado.',
    'Our new colleague whose competence is superb helped me.',
    'The staff were as kind as your manager.',
    'Whose intelligence report was this?',
    'Your chatbot is dumb as rocks.',
  ])('stays clean: %s', (text) => {
    expect(kindsOf(text)).not.toContain('insult');
  });
});

describe('courtesy check: chat swearing and minced forms', () => {
  it.each([
    'why tf is my bill double',
    'dafuq is this charge',
    'farking ridiculous, no power for 3 days',
    'Still no refund. BS excuse from your driver again.',
    'Das Wetter war beschissen, aber eure Lieferung noch mehr.',
  ])('reads as swearing: %s', (text) => {
    expect(kindsOf(text)).toContain('profanity');
  });

  it.each(['BS 1363 plugs only, please.', 'She has a BS in nursing from Leeds.', 'The TF card slot is loose.'])(
    'stays clean: %s',
    (text) => {
      expect(kindsOf(text)).not.toContain('profanity');
    },
  );
});

describe('courtesy check: short local numbers, Australian addresses and business lines', () => {
  it.each(['Call me on 555 0199 after six.', 'Our flat is 12/40 Banksia Cres, Ryde NSW 2112.'])(
    'reads as private: %s',
    (text) => {
      expect(kindsOf(text)).toContain('private');
    },
  );

  it.each([
    'Our helpline is 1800 555 123 if anyone else needs it.',
    'Waited an hour on 1300 555 777 again today.',
    'Ring 13 22 65 for the hotline.',
    'Store on 5 Collins St was closed @ShopAU',
    'Your Perth store at 12 Hay St, Perth WA 6000 was lovely.',
    'My reference is 555-0134 for that ticket.',
  ])('stays clean: %s', (text) => {
    expect(kindsOf(text)).not.toContain('private');
  });
});

describe('courtesy check: sixth-round look-alikes of other kinds', () => {
  it.each([
    'The news crew filmed the customers queueing outside.',
    'The ice on your car park was as thick as your arm.',
    'It must be as dim as your old logo, that lamp in the lobby.',
  ])('raises nothing of the new kinds: %s', (text) => {
    expect(kindsOf(text).filter((k) => k === 'insult' || k === 'defamation')).toEqual([]);
  });

  it('still reads a slow mind compared with the staff', () => {
    expect(kindsOf('It must be hard to be as dim as your night-shift agents.')).toContain('insult');
  });
});
