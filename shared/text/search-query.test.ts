import { describe, expect, it } from 'vitest';
import { parseQuery } from './search-query';

describe('parseQuery', () => {
  it('ANDs words and makes the last one a prefix while it is typed', () => {
    const parsed = parseQuery('Hội ngh');
    expect(parsed.terms.map((t) => [t.folded, t.prefix])).toEqual([
      ['hoi', false],
      ['ngh', true],
    ]);
    expect(parseQuery('hội nghị ').terms.every((t) => !t.prefix)).toBe(true);
  });

  it('keeps a marked key only for words typed with marks', () => {
    const [plain, marked] = parseQuery('duong đường ').terms;
    expect(plain?.marked).toBeNull();
    expect(marked?.marked).toBe('đương:2');
  });

  it('reads quoted phrases, even unclosed, and exclusions', () => {
    const parsed = parseQuery('"hội nghị giao ban" -tháng “Ủy ban');
    expect(parsed.phrases.map((p) => p.map((t) => t.folded))).toEqual([
      ['hoi', 'nghi', 'giao', 'ban'],
      ['uy', 'ban'],
    ]);
    expect(parsed.excluded).toEqual(['thang']);
    expect(parsed.terms).toHaveLength(6);
  });

  it('treats a joined chunk like NĐ-CP as a phrase', () => {
    const parsed = parseQuery('30/2020/NĐ-CP ');
    expect(parsed.phrases[0]?.map((t) => t.folded)).toEqual(['30', '2020', 'nd', 'cp']);
  });

  it('does not prefix a one-letter word', () => {
    expect(parseQuery('t').terms[0]?.prefix).toBe(false);
  });
});
