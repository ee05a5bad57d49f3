import { describe, expect, it } from 'vitest';
import { parseQuickAdd, type QuickAddContext } from '../../../lib/quickadd';
import { context, FRIDAY, view, type View } from './fixtures';

/**
 * The tuned table: lines in English, Spanish, French and German, in different orders, with parts
 * missing, careless spacing and punctuation, and readings that must be asked. Each row states the
 * whole result: every field understood, every question with its options, and the unknown words.
 * Now is Wednesday 11 June 2025, 10:30 local, unless the row says Friday 13 June.
 */
const CHANNEL_MISSING = 'channel/channel_missing';

type Row = [line: string, expected: View, over?: Partial<QuickAddContext>];

const ENGLISH: Row[] = [
  [
    'Called T-Mobile, Priya, ref TM-48213, 45 min, credit by Fri',
    {
      channel: 'phone',
      company: 't-mobile',
      agents: ['Priya'],
      reference: 'TM-48213',
      duration: 45,
      promise: 'credit @ 2025-06-13T23:59',
      outcome: 'promised',
    },
  ],
  [
    'called t-mobile priya ref TM-48213 45min credit by fri',
    {
      channel: 'phone',
      company: 't-mobile',
      reference: 'TM-48213',
      duration: 45,
      promise: 'credit @ 2025-06-13T23:59',
      outcome: 'promised',
      summary: 'priya',
      unknown: ['priya'],
    },
  ],
  [
    'Called Comcast yesterday at 4pm, 1h 20, no answer',
    { channel: 'phone', company: 'comcast', at: '2025-06-10T16:00', duration: 80, outcome: 'no_answer' },
  ],
  [
    'Rang BT this morning, 30 min on hold then hung up',
    { channel: 'phone', company: 'bt', at: '2025-06-11T09:00', hold: 30, outcome: 'unresolved' },
  ],
  [
    'Emailed support@tmobile.com about a double charge',
    {
      channel: 'email',
      company: 't-mobile',
      contact: 'support@tmobile.com',
      summary: 'double charge',
      unknown: ['double', 'charge'],
    },
  ],
  [
    'Chat with Amazon, agent Raj, refund within 5 days',
    { channel: 'chat', company: 'amazon', agents: ['Raj'], promise: 'refund @ 2025-06-16T23:59', outcome: 'promised' },
  ],
  [
    'Called Vodafone 2 days ago, transferred to Mark, case 55123',
    {
      channel: 'phone',
      company: 'vodafone',
      at: '2025-06-09T12:00',
      agents: ['Mark'],
      outcome: 'transferred',
      reference: '55123',
    },
  ],
  [
    "DM'd @BTCare on X, no reply yet",
    { channel: 'social_dm', contact: '@BTCare', outcome: 'pending', summary: 'X', unknown: ['X'] },
  ],
  [
    'Called Amazon, 45',
    {
      channel: 'phone',
      company: 'amazon',
      questions: ['durationMinutes/number_without_unit: duration 45 | hold 45 | notes 45'],
    },
  ],
  [
    'Called Amazon, ref 1234, order 998877',
    {
      channel: 'phone',
      company: 'amazon',
      questions: ['reference/two_references: reference 1234 + notes order 998877 | reference 998877 + notes ref 1234'],
    },
  ],
  [
    'Called T-Mob about my bill',
    {
      channel: 'phone',
      summary: 'bill',
      unknown: ['bill'],
      questions: ['company/company_partial: company t-mobile | new company T-Mob'],
    },
  ],
  [
    'Called Vodafon, no answer',
    {
      channel: 'phone',
      outcome: 'no_answer',
      questions: ['company/company_partial: company vodafone | new company Vodafon'],
    },
  ],
  ['Called Acme Corp, Priya, 20 min', { channel: 'phone', companyText: 'Acme Corp', agents: ['Priya'], duration: 20 }],
  [
    'Acme, 20 min, no answer',
    {
      duration: 20,
      outcome: 'no_answer',
      questions: [CHANNEL_MISSING, 'agents/agent_or_company: agent Acme | new company Acme | notes Acme'],
    },
  ],
  [
    'Spoke to Gary then Sue at BT, still not sorted',
    { company: 'bt', agents: ['Gary', 'Sue'], outcome: 'unresolved', questions: [CHANNEL_MISSING] },
  ],
  [
    'Called BT on 12/11, no answer',
    {
      channel: 'phone',
      company: 'bt',
      outcome: 'no_answer',
      questions: ['at/date_order: at 2024-11-12T12:00 | at 2024-12-11T12:00'],
    },
  ],
  [
    'Called BT on 12/11, no answer',
    { channel: 'phone', company: 'bt', outcome: 'no_answer', at: '2024-12-11T12:00' },
    { locale: 'en-US' },
  ],
  [
    'Called BT on 12/11, no answer',
    { channel: 'phone', company: 'bt', outcome: 'no_answer', at: '2024-11-12T12:00' },
    { locale: 'en-GB' },
  ],
  [
    'Called BT on 12/11, no answer',
    {
      channel: 'phone',
      company: 'bt',
      outcome: 'no_answer',
      questions: ['at/date_order: at 2024-11-12T12:00 | at 2024-12-11T12:00'],
    },
    { locale: 'en' },
  ],
  ['Called BT on 12/12, no answer', { channel: 'phone', company: 'bt', outcome: 'no_answer', at: '2024-12-12T12:00' }],
  ['Called BT on 3 March', { channel: 'phone', company: 'bt', at: '2025-03-03T12:00' }],
  ['Called BT on March 3rd', { channel: 'phone', company: 'bt', at: '2025-03-03T12:00' }],
  ['Called BT Tuesday 3pm', { channel: 'phone', company: 'bt', at: '2025-06-10T15:00' }],
  [
    'Called BT Wednesday',
    { channel: 'phone', company: 'bt', questions: ['at/weekday_today: at 2025-06-11T10:30 | at 2025-06-04T12:00'] },
  ],
  [
    'Called BT last Monday',
    {
      channel: 'phone',
      company: 'bt',
      questions: ['at/weekday_which_week: at 2025-06-09T12:00 | at 2025-06-02T12:00'],
    },
  ],
  ['Called BT last Friday', { channel: 'phone', company: 'bt', at: '2025-06-06T12:00' }],
  [
    'BT promised a technician on 12/12',
    { company: 'bt', promise: 'technician @ 2025-12-12T23:59', outcome: 'promised', questions: [CHANNEL_MISSING] },
  ],
  [
    'Called BT, callback tomorrow',
    { channel: 'phone', company: 'bt', promise: 'callback @ 2025-06-12T23:59', outcome: 'promised' },
  ],
  [
    'Called BT, they will call back tomorrow at 3pm',
    { channel: 'phone', company: 'bt', promise: 'call back @ 2025-06-12T15:00', outcome: 'promised' },
  ],
  [
    'Called BT, refund by next Friday',
    {
      channel: 'phone',
      company: 'bt',
      outcome: 'promised',
      questions: ['promise/weekday_which_week: promise refund @ 2025-06-13T23:59 | promise refund @ 2025-06-20T23:59'],
    },
  ],
  [
    'Called BT, refund by Wednesday',
    {
      channel: 'phone',
      company: 'bt',
      outcome: 'promised',
      questions: ['promise/weekday_today: promise refund @ 2025-06-11T23:59 | promise refund @ 2025-06-18T23:59'],
    },
  ],
  [
    'Called BT, credit by 1 June',
    { channel: 'phone', company: 'bt', promise: 'credit @ 2025-06-01T23:59 past', outcome: 'promised' },
  ],
  [
    'Called BT, refund by end of month',
    { channel: 'phone', company: 'bt', promise: 'refund @ 2025-06-30T23:59', outcome: 'promised' },
  ],
  [
    'Called BT, refund within 3 business days',
    { channel: 'phone', company: 'bt', promise: 'refund @ 2025-06-16T23:59', outcome: 'promised' },
  ],
  [
    'Called BT, refund in 2 weeks',
    { channel: 'phone', company: 'bt', promise: 'refund @ 2025-06-25T23:59', outcome: 'promised' },
  ],
  ['Called BT, fixed', { channel: 'phone', company: 'bt', outcome: 'resolved' }],
  ['Called BT, refused to refund', { channel: 'phone', company: 'bt', outcome: 'refused', summary: 'refund' }],
  [
    'Called BT, transferred twice then hung up',
    {
      channel: 'phone',
      company: 'bt',
      summary: 'twice',
      unknown: ['twice'],
      questions: ['outcome/two_outcomes: outcome transferred | outcome unresolved'],
    },
  ],
  [
    'Wrote to Amazon',
    { company: 'amazon', questions: ['channel/channel_unclear: channel email | channel letter | channel web_form'] },
  ],
  ['Wrote to Amazon, recorded delivery', { channel: 'letter', company: 'amazon' }],
  [
    'Called BT and emailed them',
    { company: 'bt', questions: ['channel/channel_unclear: channel phone | channel email'] },
  ],
  [
    'Called BT, 30 min on hold, 10 min talking',
    { channel: 'phone', company: 'bt', hold: 30, duration: 10, summary: 'talking', unknown: ['talking'] },
  ],
  ['Called BT, on hold for 25 minutes', { channel: 'phone', company: 'bt', hold: 25 }],
  ['Called BT, half an hour', { channel: 'phone', company: 'bt', duration: 30 }],
  ['Called BT, an hour', { channel: 'phone', company: 'bt', duration: 60 }],
  ['Called BT, 1.5 hours', { channel: 'phone', company: 'bt', duration: 90 }],
  [
    'Called BT, 2 hrs, gave up',
    { channel: 'phone', company: 'bt', duration: 120, summary: 'gave up', unknown: ['gave', 'up'] },
  ],
  [
    'Phoned British Gas, Mr. Smith, ticket #88213',
    { channel: 'phone', company: 'british-gas', agents: ['Mr. Smith'], reference: '88213' },
  ],
  [
    'Called BT 0800 800 150, no answer',
    { channel: 'phone', company: 'bt', contact: '0800 800 150', outcome: 'no_answer' },
  ],
  ['Called BT, ref: AB-12-CD', { channel: 'phone', company: 'bt', reference: 'AB-12-CD' }],
  ['Called BT, ref ab12cd', { channel: 'phone', company: 'bt', reference: 'ab12cd' }],
  ['Called BT, spoke to priya', { channel: 'phone', company: 'bt', agents: ['priya'] }],
  ['Called BT, Priya -> Mark -> Leo', { channel: 'phone', company: 'bt', agents: ['Priya', 'Mark', 'Leo'] }],
  [
    'Visited the Vodafone store, refund promised by Saturday',
    { channel: 'in_person', company: 'vodafone', promise: 'refund @ 2025-06-14T23:59', outcome: 'promised' },
  ],
  ['Contact form on amazon.com, no reply', { channel: 'web_form', company: 'amazon', outcome: 'pending' }],
  ['Letter to British Gas, recorded delivery', { channel: 'letter', company: 'british-gas' }],
  ['Amazon app, 10 min, resolved', { channel: 'app', company: 'amazon', duration: 10, outcome: 'resolved' }],
  [
    'Called BT at 9:15',
    { channel: 'phone', company: 'bt', questions: ['at/time_half_day: at 2025-06-11T09:15 | at 2025-06-10T21:15'] },
  ],
  ['Called BT at 09:15', { channel: 'phone', company: 'bt', at: '2025-06-11T09:15' }],
  [
    'Called BT at 3',
    { channel: 'phone', company: 'bt', questions: ['at/time_half_day: at 2025-06-11T03:00 | at 2025-06-10T15:00'] },
  ],
  ['Called BT, 2 hours ago', { channel: 'phone', company: 'bt', at: '2025-06-11T08:30' }],
  ['Called BT, an hour ago', { channel: 'phone', company: 'bt', at: '2025-06-11T09:30' }],
  ['Called BT on the 2nd', { channel: 'phone', company: 'bt', at: '2025-06-02T12:00' }],
  [
    'Called BT, refund by the 20th',
    { channel: 'phone', company: 'bt', promise: 'refund @ 2025-06-20T23:59', outcome: 'promised' },
  ],
  ['called british gas yesterday morning', { channel: 'phone', company: 'british-gas', at: '2025-06-10T09:00' }],
  [
    'Chat on t-mobile.com, agent 4471, sorted',
    { channel: 'chat', company: 't-mobile', agents: ['4471'], outcome: 'resolved' },
  ],
  [
    'Called BT, 45 min, 30 min',
    { channel: 'phone', company: 'bt', questions: ['durationMinutes/two_durations: duration 45 | duration 30'] },
  ],
  [
    'Called BT and Vodafone',
    {
      channel: 'phone',
      questions: ['company/two_companies: company bt + notes Vodafone | company vodafone + notes BT'],
    },
  ],
  ['Called BT, 31/02', { channel: 'phone', company: 'bt', summary: '31/02' }],
  [
    'Called BT, promised by Friday',
    { channel: 'phone', company: 'bt', promise: 'promised @ 2025-06-13T23:59', outcome: 'promised' },
  ],
  [
    'Called BT about broadband, engineer Tuesday',
    {
      channel: 'phone',
      company: 'bt',
      promise: 'engineer @ 2025-06-17T23:59',
      outcome: 'promised',
      summary: 'broadband',
      unknown: ['broadband'],
    },
  ],
  [
    'Called BT re bill, Kate, 12 mins, pending',
    {
      channel: 'phone',
      company: 'bt',
      agents: ['Kate'],
      duration: 12,
      outcome: 'pending',
      summary: 'bill',
      unknown: ['bill'],
    },
  ],
  ['Chat with Kevin, 15 min', { channel: 'chat', agents: ['Kevin'], duration: 15 }],
  ['Called BT, 2 days ago at 3pm', { channel: 'phone', company: 'bt', at: '2025-06-09T15:00' }],
  ['Called BT last Friday, on Friday', { channel: 'phone', company: 'bt', at: '2025-06-06T12:00' }],
  [
    'Called BT, refund by Fri, credit by Monday',
    {
      channel: 'phone',
      company: 'bt',
      outcome: 'promised',
      questions: ['promise/two_dates: promise refund @ 2025-06-13T23:59 | promise credit @ 2025-06-16T23:59'],
    },
  ],
];

