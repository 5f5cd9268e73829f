import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_ARTICLES } from '../../test-support/fixtures/search/articles';
import { openTestServices, type TestServices } from '../../test-support/test-services';
import type { AppServices } from '../services/app-services';
import type { HandlerTable } from './handler-table';
import { invokeChannel } from './invoke';

describe('search channels through the validating wrapper', () => {
  let opened: TestServices;
  let services: AppServices;
  let table: HandlerTable;

  beforeEach(async () => {
    opened = await openTestServices();
    ({ services, table } = opened);
  });
  afterEach(() => opened.remove());

  it('indexes what the archive holds and answers search.query with highlighted hits', async () => {
    for (const draft of Object.values(SEARCH_ARTICLES)) await services.archive.addArticle(draft);
    await services.search.whenIdle();
    const status = await invokeChannel(table, 'search.status', undefined, () => 'vi');
    expect(status).toEqual({
      ok: true,
      value: { state: 'ready', documents: Object.keys(SEARCH_ARTICLES).length, jobId: null },
    });
    const result = await invokeChannel(
      table,
      'search.query',
      { query: 'đường tỉnh 963', limit: 5 },
      () => 'vi',
    );
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as {
      total: number;
      hits: { title: string; titleHighlights: [number, number][] }[];
    };
    expect(value.total).toBe(1);
    const hit = value.hits[0]!;
    expect(hit.titleHighlights.map(([s, e]) => hit.title.slice(s, e))).toEqual([
      'Đường',
      'tỉnh',
      '963',
    ]);
  });

  it('starts a reindex job and reports it in search.status', async () => {
    await services.search.whenIdle();
    const started = await invokeChannel(table, 'search.reindex', undefined, () => 'vi');
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    const status = await invokeChannel(table, 'search.status', undefined, () => 'vi');
    expect(status).toMatchObject({ ok: true, value: { state: 'building', jobId } });
    await services.search.whenIdle();
  });

  it.each([
    ['a query over 500 characters', { query: 'x'.repeat(501) }],
    ['a limit over 200', { query: 'x', limit: 201 }],
    ['a date typed dd/mm/yyyy instead of ISO', { query: 'x', filters: { from: '13/07/2020' } }],
    ['an unknown sort', { query: 'x', sort: 'random' }],
    ['an unknown filter', { query: 'x', filters: { tag: 'a' } }],
  ])('refuses %s with a message in Vietnamese', async (_case, input) => {
    const result = await invokeChannel(table, 'search.query', input, () => 'vi');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'Dữ liệu gửi lên không hợp lệ.' },
    });
  });
});
