import { splitWords } from './vietnamese';

/**
 * Where the tone mark sits in the open syllables "oa", "oe" and "uy" — the only ones written two
 * ways. 'new': on the first vowel, as Nghị định 30 prints "CỘNG HÒA" and "Ủy ban" (hòa, khỏe,
 * thủy). 'old': on the second, as dictionary-vi spells them (hoà, khoẻ, thuỷ). Every other
 * syllable ("hoàn", "quý", "thuở", "ngoài") is written one way only and never changes.
 */
export type TonePlacement = 'new' | 'old';

/** The app's own spelling (the decree's), for a text that shows no preference. */
export const DEFAULT_TONE_PLACEMENT: TonePlacement = 'new';

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** Initial consonants, then the two vowels and nothing after; no "q": the u of "quy" belongs to the q. */
const TWO_WAY_SYLLABLE = /^([bcdđghklmnprstvx]*)(oa|oe|uy)$/u;

type Parsed = { tone: string; base: string; first: number };

function parse(word: string): Parsed | null {
  const letters = word.normalize('NFD');
  const tones = letters.match(new RegExp(TONE_MARK.source, 'gu'));
  if (tones?.length !== 1) return null;
  const base = letters.replace(TONE_MARK, '');
  const match = TWO_WAY_SYLLABLE.exec(base.normalize('NFC').toLowerCase());
  if (!match || base.length !== match[0].length) return null;
  return { tone: tones[0]!, base, first: match[1]!.length };
}

/** The placement a syllable is written in, or null when it is written one way only. */
export function placementOf(word: string): TonePlacement | null {
  const parsed = parse(word);
  if (!parsed) return null;
  const letters = word.normalize('NFD');
  return letters.indexOf(parsed.tone) === parsed.first + 1 ? 'new' : 'old';
}

/** The syllable in the given placement, in NFC and in its own case: ("hoà", 'new') → "hòa". */
export function withTonePlacement(word: string, placement: TonePlacement): string {
  const parsed = parse(word);
  if (!parsed) return word;
  const at = parsed.first + (placement === 'new' ? 1 : 2);
  return (parsed.base.slice(0, at) + parsed.tone + parsed.base.slice(at)).normalize('NFC');
}

/**
 * The placement a text mostly uses, counted over its two-way syllables; null when it has none
 * or as many of each. Stops counting once one side cannot be caught up, so a long report costs
 * little.
 */
export function tonePlacementOf(text: string, enough = 50): TonePlacement | null {
  let newer = 0;
  let older = 0;
  for (const word of splitWords(text)) {
    const placement = placementOf(word.text);
    if (placement === 'new') newer++;
    else if (placement === 'old') older++;
    if (Math.abs(newer - older) >= enough) break;
  }
  if (newer === older) return null;
  return newer > older ? 'new' : 'old';
}
