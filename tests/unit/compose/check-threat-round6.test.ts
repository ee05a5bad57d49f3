import { checkText, ruleFindings } from '../../../lib/compose/check';

// The rules alone, so that a sentence passes or fails on the threat rules, not on the trained model.
const ruleKinds = (text: string) => ruleFindings(text).map((f) => f.kind);
const kindsOf = (text: string) => checkText(text).map((f) => f.kind);

describe('courtesy check: harm told by its outcome (ambulances, teeth, walking away)', () => {
  it.each([
    'Keep laughing at customers and that cashier is going to need a stretcher.',
    'Tell the engineer to bring a first-aid kit when he finally turns up.',
    "If your courier dumps my parcel again he'll be going home in an ambulance.",
    "Your rep won't be walking anywhere after I'm done talking to him.",
    'That technician will not be leaving my flat with all his teeth.',
    'I hope your driver enjoys his last delivery in one piece.',
    "I'll make sure that clerk never answers a phone for anyone again.",
    'If I lose my flat over this, I will see to it your landlord loses something too.',
    'Si el técnico vuelve a faltar, de mi casa no sale andando.',
    'Se o motorista aparecer outra vez, ele não volta pelo próprio pé.',
    'Si ce livreur remet les pieds ici, il ne repartira pas sur ses deux jambes.',
  ])('reads as a threat: %s', (text) => {
    expect(ruleKinds(text)).toContain('threat');
  });

  it.each([
    'My dad needed an ambulance after slipping in your store, please fix the floor.',
    'The driver was lovely and my parcel arrived in one piece.',
    "I won't be driving anywhere until my car comes back from your garage.",
    'I will make sure my friends never shop here again.',
    "The engineer said he'd need a first-aid kit in the van for the job, fair enough.",
    'La señora salió andando de la clínica sin problema.',
    'Eu não saio de casa sem o recibo.',
    'My mother is 84 and she will need a wheelchair at the gate, please confirm.',
    "She won't be driving anywhere for a while, the car is still at your garage.",
    'A encomenda não volta inteira, a caixa veio rasgada.',
  ])('stays clean: %s', (text) => {
    expect(ruleKinds(text)).not.toContain('threat');
  });
});

describe('courtesy check: damage wished on the company, by hint', () => {
  it.each([
    'Would be a pity if the whole lot caught fire some weekend.',
    "I'd hate for that shiny reception door to meet a crowbar.",
    'Nice glass frontage on the Bath branch. Awfully breakable.',
    'Your delivery vans might pick up a few mysterious dents overnight.',
    "Another missed bin and it's going straight through your director's windscreen.",
    "There won't be a window left intact at that depot by Friday.",
    'Ignore me again and your gym will burn, with the owner still inside.',
    'Como me vuelvan a cobrar, en esa tienda no va a quedar una vitrina sana.',
    'Si je ne suis pas remboursé, votre boutique risque de finir en cendres.',
    'Wenn das so weitergeht, bleibt von eurem Laden keine Scheibe heil.',
    'Se não me devolverem o dinheiro, a loja vai ficar sem vidros.',
    'Es wäre schade, wenn eurem Lager mal nachts etwas zustoßen würde.',
  ])('reads as a threat: %s', (text) => {
    expect(ruleKinds(text)).toContain('threat');
  });

  it.each([
    'Shame if my flat goes up in flames because your heater is faulty, please recall it.',
    "It's a shame the old cinema burned down last year.",
    'The box was marked very fragile and arrived smashed.',
    'My car might get a few scratches in your tight car park, can you paint the lines?',
    'The light goes through the window all morning, the blinds you fitted are too thin.',
    'Es wäre schade, wenn meinem Paket etwas passieren würde.',
    'Mi proyecto podría acabar en nada si no me devolvéis el dinero.',
    'Il est regrettable que votre client subisse des retards aussi longs.',
    'I bought the torch the shop recommended and it died in a day.',
  ])('stays clean: %s', (text) => {
    expect(ruleKinds(text)).not.toContain('threat');
  });
});

describe("courtesy check: a staff member's safety and whereabouts put on show", () => {
  it.each([
    'Your area manager ought to start checking under his car of a morning.',
    'The courier might want to vary his route home from now on.',
    'I wonder how safe your tellers feel heading to the bus stop alone.',
    'I know which pub he drinks at after his shift.',
    "We've got your site manager's home address now.",
    'The rep who lied to me would do well not to cross paths with me.',
    'Me and my cousins will be waiting for that driver at the depot gate.',
    'My self-control is wearing thin, and your agent knows his name is on my list.',
    'Your guard should count himself lucky there was a barrier between us.',
    'Le convendría no cruzarse conmigo en el aparcamiento.',
    "Je sais où elle se gare, la conseillère qui m'a raccroché au nez.",
    'Ihr Bote sollte sich nachts besser nicht mehr allein hier blicken lassen.',
    'O técnico devia ter cuidado quando sai do trabalho sozinho.',
  ])('reads as a threat: %s', (text) => {
    expect(ruleKinds(text)).toContain('threat');
  });

  it.each([
    'I wonder how safe your staff feel walking to the car park at night with no lighting.',
    'I know which branch he works at, so please pass this on to him.',
    'We have your head office address for the formal complaint.',
    'Our paths crossed at the counter and he was very helpful.',
    'My patience is running out, please reply today.',
    'I know where you live @PowerGridHelp: in my inbox, every single day.',
    'Espero que se cuide, el repartidor parecía enfermo.',
    'Kunden sollten sich besser nicht allein auf die Hotline verlassen.',
    'After your dentist, I finally know what pain feels like.',
  ])('stays clean: %s', (text) => {
    expect(ruleKinds(text)).not.toContain('threat');
  });
});

describe('courtesy check: weapons brought along, visits not for talking, and other tongues', () => {
  it.each([
    "I'll be popping round with a hammer, and it isn't for DIY.",
    "Refund me or I'll sort out your van with a crowbar.",
    'Next time it will be something harder than an email, delivered in person.',
    'Ich komme morgen vorbei, aber nicht zum Kaffee.',
    'Vou lá amanhã, e não vai ser para tomar café.',
    "J'irai à l'agence, et ce ne sera pas pour discuter.",
    'Our next visit to your office will not be a peaceful visit.',
    'If that rider show for my area again, e go see wetin e never see.',
    'agli baar late hua toh rider ki haddi tod dunga',
    'babasagin namin yung bintana niyo bukas',
  ])('reads as a threat: %s', (text) => {
    expect(kindsOf(text)).toContain('threat');
  });

  it.each([
    "I'm coming round to the shop with my receipt and the box.",
    "I'll be bringing the cricket bat back for a refund, it cracked on day one.",
    'My solicitor will write to your office, and it will be a formal letter.',
    'Vou à loja amanhã para conversar com o gerente.',
    'Ich komme zum Kaffee vorbei, wenn die Reparatur fertig ist.',
    'Ich saß nicht zum Kaffee im Wartezimmer, sondern wegen der Reparatur.',
  ])('stays clean: %s', (text) => {
    expect(ruleKinds(text)).not.toContain('threat');
  });
});
