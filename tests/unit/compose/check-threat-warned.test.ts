import { ruleFindings } from '../../../lib/compose/check';

// The rules' own cases, read by the rules alone: the trained second reader, which may also flag
// some of these look-alikes, is measured on the labelled tables.
const kindsOf = (text: string) => ruleFindings(text).map((f) => f.kind);

describe('courtesy check: threats aimed at a third person or a place', () => {
  it.each([
    'Your manager will be sorry he ignored me.',
    'Your courier had better hope I don’t see him.',
    'That agent should be careful walking home tonight.',
    'Tell your boss I’m coming for him.',
    "I'll make sure your gate staff regret it.",
    'Someone’s going to get hurt if this continues.',
    'Accidents happen to people who ignore customers.',
    'I know where your driver lives.',
    'A vuestra oficina le puede pasar algo cualquier día.',
    'Sé dónde vive el gerente.',
    'Il pourrait arriver quelque chose à votre directeur.',
    'Il va le regretter, croyez-moi.',
    'Votre livreur a intérêt à faire gaffe.',
    'Passen Sie auf, dass Ihrem Auto nichts passiert.',
    'Der kann was erleben.',
    'Der Fahrer sollte nachts besser aufpassen.',
    'Vou esperar a gerente na saída do trabalho.',
    'That courier is going to regret the day he met me.',
    'Wait till I get my hands on that driver.',
    'Como lo pille, se va a enterar.',
    'Si je le chope, il va comprendre.',
    'Wenn ich ihn erwische, gibt es Ärger.',
    'Vigila tus espaldas.',
    'Que tenga cuidado al salir por la noche.',
    'Je vais vous le faire regretter.',
    'Ich sorge dafür, dass er das bereut.',
    'Das wird er bereuen.',
    'Eu sei onde mora o vosso diretor.',
  ])('flags a warning aimed at someone: %s', (text) => {
    expect(kindsOf(text)).toContain('threat');
  });

  it.each([
    'The manager will be sorry to hear this, I’m sure.',
    "We'll regret this purchase, I know it.",
    'The parcel had better arrive today.',
    'Your driver should be careful, the road outside is icy at night.',
    'You should be careful with the charger at night.',
    'I’m coming for my parcel at 5.',
    'Someone’s going to get hurt on that broken step, please fix it.',
    'Accidents happen, but this is the third time.',
    'I’ll find out where the parcel is myself.',
    '¿Le puede pasar algo al móvil si lo cargo toda la noche?',
    'Il pourrait arriver quelque chose à mon colis pendant le transport ?',
    'Je vais attendre le livreur devant chez moi.',
    'Passen Sie auf, dass dem Paket nichts passiert.',
    'Bei Ihnen kann man was erleben, drei Wochen Wartezeit!',
    'Sie sollten besser aufpassen, wie Sie Pakete verpacken.',
    'Vou esperar o técnico em casa amanhã.',
    'When I catch the bus I’ll call you back.',
    'Que tenga cuidado con el paquete, es frágil.',
    'Vous devriez faire attention aux colis fragiles.',
    'On va le regretter, ce forfait.',
    'Ich warte vor der Filiale auf Ihren Rückruf.',
  ])('lets polite and literal wording pass: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
