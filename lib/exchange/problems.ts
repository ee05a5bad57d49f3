import type { z } from 'zod';
import { t } from '../i18n';

/** One thing wrong with an import file: where (e.g. "attempts[12].channel"; empty for the file) and what. */
export interface ImportProblem {
  where: string;
  message: string;
}

export function problemText(problem: ImportProblem): string {
  return problem.where ? `${problem.where}: ${problem.message}` : problem.message;
}

/** "data.attempts.12.channel" → "attempts[12].channel": the table is what a person recognises. */
export function pathText(path: readonly PropertyKey[]): string {
  const parts = path[0] === 'data' && path.length > 1 ? path.slice(1) : path;
  return parts.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    const name = String(part);
    return text ? `${text}.${name}` : name;
  }, '');
}

const MAX_SHOWN_CHARS = 40;

/** A short, safe description of a value a person can match against their file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return t('exchange.value.nothing');
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
    const sized = value.length > MAX_SHOWN_CHARS ? ` ${t('exchange.value.length', { count: value.length })}` : '';
    return `${JSON.stringify(shown)}${sized}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return t('exchange.value.list', { count: value.length });
  return t('exchange.value.object');
}

const TYPE_NAMES: Record<string, Parameters<typeof t>[0]> = {
  string: 'exchange.type.string',
  number: 'exchange.type.number',
  int: 'exchange.type.int',
  boolean: 'exchange.type.boolean',
  array: 'exchange.type.array',
  object: 'exchange.type.object',
};

function typeName(expected: string): string {
  const key = TYPE_NAMES[expected];
  return key ? t(key) : expected;
}

function formatName(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === 'uuid') return t('exchange.format.uuid');
  if (issue.format === 'email') return t('exchange.format.email');
  // Model regexes carry a human description ("a lower-case slug of …") as their message.
  return issue.message;
}

function unitOf(origin: string): string {
  if (origin === 'string') return t('exchange.unit.characters');
  if (origin === 'array' || origin === 'set') return t('exchange.unit.items');
  return '';
}

/** Plain-language reason for one zod issue (the path is rendered separately). */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const got = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? t('exchange.issue.missing', { expected: typeName(issue.expected) })
        : t('exchange.issue.type', { expected: typeName(issue.expected), got });
    case 'invalid_value': {
      const options = issue.values.map((v) => String(v));
      return options.length === 1
        ? t('exchange.issue.exact', { expected: JSON.stringify(issue.values[0]), got })
        : t('exchange.issue.enum', { options: options.join(', '), got });
    }
    case 'invalid_format':
      return t('exchange.issue.format', { expected: formatName(issue), got });
    case 'too_big':
      return t('exchange.issue.tooBig', { max: String(issue.maximum), unit: unitOf(issue.origin), got });
    case 'too_small':
      return t('exchange.issue.tooSmall', { min: String(issue.minimum), unit: unitOf(issue.origin), got });
    case 'unrecognized_keys':
      return t('exchange.issue.unknownKeys', { keys: issue.keys.map((k) => JSON.stringify(k)).join(', ') });
    default:
      return t('exchange.issue.other', { message: issue.message, got });
  }
}

export function problemsFromZod(found: readonly z.core.$ZodIssue[], limit = MAX_PROBLEMS): ImportProblem[] {
  const shown = found.slice(0, limit).map((issue) => ({ where: pathText(issue.path), message: issueMessage(issue) }));
  if (found.length > limit)
    shown.push({ where: '', message: t('exchange.issue.more', { count: found.length - limit }) });
  return shown;
}

/** More than this many problems are summarised: a person fixes the first ones first. */
export const MAX_PROBLEMS = 50;
