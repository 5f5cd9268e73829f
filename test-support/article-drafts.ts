import type { ArticleDraft } from '../shared/model';

const TOPICS = [
  'hội nghị giao ban',
  'chương trình nông thôn mới',
  'cải cách hành chính',
  'phòng chống thiên tai',
  'chuyển đổi số',
];

/** A small, valid article draft for tests; `n` varies the text so each one is distinct. */
export function sampleDraft(n = 1, overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  const topic = TOPICS[n % TOPICS.length]!;
  const text = `Sáng nay, Ủy ban nhân dân tỉnh tổ chức ${topic} lần thứ ${n}.\n\nCác đại biểu thảo luận và thống nhất nhiều giải pháp quan trọng cho năm tới.`;
  return {
    title: `Tin số ${n}: ${topic}`,
    category: 'Kinh tế - Chính trị',
    publishedAt: `2020-07-${String((n % 28) + 1).padStart(2, '0')}T13:25:00+07:00`,
    site: 'Cổng thông tin điện tử tỉnh',
    sourceUrl: `https://example.gov.vn/tin-tuc/${n}`,
    author: 'Huỳnh Văn Kiệt',
    lead: `Tóm tắt tin số ${n} về ${topic}.`,
    html: text
      .split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join(''),
    text,
    captions: ['Quang cảnh hội nghị.'],
    images: [],
    ...overrides,
  };
}