const SPANISH: Row[] = [
  [
    'Llamé a Movistar, ref 4471, 30 min, reembolso para el viernes',
    {
      channel: 'phone',
      company: 'movistar',
      reference: '4471',
      duration: 30,
      promise: 'reembolso @ 2025-06-13T23:59',
      outcome: 'promised',
    },
  ],
  [
    'Llamada a Iberdrola ayer, me atendió Lucía, sin solución',
    { channel: 'phone', company: 'iberdrola', at: '2025-06-10T12:00', agents: ['Lucía'], outcome: 'unresolved' },
  ],
  [
    'Escribí a Endesa, caso 7781, pendiente',
    {
      company: 'endesa',
      reference: '7781',
      outcome: 'pending',
      questions: ['channel/channel_unclear: channel email | channel letter | channel web_form'],
    },
  ],
  [
    'Chat con Movistar, 20 minutos, me pasaron con Ana',
    { channel: 'chat', company: 'movistar', duration: 20, agents: ['Ana'], outcome: 'transferred' },
  ],
  [
    'Llamé a Movistar hace 3 días, 1 hora en espera',
    { channel: 'phone', company: 'movistar', at: '2025-06-08T12:00', hold: 60 },
  ],
  [
    'Movistar, llamada, técnico el lunes que viene',
    { channel: 'phone', company: 'movistar', promise: 'técnico @ 2025-06-16T23:59', outcome: 'promised' },
  ],
  [
    'Llamé a Vodafone el 3 de marzo, media hora',
    { channel: 'phone', company: 'vodafone', at: '2025-03-03T12:00', duration: 30 },
  ],
  [
    'Llamé a Iberdrola, me colgaron, expediente EX-2291',
    { channel: 'phone', company: 'iberdrola', outcome: 'unresolved', reference: 'EX-2291' },
  ],
  [
    'Llamé a Movistar, devolución en 10 días hábiles',
    { channel: 'phone', company: 'movistar', promise: 'devolución @ 2025-06-25T23:59', outcome: 'promised' },
  ],
  ['Movistar: nadie contesta', { company: 'movistar', outcome: 'no_answer', questions: [CHANNEL_MISSING] }],
  [
    'Llamé a Movistar esta mañana, resuelto',
    { channel: 'phone', company: 'movistar', at: '2025-06-11T09:00', outcome: 'resolved' },
  ],
  [
    'llame a movistar, 45 minutos de espera, sin respuesta',
    { channel: 'phone', company: 'movistar', hold: 45, outcome: 'no_answer' },
  ],
  [
    'Correo a Endesa el martes, sin respuesta todavía',
    { channel: 'email', company: 'endesa', at: '2025-06-10T12:00', outcome: 'no_answer' },
  ],
  [
    'Llamé a Vodafone, asesora Marta, abono antes del 30/06',
    {
      channel: 'phone',
      company: 'vodafone',
      agents: ['Marta'],
      promise: 'abono @ 2025-06-30T23:59',
      outcome: 'promised',
    },
  ],
  [
    'Llamé a Movistar, 12/11, rechazado',
    {
      channel: 'phone',
      company: 'movistar',
      outcome: 'refused',
      questions: ['at/date_order: at 2024-11-12T12:00 | at 2024-12-11T12:00'],
    },
  ],
  [
    'Llamé a Movistar, 12/11, rechazado',
    { channel: 'phone', company: 'movistar', outcome: 'refused', at: '2024-11-12T12:00' },
    { locale: 'es-ES' },
  ],
  [
    'Llamé a Iberdrola hace una hora, una hora y media',
    { channel: 'phone', company: 'iberdrola', at: '2025-06-11T09:30', duration: 90 },
  ],
  [
    'Iberdrola, en persona, en la oficina de Sevilla',
    { channel: 'in_person', company: 'iberdrola', summary: 'Sevilla', unknown: ['Sevilla'] },
  ],
  ['Llamé a Endesa el viernes pasado a las 17:30', { channel: 'phone', company: 'endesa', at: '2025-06-06T17:30' }],
  [
    'Llamé a Telefónica, Ana y Luis, sin solución',
    { channel: 'phone', companyText: 'Telefónica', agents: ['Ana', 'Luis'], outcome: 'unresolved' },
  ],
  [
    'Llamé a Movistar, me llamarán mañana por la tarde',
    { channel: 'phone', company: 'movistar', promise: 'me llamarán @ 2025-06-12T15:00', outcome: 'promised' },
  ],
  [
    'Llamé a Endesa, pedido 55-123-9, 15 min',
    { channel: 'phone', company: 'endesa', reference: '55-123-9', duration: 15 },
  ],
];

