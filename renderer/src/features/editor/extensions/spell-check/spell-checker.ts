import nspell from 'nspell';
import {
  DEFAULT_TONE_PLACEMENT,
  withTonePlacement,
  type TonePlacement,
} from '../../../../../../shared/text/tone-placement';
import { foldVietnamese, splitWords, syllableKey } from '../../../../../../shared/text/vietnamese';

/**
 * The Vietnamese spell-checker itself, pure (no DOM, no worker) so it runs in Node tests and in
 * the Web Worker alike. nspell reads the Hunspell dictionary from dictionary-vi, which knows
 * syllables in the old tone placement only ("hoà", "thuỷ") and whose own suggestions ignore the
 * marks ("nghieng" → "nghinh"). So a syllable is looked up by its placement-independent key as
 * well, and suggestions start from the dictionary syllables that fold to the typed letters,
 * rewritten in the tone placement the document uses (the dictionary would offer "hoà" in a
 * report that writes "hòa").
 */
export type Misspelling = { from: number; to: number; word: string };

export type SpellChecker = {
  isCorrect(word: string): boolean;
  /** Suggestions in `placement` ("hòa" or "hoà"), each syllable once. */
  suggest(word: string, limit?: number, placement?: TonePlacement): string[];
  /** Every misspelled syllable of a text, as [from, to) offsets into it. */
  misspellings(text: string): Misspelling[];
  setPersonalWords(words: readonly string[]): void;
};

export type DictionaryText = { aff: string; dic: string };

const DEFAULT_SUGGESTIONS = 8;
/** Web addresses and e-mail addresses are not words to check: any run holding one is skipped. */
const ADDRESS = /(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}]{2,}|@|:\/\//u;
const NON_SPACE = /\S+/g;

export function createSpellChecker(dictionary: DictionaryText, personal: readonly string[] = []) {
  const spell = nspell(dictionary.aff, dictionary.dic);
  const byKey = new Map<string, string[]>();
  const byFolded = new Map<string, string[]>();
  for (const line of dictionary.dic.split('\n').slice(1)) {
    const word = line.split('/')[0]!.trim().normalize('NFC');
    if (!word) continue;
    pushTo(byKey, syllableKey(word), word);
    pushTo(byFolded, foldVietnamese(word), word);
  }
  let personalKeys = new Set(personal.map(syllableKey));
  // A language of a few thousand syllables: each distinct word is looked up once.
  const verdicts = new Map<string, boolean>();

  function isCorrect(raw: string): boolean {
    let verdict = verdicts.get(raw);
    if (verdict === undefined) {
      verdict = lookUp(raw.normalize('NFC'));
      if (verdicts.size > 100_000) verdicts.clear();
      verdicts.set(raw, verdict);
    }
    return verdict;
  }

  function lookUp(word: string): boolean {
    if (isExempt(word) || personalKeys.has(syllableKey(word))) return true;
    if (spell.correct(word)) return true;
    // The other tone placement: a dictionary form with the same key, in the typed word's case.
    return (byKey.get(syllableKey(word)) ?? []).some((form) =>
      spell.correct(withCaseOf(word, form)),
    );
  }

  function suggest(
    raw: string,
    limit = DEFAULT_SUGGESTIONS,
    placement = DEFAULT_TONE_PLACEMENT,
  ): string[] {
    const word = raw.normalize('NFC');
    const typedKey = syllableKey(word);
    const sameLetters = [...(byFolded.get(foldVietnamese(word)) ?? [])]
      .filter((form) => syllableKey(form) !== typedKey)
      .sort((a, b) => markScore(word, b) - markScore(word, a));
    const seen = new Set<string>();
    const out: string[] = [];
    for (const form of [...sameLetters, ...spell.suggest(word)]) {
      const shown = withTonePlacement(withCaseOf(word, form), placement);
      const key = syllableKey(shown);
      if (seen.has(key) || key === typedKey) continue;
      seen.add(key);
      out.push(shown);
      if (out.length >= limit) break;
    }
    return out;
  }

  function misspellings(text: string): Misspelling[] {
    const out: Misspelling[] = [];
    for (const chunk of text.matchAll(NON_SPACE)) {
      if (ADDRESS.test(chunk[0])) continue;
      for (const word of splitWords(chunk[0])) {
        if (isCorrect(word.text)) continue;
        const from = chunk.index + word.start;
        out.push({ from, to: chunk.index + word.end, word: word.text });
      }
    }
    return out;
  }

  function setPersonalWords(words: readonly string[]) {
    personalKeys = new Set(words.map(syllableKey));
    verdicts.clear();
  }

  return { isCorrect, suggest, misspellings, setPersonalWords } satisfies SpellChecker;
}

/**
 * Not spelling at all: numbers and codes (anything with a digit), single unmarked letters (list
 * labels "a", "b"), and names or abbreviations written in capitals (UBND, HĐND, the KT and XH
 * of "KT-XH") or with capitals inside (iPhone, PowerPoint).
 */
export function isExempt(word: string): boolean {
  if (/\p{N}/u.test(word)) return true;
  if (word.length === 1 && foldVietnamese(word) === word.toLowerCase()) return true;
  const rest = word.slice(1);
  return rest !== rest.toLowerCase();
}

/** The dictionary form written in the case the user typed: "Hoà" for "Hòa", "hoà" for "hòa". */
function withCaseOf(typed: string, form: string): string {
  const lower = form.toLowerCase();
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase())
    return form.toUpperCase();
  const first = typed.charAt(0);
  if (first !== first.toLowerCase()) return lower.charAt(0).toUpperCase() + lower.slice(1);
  // A name the dictionary only knows capitalised ("Nguyễn") keeps its capital.
  return form === lower ? lower : form;
}

/**
 * How many of the typed word's marks a candidate keeps: its vowel shapes letter by letter and its
 * tone, so "tiêng" ranks "tiếng" before "tương", and a lower-case word ranks names last.
 */
function markScore(typed: string, form: string): number {
  const [typedBase, typedTone] = syllableKey(typed).split(':');
  const [formBase, formTone] = syllableKey(form).split(':');
  let score = typedTone === formTone ? 2 : 0;
  for (let i = 0; i < Math.min(typedBase!.length, formBase!.length); i++) {
    if (typedBase![i] === formBase![i]) score++;
  }
  if (form !== form.toLowerCase() && typed === typed.toLowerCase()) score -= 10;
  return score;
}

function pushTo(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
