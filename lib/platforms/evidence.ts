/**
 * Site selectors and text patterns that carry their evidence, as refined-github keeps them: each
 * lives in one place under a name, says why it exists, and lists the saved pages (paths under
 * `tests/fixtures/`) where it must match, and the look-alike pages where it must not.
 * `tests/unit/platforms/selector-evidence.test.ts` checks every entry of every registry against its pages, so
 * when a site changes its markup one named test breaks instead of a whole extractor going quiet.
 *
 * A platform module keeps its entries in one registry (`lib/platforms/<platform>/selectors.ts`)
 * and reads the page only through them; adding the registry to the test's list puts it under test.
 */

interface EvidenceBase {
  /** Why the site needs this selector or pattern; for a fallback, why the fallback exists. */
  readonly why: string;
  /** Saved pages where it must match at least once. */
  readonly proof: readonly string[];
  /** Saved pages where it must not match: the look-alikes it exists to tell apart. */
  readonly notIn?: readonly string[];
  /**
   * The elements it is used inside ("header"): the code queries it from such an element, so the
   * selector itself names no ancestor (`element.querySelectorAll("header x")` differs between DOMs).
   */
  readonly within?: string;
}

export interface SelectorEvidence extends EvidenceBase {
  readonly kind: 'selector';
  readonly css: string;
}

/** A text pattern, with the elements (and attribute) whose text it is meant for. */
interface PatternEvidence extends EvidenceBase {
  readonly kind: 'pattern';
  readonly re: RegExp;
  readonly source: { readonly css: string; readonly attr?: string };
}

type Evidence = SelectorEvidence | PatternEvidence;

/** A platform's named selectors and patterns. */
export type EvidenceRegistry = Readonly<Record<string, Evidence>>;

export function selector(css: string, evidence: EvidenceBase): SelectorEvidence {
  return { kind: 'selector', css, ...evidence };
}

export function pattern(re: RegExp, source: { css: string; attr?: string }, evidence: EvidenceBase): PatternEvidence {
  if (re.global || re.sticky) throw new Error(`evidence pattern ${re} must not be global or sticky: it is tested repeatedly`);
  return { kind: 'pattern', re, source, ...evidence };
}

/** The elements an entry is used inside: its `within` scopes, or the root itself. */
function scopes(root: ParentNode, entry: Evidence): ParentNode[] {
  return entry.within ? Array.from(root.querySelectorAll(entry.within)) : [root];
}

const cssOf = (entry: Evidence) => (entry.kind === 'selector' ? entry.css : entry.source.css);

/** Every element on the page the entry finds, inside its `within` scopes. */
export function evidenceElements(root: ParentNode, entry: Evidence): Element[] {
  return [...new Set(scopes(root, entry).flatMap((scope) => Array.from(scope.querySelectorAll(cssOf(entry)))))];
}

/** Every element the entry finds under `scope`, an element the caller already knows to be in scope. */
function elementsInside(scope: ParentNode, entry: Evidence): Element[] {
  return Array.from(scope.querySelectorAll(cssOf(entry)));
}

function textsOf(elements: Element[], entry: PatternEvidence): string[] {
  return elements.flatMap((element) => {
    const text = entry.source.attr ? element.getAttribute(entry.source.attr) : element.textContent;
    return text ? [text.replace(/\s+/g, ' ').trim()] : [];
  });
}

/** The texts a pattern is meant for on this page. */
function patternTexts(root: ParentNode, entry: PatternEvidence): string[] {
  return textsOf(evidenceElements(root, entry), entry);
}

/** Whether the entry finds anything on this page: what the evidence test checks for each page. */
export function evidenceMatches(root: ParentNode, entry: Evidence): boolean {
  if (entry.kind === 'selector') return evidenceElements(root, entry).length > 0;
  return patternTexts(root, entry).some((text) => entry.re.test(text));
}

/** The first text under `scope` (already in the entry's scope) that the pattern matches, with its match. */
export function firstMatchInside(scope: ParentNode, entry: PatternEvidence): RegExpMatchArray | null {
  for (const text of textsOf(elementsInside(scope, entry), entry)) {
    const match = text.match(entry.re);
    if (match) return match;
  }
  return null;
}

/** The first text on the page the pattern matches, with its match. */
export function firstPatternMatch(root: ParentNode, entry: PatternEvidence): RegExpMatchArray | null {
  for (const text of patternTexts(root, entry)) {
    const match = text.match(entry.re);
    if (match) return match;
  }
  return null;
}

/** The selector list that finds whatever any of the entries finds, in document order. */
export function anyOf(...entries: readonly SelectorEvidence[]): string {
  return entries.map((entry) => entry.css).join(', ');
}

/** The first element under `root` that the entries find, tried in the given order (a fallback chain), not in document order. */
export function firstOf(root: ParentNode, entries: readonly SelectorEvidence[], accept: (element: Element) => boolean = () => true): Element | null {
  for (const entry of entries) for (const element of Array.from(root.querySelectorAll(entry.css))) if (accept(element)) return element;
  return null;
}
