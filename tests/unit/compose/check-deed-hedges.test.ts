import { checkText } from '../../../lib/compose/check';

const kindsOf = (text: string) => checkText(text).map((f) => f.kind);

describe('courtesy check: crimes told as deeds, hedged or not', () => {
  it.each([
    "I'm certain the porter pinched my watch from the room.",
    'I reckon the site manager is siphoning the maintenance funds.',
    'Clearly one of your drivers pocketed the cash I left for him.',
    "I'm sure your installer took the money from my kitchen drawer.",
    'Obviously the cleaner helped herself to my jewellery.',
    'Your branch manager has been skimming the takings for months, everyone knows.',
    'Bet the courier swiped my headphones out of the box.',
  ])('reads as defamation: %s', (text) => {
    expect(kindsOf(text)).toContain('defamation');
  });

  it.each([
    'Someone pinched my wallet on the train, I reported it to the police.',
    'The cashier swiped my card twice by mistake.',
    'The ATM took my card and the money never came out.',
    "I'm sure it is a mistake, please check the charge.",
    'I skimmed the terms and conditions but could not find the fee.',
    'The courier took the parcel back to the depot.',
    'A thief nicked my phone outside your shop, your staff were very kind.',
  ])('stays clean: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
