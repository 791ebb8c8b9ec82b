import * as z from 'zod/mini';
import type { MessageKey, PluralKey } from '../i18n/message-keys';

/**
 * What scoring says, as facts rather than sentences: a message key and its arguments as typed values
 * (a count, a ratio, a tier's label, a date), never text already written in one language. Each view
 * (the card, the side panel, `npm run vet`) writes the sentence in its own language and number
 * conventions through one renderer, lib/i18n/facts.ts. Scoring never imports the translator
 * (tests/unit/scoring/facts.test.tsx keeps it so).
 */

/** One value inside a sentence. */
export type FactValue =
  /** A count, written with the locale's grouping ("24,310", "24.310"); null is written "—" (none set). */
  | { kind: 'count'; value: number | null }
  /** A ratio written as a percent ("0.97%"): two decimals below 10%, one above. */
  | { kind: 'percent'; value: number }
  /** A share written as a whole percent ("40%"): the overall score's weights. */
  | { kind: 'share'; value: number }
  /** A plain number with at most `digits` decimals ("3.17", "3,17"). */
  | { kind: 'decimal'; value: number; digits: number; minDigits?: number }
  /** A year, as it is written: no grouping. */
  | { kind: 'year'; value: number }
  /** A follower tier's label as the sources name it ("10k–50k"), written the interface's way. */
  | { kind: 'tier'; label: string }
  /** An ISO time, written as the locale writes a date. */
  | { kind: 'date'; iso: string }
  /** A published source (lib/scoring/sources.ts titles it), with its year after a comma or in parentheses where given. */
  | { kind: 'source'; source: string; year?: number; yearIn?: 'comma' | 'parens' }
  /** A language by its ISO 639-1 code, named in the interface language. */
  | { kind: 'language'; code: string }
  /** A word of the interface itself: a platform's, a part's or a field's name. */
  | { kind: 'message'; key: MessageKey }
  /** Text taken as it is: a brief's term, a post id, a caption's words. Drawn as text, never markup. */
  | { kind: 'text'; value: string };

/** A value, or a whole sentence inside another ("Engagement 62 × 40%" inside "Overall 58 = …"). */
export type FactPart = FactValue | { kind: 'fact'; fact: Fact<MessageKey, FactValue> };

/** An argument: a part, or a list of parts joined the way the sentence needs. */
export type FactArg = FactPart | { kind: 'list'; items: FactPart[]; joiner: 'comma' | 'semicolon' | 'plus' };

/** A message and its arguments, in the order of the message's `$1`, `$2`, … */
export interface KeyFact<K extends MessageKey = MessageKey, A = FactArg> {
  key: K;
  args: A[];
}

/** A message whose words follow a count ("1 post", "12 posts"): the count is `$1`, `args` are `$2`, … */
export interface PluralFact {
  plural: PluralKey;
  count: number;
  args: FactArg[];
}

export type Fact<K extends MessageKey = MessageKey, A = FactArg> = KeyFact<K, A> | PluralFact;

/** Builders, so a fact reads like its sentence: `fact('reason_auth_checks', count(3), count(7))`. */
export const fact = <K extends MessageKey>(key: K, ...args: FactArg[]): KeyFact<K> => ({ key, args });
export const pluralFact = (plural: PluralKey, n: number, ...args: FactArg[]): PluralFact => ({ plural, count: n, args });
export const count = (value: number | null): FactValue => ({ kind: 'count', value });
export const percent = (value: number): FactValue => ({ kind: 'percent', value });
export const share = (value: number): FactValue => ({ kind: 'share', value });
export const decimal = (value: number, digits: number, minDigits?: number): FactValue =>
  minDigits === undefined ? { kind: 'decimal', value, digits } : { kind: 'decimal', value, digits, minDigits };
export const year = (value: number): FactValue => ({ kind: 'year', value });
export const tier = (label: string): FactValue => ({ kind: 'tier', label });
export const date = (iso: string): FactValue => ({ kind: 'date', iso });
export const source = (title: string, published?: number, yearIn: 'comma' | 'parens' = 'comma'): FactValue =>
  published === undefined ? { kind: 'source', source: title } : { kind: 'source', source: title, year: published, yearIn };
export const language = (code: string): FactValue => ({ kind: 'language', code });
export const message = (key: MessageKey): FactValue => ({ kind: 'message', key });
export const text = (value: string): FactValue => ({ kind: 'text', value });
export const list = (items: FactPart[], joiner: 'comma' | 'semicolon' | 'plus' = 'comma'): FactArg => ({ kind: 'list', items, joiner });
export const nested = (key: MessageKey, ...args: FactValue[]): FactPart => ({ kind: 'fact', fact: { key, args } });

/** Whether a fact is a plural message. */
export const isPlural = (f: Fact): f is PluralFact => 'plural' in f;

// Schemas: a report's facts cross messages (worker → content script → card, popup), checked on arrival.

const finite = z.number().check(z.refine(Number.isFinite, 'expected a finite number'));
const KEY = z.string().check(z.regex(/^[a-z][a-zA-Z0-9_]*$/), z.maxLength(80));
const TEXT = z.string().check(z.maxLength(2000));

const FactValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), value: z.nullable(finite) }),
  z.object({ kind: z.literal('percent'), value: finite }),
  z.object({ kind: z.literal('share'), value: finite }),
  z.object({
    kind: z.literal('decimal'),
    value: finite,
    digits: z.number().check(z.int(), z.minimum(0), z.maximum(6)),
    minDigits: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(6))),
  }),
  z.object({ kind: z.literal('year'), value: z.number().check(z.int()) }),
  z.object({ kind: z.literal('tier'), label: TEXT }),
  z.object({ kind: z.literal('date'), iso: TEXT }),
  z.object({ kind: z.literal('source'), source: TEXT, year: z.optional(z.number().check(z.int())), yearIn: z.optional(z.enum(['comma', 'parens'])) }),
  z.object({ kind: z.literal('language'), code: z.string().check(z.maxLength(20)) }),
  z.object({ kind: z.literal('message'), key: KEY }),
  z.object({ kind: z.literal('text'), value: TEXT }),
]);
const InnerFactSchema = z.object({ key: KEY, args: z.array(FactValueSchema).check(z.maxLength(9)) });
const FactPartSchema = z.union([FactValueSchema, z.object({ kind: z.literal('fact'), fact: InnerFactSchema })]);
const FactArgSchema = z.union([
  FactPartSchema,
  z.object({ kind: z.literal('list'), items: z.array(FactPartSchema).check(z.maxLength(50)), joiner: z.enum(['comma', 'semicolon', 'plus']) }),
]);

/** A fact as it arrives in a message: keys are checked for shape here, and against the catalogue when written. */
export const FactSchema = z.union([
  z.object({ key: KEY, args: z.array(FactArgSchema).check(z.maxLength(9)) }),
  z.object({ plural: KEY, count: finite, args: z.array(FactArgSchema).check(z.maxLength(8)) }),
]);
