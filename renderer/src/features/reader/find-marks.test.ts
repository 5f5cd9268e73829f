// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clearMarks, markMatches, setCurrent } from './find-marks';

function article(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  return root;
}

describe('find in the article', () => {
  it('marks every match, with or without marks in the query', () => {
    const root = article(
      '<p>Hội nghị giao ban quý III.</p><p>Sau <b>hội nghị</b>, các sở báo cáo.</p>',
    );
    const matches = markMatches(root, 'hoi nghi');
    expect(matches.map((parts) => parts.map((m) => m.textContent).join(''))).toEqual([
      'Hội',
      'nghị',
      'hội',
      'nghị',
    ]);
    expect(root.querySelectorAll('mark').length).toBe(4);
  });

  it('keeps the text and the markup unchanged apart from the marks', () => {
    const html = '<p>Ủy ban nhân dân <i>tỉnh</i> họp.</p>';
    const root = article(html);
    markMatches(root, 'uy ban');
    expect(root.textContent).toBe('Ủy ban nhân dân tỉnh họp.');
    clearMarks(root);
    expect(root.innerHTML).toBe(html);
  });

  it('marks a phrase that crosses an inline element as one match', () => {
    const root = article('<p>Tổ chức <b>hội</b> nghị trực tuyến.</p>');
    const matches = markMatches(root, '"hội nghị"');
    expect(matches).toHaveLength(1);
    expect(matches[0]!.map((m) => m.textContent).join('|')).toBe('hội| nghị');
  });

  it('finds text stored in NFD as well', () => {
    const root = article(`<p>${'Thủy lợi'.normalize('NFD')}</p>`);
    expect(markMatches(root, 'thuỷ')).toHaveLength(1);
  });

  it('flags one match as current for next/previous', () => {
    const root = article('<p>đường, đường và đường</p>');
    const matches = markMatches(root, 'duong');
    setCurrent(matches, 1);
    expect(root.querySelectorAll('.find-match--current')).toHaveLength(1);
    expect(matches[1]![0]!.classList.contains('find-match--current')).toBe(true);
  });

  it('marks nothing for an empty query', () => {
    const root = article('<p>Văn bản</p>');
    expect(markMatches(root, '')).toEqual([]);
  });
});