const FRENCH: Row[] = [
  [
    'Appelé Free, conseiller Karim, dossier 88421, rappel demain',
    {
      channel: 'phone',
      company: 'free',
      agents: ['Karim'],
      reference: '88421',
      promise: 'rappel @ 2025-06-12T23:59',
      outcome: 'promised',
    },
  ],
  [
    "J'ai appelé Orange hier soir, 45 minutes d'attente, raccroché",
    { channel: 'phone', company: 'orange', at: '2025-06-10T19:00', hold: 45, outcome: 'unresolved' },
  ],
  [
    'Mail à SFR, réclamation 5521, pas de réponse',
    { channel: 'email', company: 'sfr', reference: '5521', outcome: 'no_answer' },
  ],
  [
    'Appel SFR le 2 juin, Mme Martin, remboursement sous 15 jours',
    {
      channel: 'phone',
      company: 'sfr',
      at: '2025-06-02T12:00',
      agents: ['Mme Martin'],
      promise: 'remboursement @ 2025-06-26T23:59',
      outcome: 'promised',
    },
  ],
  ['Free, tchat, 25 min, résolu', { channel: 'chat', company: 'free', duration: 25, outcome: 'resolved' }],
  [
    'Appelé Orange mardi dernier à 14h',
    {
      channel: 'phone',
      company: 'orange',
      questions: ['at/weekday_which_week: at 2025-06-10T14:00 | at 2025-06-03T14:00'],
    },
  ],
  ['Lettre recommandée à Free, refus', { channel: 'letter', company: 'free', outcome: 'refused' }],
  ['Appelé Bouygues, 10 min', { channel: 'phone', companyText: 'Bouygues', duration: 10 }],
  [
    'Appelé Orange, technicien prévu le 20/06',
    { channel: 'phone', company: 'orange', promise: 'technicien prévu @ 2025-06-20T23:59', outcome: 'promised' },
  ],
  [
    'appelé free hier 9h30, 1h d’attente, transféré à Julie',
    { channel: 'phone', company: 'free', at: '2025-06-10T09:30', hold: 60, agents: ['Julie'], outcome: 'transferred' },
  ],
  [
    'Orange en boutique, vendeuse Léa, remplacement vendredi',
    {
      channel: 'in_person',
      company: 'orange',
      agents: ['Léa'],
      promise: 'remplacement @ 2025-06-13T23:59',
      outcome: 'promised',
    },
  ],
  [
    'Appelé SFR il y a 2 jours, personne n’a répondu',
    { channel: 'phone', company: 'sfr', at: '2025-06-09T12:00', outcome: 'no_answer' },
  ],
  [
    'Appelé Free, une demi-heure, toujours en attente',
    { channel: 'phone', company: 'free', duration: 30, outcome: 'pending' },
  ],
  [
    'Courriel à Orange le 3 mars, avoir promis avant la fin du mois',
    {
      channel: 'email',
      company: 'orange',
      at: '2025-03-03T12:00',
      promise: 'avoir @ 2025-06-30T23:59',
      outcome: 'promised',
    },
  ],
  [
    'Appelé Free lundi dernier',
    {
      channel: 'phone',
      company: 'free',
      questions: ['at/weekday_which_week: at 2025-06-09T12:00 | at 2025-06-02T12:00'],
    },
  ],
];

