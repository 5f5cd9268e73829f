/**
 * The parts of real provincial news that are not dictionary words: numbers written the
 * Vietnamese way ("1.245,5", "12,5%"), dates ("ngày 12/3/2021", "quý II/2019"), document codes
 * ("35-CT/TW", "Quyết định số 123/QĐ-UBND"), people with their posts, and place names. Each
 * adds tokens a search index must hold: digits, short codes, capitalised names.
 */
import { GIVEN_NAMES, MIDDLE_NAMES, SURNAMES } from './lexicon';
import { createRng, weightedPicker, zipfWeights, type Rng } from './prng';
import { pickTailSyllable } from './vocabulary';

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** 1245 → "1.245": Vietnamese groups thousands with dots and writes decimals after a comma. */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function decimal(rng: Rng, max: number): string {
  return `${groupThousands(rng.int(0, max))},${rng.int(1, 9)}`;
}

const UNITS = [
  'tỷ đồng',
  'triệu đồng',
  'ha',
  'tấn',
  'hộ',
  'người',
  'km',
  'con',
  'lượt khách',
  'hồ sơ',
];

export function amount(rng: Rng): string {
  switch (rng.int(0, 4)) {
    case 0:
      return `${decimal(rng, 2000)}%`;
    case 1:
      return `${decimal(rng, 5000)} ${rng.pick(UNITS)}`;
    case 2:
      return `${groupThousands(rng.int(10, 250_000))} ${rng.pick(UNITS)}`;
    case 3:
      return `${rng.int(2, 99)} ${rng.pick(UNITS)}`;
    default:
      return `tăng ${decimal(rng, 30)}% so với cùng kỳ`;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const ROMAN = ['I', 'II', 'III', 'IV'];

export function date(rng: Rng): string {
  const year = rng.int(2011, 2025);
  const day = rng.int(1, 28);
  const month = rng.int(1, 12);
  switch (rng.int(0, 4)) {
    case 0:
      return `ngày ${day}/${month}/${year}`;
    case 1:
      return `ngày ${pad(day)}/${pad(month)}`;
    case 2:
      return `tháng ${month}/${year}`;
    case 3:
      return `quý ${rng.pick(ROMAN)}/${year}`;
    default:
      return `năm ${year}`;
  }
}

const ISSUERS = ['UBND', 'TU', 'HĐND', 'BCĐ', 'STC', 'SNN', 'VP', 'BTC'];
const DECREE_KINDS: [string, string][] = [
  ['Quyết định', 'QĐ'],
  ['Kế hoạch', 'KH'],
  ['Công văn', 'CV'],
  ['Thông báo', 'TB'],
  ['Chỉ thị', 'CT'],
  ['Nghị quyết', 'NQ'],
  ['Báo cáo', 'BC'],
  ['Tờ trình', 'TTr'],
];

export function documentCode(rng: Rng): string {
  const number = rng.int(1, rng.chance(0.7) ? 200 : 4000);
  const year = rng.int(2011, 2025);
  const [kind, short] = rng.pick(DECREE_KINDS);
  switch (rng.int(0, 3)) {
    case 0:
      return `${number}-${short === 'CT' || short === 'NQ' ? short : 'CT'}/TW`;
    case 1:
      return `${kind} số ${number}/${short}-${rng.pick(ISSUERS)}`;
    case 2:
      return `${kind} số ${number}/${short}-${rng.pick(ISSUERS)} ngày ${rng.int(1, 28)}/${rng.int(1, 12)}/${year}`;
    default:
      return `Nghị định số ${number}/${year}/NĐ-CP`;
  }
}

const POSTS = [
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch UBND tỉnh',
  'Bí thư Tỉnh ủy',
  'Phó Bí thư Thường trực Tỉnh ủy',
  'Giám đốc Sở Tài chính',
  'Giám đốc Sở Nông nghiệp và Phát triển nông thôn',
  'Chủ tịch UBND huyện',
  'Trưởng ban Dân vận Tỉnh ủy',
  'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
];

/** Given names are drawn from the whole syllable tail too, so names add distinct words as they do in real news. */
export function personName(rng: Rng): string {
  const given = rng.chance(0.5) ? rng.pick(GIVEN_NAMES) : capitalize(pickTailSyllable(rng));
  return `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE_NAMES)} ${given}`;
}

export function person(rng: Rng): string {
  const title = rng.pick(['đồng chí', 'ông', 'bà']);
  return rng.chance(0.6)
    ? `${title} ${personName(rng)}, ${rng.pick(POSTS)}`
    : `${title} ${personName(rng)}`;
}

const PLACE_KINDS = ['xã', 'huyện', 'phường', 'thị trấn', 'ấp', 'thôn', 'khu phố'];

export function place(rng: Rng): string {
  const name = rng.chance(0.5)
    ? capitalize(pickTailSyllable(rng))
    : `${capitalize(pickTailSyllable(rng))} ${capitalize(pickTailSyllable(rng))}`;
  return `${rng.pick(PLACE_KINDS)} ${name}`;
}

const LATIN_ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'st',
  'tr',
  'br',
  'gr',
];
const LATIN_NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const LATIN_CODAS = ['', '', 'n', 'r', 's', 'x', 'm', 'l', 'ck', 'ng'];

/**
 * Names that are not Vietnamese syllables: companies, brands, foreign places and people
 * ("Công ty TNHH Stralex", "VNPT"-like acronyms). Real news holds tens of thousands of them,
 * each rare; they are most of an index's distinct words and of what a typed prefix expands to.
 */
const FOREIGN = (() => {
  const rng = createRng(0xf0e1);
  const names = new Set<string>();
  while (names.size < 30_000) {
    let word = '';
    for (let k = rng.int(2, 3); k > 0; k--)
      word +=
        rng.pick(LATIN_ONSETS) + rng.pick(LATIN_NUCLEI) + (k === 1 ? rng.pick(LATIN_CODAS) : '');
    names.add(capitalize(word));
  }
  return [...names];
})();
const pickForeign = weightedPicker(FOREIGN, zipfWeights(FOREIGN.length, 0.8, 50));
const ORG_KINDS = [
  'Công ty TNHH',
  'Công ty Cổ phần',
  'Tập đoàn',
  'Tổ chức',
  'dự án',
  'chương trình',
  'thương hiệu',
];

export function organization(rng: Rng): string {
  if (rng.chance(0.25)) {
    let acronym = '';
    for (let k = rng.int(2, 5); k > 0; k--) acronym += String.fromCharCode(65 + rng.int(0, 25));
    return acronym;
  }
  return `${rng.pick(ORG_KINDS)} ${pickForeign(rng)}${rng.chance(0.3) ? ` ${pickForeign(rng)}` : ''}`;
}

/** One of the above, in roughly the proportions they appear in portal news. */
export function entity(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.35) return amount(rng);
  if (roll < 0.55) return date(rng);
  if (roll < 0.7) return documentCode(rng);
  if (roll < 0.8) return person(rng);
  if (roll < 0.9) return organization(rng);
  return place(rng);
}
