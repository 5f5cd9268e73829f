import type { ArticleDraft } from '../../shared/model';
import { entity, personName, place } from './entities';
import { CAPTION_OPENERS, CATEGORIES, SITES } from './lexicon';
import { weightedPicker, zipfWeights, type Rng } from './prng';
import { pickTailSyllable, pickWord } from './vocabulary';

/** Portals publish mostly in a few big categories; weight them so category filters see realistic skew. */
const pickCategory = weightedPicker(CATEGORIES, zipfWeights(CATEGORIES.length, 1, 2));

/** Fifteen years of publications, 2011-01-01 to 2025-12-31, Vietnam time. */
const FIRST_DAY = Date.UTC(2011, 0, 1);
const DAYS = 15 * 365 + 3;

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * What one article is about: a few words and names it comes back to again and again. Real news
 * is bursty (an article on a bridge says "cầu" twenty times), which is what makes its text
 * compress and its words cluster; words drawn independently would read like noise to both.
 */
type Topic = { words: string[]; entities: string[] };

function topicOf(rng: Rng): Topic {
  const words = Array.from({ length: 12 }, () => pickWord(rng));
  for (let i = 0; i < 6; i++) words.push(pickTailSyllable(rng));
  return { words, entities: Array.from({ length: 4 }, () => entity(rng)) };
}

let topic: Topic = { words: [], entities: [] };

/** About `min`–`max` syllables of words (a word may hold two or three). */
function phrase(rng: Rng, min: number, max: number): string {
  const words: string[] = [];
  for (let left = rng.int(min, max); left > 0;) {
    const word = topic.words.length > 0 && rng.chance(0.3) ? rng.pick(topic.words) : pickWord(rng);
    words.push(word);
    left -= word.split(' ').length;
  }
  return words.join(' ');
}

function someEntity(rng: Rng): string {
  return topic.entities.length > 0 && rng.chance(0.5) ? rng.pick(topic.entities) : entity(rng);
}

/** Portal sentences run 10–40 syllables; about half carry a number, a date, a code, a person or a place. */
function sentence(rng: Rng): string {
  const parts = [phrase(rng, 5, 16)];
  if (rng.chance(0.55)) parts.push(someEntity(rng));
  while (rng.chance(0.4)) parts.push(phrase(rng, 3, 12));
  if (rng.chance(0.2)) parts.push(someEntity(rng));
  return `${capitalize(parts.join(rng.chance(0.5) ? ', ' : ' '))}.`;
}

function paragraph(rng: Rng): string {
  const sentences: string[] = [];
  for (let i = rng.int(1, 5); i > 0; i--) sentences.push(sentence(rng));
  return sentences.join(' ');
}

function publishedAt(rng: Rng): string {
  const day = new Date(FIRST_DAY + rng.int(0, DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const hour = String(rng.int(6, 21)).padStart(2, '0');
  const minute = String(rng.int(0, 59)).padStart(2, '0');
  return `${day}T${hour}:${minute}:00+07:00`;
}

export const MIN_BODY = 300;
export const MAX_BODY = 10_000;

/**
 * Body lengths of portal news are log-normal: most articles 1,500–4,500 characters, a few short
 * notices, a tail of long reports up to 10,000 (median 2,800, σ 0.6; Box–Muller on the rng).
 */
function bodyLength(rng: Rng): number {
  const normal = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  return Math.round(Math.min(MAX_BODY, Math.max(MIN_BODY, 2800 * Math.exp(0.6 * normal))));
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function title(rng: Rng): string {
  const head = phrase(rng, 6, 14);
  const tail = rng.chance(0.5) ? ` ${rng.chance(0.5) ? place(rng) : someEntity(rng)}` : '';
  return capitalize(head + tail);
}

/**
 * One synthetic portal article: a title, a lead, a body of 300 to 10,000 characters in
 * paragraphs (log-normal), one photo caption, an author, a category and a date, written from a
 * vocabulary of several thousand syllables with numbers, dates, codes and names. Same rng
 * state, same article.
 */
export function generateArticleDraft(rng: Rng): ArticleDraft {
  topic = topicOf(rng);
  const target = bodyLength(rng);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < target) {
    let next = paragraph(rng);
    // A paragraph that would pass 10,000 is cut at a word so the longest bodies end exactly there.
    if (length + next.length > MAX_BODY) {
      next = next.slice(0, MAX_BODY - length).replace(/\s+\S*$/, '.');
      if (next.length < 2) break;
    }
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
    title: title(rng),
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
