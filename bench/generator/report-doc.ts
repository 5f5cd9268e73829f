import type { DocNode } from '../../shared/report/document';
import { SYLLABLES } from './lexicon';
import { createRng, weightedPicker, zipfWeights, type Rng } from './prng';

/** About what one A4 page of a report holds in Times New Roman 14 pt. */
export const WORDS_PER_PAGE = 500;

export type ReportDocOptions = {
  pages: number;
  seed?: number;
  /** Defaults scale with pages: 20 tables and 10 images for 50 pages. */
  tables?: number;
  images?: number;
};

const pickSyllable = weightedPicker(SYLLABLES, zipfWeights(SYLLABLES.length));
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function words(rng: Rng, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pickSyllable(rng));
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const text = (value: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

function paragraph(rng: Rng, count: number): DocNode {
  const parts: DocNode[] = [];
  let left = count;
  while (left > 0) {
    const run = Math.min(left, rng.int(8, 30));
    const bold = rng.chance(0.15);
    parts.push(
      text(words(rng, run) + (left - run > 0 ? ' ' : '.'), bold ? [{ type: 'bold' }] : undefined),
    );
    left -= run;
  }
  return {
    type: 'paragraph',
    attrs: { firstLineIndent: true, textAlign: 'justify' },
    content: parts,
  };
}

function heading(level: 1 | 2 | 3, label: string, rng: Rng): DocNode {
  return {
    type: 'heading',
    attrs: { level },
    content: [text(`${label} ${words(rng, rng.int(3, 8))}`)],
  };
}

function list(rng: Rng, ordered: boolean, items: number, wordsPerItem: number): DocNode {
  return {
    type: ordered ? 'orderedList' : 'bulletList',
    attrs: ordered ? { start: 1, type: 'a' } : { listStyle: 'dash' },
    content: Array.from({ length: items }, () => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [text(words(rng, wordsPerItem) + ';')] }],
    })),
  };
}

function cell(type: 'tableCell' | 'tableHeader', value: string, width: number): DocNode {
  return {
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: [width] },
    content: [{ type: 'paragraph', content: value ? [text(value)] : [] }],
  };
}

function table(rng: Rng): DocNode {
  const widths = [40, 220, 110, 110, 110];
  const header = ['TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'];
  const rows: DocNode[] = [
    { type: 'tableRow', content: header.map((value, i) => cell('tableHeader', value, widths[i]!)) },
  ];
  for (let r = 1; r <= 8; r++) {
    const plan = rng.int(100, 9000);
    const done = rng.int(50, 9500);
    const values = [
      String(r),
      words(rng, rng.int(3, 7)),
      plan.toLocaleString('vi'),
      done.toLocaleString('vi'),
      ((done / plan) * 100).toFixed(1).replace('.', ','),
    ];
    rows.push({
      type: 'tableRow',
      content: values.map((value, i) => cell('tableCell', value, widths[i]!)),
    });
  }
  return { type: 'table', content: rows };
}

function hex64(rng: Rng): string {
  let out = '';
  while (out.length < 64)
    out += Math.floor(rng.next() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, 64);
}

function image(rng: Rng): DocNode {
  return {
    type: 'image',
    attrs: {
      src: `media/${hex64(rng)}.png`,
      alt: words(rng, 4),
      width: 480,
      caption: `Ảnh: ${words(rng, rng.int(4, 10))}.`,
    },
  };
}

/** Words a table and its 9 rows carry, counted towards the page budget. */
const TABLE_WORDS = 60;

/**
 * A synthetic report of `pages` A4 pages as tiptap JSON: Phần / Mục / khoản headings, justified
 * paragraphs with first-line indents and some bold, "a)" and "-" lists, tables of figures and
 * images with captions, spread evenly. 50 pages ≈ 25,000 words, 20 tables, 10 images.
 * Deterministic for a seed; used by the editor, export and compile benchmarks.
 */
export function generateReportDoc(options: ReportDocOptions): DocNode {
  const rng = createRng(options.seed ?? 30_2020);
  const targetWords = options.pages * WORDS_PER_PAGE;
  const tables = options.tables ?? Math.round((options.pages * 20) / 50);
  const images = options.images ?? Math.round((options.pages * 10) / 50);
  const content: DocNode[] = [];
  const sections = Math.max(1, Math.round(options.pages / 8));
  const chunks = Math.max(1, tables + images + 1);
  const wordsPerChunk = Math.max(40, Math.floor((targetWords - tables * TABLE_WORDS) / chunks));
  let placedTables = 0;
  let placedImages = 0;
  for (let chunk = 0; chunk < chunks; chunk++) {
    const section = Math.floor((chunk * sections) / chunks);
    if (Math.floor(((chunk - 1) * sections) / chunks) !== section || chunk === 0)
      content.push(heading(1, `${ROMAN[section % ROMAN.length]}.`, rng));
    content.push(heading(2, `${(chunk % 9) + 1}.`, rng));
    let left = wordsPerChunk;
    let clause = 0;
    while (left > 0) {
      if (rng.chance(0.25) && left > 60) {
        content.push(heading(3, `${String.fromCharCode(97 + (clause++ % 26))})`, rng));
      }
      if (rng.chance(0.12) && left > 60) {
        const ordered = rng.chance(0.5);
        content.push(list(rng, ordered, 4, 12));
        left -= 48;
        continue;
      }
      const count = Math.min(left, rng.int(50, 110));
      content.push(paragraph(rng, count));
      left -= count;
    }
    // Tables and images alternate through the report, evenly spaced.
    const wantTables = Math.round(((chunk + 1) * tables) / chunks);
    const wantImages = Math.round(((chunk + 1) * images) / chunks);
    while (placedTables < wantTables) {
      content.push(table(rng));
      placedTables++;
    }
    while (placedImages < wantImages) {
      content.push(image(rng));
      placedImages++;
    }
  }
  for (; placedTables < tables; placedTables++) content.push(table(rng));
  for (; placedImages < images; placedImages++) content.push(image(rng));
  return { type: 'doc', content };
}
