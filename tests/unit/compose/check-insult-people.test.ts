import { checkText } from '../../../lib/compose/check';

const kindsOf = (text: string) => checkText(text).map((f) => f.kind);

describe('courtesy check: pejoratives said of people, in world Englishes and loan words', () => {
  it.each([
    'Your call centre staff are so thick.',
    'Are your engineers all this dense?',
    'The installer was a right duffer, left the cables hanging.',
    'Your area manager is a waste of space.',
    'Na mugu una take me for? Your agent is pure olodo.',
    'The delivery boy is so bobo, he left it at the gate.',
    'Jou bestuurder is ’n regte domkop.',
    'That cashier is a total bewakoof.',
    'Your helpline people are proper numpties.',
    'Are all your drivers this clueless?',
    'Tus operadores son unos boludos, me cortaron tres veces.',
    'El técnico es un huevón, no trajo ni el router.',
    'O vosso estafeta é um trouxa, deixou a caixa na chuva.',
    'Der Typ an der Hotline ist ein Vollhonk.',
    'The security guy was a right gobshite to my mum.',
    'Your call centre lads are a bunch of eediats.',
    'The manager is a total galah, he hung up on me.',
    'Your staff are yeye, nobody picks the phone.',
  ])('calls this an insult: %s', (text) => {
    expect(kindsOf(text)).toContain('insult');
  });

  it.each([
    'The envelope was so thick it would not fit through the door.',
    'I was thick enough to pay upfront.',
    'The fog was dense this morning, so the delay is understandable.',
    'The manual is a waste of paper, honestly.',
    'I felt like a duffer for forgetting my PIN.',
    'A galah landed on the satellite dish and knocked it.',
    'The coffee roaster at your café broke again.',
    'Le dropkick était superbe, mais le stream a coupé.',
  ])('stays clean: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('courtesy check: a swear word used as a name for a person is an insult', () => {
  it.each([
    'Your driver is a complete wanker.',
    'The agents on the phone are a bunch of assholes.',
    'El encargado es un gilipollas.',
    'Le conseiller est un vrai connard.',
    'Der Filialleiter ist ein Arschloch.',
    'O gerente é um filho da puta.',
  ])('reports the word as an insult: %s', (text) => {
    expect(kindsOf(text)).toContain('insult');
  });

  it.each([
    'This is fucking ridiculous.',
    'What a shit service.',
    'Your app is crap.',
    'Your hotline is sh1te today.',
    'The whole move was a clusterf*ck from day one.',
    'Honestly what a crapshow, two missed slots.',
    'Was für eine Scheiße, schon wieder kein Techniker.',
    'Quel bordel, trois rendez-vous annulés.',
  ])('a swear word about a thing stays profanity: %s', (text) => {
    expect(kindsOf(text)).toContain('profanity');
    expect(kindsOf(text)).not.toContain('insult');
  });
});
