import type { Sector } from '../model';

/**
 * Regulators and ombudsmen a consumer can turn to once the company's own process is exhausted.
 * URLs are included only where the complaint page's address is certain; otherwise the name is
 * shown alone and the user searches for it.
 */
export interface Regulator {
  id: string;
  name: string;
  url?: string;
  /** ISO country codes; 'EU' matches every EU/EEA country. */
  countries: readonly string[];
  /** Empty = every sector. */
  sectors: readonly Sector[];
  /** How long the company must have had the written complaint before this step opens. */
  wait?: { weeks: number } | { workingDays: number };
  /** The clock that runs once the user files (shown as-is). */
  clockKey: RegulatorClockKey;
}

export type RegulatorClockKey =
  | 'fcc'
  | 'cfpb'
  | 'dot'
  | 'stateAg'
  | 'bbb'
  | 'fos'
  | 'commsOmbudsman'
  | 'cisas'
  | 'energyOmbudsman'
  | 'caa'
  | 'railOmbudsman'
  | 'ecc';

/** From 1 April 2026, UK telecom customers may go to ADR after six weeks instead of eight. */
export const UK_TELECOM_SIX_WEEKS_FROM = Date.UTC(2026, 3, 1);

export const EU_EEA = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'EU',
]);

export const REGULATORS: readonly Regulator[] = [
  {
    id: 'fcc',
    name: 'FCC Consumer Complaint Center',
    url: 'https://consumercomplaints.fcc.gov/',
    countries: ['US'],
    sectors: ['telecom'],
    clockKey: 'fcc',
  },
  {
    id: 'cfpb',
    name: 'Consumer Financial Protection Bureau (CFPB)',
    url: 'https://www.consumerfinance.gov/complaint/',
    countries: ['US'],
    sectors: ['bank', 'payments'],
    clockKey: 'cfpb',
  },
  {
    id: 'dot',
    name: 'U.S. Department of Transportation — Aviation Consumer Protection',
    url: 'https://www.transportation.gov/airconsumer',
    countries: ['US'],
    sectors: ['airline'],
    clockKey: 'dot',
  },
  {
    id: 'state-ag',
    name: 'Your state attorney general (consumer protection)',
    url: 'https://www.naag.org/find-my-ag/',
    countries: ['US'],
    sectors: [],
    clockKey: 'stateAg',
  },
  {
    id: 'bbb',
    name: 'Better Business Bureau',
    url: 'https://www.bbb.org/file-a-complaint',
    countries: ['US', 'CA'],
    sectors: [],
    clockKey: 'bbb',
  },
  {
    id: 'fos',
    name: 'Financial Ombudsman Service',
    url: 'https://www.financial-ombudsman.org.uk/',
    countries: ['GB', 'UK'],
    sectors: ['bank', 'payments', 'insurer'],
    wait: { weeks: 8 },
    clockKey: 'fos',
  },
  {
    id: 'comms-ombudsman',
    name: 'Communications Ombudsman (Ombudsman Services)',
    url: 'https://www.ombudsman-services.org/',
    countries: ['GB', 'UK'],
    sectors: ['telecom'],
    wait: { weeks: 8 },
    clockKey: 'commsOmbudsman',
  },
  {
    id: 'cisas',
    name: 'CISAS (if your provider is a member)',
    countries: ['GB', 'UK'],
    sectors: ['telecom'],
    wait: { weeks: 8 },
    clockKey: 'cisas',
  },
  {
    id: 'energy-ombudsman',
    name: 'Energy Ombudsman (Ombudsman Services)',
    url: 'https://www.ombudsman-services.org/',
    countries: ['GB', 'UK'],
    sectors: ['utility'],
    wait: { weeks: 8 },
    clockKey: 'energyOmbudsman',
  },
  {
    id: 'caa',
    name: "Civil Aviation Authority (or the airline's ADR scheme)",
    url: 'https://www.caa.co.uk/',
    countries: ['GB', 'UK'],
    sectors: ['airline'],
    wait: { weeks: 8 },
    clockKey: 'caa',
  },
  {
    id: 'rail-ombudsman',
    name: 'Rail Ombudsman',
    url: 'https://www.railombudsman.org/',
    countries: ['GB', 'UK'],
    sectors: ['rail'],
    wait: { workingDays: 40 },
    clockKey: 'railOmbudsman',
  },
  {
    id: 'ecc',
    name: 'European Consumer Centre (ECC-Net), for cross-border cases',
    countries: ['EU'],
    sectors: [],
    clockKey: 'ecc',
  },
];

function countryMatches(regulator: Regulator, country: string): boolean {
  const code = country.toUpperCase();
  return regulator.countries.some((c) => c === code || (c === 'EU' && EU_EEA.has(code)));
}

/** Regulators for a company's sector and country, sector-specific ones first. */
export function regulatorsFor(sector: Sector, country: string): Regulator[] {
  const matching = REGULATORS.filter(
    (r) => countryMatches(r, country) && (r.sectors.length === 0 || r.sectors.includes(sector)),
  );
  return [...matching.filter((r) => r.sectors.length > 0), ...matching.filter((r) => r.sectors.length === 0)];
}

/** The wait before a regulator step opens, adjusted for rules that changed over time. */
export function waitFor(regulator: Regulator, complaintAt: number): Regulator['wait'] {
  if (
    regulator.sectors.includes('telecom') &&
    regulator.countries.includes('GB') &&
    complaintAt >= UK_TELECOM_SIX_WEEKS_FROM
  ) {
    return { weeks: 6 };
  }
  return regulator.wait;
}
