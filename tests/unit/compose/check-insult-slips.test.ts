import { checkText } from '../../../lib/compose/check';

const kindsOf = (text: string) => checkText(text).map((f) => f.kind);

describe('courtesy check: name-calling aimed at the writer, and at groups named by where they work', () => {
  it.each([
    'Silly me, I booked the wrong day. Can I move it?',
    'Stupid me, I left the charger in the hotel room.',
    'Idiot me, I entered my old card.',
    'Qué tonto soy, puse mal el código postal.',
    'Fui um idiota, paguei duas vezes.',
    'Que idiota sou, esqueci o bilhete em casa.',
    "Quel idiot, j'ai mis la mauvaise adresse.",
    'Was für ein Idiot bin ich, ich habe das falsche Datum gewählt.',
    'I was such an idiot, I never saved the receipt.',
    'What an idiot, I typed my own email wrong.',
  ])('the writer owning a slip is not an insult: %s', (text) => {
    expect(kindsOf(text)).not.toContain('insult');
  });

  it.each([
    'Your agent is an idiot, I told him three times.',
    'Idiots, I told them twice and nothing happened.',
    'What an idiot, he hung up on me.',
    "I'm not rude but the lady at the desk was a cow to my son.",
    'The bloke in returns was such a tool lol.',
    'The guy who fitted it is a total cowboy.',
    'Whoever runs your app store page is a clueless amateur.',
    'The clowns at head office changed the tariff again.',
    'Die Luschen vom Kundendienst melden sich nie.',
    'Los payasos de atención al cliente no saben nada.',
    'El encargado es un inútil, no sabe ni abrir la caja.',
    'Os palhaços da loja do centro perderam a encomenda.',
    'Votre technicien est un guignol.',
    'A senhora do balcão é uma parvalhona.',
    'El técnico es un cero a la izquierda.',
    'Le gérant est un vrai boulet.',
    'Der Berater ist eine Null.',
    'O técnico é um zero à esquerda.',
  ])('name-calling a person: %s', (text) => {
    expect(kindsOf(text)).toContain('insult');
  });

  it.each([
    'The app is useless, it crashes on login.',
    'La app es inútil en Android.',
    'I saw rats in the warehouse when I collected my parcel.',
    'The dragon fruit in my box was mouldy.',
    'We are amateurs at this, could you explain the form?',
    'The balance is null after the refund.',
    'Das Ergebnis ist null.',
    'Die Pfeifen im Heizkörper machen Geräusche.',
    'My mate Dave is the tool guy, he fixed it.',
  ])('leaves alone: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
