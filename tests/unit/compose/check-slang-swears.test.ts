import { checkText } from '../../../lib/compose/check';

const kindsOf = (text: string) => checkText(text).map((f) => f.kind);

describe('courtesy check: compound, clipped and regional swearing; national IDs; capitals of places', () => {
  it.each([
    'That excuse is pure horseshit.',
    'The coverage here is dogshit.',
    'This is real BS, nobody called back.',
    "It's f'ing freezing and the boiler is still broken.",
    'What the f happened to my order?',
    'No mames, otra vez sin internet.',
    'Leck mich, schon wieder kein Netz.',
    'Das ist doch am Arsch, die dritte Rechnung.',
  ])('swears: %s', (text) => {
    expect(kindsOf(text)).toContain('profanity');
  });

  it.each([
    'The cable meets BS 7671, the electrician said.',
    'Press the F key to open the menu.',
    'The horse riding lesson was cancelled twice.',
  ])('does not swear: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    'My PPS number is 1234567WA.',
    'PPSN 8765432TB, can you check?',
    'My Aadhaar is 4821 7730 1192.',
    'My SIN number is 046 454 286.',
  ])('private: %s', (text) => {
    expect(kindsOf(text)).toContain('private');
  });

  it.each([
    'THE ENTIRE STREET has no water.',
    'Sin agua en TODO EL BARRIO desde ayer.',
    'Plus de courant dans TOUT LE QUARTIER.',
  ])('shouts: %s', (text) => {
    expect(kindsOf(text)).toContain('shouting');
  });
});
