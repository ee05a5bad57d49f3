import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from '../../../lib/quickadd';
import { context, view, type View } from './fixtures';

/**
 * HELD OUT. These lines were written, with what they should give, before the parser existed,
 * and the parser was never changed to make one of them pass: they measure how well it reads
 * lines nobody tuned it for. A row that fails is a real miss, reported in its score, not fixed
 * here. (Unknown words are left out: they are a diagnostic, not what the person sees.)
 *
 * Now is Wednesday 11 June 2025, 10:30 local.
 */
const CHANNEL_MISSING = 'channel/channel_missing';

const ROWS: [line: string, expected: View, locale?: string][] = [
  [
    'Rang Vodafone this morning, 25 mins on hold, agent Tom, no fix',
    { channel: 'phone', company: 'vodafone', agents: ['Tom'], hold: 25, at: '2025-06-11T09:00', outcome: 'unresolved' },
  ],
  [
    'emailed support@tmobile.com about roaming charges',
    { channel: 'email', company: 't-mobile', contact: 'support@tmobile.com', summary: 'roaming charges' },
  ],
  [
    'Movistar: llamé ayer, 40 minutos, me colgaron',
    { channel: 'phone', company: 'movistar', at: '2025-06-10T12:00', duration: 40, outcome: 'unresolved' },
  ],
  [
    'Chat with Amazon, agent Raj, refund within 3 business days',
    { channel: 'chat', company: 'amazon', agents: ['Raj'], promise: 'refund @ 2025-06-16T23:59', outcome: 'promised' },
  ],
  [
    "Appel Orange hier 14h30, 1h d'attente, transféré 2 fois",
    {
      channel: 'phone',
      company: 'orange',
      at: '2025-06-10T14:30',
      hold: 60,
      outcome: 'transferred',
      summary: '2 fois',
    },
  ],
  [
    'Telekom Hotline angerufen, 50 Minuten Warteschleife, Rückruf morgen versprochen',
    { channel: 'phone', company: 'telekom', hold: 50, promise: 'Rückruf @ 2025-06-12T23:59', outcome: 'promised' },
  ],
  [
    'Called BT yesterday at 4pm, spoke to Gary then Sue, case 7781234, still not sorted',
    {
      channel: 'phone',
      company: 'bt',
      at: '2025-06-10T16:00',
      agents: ['Gary', 'Sue'],
      reference: '7781234',
      outcome: 'unresolved',
    },
  ],
  [
    'Llamada a Iberdrola, 10/06, sin respuesta',
    {
      channel: 'phone',
      company: 'iberdrola',
      outcome: 'no_answer',
      questions: ['at/date_order: at 2025-06-10T12:00 | at 2024-10-06T12:00'],
    },
  ],
  [
    'Free, conseillère Julie, ticket 55-20931, geste commercial sous 10 jours',
    {
      company: 'free',
      agents: ['Julie'],
      reference: '55-20931',
      promise: 'geste commercial @ 2025-06-21T23:59',
      outcome: 'promised',
      questions: [CHANNEL_MISSING],
    },
  ],
  [
    'DM’d Comcast on Twitter, no reply yet',
    { channel: 'social_dm', company: 'comcast', outcome: 'pending', summary: 'Twitter' },
  ],
  [
    'Visited the Vodafone store, manager refused to replace the phone',
    { channel: 'in_person', company: 'vodafone', outcome: 'refused', summary: 'replace the phone' },
  ],
  [
    'British Gas - 2h on hold, hung up on me',
    { company: 'british-gas', hold: 120, outcome: 'unresolved', questions: [CHANNEL_MISSING] },
  ],
  [
    'Escribí a Endesa por el formulario web, referencia INC-00482',
    { channel: 'web_form', company: 'endesa', reference: 'INC-00482' },
  ],
  [
    'Anruf bei O2 am Montag, Frau Schulz, Techniker kommt am 20.06.',
    {
      channel: 'phone',
      company: 'o2',
      at: '2025-06-09T12:00',
      agents: ['Frau Schulz'],
      promise: 'Techniker kommt @ 2025-06-20T23:59',
      outcome: 'promised',
    },
  ],
  [
    'called comcast 3 times today, never got through',
    { channel: 'phone', company: 'comcast', at: '2025-06-11T10:30', outcome: 'no_answer', summary: '3 times' },
  ],
  [
    'Deutsche Bahn Chat, 15 Min, Erstattung abgelehnt',
    { channel: 'chat', company: 'deutsche-bahn', duration: 15, outcome: 'refused', summary: 'Erstattung' },
  ],
  [
    'DHL phoned me back, parcel will be delivered Friday',
    { channel: 'phone', company: 'dhl', promise: 'parcel will be delivered @ 2025-06-13T23:59', outcome: 'promised' },
  ],
  [
    'Orange, ref 4471-AB, 12 min, résolu',
    { company: 'orange', reference: '4471-AB', duration: 12, outcome: 'resolved', questions: [CHANNEL_MISSING] },
  ],
  [
    'SFR appelé le 2 juin, 3 conseillers, rien',
    { channel: 'phone', company: 'sfr', at: '2025-06-02T12:00', summary: '3 conseillers, rien' },
  ],
  [
    'Called Amazon on 3/4 about a missing parcel',
    {
      channel: 'phone',
      company: 'amazon',
      summary: 'missing parcel',
      questions: ['at/date_order: at 2025-04-03T12:00 | at 2025-03-04T12:00'],
    },
  ],
  [
    'T-Mobile chat 20 min with Kevin, $30 credit by the 15th',
    {
      channel: 'chat',
      company: 't-mobile',
      duration: 20,
      agents: ['Kevin'],
      promise: '$30 credit @ 2025-06-15T23:59',
      outcome: 'promised',
    },
  ],
  [
    'Vodafone 45',
    {
      company: 'vodafone',
      questions: ['durationMinutes/number_without_unit: duration 45 | hold 45 | notes 45', CHANNEL_MISSING],
    },
  ],
  [
    'Llamé a Movistar el martes a las 5, ticket 8812, me pasaron con otro departamento',
    {
      channel: 'phone',
      company: 'movistar',
      reference: '8812',
      outcome: 'transferred',
      summary: 'otro departamento',
      questions: ['at/time_half_day: at 2025-06-10T05:00 | at 2025-06-10T17:00'],
    },
  ],
  [
    'Emailed Telekom 2 days ago, still waiting',
    { channel: 'email', company: 'telekom', at: '2025-06-09T12:00', outcome: 'pending' },
  ],
  [
    'iberdrola llamada 1h 15, prometen factura corregida antes del viernes',
    {
      channel: 'phone',
      company: 'iberdrola',
      duration: 75,
      promise: 'factura corregida @ 2025-06-13T23:59',
      outcome: 'promised',
    },
  ],
  [
    'Wrote to British Gas, recorded delivery, complaint ref BG/2291/K',
    { channel: 'letter', company: 'british-gas', reference: 'BG/2291/K' },
  ],
  [
    'Called Vodafone, Amir, 12/11 technician visit promised',
    {
      channel: 'phone',
      company: 'vodafone',
      agents: ['Amir'],
      promise: 'technician visit @ 2025-11-12T23:59',
      outcome: 'promised',
    },
    'en-GB',
  ],
  [
    'Telekom, Chat, Herr Yilmaz, Vorgang 2024-118, gelöst',
    { channel: 'chat', company: 'telekom', agents: ['Herr Yilmaz'], reference: '2024-118', outcome: 'resolved' },
  ],
  [
    'called o2 at 9:15, no answer after 40 min',
    {
      channel: 'phone',
      company: 'o2',
      duration: 40,
      outcome: 'no_answer',
      questions: ['at/time_half_day: at 2025-06-11T09:15 | at 2025-06-10T21:15'],
    },
  ],
  [
    'Amazon refund promised for 06/20',
    { company: 'amazon', promise: 'refund @ 2025-06-20T23:59', outcome: 'promised', questions: [CHANNEL_MISSING] },
  ],
  [
    'Visite en boutique Free hier, vendeur Léo, pas de solution',
    { channel: 'in_person', company: 'free', at: '2025-06-10T12:00', agents: ['Léo'], outcome: 'unresolved' },
  ],
  [
    'Kontaktformular Vodafone ausgefüllt, Antwort innerhalb von 48 Stunden',
    {
      channel: 'web_form',
      company: 'vodafone',
      promise: 'Antwort @ 2025-06-13T10:30',
      outcome: 'promised',
      summary: 'ausgefüllt',
    },
  ],
];

/** The share of rows read exactly right; the bar was set with the rows, before any parser code. */
const MINIMUM_RATE = 0.7;

describe('quick add, held-out lines (never tuned against)', () => {
  it(`reads at least ${MINIMUM_RATE * 100}% of them exactly`, () => {
    const misses: { line: string; expected: View; got: View }[] = [];
    for (const [line, expected, locale] of ROWS) {
      const got = view(parseQuickAdd(line, context(locale ? { locale } : {})), false);
      if (JSON.stringify(sortKeys(got)) !== JSON.stringify(sortKeys(expected))) misses.push({ line, expected, got });
    }
    const rate = (ROWS.length - misses.length) / ROWS.length;
    // The figure is the point of this file: print it, and what was missed.
    console.info(`quick add held-out: ${ROWS.length - misses.length}/${ROWS.length} (${Math.round(rate * 100)}%)`);
    for (const miss of misses)
      console.info(
        `  missed: ${miss.line}\n    expected ${JSON.stringify(miss.expected)}\n    got      ${JSON.stringify(miss.got)}`,
      );
    expect(rate).toBeGreaterThanOrEqual(MINIMUM_RATE);
  });
});

function sortKeys(v: View): Record<string, unknown> {
  return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
}
