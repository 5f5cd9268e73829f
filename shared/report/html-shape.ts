/** Past these, pasted or imported HTML is refused before any parser sees it. */
export const HTML_LIMITS = { maxDepth: 200, maxElements: 100_000 } as const;

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
/** Tags the HTML parser closes by itself; Word and web pages often leave them open. */
const SELF_CLOSING = new Set('p li td th tr dt dd option thead tbody tfoot colgroup'.split(' '));
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

export type HtmlShape = { depth: number; elements: number };

/**
 * Measures nesting and element count with one linear scan, no DOM: deep nesting makes
 * DOM parsers and sanitizers recurse until the stack runs out, and 100,000 elements freeze
 * the window. Comments and conditional comments are skipped with everything else not a tag.
 */
export function measureHtml(html: string): HtmlShape {
  const stack: string[] = [];
  let depth = 0;
  let elements = 0;
  for (const match of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
    const [, closing, rawName, selfClosed] = match;
    const name = rawName!.toLowerCase();
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    elements++;
    if (VOID.has(name) || SELF_CLOSING.has(name) || selfClosed) continue;
    stack.push(name);
    depth = Math.max(depth, stack.length);
  }
  return { depth, elements };
}

/** Null when the HTML is within HTML_LIMITS, else what is wrong (English; shown under the translated message). */
export function htmlShapeProblem(html: string): string | null {
  const { depth, elements } = measureHtml(html);
  if (depth > HTML_LIMITS.maxDepth)
    return `HTML nested ${depth} levels deep; the limit is ${HTML_LIMITS.maxDepth}`;
  if (elements > HTML_LIMITS.maxElements)
    return `HTML has ${elements} elements; the limit is ${HTML_LIMITS.maxElements}`;
  return null;
}
