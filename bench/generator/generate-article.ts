import type { ArticleDraft } from '../../shared/model';
import {
  CAPTION_OPENERS,
  CATEGORIES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  SITES,
  SURNAMES,
  SYLLABLES,
} from './lexicon';
import { weightedPicker, zipfWeights, type Rng } from './prng';

const pickSyllable = weightedPicker(SYLLABLES, zipfWeights(SYLLABLES.length));
/** Portals publish mostly in a few big categories; weight them so category filters see realistic skew. */
const pickCategory = weightedPicker(CATEGORIES, zipfWeights(CATEGORIES.length, 1, 2));

/** Fifteen years of publications, 2011-01-01 to 2025-12-31, Vietnam time. */
const FIRST_DAY = Date.UTC(2011, 0, 1);
const DAYS = 15 * 365 + 3;

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function phrase(rng: Rng, min: number, max: number): string {
  const words: string[] = [];
  for (let i = rng.int(min, max); i > 0; i--) words.push(pickSyllable(rng));
  return words.join(' ');
}

function sentence(rng: Rng): string {
  const parts = [phrase(rng, 5, 14)];
  while (rng.chance(0.45)) parts.push(phrase(rng, 3, 10));
  return `${capitalize(parts.join(', '))}.`;
}

function paragraph(rng: Rng): string {
  const sentences: string[] = [];
  for (let i = rng.int(2, 5); i > 0; i--) sentences.push(sentence(rng));
  return sentences.join(' ');
}

function personName(rng: Rng): string {
  return `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`;
}

function publishedAt(rng: Rng): string {
  const day = new Date(FIRST_DAY + rng.int(0, DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const hour = String(rng.int(6, 21)).padStart(2, '0');
  const minute = String(rng.int(0, 59)).padStart(2, '0');
  return `${day}T${hour}:${minute}:00+07:00`;
}

const MIN_BODY = 2000;
const MAX_BODY = 6000;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * One synthetic portal article: a title, a lead, a body of 2,000 to 6,000 characters in
 * paragraphs, one photo caption, an author, a category and a date. Same rng state, same article.
 */
export function generateArticleDraft(rng: Rng): ArticleDraft {
  const target = rng.int(MIN_BODY, MAX_BODY);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < target) {
    const next = paragraph(rng);
    // Never past 6,000; a paragraph is far shorter than 4,000 characters, so stopping here still leaves 2,000+.
    if (length + next.length > MAX_BODY) break;
    paragraphs.push(next);
    length += next.length + 2;
  }
  const caption = `${rng.pick(CAPTION_OPENERS)} ${phrase(rng, 3, 8)}.`;
  const author = personName(rng);
  const slug = rng.int(100000, 999999);
  const lead = sentence(rng);
  const html = [
    `<p><strong>${escapeHtml(lead)}</strong></p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><em>${escapeHtml(caption)}</em></p>`,
  ].join('');
  return {
    title: capitalize(phrase(rng, 8, 16)),
    category: pickCategory(rng),
    publishedAt: publishedAt(rng),
    site: rng.pick(SITES),
    sourceUrl: `https://portal.example.gov.vn/tin-tuc/${slug}-${rng.int(1000, 9999)}.html`,
    author,
    lead,
    html,
    text: `${lead}\n\n${paragraphs.join('\n\n')}`,
    captions: [caption],
    images: [],
  };
}
