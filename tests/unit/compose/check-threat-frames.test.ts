import { ruleFindings } from '../../../lib/compose/check';

// The rules' own cases, read by the rules alone: the trained second reader, which may also flag
// some of these look-alikes, is measured on the labelled tables.
const kindsOf = (text: string) => ruleFindings(text).map((f) => f.kind);

describe('courtesy check: threats built from a menacing frame, a harm and a target', () => {
  it.each([
    'Carry on like this and I will flatten your delivery guy.',
    "Next time your engineer turns up late I'm breaking his nose.",
    'If the refund is not in my account by Friday, your driver gets hurt.',
    'Somebody is going to smash up that branch if this goes on.',
    'Do it again and your technician will leave in an ambulance.',
    "That landlord won't walk away on his own two feet next time.",
    'Keep messing me about and your depot might find itself on fire.',
    "I'm going to teach your delivery rider a lesson he won't forget.",
    'It would be a shame if something happened to your lovely showroom.',
    'I go come your office come scatter everything.',
    'Si el repartidor vuelve a mi portal no sale entero.',
    'Sería una pena que le pasara algo a su oficina.',
    "Si votre technicien revient, il finira à l'hôpital.",
    "Ce serait bête qu'il arrive malheur à votre boutique.",
    'Wäre schade, wenn Ihrer Filiale etwas passiert.',
    'Se o técnico voltar cá, sai daqui de ambulância.',
    'Seria uma pena se acontecesse algo ao vosso escritório.',
    'Como no me devolváis el dinero voy a destrozar vuestra tienda.',
    "Si je n'ai pas mon colis demain, je vais tout casser dans votre agence.",
    'Wenn das so weitergeht, werde ich Ihren Laden zertrümmern.',
    'Ich werde dem Fahrer eine Lektion erteilen und sein Auto kaputt machen.',
    'Se não resolverem, vou partir a montra da vossa loja.',
  ])('reads as a threat: %s', (text) => {
    expect(kindsOf(text)).toContain('threat');
  });

  it.each([
    'This queue is killing me.',
    'I will write to the ombudsman if the refund does not arrive.',
    "You'll regret losing a loyal customer like me.",
    "If you don't fix the loose stair rail, your driver gets hurt one day.",
    'My nan left in an ambulance after the fall, so please be patient with the claim.',
    "I'll smash this review out tonight, it will be a long one.",
    "Next time I'll burn the receipts myself, no need to post them.",
    "If the box arrives again like that I'll just trash it.",
    "I'll beat the deadline if the portal stays up.",
    'The parcel did not arrive in one piece.',
    "Careful, you'll break your neck on those wet stairs in the lobby.",
    'Es una pena que la tienda cierre.',
    'Ce serait dommage de perdre un client fidèle.',
    'Wäre schade, wenn ich kündigen müsste.',
    'Voy a romper el contrato con la tienda, ya está.',
    'Je vais casser mon abonnement chez vous, tant pis.',
    'Ich werde mein Auto morgen in die Werkstatt bringen.',
    'Vou partir para a loja amanhã cedo para trocar o telemóvel.',
  ])('stays clean: %s', (text) => {
    expect(kindsOf(text)).not.toContain('threat');
  });

  it('suggests removing a threat of violence', () => {
    const [finding] = ruleFindings('Keep it up and I will flatten your manager.').filter((f) => f.kind === 'threat');
    expect(finding?.suggestion).toBe('');
  });
});
