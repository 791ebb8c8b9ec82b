import type * as z from 'zod/mini';

/**
 * Validation errors in words a person can act on: the field's path as code would write it
 * (`posts[3].likes`) and what was expected there, never zod's bare "Invalid input".
 */
type Issue = z.core.$ZodIssue;

/** `["posts", 3, "likes"]` → `posts[3].likes`; the whole value is "(top level)". */
function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
  date: 'a date',
  bigint: 'a whole number',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  // JSON and extension messages leave only these kinds here.
  const primitive = value as number | boolean | bigint | undefined;
  return String(primitive);
}

function limitWords(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>): string {
  const big = issue.code === 'too_big';
  const bound = Number(big ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      return big ? `text of at most ${bound} characters` : bound <= 1 ? 'text that is not empty' : `text of at least ${bound} characters`;
    case 'array':
    case 'set':
      return big ? `at most ${bound} items` : `at least ${bound} item${bound === 1 ? '' : 's'}`;
    default:
      return `a number ${big ? (inclusive ? '≤' : '<') : inclusive ? '≥' : '>'} ${bound}`;
  }
}

/** What one issue expected, as a phrase after "expected" (or a whole sentence for unknown fields). */
function describeIssue(issue: Issue): string {
  // Messages written in a schema (`{ error: … }`) already say what was expected.
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  // With `reportInput`, an absent field shows as an input of undefined.
  const missing = 'input' in issue && issue.input === undefined && issue.code !== 'unrecognized_keys';
  const phrase = describeExpected(issue, missing ? '' : 'input' in issue ? `, got ${describeValue(issue.input)}` : '');
  return missing ? `missing (${phrase})` : phrase;
}

function describeExpected(issue: Issue, got: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}${got}`;
    case 'too_big':
    case 'too_small':
      return `expected ${limitWords(issue)}${got}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return `expected an ISO date and time with a time zone, such as 2024-05-01T12:00:00Z${got}`;
      if (issue.format === 'date') return `expected a date such as 2024-05-01${got}`;
      if (issue.format === 'regex') return `expected text in the documented format${got}`;
      return `expected ${issue.format}${got}`;
    case 'invalid_value':
      return `expected ${issue.values
        .map((v) => JSON.stringify(v))
        .join(', ')
        .replace(/, ([^,]*)$/, ' or $1')}${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union': {
      // The alternative that got furthest is the one the input was meant to be.
      const best = bestBranch(issue);
      return best ? describeIssue(best) : 'expected one of the documented shapes';
    }
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}${got}`;
    default:
      return 'expected a different value';
  }
}

function bestBranch(issue: Extract<Issue, { code: 'invalid_union' }>): Issue | undefined {
  return issue.errors.filter((b) => b.length > 0).sort((a, b) => a.length - b.length)[0]?.[0];
}

/** The full path of an issue, following a union into the branch that was meant. */
function fullPath(issue: Issue): PropertyKey[] {
  if (issue.code === 'invalid_union' && !(issue.message && issue.message !== 'Invalid input')) {
    const best = bestBranch(issue);
    if (best) return [...issue.path, ...fullPath(best)];
  }
  return [...issue.path];
}

/** One issue as `path: expected …`. */
export function formatIssue(issue: Issue, prefix: readonly PropertyKey[] = []): string {
  return `${issuePath([...prefix, ...fullPath(issue)])}: ${describeIssue(issue)}`;
}

/** The first few issues of an error, one per line-part: `a.b: expected …; c: expected …`. */
export function formatZodError(error: z.core.$ZodError, options: { max?: number; prefix?: readonly PropertyKey[] } = {}): string {
  const max = options.max ?? 3;
  const parts = error.issues.slice(0, max).map((issue) => formatIssue(issue, options.prefix));
  const more = error.issues.length - max;
  return more > 0 ? `${parts.join('; ')}; and ${more} more` : parts.join('; ');
}

/**
 * A schema-check phrase for `{ error }`: says "missing" when the field is absent, and otherwise
 * what was expected there.
 */
export function expected(description: string): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => (issue.input === undefined ? `missing (expected ${description})` : `expected ${description}`) };
}
