import { checkText } from '../../../lib/compose/check';

const kindsOf = (text: string) => checkText(text).map((f) => f.kind);

describe('courtesy check: two or more ordinary words in capitals are shouting, in any language', () => {
  it.each([
    'all i want is A HUMAN BEING on the phone',
    'Four days without heating. UTTER SHAMBLES, honestly.',
    'we waited 3 HOURS AND 40 MINUTES at the gate',
    'Still NO ANSWER from anyone.',
    'Paquete perdido y NINGUNA RESPUESTA desde el lunes.',
    'Toujours PAS DE CONNEXION depuis mardi.',
    'Seit Montag KEINE ANTWORT auf meine Mails.',
    'Estou sem resposta, NINGUÉM ATENDE o telefone.',
    'El técnico NUNCA VINO a casa.',
    'Ma box est EN PANNE depuis une semaine.',
    'Das ist eine FRECHHEIT OHNE ENDE.',
    'this is a COMPLETE SHAMBLES from start to finish',
  ])('calls this shouting: %s', (text) => {
    expect(kindsOf(text)).toContain('shouting');
  });

  it.each([
    'The screen says "PAYMENT DECLINED" every time.',
    'Ticket in the name of ANA BELÉN ORTIZ, seat 14C.',
    'Flight MAD to LHR was moved again.',
    'The letter from HMRC and DVLA both came today.',
    'Order ref QWERTY UIOPAS is still pending.',
    'My ASUS ROG laptop came back with the same fault.',
    'The label says FRAGILE 2 and it arrived crushed.',
    'Passenger name: JEAN-PIERRE DUPONT.',
  ])('does not call this shouting: %s', (text) => {
    expect(kindsOf(text)).not.toContain('shouting');
  });
});