const GERMAN: Row[] = [
  [
    'Telekom angerufen, Herr Weber, Ticket 12-3344, Gutschrift bis Freitag',
    {
      channel: 'phone',
      company: 'telekom',
      agents: ['Herr Weber'],
      reference: '12-3344',
      promise: 'Gutschrift @ 2025-06-13T23:59',
      outcome: 'promised',
    },
  ],
  [
    'Vodafone angerufen, 40 Minuten Warteschleife, nicht erreicht',
    { channel: 'phone', company: 'vodafone', hold: 40, outcome: 'no_answer' },
  ],
  [
    'Bei O2 angerufen, Rückruf morgen',
    { channel: 'phone', company: 'o2', promise: 'Rückruf @ 2025-06-12T23:59', outcome: 'promised' },
  ],
  [
    'Chat mit Telekom gestern, Frau Schulz, gelöst',
    { channel: 'chat', company: 'telekom', at: '2025-06-10T12:00', agents: ['Frau Schulz'], outcome: 'resolved' },
  ],
  [
    'Deutsche Bahn, E-Mail geschickt, Erstattung innerhalb von 2 Wochen',
    { channel: 'email', company: 'deutsche-bahn', promise: 'Erstattung @ 2025-06-25T23:59', outcome: 'promised' },
  ],
  [
    'Telekom angerufen am 20.05., 1,5 Stunden, aufgelegt',
    { channel: 'phone', company: 'telekom', at: '2025-05-20T12:00', duration: 90, outcome: 'unresolved' },
  ],
  ['Telekom angerufen vor 2 Tagen um 15 Uhr', { channel: 'phone', company: 'telekom', at: '2025-06-09T15:00' }],
  [
    'Telekom angerufen, Techniker kommt nächsten Dienstag',
    { channel: 'phone', company: 'telekom', promise: 'Techniker kommt @ 2025-06-17T23:59', outcome: 'promised' },
  ],
  [
    'Filiale Vodafone, Berater Jan, Austausch abgelehnt',
    { channel: 'in_person', company: 'vodafone', agents: ['Jan'], outcome: 'refused', summary: 'Austausch' },
  ],
  [
    'Telekom angerufen, Gutschrift bis 12.11.',
    { channel: 'phone', company: 'telekom', promise: 'Gutschrift @ 2025-11-12T23:59', outcome: 'promised' },
  ],
  ['Telekom per Brief, Aktenzeichen AZ-77/2025', { channel: 'letter', company: 'telekom', reference: 'AZ-77/2025' }],
  [
    'O2 angerufen heute Morgen, eine halbe Stunde, Vorgangsnummer 4711-08',
    { channel: 'phone', company: 'o2', at: '2025-06-11T09:00', duration: 30, reference: '4711-08' },
  ],
  ['Telekom Hotline angerufen, niemand ging ran', { channel: 'phone', company: 'telekom', outcome: 'no_answer' }],
  [
    'Mit Vodafone gechattet, Mitarbeiterin Aylin, weitergeleitet',
    { channel: 'chat', company: 'vodafone', agents: ['Aylin'], outcome: 'transferred' },
  ],
  [
    'Deutsche Bahn angerufen am Montag um 9 Uhr, 25 Min',
    { channel: 'phone', company: 'deutsche-bahn', at: '2025-06-09T09:00', duration: 25 },
  ],
  [
    'Telekom angerufen, Erstattung bis Ende des Monats zugesagt',
    { channel: 'phone', company: 'telekom', promise: 'Erstattung @ 2025-06-30T23:59', outcome: 'promised' },
  ],
  ['Brief an Telekom geschrieben, keine Antwort', { channel: 'letter', company: 'telekom', outcome: 'no_answer' }],
  ['Acme GmbH angerufen, 5 Min', { channel: 'phone', companyText: 'Acme GmbH', duration: 5 }],
];

