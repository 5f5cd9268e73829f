import iconv from 'iconv-lite';

/**
 * The two font encodings Vietnamese offices used before Unicode, decoded to NFC.
 *
 * TCVN3 (ABC, the ".VnTime" fonts) is TCVN 5712, which iconv-lite knows as 'tcvn'. Note the ABC
 * fonts have only lower-case accented letters; capitals came from a second font (.VnTimeH) using
 * the same codes, so a capitalised heading decodes in lower case: nothing in the bytes says otherwise.
 *
 * VNI (VNI-Windows) writes a base letter followed by one or two Windows-1252 characters that act
 * as marks ("a" + "ù" = "á", "a" + "á" = "ấ"). No maintained npm library decodes it, so the table
 * below is written by hand from the VNI-Windows layout.
 */

export function decodeTcvn3(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), 'tcvn').normalize('NFC');
}

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** VNI mark characters (as Windows-1252 decodes them), lower and upper case, → combining marks. */
const VNI_MARKS: Record<string, string> = {};
const markPairs: [string, string][] = [
  ['ù', ACUTE],
  ['ø', GRAVE],
  ['û', HOOK],
  ['õ', TILDE],
  ['ï', DOT],
  ['â', CIRCUMFLEX],
  ['á', CIRCUMFLEX + ACUTE],
  ['à', CIRCUMFLEX + GRAVE],
  ['å', CIRCUMFLEX + HOOK],
  ['ã', CIRCUMFLEX + TILDE],
  ['ä', CIRCUMFLEX + DOT],
  ['ê', BREVE],
  ['é', BREVE + ACUTE],
  ['è', BREVE + GRAVE],
  ['ú', BREVE + HOOK],
  ['ü', BREVE + TILDE],
  ['ë', BREVE + DOT],
];
for (const [mark, combining] of markPairs) {
  VNI_MARKS[mark] = combining;
  VNI_MARKS[mark.toUpperCase()] = combining;
}

/** VNI characters that stand for a whole Vietnamese letter. */
const VNI_LETTERS: Record<string, string> = {
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  ñ: 'đ',
  Ñ: 'Đ',
  í: 'í',
  Í: 'Í',
  ì: 'ì',
  Ì: 'Ì',
  æ: 'ỉ',
  Æ: 'Ỉ',
  ó: 'ĩ',
  Ó: 'Ĩ',
  ò: 'ị',
  Ò: 'Ị',
  î: 'ỵ',
  Î: 'Ỵ',
};

const CIRCUMFLEX_BASES = new Set(['a', 'e', 'o', 'A', 'E', 'O']);
const BREVE_BASES = new Set(['a', 'A']);
const VOWELS = new Set([...'aeiouyAEIOUYơưƠƯ']);

export function decodeVni(bytes: Uint8Array): string {
  const latin = iconv.decode(Buffer.from(bytes), 'windows-1252');
  let out = '';
  let previous = '';
  for (const char of latin) {
    const mark = VNI_MARKS[char];
    if (mark !== undefined && acceptsMark(previous, mark)) {
      out += mark;
      previous = '';
      continue;
    }
    const letter = VNI_LETTERS[char] ?? char;
    out += letter;
    previous = letter;
  }
  return out.normalize('NFC');
}

function acceptsMark(base: string, mark: string): boolean {
  if (!VOWELS.has(base)) return false;
  if (mark.startsWith(CIRCUMFLEX)) return CIRCUMFLEX_BASES.has(base);
  if (mark.startsWith(BREVE)) return BREVE_BASES.has(base);
  return true;
}

/** Encodes Unicode to VNI; used by tests and the benchmark to produce legacy files. */
export function encodeVni(text: string): Buffer {
  const reverseLetters = new Map(Object.entries(VNI_LETTERS).map(([k, v]) => [v, k]));
  const reverseMarks = new Map(markPairs.map(([k, v]) => [v, k]));
  let latin = '';
  for (const char of text.normalize('NFC')) {
    const direct = reverseLetters.get(char);
    if (direct !== undefined && !'íÍìÌ'.includes(char)) {
      latin += direct;
      continue;
    }
    const [base, ...marks] = [...char.normalize('NFD')];
    const vowelMarks = marks.filter((m) => m === CIRCUMFLEX || m === BREVE).join('');
    const tone = marks.filter((m) => m !== CIRCUMFLEX && m !== BREVE && m !== '\u031b').join('');
    let head = base;
    if (marks.includes('\u031b'))
      head = base === 'o' ? 'ô' : base === 'O' ? 'Ô' : base === 'u' ? 'ö' : 'Ö';
    if (marks.length === 0 || (marks.length === 1 && marks[0] === '\u031b')) {
      latin += head;
      continue;
    }
    const code = reverseMarks.get(vowelMarks + tone);
    const upper = base === base.toUpperCase();
    latin += head + (code ? (upper ? code.toUpperCase() : code) : '');
  }
  return iconv.encode(latin, 'windows-1252');
}
