import { describe, expect, it } from 'vitest';
import { CompileSourceSchema } from '../../../../shared/ipc/citations';
import { compileSource, moveSection } from './compile-source';

describe('compile source from the library', () => {
  it('takes the current search and filters, "uncategorized" included', () => {
    const source = compileSource(
      'filter',
      [],
      ' giao ban ',
      { categoryId: null, from: '2026-07-01' },
      { categoryIds: [] },
    );
    expect(source).toEqual({ query: 'giao ban', from: '2026-07-01', categoryIds: [null] });
    expect(CompileSourceSchema.safeParse(source).success).toBe(true);
  });

  it('takes the selection by ids, or a range with categories', () => {
    expect(compileSource('selection', ['a', 'b'], 'x', {}, { categoryIds: [] })).toEqual({
      ids: ['a', 'b'],
    });
    expect(
      compileSource(
        'range',
        [],
        '',
        {},
        { from: '2026-07-01', to: '2026-07-31', categoryIds: ['c1'] },
      ),
    ).toEqual({
      from: '2026-07-01',
      to: '2026-07-31',
      categoryIds: ['c1'],
    });
  });

  it('moves a section up and down, never past the ends', () => {
    expect(moveSection(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveSection(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
