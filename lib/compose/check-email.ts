import { parse } from 'tldts';
import { LETTER } from './check-letters';
/**
 * Which email addresses in a post are a company's, and so fine to post: role mailboxes
 * (support@, jobs@, orders@, reclamaciones@, kundenservice@, support.uk@…) and any mailbox at the
 * domain of the company the post is about. A person's own address (maria.lopez@gmail.com) is private.
 */

// Words companies name their mailboxes after, in the five languages. Glued ("customerservice"),
// joined by . _ - ("service.client"), or with a region ("support.uk", "help-es").
const ROLE_WORDS = [
  'customer',
  'customers',
  'client',
  'clients',
  'support',
  'help',
  'helpdesk',
  'desk',
  'info',
  'information',
  'contact',
  'contacts',
  'service',
  'services',
  'care',
  'complaints?',
  'relations',
  'billing',
  'accounts',
  'sales',
  'hello',
  'enquiries',
  'inquiries',
  'noreply',
  'donotreply',
  'do',
  'not',
  'no',
  'reply',
  'press',
  'media',
  'news',
  'newsletter',
  'marketing',
  'privacy',
  'dpo',
  'gdpr',
  'data',
  'protection',
  'legal',
  'feedback',
  'team',
  'admin',
  'office',
  'reservations?',
  'bookings?',
  'orders?',
  'shop',
  'store',
  'refunds?',
  'returns?',
  'claims?',
  'escalations?',
  'executive',
  'ceo',
  'resolution',
  'disputes?',
  'accessibility',
  'abuse',
  'security',
  'verification',
  'verify',
  'documents',
  'kyc',
  'compliance',
  'onboarding',
  'applications',
  'fraud',
  'webmaster',
  'jobs',
  'careers',
  'recruitment',
  'hr',
  'delivery',
  'deliveries',
  'tracking',
  'shipping',
  'notifications?',
  'alerts?',
  'mail',
  'email',
  'general',
  'cs',
  'cx',
  // Spanish, French, German, Portuguese
  'atencion',
  'atención',
  'cliente',
  'clientes',
  'reclamaciones',
  'reclamacion',
  'ayuda',
  'soporte',
  'pedidos',
  'reservas',
  'facturacion',
  'contacto',
  'sav',
  'reclamations?',
  'réclamations?',
  'aide',
  'commandes?',
  'relation',
  'kundenservice',
  'kundendienst',
  'kunden',
  'kontakt',
  'hilfe',
  'beschwerden?',
  'bestellungen',
  'sac',
  'atendimento',
  'ouvidoria',
  'ajuda',
  'suporte',
  'contato',
  'reclamacoes',
  'reclamações',
];

// A region or country tag, or a number ("support.uk", "help2"), only ever beside a role word.
const TAG = '(?:[a-z]{2}|\\d{1,3})';
const ROLE = `(?:${ROLE_WORDS.join('|')})`;
// Small words that join role words: "atencionalcliente", "service-du-client", "atendimento.ao.cliente".
const JOIN = '(?:al|a|de|del|du|do|da|ao|to|for|der|zum)';
const ROLE_LOCAL = new RegExp(`^(?:${TAG}[._-])?${ROLE}(?:[._-]?(?:${JOIN}[._-]?)?${ROLE})*(?:[._-]?${TAG})?$`, 'iu');

// Free mail providers: a role-looking name there ("info@gmail.com") is still a person's.
const FREE_MAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|t-online|orange|free|wanadoo|laposte|sfr|libero|btinternet|sky|virginmedia|talktalk|terra|uol|bol|ig|correo|telefonica|movistar|sapo|mail|yandex|zoho)$/iu;

/** The name part of a domain, by the public suffix list: "mail.northline.co.uk" → "northline". */
function domainName(domain: string): string {
  return (parse(domain.toLowerCase()).domainWithoutSuffix ?? '').split('.').at(-1) ?? '';
}

/** Whether an address is a company's, so it may be posted. */
export function publicAddress(local: string, domain: string, text: string): boolean {
  const name = domainName(domain);
  if (FREE_MAIL.test(name)) return false;
  if (ROLE_LOCAL.test(local)) return true;
  // At the domain of the company the post names ("@Northline", "Northline"), a mailbox with no
  // person's name in it (one plain word: "prensa@", "jobs@") is the company's.
  if (name.length < 3 || !/^\p{L}+$/u.test(local)) return false;
  const elsewhere = text.replace(/[\w.+-]+@[\w.-]+/gu, ' ');
  // Built per address found: the cheap Latin edges (./check-letters.ts) keep it cheap to compile.
  const word = name.replace(/[^\p{L}\p{N}]/gu, '');
  return new RegExp(`(?<!${LETTER})${word}(?!${LETTER})`, 'iu').test(elsewhere);
}
