import { checkText } from '../../../lib/compose/check';

const kindsOf = (text: string) => checkText(text).map((f) => f.kind);

describe('courtesy check: Irish Eircodes, house addresses and Nigerian mobiles are private', () => {
  it.each([
    'Eircode T12 R5CP, please deliver there and not to the neighbours.',
    'We live at H91 E2K3, the courier keeps saying no such address.',
    'It is 7 Seaview Heights, the engineer never found it.',
    "It's 3 Meadow Rise, blue door, please tell the driver.",
    'Send the replacement to 41 Orchard Cottages please.',
    'My number is 0813 456 7890, call me when the driver is close.',
    'The rider can reach me on 0705 222 1188.',
    'Abeg call 0906 123 4567, na my own line, MTN no dey work.',
    'Please deliver to 4 High Street, Guildford, not the depot.',
    'I live at 19 Main Street, the driver went to the wrong door.',
  ])('reports private data: %s', (text) => {
    expect(kindsOf(text)).toContain('private');
  });

  it.each([
    'Please call your freephone line 0800 123 4567 back, it is always busy.',
    'Booking ref A12 BCDE still shows the old date.',
    'The level 2 car park was full again.',
    'Your store at 12 Harbour View had the right price.',
    'The shop on 22 Main Street, Ennis, had no stock of the router.',
    'The supermarket at 3 Market Street was shut at 6pm.',
    'The store at 80 High St never got the delivery.',
  ])('stays clean: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
