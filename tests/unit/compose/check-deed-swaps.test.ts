import { ruleFindings } from '../../../lib/compose/check';

// The rules' own cases, read by the rules alone: the trained second reader, which may also flag
// some of these look-alikes, is measured on the labelled tables.
const kindsOf = (text: string) => ruleFindings(text).map((f) => f.kind);

describe('courtesy check: deeds stated as fact, in new wordings', () => {
  it.each([
    'The dealer sells stolen bikes out the back.',
    "They're flogging counterfeit perfume as the real thing.",
    'The box office resells seats through fake profiles.',
    'The mechanic switched my new battery for a used one.',
    'They replaced my alloy wheels for cheaper ones and kept mine.',
    'El taller cambió mis neumáticos por unos usados.',
    'Le garagiste a échangé mes pièces contre des usées.',
    'Die Werkstatt hat meine Reifen gegen alte getauscht.',
    'A oficina trocou os meus pneus por velhos.',
    'O estafeta ficou com o meu telemóvel.',
    'La repartidora se quedó con el reloj.',
    'Der Kurier hat meine Kopfhörer geklaut.',
    'The surgery billed the NHS for checks I never had, that is fraud.',
    'Your rep charged my insurance twice for one visit, that’s fraud.',
    // Intent stated: a charge made on purpose.
    'The landlord keeps billing me for repairs he never did, deliberately.',
    'Your bank debited my account twice on purpose.',
    'They deliberately overcharged my mum because she is 90.',
    'El gimnasio cobra a propósito la cuota dos veces.',
    'Die Bank bucht absichtlich zweimal ab.',
    // A verdict after a comma on what the reader's side did.
    'Your advisor took out a loan in my name, that is identity theft.',
    // An order eaten into, or opened and hidden.
    'The driver drank some of my drinks and re-taped the box.',
    'Le livreur a mangé la moitié de mes frites.',
    'O estafeta comeu metade das batatas.',
    'Der Händler verkauft gestohlene Handys.',
    'O vendedor vende telemóveis roubados.',
    'Le vendeur revend des téléphones volés.',
  ])('states a deed: %s', (text) => {
    expect(kindsOf(text)).toContain('defamation');
  });

  it.each([
    'My bike was stolen from outside your store, can I see the CCTV?',
    'Mein Fahrrad wurde vor der Filiale geklaut.',
    'Man hat mir den Koffer am Bahnhof geklaut.',
    'Someone opened a loan in my name, that is fraud and I have told the police.',
    'My account was suspended for "fraud" after I changed my address.',
    'Got flagged for "stealing" a promo code that support sent me.',
    'This weekend deal is the steal of the month.',
    'That puppy stole my heart in your advert.',
    'Your new logo is a crime against design, but the app works.',
    'Can you swap my seat for a window one?',
    'They charged me twice, I do not think it was deliberate.',
    'The app charged me again, I doubt on purpose.',
    'I deliberately charged my phone before the flight.',
    'I was a victim of identity theft, that is why I called.',
    'Someone opened a card in my name, that is identity theft.',
    'I ate half my pizza and saved the rest for later.',
    'Mein Fahrrad wurde gestohlen, wer verkauft gestohlene Räder?',
  ])('leaves alone: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
