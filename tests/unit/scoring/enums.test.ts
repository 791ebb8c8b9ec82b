import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../lib/platforms/names';
import { POST_COUNTS } from '../../../lib/snapshot';
import {
  AuthenticityVerdictSchema,
  CONFIDENCE_ORDER,
  ConfidenceSchema,
  OVERALL_PARTS,
  RateBasisSchema,
  confidenceRank,
  lowerConfidence,
} from '../../../lib/scoring/types';
import { codeOf, sourceFiles } from '../helpers/sources';

/**
 * An enum is written once, as its zod schema (or, where a content script's first chunk must not load
 * zod, as the plain list the schema is built from); everything else derives from it.
 */

const CODE = sourceFiles();

/** Every list of string literals in the code, as arrays, unions or object keys, with where it is. */
function literalLists(): Array<{ at: string; items: string[] }> {
  const lists: Array<{ at: string; items: string[] }> = [];
  const shapes = [
    /\[\s*((?:'[\w.-]+'\s*,\s*)+'[\w.-]+')\s*,?\s*\]/g,
    /((?:'[\w.-]+'\s*\|\s*)+'[\w.-]+')/g,
    /\{\s*((?:'?[\w-]+'?\s*:\s*\d+\s*,\s*)+'?[\w-]+'?\s*:\s*\d+)\s*,?\s*\}/g,
  ];
  for (const file of CODE) {
    const code = codeOf(file);
    for (const shape of shapes)
      for (const m of code.matchAll(shape)) {
        const items = [...m[1]!.matchAll(/'?([\w.-]+)'?\s*(?:[,|}\]]|:\s*\d+|$)/g)].map((x) => x[1]!);
        lists.push({ at: `${file}:${code.slice(0, m.index).split('\n').length}`, items });
      }
  }
  return lists;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

describe('enums written once', () => {
  it('orders confidences as ConfidenceSchema lists them', () => {
    expect(CONFIDENCE_ORDER).toEqual(ConfidenceSchema.options);
    expect(CONFIDENCE_ORDER.map(confidenceRank)).toEqual([0, 1, 2, 3]);
    expect(lowerConfidence('high', 'low', 'medium')).toBe('low');
    expect(lowerConfidence('high', 'medium')).toBe('medium');
    expect(lowerConfidence('none', 'high')).toBe('none');
  });

  it('finds the literal lists it checks', () => {
    // The scan itself: the definitions must be found, or the rule below would pass on nothing.
    const found = literalLists();
    const fileOf = (l: { at: string }) => l.at.replace(/:\d+$/, '');
    expect(found.filter((l) => sameSet(l.items, ConfidenceSchema.options)).map(fileOf)).toEqual(['lib/scoring/types.ts']);
    expect(found.filter((l) => sameSet(l.items, PLATFORMS)).map(fileOf)).toEqual(['lib/platforms/names.ts']);
  });

  it.each([
    ['confidences', ConfidenceSchema.options],
    ['platforms', PLATFORMS],
    ["a post's counts", POST_COUNTS],
    ["the overall's parts", OVERALL_PARTS],
    ['authenticity verdicts', AuthenticityVerdictSchema.options],
    ['rate bases', RateBasisSchema.options],
  ])('lists %s in one place only, the schema they derive from', (_name, options) => {
    const lists = literalLists().filter((l) => sameSet(l.items, options));
    expect(
      lists.map((l) => l.at),
      'write the list once, as a schema, and derive the others from it',
    ).toHaveLength(1);
  });
});
