import { checkText } from '../../../lib/compose/check';
import { t } from '../../../lib/i18n';

const kindsOf = (text: string) => checkText(text).map((f) => f.kind);
const threatOf = (text: string) => checkText(text).find((f) => f.kind === 'threat');

describe('courtesy check: threats of bodily harm, arson and damage', () => {
  it.each([
    "I'll break his legs if he comes back.",
    'Someone should smash the manager’s face in.',
    "I'll knock him out next time.",
    'Your driver needs a good slap.',
    'That man deserves a beating.',
    'Your office would go up in flames with one match.',
    "I'll burn that dealership to the ground.",
    "I'll slash the tyres on your vans.",
    'His windows will get put in.',
    'Si no me devolvéis el dinero os rompo el local.',
    'Te voy a partir la cara.',
    'Je vais lui casser la gueule.',
    'Ich breche ihm alle Knochen.',
    'Den Laden sollte man abfackeln.',
    'Parto-lhe a cara se o vir outra vez.',
    'Qualquer dia o vosso carro aparece com os pneus furados.',
    'Le voy a dar una paliza.',
    'Je vais le tabasser.',
    'Ich hau ihm eine rein.',
    'Vou bater nele.',
    'Vou pôr fogo na vossa loja.',
    'Con un poco de gasolina esa tienda ardería muy bien.',
    'Je vais casser les vitres de votre agence.',
    'Ich schlage Ihnen die Scheiben ein.',
    'Vuestro gerente necesita una buena hostia.',
    'O vosso gerente merece uma surra.',
  ])('flags harm to people or their property: %s', (text) => {
    expect(kindsOf(text)).toContain('threat');
  });

  it.each([
    'I broke my leg on your broken step.',
    "It won't break your back to answer an email.",
    "I'll knock the price down on my review.",
    "We'll beat them to it.",
    "I'll shoot you an email tomorrow.",
    'My laptop went up in flames while charging.',
    'I ran out of petrol on the way to the branch.',
    'Someone slashed my tyres in your car park, is there CCTV?',
    'Our windows were smashed last night, your glazier hasn’t come.',
    'Your staff deserve a raise, honestly.',
    "I'd like to give the driver a tip.",
    'Si no funciona lo rompo y compro otro.',
    'Je vais casser mon contrat avec vous.',
    'Ich habe mir das Bein gebrochen.',
    'A máquina aparece com os vidros partidos na foto da entrega.',
    'El pedido llegó con los cristales rotos.',
    'Le doy una patada al router y funciona.',
    'Je vais le frapper à la porte demain.',
    'Vou bater o recorde de reclamações.',
    'Würde gut passen, danke.',
  ])('leaves the writer’s own mishaps, idioms and reports alone: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it('offers removal, never the calm version, for a stated threat of violence', () => {
    for (const text of [
      'I will hurt your staff.',
      "I'll smash your shop window.",
      "I'll break his legs.",
      'I will burn the store down.',
    ]) {
      const finding = threatOf(text);
      expect(finding, text).toBeDefined();
      expect(finding!.suggestion, text).toBe('');
    }
    expect(threatOf('I will make you pay for this.')!.suggestion).toBe(t('compose.check.threat.suggestion'));
  });
});
