import { ruleFindings } from '../../../lib/compose/check';

// The rules' own cases, read by the rules alone: the trained second reader, which may also flag
// some of these look-alikes, is measured on the labelled tables.
const kindsOf = (text: string) => ruleFindings(text).map((f) => f.kind);

describe('courtesy check: injuries foretold, conditions after the harm, lying in wait', () => {
  it.each([
    // Injury foretold for a person, with a condition before or after it.
    'If that porter shoves my case again he will need an ambulance.',
    'Your receptionist is going to get a fat lip if she rolls her eyes at me once more.',
    'One more lie and that waiter is getting it back double.',
    "Wait till I find the courier who kicked my door in, he'll need a dentist.",
    "Your warehouse will have a really rough night if my parcel isn't here by Monday.",
    "That installer won't walk out of here the same way he came in.",
    'If the caretaker blocks my car again I will drag him out of his office.',
    "Give me one more excuse and I'll smash all the windows in your showroom.",
    // A handle between the condition and the harm.
    'If my dad loses his heating again, someone at @WarmHomesUK is going to get hurt.',
    // Making sure someone regrets it, watching one's back, turning up with others.
    "I'll make sure that supervisor regrets it.",
    'Your regional manager should watch his back.',
    'That guard better not be on shift when I come back with my cousins.',
    "I'll be waiting for the instructor after his evening class.",
    'I know which bus stop your driver uses.',
    'Remember my face, because I will remember yours.',
    // The other languages.
    'Se o estafeta voltar a mentir, vai levar o troco.',
    'Si le chauffeur revient, il va se prendre une bonne correction.',
    'Como vuelva el repartidor, se va a llevar una paliza.',
    'Wenn der Monteur wieder pfuscht, kriegt er eine aufs Maul.',
    "Je l'attendrai à la fin de son service, ce conseiller.",
    'Dem Fahrer lauere ich morgen früh auf.',
    'Votre agence pourrait bien brûler un de ces soirs.',
    'Cuidado, vai que alguém resolve partir tudo na vossa loja.',
    'Ojo con lo que le pueda pasar a vuestra tienda.',
  ])('reads as a threat: %s', (text) => {
    expect(kindsOf(text)).toContain('threat');
  });

  it.each([
    'My grandad will need an ambulance if the lift stays broken, please send someone.',
    'The courier said I would get a refund if I kept the receipt.',
    'If the engineer comes back with the right part, the windows will be fitted on Friday.',
    'I had a bad night on your sleeper train, the cabin was freezing.',
    'I know where your office is, I have been there twice with my paperwork.',
    'I will be waiting for the instructor after his class to book a session.',
    'Please make sure the driver gets my note about the side gate.',
    'I am coming back with my brothers to collect the sofa on Saturday.',
    'Remember to bring the receipt when you come in.',
    'My son got a black eye playing rugby, so we missed the appointment.',
    'The kids will have a bad night if the heating stays off.',
    'My brother will watch his back after that injury.',
    'If the train is late again I will need a taxi.',
    "I'll make sure your manager hears how helpful Tom was.",
    'Se o técnico não vier, vou apanhar o comboio das oito.',
    'Si le livreur ne passe pas, je vais me prendre un jour de congé.',
  ])('leaves alone: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('courtesy check: more injuries foretold', () => {
  it.each([
    "If that driver blocks my drive again he'll need stitches.",
    'Your cashier will end up with a broken nose if she keeps smirking.',
  ])('reads as a threat: %s', (text) => {
    expect(ruleFindings(text).map((f) => f.kind)).toContain('threat');
  });

  it('a hazard foretold is a safety warning', () => {
    expect(ruleFindings('My son will need stitches if your broken gate is not fixed.')).toEqual([]);
  });
});
