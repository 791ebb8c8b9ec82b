import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5';
import { Window } from 'happy-dom';

type SourceNode = DefaultTreeAdapterMap['node'];
type SourceParent = DefaultTreeAdapterMap['parentNode'];

/**
 * How deep elements nest at most. Above Chromium's 512 so that `npm run vet` still sees, and refuses,
 * a page that nests deeper than a browser would build it (vet-core's MAX_ELEMENT_DEPTH).
 */
const NESTING_CAP = 600;

/** A saved page parsed by parse5 and not yet built into a document: build it with `openParsedPage`, as often as needed. */
export type ParsedPage = DefaultTreeAdapterMap['document'];

/** Thrown by `parseSavedPage` with `maxOpenElements`: the page opens elements deeper than that. */
export class NestsTooDeepError extends Error {
  constructor(readonly limit: number) {
    super(`elements nest more than ${limit} deep`);
  }
}

/**
 * Parses a saved page by the HTML standard's algorithm, as browsers do (see `openSavedPage`).
 * With `maxOpenElements`, parsing stops with a `NestsTooDeepError` as soon as more elements than that
 * are open at once (parse5's stack of open elements, the depth at which Chromium's parser stops
 * nesting): parse5's work per tag grows with that stack, so 20,000 nested `<div>`s took it seconds.
 */
export function parseSavedPage(html: string, options: { maxOpenElements?: number } = {}): ParsedPage {
  const limit = options.maxOpenElements;
  if (limit === undefined) return parse(html);
  let open = 0;
  return parse(html, {
    treeAdapter: {
      ...defaultTreeAdapter,
      onItemPush: () => {
        if (++open > limit) throw new NestsTooDeepError(limit);
      },
      onItemPop: () => {
        open--;
      },
    },
  });
}

/**
 * Node-only: a saved page parsed the way a content script sees it, and never run: no scripts,
 * styles, frames or navigation are loaded. Close it to free its window.
 *
 * The HTML is parsed by parse5, which follows the HTML standard's parsing algorithm as browsers do,
 * and the tree is then built in a happy-dom window for the extractors to query. happy-dom's own
 * parser drops the rest of the page after a `<style>` inside an `<svg>` (YouTube's icon sets have
 * them), so `npm run vet` read only the first fifth of a 4 MB watch page and never reached the
 * embedded data at its end.
 */
export function openSavedPage(html: string): { doc: Document; close: () => Promise<void> } {
  return openParsedPage(parseSavedPage(html));
}

/** A document of its own, in a window of its own, built from a parsed page (which is left as it was). */
export function openParsedPage(parsed: ParsedPage): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true },
    },
  });
  const doc = new window.DOMParser().parseFromString('', 'text/html') as unknown as Document;
  for (const child of Array.from(doc.childNodes)) child.remove();
  for (const child of parsed.childNodes) {
    const node = createNode(doc, child);
    if (!node) continue;
    // Built detached, then attached at once: far faster than inserting each node into the live document.
    if ('childNodes' in child) buildTree(doc, child, node);
    doc.appendChild(node);
  }
  return { doc, close: () => window.happyDOM.close() };
}

/** A node of parse5's tree as a node of `doc`, without its children; null for a node the DOM cannot hold (an invalid name). */
function createNode(doc: Document, source: SourceNode): Node | null {
  switch (source.nodeName) {
    case '#text':
      return doc.createTextNode((source as DefaultTreeAdapterMap['textNode']).value);
    case '#comment':
      return doc.createComment((source as DefaultTreeAdapterMap['commentNode']).data);
    case '#documentType': {
      const type = source as DefaultTreeAdapterMap['documentType'];
      return doc.implementation.createDocumentType(type.name || 'html', type.publicId, type.systemId);
    }
    default:
      return createElement(doc, source as DefaultTreeAdapterMap['element']);
  }
}

function createElement(doc: Document, source: DefaultTreeAdapterMap['element']): Element | null {
  let element: Element;
  try {
    element = doc.createElementNS(source.namespaceURI, source.tagName);
  } catch {
    return null;
  }
  for (const attr of source.attrs) {
    try {
      if (attr.namespace) element.setAttributeNS(attr.namespace, attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
      else element.setAttribute(attr.name, attr.value);
    } catch {
      // A name the parser accepts but the DOM API refuses ("<a \"x=1>"): the attribute is left out.
    }
  }
  return element;
}

/**
 * Copies parse5's tree into `target`, without recursion (pages nest deeper than the call stack
 * allows). A `<template>`'s contents go into its content fragment, as in a browser, where
 * `querySelector` does not reach them.
 */
function buildTree(doc: Document, source: SourceParent, target: Node): void {
  const stack: Array<[SourceParent, Node, number]> = [[source, target, 1]];
  while (stack.length > 0) {
    const [from, to, depth] = stack.pop()!;
    for (const child of from.childNodes) {
      // Past the cap, deeper elements become siblings, as in Chromium's parser (which stops nesting
      // at 512): happy-dom walks a subtree recursively and a 20,000-deep page would overflow the stack.
      const capped = depth >= NESTING_CAP;
      const node = createNode(doc, child);
      // An element the DOM refuses keeps its children, in its parent's place.
      const parent = node && !capped ? node : to;
      if (node) to.appendChild(node);
      if ('childNodes' in child) stack.push([child, parent, capped ? depth : depth + 1]);
      if (child.nodeName === 'template' && node) {
        const content = (child as DefaultTreeAdapterMap['template']).content;
        stack.push([content, (node as HTMLTemplateElement).content, depth + 1]);
      }
    }
  }
}
