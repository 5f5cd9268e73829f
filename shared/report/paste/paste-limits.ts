/**
 * How much pasted HTML is taken. Element count is what makes parsing and the editor's DOM slow,
 * so a paste with more elements is refused (counted on the string, before any parsing); nesting
 * deeper than maxDepth is flattened to plain paragraphs. Real pastes — a 50-page Word report —
 * stay far below: about 10,000 elements, nesting under 30.
 */
export const PASTE_LIMITS = {
  /** Refused before parsing: an element costs at least one '<'. */
  maxTags: 120_000,
  maxHtmlChars: 30_000_000,
  /** Refused above this many elements (after parsing, for the few that slip past maxTags). */
  maxElements: 60_000,
  /** Flattened above this. */
  maxDepth: 100,
  /** Refused above these even as plain text. */
  maxTextChars: 2_000_000,
  maxParagraphs: 20_000,
} as const;

/** Element count and deepest nesting, walked without recursion; stops counting past the limits. */
export function measureTree(root: Element): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, level] = stack.pop()!;
    elements++;
    if (level > depth) depth = level;
    if (elements > PASTE_LIMITS.maxElements || depth > PASTE_LIMITS.maxDepth) break;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, level + 1]);
    }
  }
  return { elements, depth };
}

const BLOCK = /^(P|DIV|H[1-6]|LI|TR|TABLE|BLOCKQUOTE|SECTION|ARTICLE|UL|OL|BR|HR|PRE)$/;

/** The text of a tree, a newline at every block boundary, walked without recursion. */
export function flattenText(root: Node): string {
  const out: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = (node as Element).tagName;
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'TEMPLATE') continue;
    if (BLOCK.test(name)) out.push('\n');
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.join('');
}