const SPACING_AND_CASE: Row[] = [
  [
    'Called   T-Mobile ,Priya,ref TM-48213 ,45min',
    { channel: 'phone', company: 't-mobile', agents: ['Priya'], reference: 'TM-48213', duration: 45 },
  ],
  ['called t-mobile;no answer;45 min', { channel: 'phone', company: 't-mobile', outcome: 'no_answer', duration: 45 }],
  [
    'Called T-Mobile - 45 mins - no answer.',
    { channel: 'phone', company: 't-mobile', duration: 45, outcome: 'no_answer' },
  ],
  ['CALLED T-MOBILE, NO ANSWER', { channel: 'phone', company: 't-mobile', outcome: 'no_answer' }],
  ['  called    tmobile.com   ', { channel: 'phone', company: 't-mobile' }],
  [
    'Called Deutsche  Bahn,45 min,no answer',
    { channel: 'phone', company: 'deutsche-bahn', duration: 45, outcome: 'no_answer' },
  ],
  ['called bt,,, ref:4471', { channel: 'phone', company: 'bt', reference: '4471' }],
  ['Called BT.Priya.20 min', { channel: 'phone', company: 'bt', agents: ['Priya'], duration: 20 }],
];

const FRIDAY_ROWS: Row[] = [
  [
    'Called BT, credit by Fri',
    {
      channel: 'phone',
      company: 'bt',
      outcome: 'promised',
      questions: ['promise/weekday_today: promise credit @ 2025-06-13T23:59 | promise credit @ 2025-06-20T23:59'],
    },
    { now: FRIDAY },
  ],
  [
    'Called BT Friday',
    { channel: 'phone', company: 'bt', questions: ['at/weekday_today: at 2025-06-13T10:30 | at 2025-06-06T12:00'] },
    { now: FRIDAY },
  ],
  [
    'Called BT, callback by this Friday',
    { channel: 'phone', company: 'bt', promise: 'callback @ 2025-06-13T23:59', outcome: 'promised' },
    { now: FRIDAY },
  ],
  [
    'Called BT, callback next Friday',
    { channel: 'phone', company: 'bt', promise: 'callback @ 2025-06-20T23:59', outcome: 'promised' },
    { now: FRIDAY },
  ],
  [
    'Telekom angerufen, Gutschrift bis Freitag',
    {
      channel: 'phone',
      company: 'telekom',
      outcome: 'promised',
      questions: [
        'promise/weekday_today: promise Gutschrift @ 2025-06-13T23:59 | promise Gutschrift @ 2025-06-20T23:59',
      ],
    },
    { now: FRIDAY },
  ],
  [
    'Llamé a Movistar, reembolso para el lunes',
    { channel: 'phone', company: 'movistar', promise: 'reembolso @ 2025-06-16T23:59', outcome: 'promised' },
    { now: FRIDAY },
  ],
];

const TABLES = {
  English: ENGLISH,
  Spanish: SPANISH,
  French: FRENCH,
  German: GERMAN,
  'spacing and case': SPACING_AND_CASE,
  'Friday 13 June': FRIDAY_ROWS,
};

describe('quick add, the tuned table', () => {
  for (const [name, rows] of Object.entries(TABLES)) {
    describe(name, () => {
      it.each(rows)('%s', (line, expected, over) => {
        const got = view(parseQuickAdd(line, context(over ?? {})));
        expect(got).toEqual(expected);
      });
    });
  }

  it('has at least 100 distinct lines', () => {
    const lines = new Set(
      Object.values(TABLES).flatMap((rows) => rows.map(([line, , over]) => `${line}|${JSON.stringify(over ?? {})}`)),
    );
    expect(lines.size).toBeGreaterThanOrEqual(100);
  });
});
