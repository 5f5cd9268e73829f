/**
 * Vietnamese sentence splitting for summaries (the compiled report's items). A sentence ends at
 * . ! ? or … followed by a space and a capital letter (or an opening quote), and only outside
 * quotes and brackets. A period after an abbreviation ("TP. HCM", "ThS. Lê", "Nguyễn V. An")
 * ends nothing; periods without a space after ("1.245,5", "Th.S", "TP.HCM") never split.
 * Paragraph breaks always end a sentence. Pure and Node-free: the renderer may use it too.
 */

/** Abbreviations that take a period and are usually followed by a capitalised name. */
const ABBREVIATIONS = new Set(
  [
    'tp',
    'tx',
    'tt',
    'ths',
    'th.s',
    'ts',
    'pgs',
    'gs',
    'bs',
    'ks',
    'cn',
    'ls',
    'nxb',
    'đc',
    'đ/c',
    'ông',
    'bà',
    'st',
    'mr',
    'mrs',
    'dr',
    'pgs.ts',
    'gs.ts',
    'tr',
    'tp.hcm',
  ].map((word) => word.normalize('NFC')),
);

const TERMINATORS = new Set(['.', '!', '?', '…']);
const OPENING_QUOTES = new Set(['“', '‘', '«', '"', "'"]);
const CLOSING_QUOTES = new Set(['”', '’', '»', '"', "'"]);
const OPEN_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '“': '”', '«': '»' };
const UPPER = /\p{Lu}/u;
const SPACE = /[ \t\u00a0]/;

/** The word (letters, marks, digits, inner dots and slashes) that ends at `end` (exclusive). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{M}\p{N}./]/u.test(text[start - 1]!)) start -= 1;
  return text.slice(start, end);
}

function isAbbreviation(word: string): boolean {
  if (word === '') return false;
  // A lone capital is an initial ("Nguyễn V. An") or an address letter ("P. 5", "X. Mỹ Lâm").
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** True when the text after `index` begins a new sentence: spaces, then a capital or an opening quote. */
function startsSentence(text: string, index: number): boolean {
  let i = index;
  if (i >= text.length || !SPACE.test(text[i]!)) return false;
  while (i < text.length && SPACE.test(text[i]!)) i += 1;
  const next = text[i];
  if (next === undefined) return false;
  if (UPPER.test(next)) return true;
  return OPENING_QUOTES.has(next) && i + 1 < text.length && UPPER.test(text[i + 1]!);
}

/** Splits one paragraph (no blank lines inside) into sentences, trimmed. */
function splitParagraph(paragraph: string): string[] {
  const sentences: string[] = [];
  const open: string[] = [];
  let straightQuoteOpen = false;
  let start = 0;
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i]!;
    if (ch === '"') straightQuoteOpen = !straightQuoteOpen;
    else if (OPEN_BRACKETS[ch]) open.push(OPEN_BRACKETS[ch]);
    else if (open.length > 0 && ch === open[open.length - 1]) open.pop();
    if (!TERMINATORS.has(ch)) {
      i += 1;
      continue;
    }
    const wordEnd = i;
    let end = i + 1;
    while (end < paragraph.length && TERMINATORS.has(paragraph[end]!)) end += 1;
    // Closing quotes and brackets right after the terminator belong to the sentence.
    while (
      end < paragraph.length &&
      (CLOSING_QUOTES.has(paragraph[end]!) || paragraph[end] === ')')
    ) {
      const closer = paragraph[end]!;
      if (closer === '"') straightQuoteOpen = false;
      else if (open.length > 0 && closer === open[open.length - 1]) open.pop();
      end += 1;
    }
    const inside = open.length > 0 || straightQuoteOpen;
    const abbreviation =
      ch === '.' && end === wordEnd + 1 && isAbbreviation(wordBefore(paragraph, wordEnd));
    if (!inside && !abbreviation && startsSentence(paragraph, end)) {
      sentences.push(paragraph.slice(start, end).trim());
      start = end;
    }
    i = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** Every sentence of a text, paragraph breaks (blank lines or single newlines) ending one too. */
export function splitSentences(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap(splitParagraph);
}

/** The first `count` sentences joined by a space: the summary of an article without a lead. */
export function firstSentences(text: string, count: number): string {
  return splitSentences(text).slice(0, count).join(' ');
}
