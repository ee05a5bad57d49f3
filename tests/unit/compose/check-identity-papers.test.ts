import { ruleFindings } from '../../../lib/compose/check';

const privateSpans = (text: string) =>
  ruleFindings(text)
    .filter((f) => f.kind === 'private')
    .map((f) => text.slice(f.start, f.end));

describe('courtesy check: identity papers named in German, Spanish, French and Portuguese', () => {
  it.each([
    ['Meine Ausweisnummer ist L01X00T47, bitte prüfen.', 'L01X00T47'],
    ['Personalausweis: T22000129', 'T22000129'],
    ['Reisepassnummer C01X00T47 steht im Antrag.', 'C01X00T47'],
    ['Mi pasaporte es PAA123456 y el vuelo sale mañana.', 'PAA123456'],
    ['Mon numéro de passeport est 12AB34567.', '12AB34567'],
    ['O meu passaporte é CB123456, já enviei duas vezes.', 'CB123456'],
  ])('names a passport or identity-card number as private: %s', (text, number) => {
    expect(privateSpans(text)).toEqual([number]);
  });

  it.each([
    'Ich habe meinen Personalausweis verloren und brauche einen Termin.',
    'Reisepass abgelaufen, kann ich trotzdem fliegen?',
    'Mi pasaporte caduca en 2027, ¿puedo reservar?',
    'Il faut un passeport biométrique pour ce vol ?',
    'O passaporte chegou ontem, obrigado.',
  ])('lets talk about identity papers without a number pass: %s', (text) => {
    expect(privateSpans(text)).toEqual([]);
  });
});
