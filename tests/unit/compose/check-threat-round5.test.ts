import { checkText, ruleFindings } from '../../../lib/compose/check';

// The rules alone, so that a sentence passes or fails on the threat rules, not on the trained model.
const ruleKinds = (text: string) => ruleFindings(text).map((f) => f.kind);
const kindsOf = (text: string) => checkText(text).map((f) => f.kind);

describe('courtesy check: harm wished on the company property, in so many words', () => {
  it.each([
    "Would be a real pity if your vans didn't survive the night.",
    "Shame if the depot's windows got smashed, wouldn't it.",
    'It would be awful if that shiny showroom caught fire one evening.',
    'Terrible if your couriers started having "accidents" on the stairs.',
    'Funny how flammable those old warehouses are. Pay me back.',
    "Nice gate on the manager's house. Easy to climb.",
    'Maybe a brick through the window will wake you up.',
    'His company car will be keyed by Friday.',
    'Hope your manager enjoys his kneecaps while he has them.',
    'Your warehouse might lose a few things too.',
    'Since you took my car, I will be taking something of yours.',
    'Qué pena sería que a vuestro local le pasara algo.',
    'A ver cuánto os duran las lunas del escaparate.',
    'Si no me pagan, le prendo fuego al almacén.',
    'Zünd ich euch den Laden an, wenn das so weitergeht.',
    'Vou lá e quebro tudo.',
  ])('reads as a threat: %s', (text) => {
    expect(ruleKinds(text)).toContain('threat');
  });

  it.each([
    'Shame if my tyres went flat on the way to your store, the roads are awful.',
    "It'd be a pity if your reviews got any worse, honestly.",
    "Such a shame if the event didn't survive the budget cuts.",
    'It would be awful if the charger caught fire, please recall it.',
    'The app is easy to use but the checkout fails.',
    'Someone put a brick through our window last night, can you send a glazier?',
    "I'm worried my car will get keyed in your car park.",
    'I hope the driver enjoys his holiday, he was great.',
    'Qué pena que se me pasara algo en el formulario.',
    'Le pegué fuego a mi barbacoa y se rompió la tapa, ¿garantía?',
  ])('stays clean: %s', (text) => {
    expect(ruleKinds(text)).not.toContain('threat');
  });
});

describe('courtesy check: visits that are not for talking, warnings passed on, pursuit', () => {
  it.each([
    "We'll see who's smiling when I turn up at your counter.",
    'Ask around about me before you close my ticket again.',
    'Your rep better pray we never cross paths.',
    "The agent who cut me off had better hope I don't run into him.",
    "I'd keep an eye on your van tonight if I were you.",
    'Tell the receptionist who laughed at me to watch her back.',
    'Tell them to bring a helmet next time they send that engineer.',
    "I'll be tracking him down tonight, that courier with my parcel.",
    'Going to pay your Leeds office a friendly visit this weekend.',
    'That courier deserves a visit from me.',
    'Your staff at the desk are gonna regret ignoring me.',
    "One of these days I won't just walk past your shop.",
    "I'll bring a crowbar to the branch on Monday.",
    "I'll be at your depot at six, and I won't be there to chat.",
    "When I'm done with your staff they'll wish they'd refunded me.",
    'Te doy un consejo: dile al repartidor que se cuide.',
    'Cualquier día de estos os lleváis un susto en el parking.',
    'Como vuelva a llamarme así, ya verá lo que es bueno.',
    'Je vais régler ça à ma façon avec votre gérant.',
    'Si ça continue, ce ne sera pas beau à voir.',
    'Votre livreur a intérêt à ne plus croiser mon chemin.',
    'Ich komme morgen vorbei, nicht zum Reden.',
    'Der Fahrer sollte lieber aufpassen, wenn er abends allein nach Hause geht.',
    'Fala pra atendente tomar cuidado quando sair de noite.',
    'É melhor ele não voltar a pôr os pés aqui.',
  ])('reads as a threat: %s', (text) => {
    expect(ruleKinds(text)).toContain('threat');
  });

  it.each([
    "I'd check your spam folder if I were you, the reply went there.",
    'Tell the engineer to bring a ladder, the meter is high up.',
    "I'll find her details on the receipt and send them over.",
    "I'll pay the branch a visit tomorrow to return the kettle.",
    "I'm going to regret ignoring the reviews, aren't I.",
    "I'll bring my laptop to the branch on Monday.",
    "When I'm done with your form I'll send it back.",
    'Dile al técnico que traiga el cargador.',
    "Je vais régler ça en personne à l'agence demain.",
    'Sie sollten lieber aufpassen, welche Daten Sie speichern.',
    'Diga ao técnico para trazer o carregador.',
  ])('stays clean: %s', (text) => {
    expect(ruleKinds(text)).not.toContain('threat');
  });
});

describe("courtesy check: a staff member's private life, and injuries described", () => {
  it.each([
    'I found out which pub your area manager drinks in.',
    'I know exactly where the driver parks his van overnight.',
    'Found out the owner of the garage lives right by the canal.',
    "Your CEO's kids go to the primary on Station Road. Think on.",
    'Sabemos dónde vive tu jefe.',
    'Sei onde a gerente da filial mora.',
    "By the time I'm finished he'll be drinking through a straw.",
    "I'll show your driver what a hammer can do to a kneecap.",
    "He'll get the keyboard thrown at his head.",
    "He'll lose far more than his job, I promise.",
    'The manager ought to be dragged out into the street.',
    'Your night staff are fair game now.',
    'Se voltarem a cobrar, ninguém sai inteiro daqui.',
    'Noch einmal, und es gibt eins aufs Maul.',
    'Il finira sous un train, votre contrôleur.',
  ])('reads as a threat: %s', (text) => {
    expect(ruleKinds(text)).toContain('threat');
  });

  it.each([
    'I know which branch he works at, so I will ask there.',
    "The driver's son goes to my daughter's school and he was lovely.",
    "I'm drinking through a straw after the dental work, so soup only please.",
    "I'll lose my job if this isn't fixed.",
    'This complaint should be escalated to a manager.',
    'Your prices are fair game for criticism.',
    'O pacote não saiu inteiro da caixa.',
  ])('stays clean: %s', (text) => {
    expect(ruleKinds(text)).not.toContain('threat');
  });
});

describe('courtesy check: lawful steps and plain errands that borrow threat words', () => {
  it.each([
    "I know where your head office is and that's where my letter is going.",
    'Sé dónde está vuestra oficina y allí irá mi carta certificada.',
    'Je sais où se trouve votre siège, ma lettre recommandée part demain.',
    'Ich weiß, wo Ihre Zentrale ist: dorthin schicke ich meine Beschwerde.',
    'You will be hearing from my solicitor about the deposit.',
    'My lawyer will be in touch regarding the invoice.',
    'Happy to shoot them over by email.',
    "I'll shoot you the receipt tonight.",
  ])('stays clean: %s', (text) => {
    expect(ruleKinds(text)).not.toContain('threat');
  });

  it.each(['I know where your office is. Sleep tight.', "I'll shoot you if you come near my house again."])(
    'still reads as a threat: %s',
    (text) => {
      expect(kindsOf(text)).toContain('threat');
    },
  );
});
