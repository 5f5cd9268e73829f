/**
 * What Vietnamese keyboards send while someone types a given text in Telex, for e2e tests.
 *
 * - Unikey and EVKey let each key through, then correct the word already on screen: to turn
 *   "vie" into "viê" when the second "e" is pressed they send Backspace and "ê"; for the tone
 *   key "j" after "viêt" they send two Backspaces and "ệt". `unikeyStrokes` reproduces that.
 * - The Windows Vietnamese Telex keyboard is an IME: the word being typed is an open
 *   composition whose text changes with each key, committed at the end. `compositionSteps`
 *   gives the composition texts of each word.
 */
export type Stroke = { kind: 'backspace' } | { kind: 'text'; text: string };

const TONES = new Set(['\u0301', '\u0300', '\u0309', '\u0303', '\u0323']);
const SHAPES = new Set(['\u0302', '\u0306', '\u031B']); // â ê ô, ă, ơ ư
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * The texts a word shows on screen key after key in Telex: each letter as typed, the vowel
 * shape (aa, aw, ow, uw, dd) as the key after it, the tone last. "Việt" gives
 * V, Vi, Vie, Viê, Viêt, Việt.
 */
export function telexStates(word: string): string[] {
  const states: string[] = [];
  let shown = '';
  let hasTone = false;
  for (const ch of word.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const base = parts[0]!;
    const shape = parts.find((mark) => SHAPES.has(mark));
    if (parts.some((mark) => TONES.has(mark))) hasTone = true;
    if (ch === 'đ' || ch === 'Đ') {
      states.push((shown += ch === 'đ' ? 'd' : 'D'));
      states.push((shown = shown.slice(0, -1) + ch));
      continue;
    }
    states.push((shown += base));
    if (shape) states.push((shown = shown.slice(0, -1) + (base + shape).normalize('NFC')));
  }
  if (hasTone) states.push(word.normalize('NFC'));
  return states;
}

/** What Unikey sends to go from one shown state to the next: Backspaces, then the new tail. */
function strokesBetween(before: string, after: string): Stroke[] {
  let common = 0;
  while (common < before.length && common < after.length && before[common] === after[common])
    common++;
  const strokes: Stroke[] = [];
  for (let i = common; i < before.length; i++) strokes.push({ kind: 'backspace' });
  for (const ch of after.slice(common)) strokes.push({ kind: 'text', text: ch });
  return strokes;
}

/** Every key event Unikey produces while the text is typed in Telex, in order. */
export function unikeyStrokes(text: string): Stroke[] {
  const strokes: Stroke[] = [];
  for (const piece of pieces(text)) {
    if (!piece.word) {
      for (const ch of piece.text) strokes.push({ kind: 'text', text: ch });
      continue;
    }
    let shown = '';
    for (const state of telexStates(piece.text)) {
      strokes.push(...strokesBetween(shown, state));
      shown = state;
    }
  }
  return strokes;
}

export type CompositionPiece =
  { kind: 'compose'; steps: string[]; commit: string } | { kind: 'text'; text: string };

/** The text as an IME delivers it: each word an open composition through its states, then committed. */
export function compositionSteps(text: string): CompositionPiece[] {
  return pieces(text).map((piece) =>
    piece.word
      ? { kind: 'compose', steps: telexStates(piece.text), commit: piece.text.normalize('NFC') }
      : { kind: 'text', text: piece.text },
  );
}

function pieces(raw: string): { text: string; word: boolean }[] {
  const text = raw.normalize('NFC');
  const out: { text: string; word: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index), word: false });
    out.push({ text: match[0], word: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), word: false });
  return out;
}

/** Replays strokes on a plain string: what the text should be if the editor loses nothing. */
export function applyStrokes(strokes: readonly Stroke[], start = ''): string {
  let text = start;
  for (const stroke of strokes) {
    text = stroke.kind === 'backspace' ? [...text].slice(0, -1).join('') : text + stroke.text;
  }
  return text;
}
