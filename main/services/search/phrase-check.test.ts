import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleBody, ArticleMeta } from '../../../shared/model';
import { parseQuery } from '../../../shared/text/search-query';
import { foldVietnamese } from '../../../shared/text/vietnamese';
import { hasPhrases, hasPhrasesFolded } from './phrase-check';
import { FIELD_BREAK } from './text-store';
import { storedBody } from '../../../test-support/stored-article';

/**
 * The phrase check on the article's own text (used when the text store holds no record for it)
 * and the one on the text store's folded copy must agree: a phrase stands when its words follow
 * each other, whole, inside one field (title, lead, body, one caption, author, category).
 */

const ALL_FIELDS = 0x3f;

function meta(title: string, lead = '', author: string | null = null): ArticleMeta {
  return {
    id: 'a1',
    title,
    categoryId: null,
    publishedAt: '2020-07-13T13:25:00+07:00',
    site: null,
    sourceUrl: null,
    author,
    lead,
    wordCount: 3,
    importedAt: '2026-01-01T08:00:00+07:00',
    contentHash: 'h',
    read: false,
    starred: false,
    readingPosition: 0,
  };
}

const body = (text: string, captions: string[] = []) => storedBody('a1', text, captions);

/** What the text store keeps for a phrase check: the folded body, then each caption after a break. */
const foldedCopy = (b: ArticleBody) =>
  foldVietnamese(b.text) + b.captions.map((c) => FIELD_BREAK + foldVietnamese(c)).join('');

const phrasesOf = (query: string) => parseQuery(query).phrases;

function both(query: string, m: ArticleMeta, b: ArticleBody | null, category: string | null) {
  const phrases = phrasesOf(query);
  const plain = hasPhrases(phrases, m, b, category);
  const folded = hasPhrasesFolded(phrases, m, b ? foldedCopy(b) : null, category, ALL_FIELDS);
  expect(folded, `folded check of ${query}`).toBe(plain);
  return plain;
}

describe('phrase check on an article’s text', () => {
  it('finds a phrase in any one field, marks and case aside', () => {
    const q = '"cải cách hành chính"';
    expect(both(q, meta('Đẩy mạnh Cải Cách Hành Chính'), null, null)).toBe(true);
    expect(both(q, meta('Tin', 'Về cai cach hanh chinh.'), null, null)).toBe(true);
    expect(both(q, meta('Tin'), body('Năm nay: cải cách, hành chính!'), null)).toBe(true);
    expect(
      both(q, meta('Tin'), body('Khác.', ['Ảnh 1', 'Hội nghị cải cách hành chính']), null),
    ).toBe(true);
    expect(both(q, meta('Tin', '', 'Nhóm Cải cách hành chính'), null, null)).toBe(true);
    expect(both(q, meta('Tin'), body('Khác.'), 'Cải cách hành chính')).toBe(true);
  });

  it('does not let a phrase run across two fields, two captions, or past the end of the text', () => {
    const q = '"cải cách hành chính"';
    expect(both(q, meta('Bàn về cải cách', 'hành chính công'), null, null)).toBe(false);
    expect(both(q, meta('Tin'), body('Kết thúc cải cách', ['hành chính xã']), null)).toBe(false);
    expect(both(q, meta('Tin'), body('Khác', ['Ảnh cải cách', 'hành chính']), null)).toBe(false);
    expect(both(q, meta('Tin'), body('Đợt này cải cách hành'), null)).toBe(false);
    expect(both(q, meta('Tin'), body('cải cách thủ tục hành chính'), null)).toBe(false);
    expect(both(q, meta('Tin'), body('hành chính cải cách'), null)).toBe(false);
  });

  it('looks past an earlier occurrence of the first word', () => {
    const q = '"cải cách hành chính"';
    expect(both(q, meta('Tin'), body('Cải cách ruộng đất, rồi cải cách hành chính'), null)).toBe(
      true,
    );
    expect(both(q, meta('Tin'), body('cải cách cải cách hành chính'), null)).toBe(true);
  });

  it('matches whole words only', () => {
    expect(both('"ban nhân"', meta('Tin'), body('Ủy ban nhân dân'), null)).toBe(true);
    expect(both('"ban nhân"', meta('Tin'), body('Ủy bann nhân dân'), null)).toBe(false);
    expect(both('"an nhân"', meta('Tin'), body('Ủy ban nhân dân'), null)).toBe(false);
    expect(both('"ban nhâ"', meta('Tin'), body('Ủy ban nhân dân'), null)).toBe(false);
  });

  it('does not take one phrase for another with the same letters broken apart elsewhere', () => {
    const folded = foldVietnamese('Ba nhân dân');
    const check = (query: string) =>
      hasPhrasesFolded(phrasesOf(query), meta('Tin'), folded, null, ALL_FIELDS);
    expect(check('"ba nhan"')).toBe(true);
    expect(check('"ban han"')).toBe(false);
  });

  it('needs every phrase, each in some field of its own', () => {
    const m = meta('Cải cách hành chính', 'Chuyển đổi số');
    expect(both('"cải cách hành chính" "chuyển đổi số"', m, null, null)).toBe(true);
    expect(both('"cải cách hành chính" "chuyển đổi xanh"', m, null, null)).toBe(false);
    expect(both('"chuyển đổi xanh" "cải cách hành chính"', m, null, null)).toBe(false);
  });

  it('finds nothing in an article without a body or author unless the other fields hold it', () => {
    expect(both('"nội dung"', meta('Tin'), null, null)).toBe(false);
    // Nothing stands in for a missing body, author or category.
    expect(both('"stryker was"', meta('Tin'), null, null)).toBe(false);
  });

  it('agrees with the folded copy on any text built from a few words and separators', () => {
    const word = fc.constantFrom(
      'cải',
      'Cách',
      'cach',
      'hành',
      'chính',
      'hoà',
      'hòa',
      'giải',
      'xã',
    );
    const gap = fc.constantFrom(' ', ', ', '. ', ' – ', '\n', '/');
    const text = fc
      .array(fc.tuple(word, gap), { maxLength: 12 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    const query = fc
      .array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 })
      .map((phrases) => phrases.map((p) => `"${p.join(' ')}"`).join(' '));
    fc.assert(
      fc.property(
        query,
        text,
        text,
        fc.array(text, { maxLength: 2 }),
        fc.option(text, { nil: null }),
        (q, title, bodyText, captions, category) => {
          both(q, meta(title), body(bodyText, captions), category);
        },
      ),
      { numRuns: 200 },
    );
  });
});
