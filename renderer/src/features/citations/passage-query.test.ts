import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../../shared/text/highlight';
import { passageQuery } from './passage-query';

describe('passageQuery', () => {
  it('marks exactly the quoted passage in the article text, punctuation and all', () => {
    const article =
      'Hội nghị mở đầu.\nTổng thu ngân sách đạt 1.245,5 tỷ đồng, tăng 12%. Chi ngân sách đúng dự toán.';
    const passage = 'ngân sách đạt 1.245,5 tỷ đồng, tăng 12%.';
    const ranges = highlightRanges(article, passageQuery(passage));
    expect(ranges).toHaveLength(1);
    const [from, to] = ranges[0]!;
    expect(article.slice(from, to)).toBe('ngân sách đạt 1.245,5 tỷ đồng, tăng 12');
  });

  it('answers an empty query for an empty passage', () => {
    expect(passageQuery('  ')).toBe('');
  });
});
