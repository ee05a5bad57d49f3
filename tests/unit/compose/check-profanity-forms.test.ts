import { checkText } from '../../../lib/compose/check';

const kindsOf = (text: string) => checkText(text).map((f) => f.kind);

describe('courtesy check: swearing abbreviated or masked', () => {
  it.each([
    'Card declined again at the till. fml',
    'OMFG, the app logged me out mid-payment.',
    'Enough of this bs about "high call volumes".',
    'The muthaf*cking router reset itself again.',
    'Two weeks of this clusterf**k with my move date.',
    'Tabarnac, encore une facture en double.',
    'Câlisse, le technicien est encore en retard.',
    'No me pinches más con el chingado recargo.',
    'Your agents behaved like a-holes on the phone.',
  ])('reports profanity or an insult: %s', (text) => {
    expect(kindsOf(text).some((k) => k === 'profanity' || k === 'insult')).toBe(true);
  });

  it.each([
    'She has a BS in accounting and still could not read the bill.',
    'The BS 1363 plug is the one in the box.',
    'The tabernacle choir concert was moved, can I get a refund?',
    'My colleague Crissy forwarded your email.',
    'Fmla leave forms are on the intranet.',
  ])('stays clean: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('courtesy check: swearing masked in ways no list names', () => {
  it.each([
    'This sh*tty router dropped again.',
    'Three f***ing weeks for a refund.',
    'What a load of bu11sh!t from your chat.',
    'Quelle merd€ ce service.',
    'Das ist echt sch31sse.',
    'Que p*rra de atendimento.',
  ])('reports profanity: %s', (text) => {
    expect(kindsOf(text)).toContain('profanity');
  });

  it.each([
    'Order #A12*B was charged £4.99 twice.',
    'Rated it 5* anyway, the driver was lovely.',
    'Use code SAVE20 at checkout.',
    'Wifi pass is on the card: h0me!',
    'The rating went from 4* to 2* overnight.',
  ])('stays clean: %s', (text) => {
    expect(kindsOf(text)).not.toContain('profanity');
  });
});
