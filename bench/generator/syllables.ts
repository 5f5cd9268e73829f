/**
 * A Vietnamese syllable builder for the benchmark generator: onsets × rhymes × tones, spelled by
 * the orthography's rules (c/k/q, g/gh, ng/ngh, gi + i, y- rhymes, stop finals take only sắc or
 * nặng) with the tone on the vowel Vietnamese puts it on. Real news uses several thousand
 * distinct syllables; this yields about that many, which the search benchmarks need so that
 * posting lists and the word table look like real text rather than a few hundred common words.
 */

const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'p', 'ph',
  'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
]; // prettier-ignore

const RHYMES = `a ai ao au ay am an ang anh ap at ac ach ăm ăn ăng ăp ăt ăc âu ây âm ân âng âp ât âc
e eo em en ep et ec ê êu êm ên ênh êp êt êch i ia iu im in inh ip it ich iêu iêm iên iêng iêp
iêt iêc o oi om on ong op ot oc oa oai oay oan oang oanh oat oac oach oăn oăng oăt oe
ô ôi ôm ôn ông ôp ôt ôc ơ ơi ơm ơn ơp ơt u ui um un ung up ut uc ua uân uât uây uê uênh uy uya
uyên uyêt uyt uynh uôi uôm uôn uông uôt uôc ư ưa ưi ưu ưng ưt ưc ươi ươm ươn ương ươp ươt
ươc yêu yên yêt`
  .split(/\s+/)
  .filter(Boolean);

/** Sắc, huyền, hỏi, ngã, nặng as combining marks; '' is the level tone. */
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const STOP_TONES = ['\u0301', '\u0323'];

const VOWELS = 'aăâeêioôơuưy';
const SHAPED = 'ăâêôơư';

/** Rhymes that stand without an onset in common words (an, ông, ước, yêu…); the rest need one. */
const BARE = new Set(
  'a ai ao au ay am an anh ap ăn ăm âm ân âu ây e em en ê im in inh ích o oan ông ốc ơ ơn u ung ưa ước ương yêu yên'.split(
    ' ',
  ),
);

const isStop = (rhyme: string) => /(p|t|c|ch)$/.test(rhyme);

/** Index in `rhyme` of the vowel that carries the tone (old-style placement: "hóa", "thủy"). */
function toneIndex(rhyme: string): number {
  const vowelAt = [...rhyme].flatMap((ch, i) => (VOWELS.includes(ch) ? [i] : []));
  const horn = rhyme.indexOf('ươ');
  if (horn >= 0) return horn + 1;
  const shaped = vowelAt.filter((i) => SHAPED.includes(rhyme[i]!));
  if (shaped.length > 0) return shaped.at(-1)!;
  const closed = !VOWELS.includes(rhyme.at(-1)!);
  if (closed) return vowelAt.at(-1)!;
  if (vowelAt.length === 3) return vowelAt[1]!;
  return vowelAt[0]!;
}

/** The onset as written before this rhyme, or null where the combination is not Vietnamese. */
function spellOnset(onset: string, rhyme: string): string | null {
  const front = /^[ieêy]/.test(rhyme);
  if (onset === '' && !BARE.has(rhyme)) return null;
  if (rhyme.startsWith('y') && onset !== '' && onset !== 'qu') return null;
  if (rhyme.startsWith('iê') && onset === '') return null; // written yê-
  if (onset === 'qu') return /^[aăâeêyơô]/.test(rhyme) ? 'qu' : null;
  if (onset === 'c') return front ? 'k' : 'c';
  if (onset === 'g') return front ? 'gh' : 'g';
  if (onset === 'ng') return front ? 'ngh' : 'ng';
  if (onset === 'p' && !/^[ia]/.test(rhyme)) return null; // p- lives in loanwords (pin, pa-nô)
  return onset;
}

function spell(onset: string, rhyme: string, tone: string): string | null {
  const written = spellOnset(onset, rhyme);
  if (written === null) return null;
  // gi + in → "gin": the onset's i and the rhyme's i are written once.
  const body = written === 'gi' && rhyme.startsWith('i') ? rhyme.slice(1) : rhyme;
  if (body === '') return null;
  const at = toneIndex(body);
  return (written + body.slice(0, at + 1) + tone + body.slice(at + 1)).normalize('NFC');
}

/** Cheap stable hash, so the thinning below keeps the same syllables on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Every well-spelled syllable, thinned to `keep` of them (about 6,700 are in use in Vietnamese;
 * many well-formed ones are not words), in a stable pseudo-random order that the generator
 * then ranks by Zipf frequency.
 */
export function buildSyllables(keep = 6000): string[] {
  const all = new Set<string>();
  for (const onset of ONSETS)
    for (const rhyme of RHYMES)
      for (const tone of isStop(rhyme) ? STOP_TONES : TONES) {
        const syllable = spell(onset, rhyme, tone);
        if (syllable) all.add(syllable);
      }
  // Ngã is the rarest tone in running text: keep a third of its syllables before thinning.
  return [...all]
    .filter((s) => !s.normalize('NFD').includes('\u0303') || hash(`~${s}`) % 3 === 0)
    .map((s) => [hash(s), s] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, keep)
    .map(([, s]) => s);
}
