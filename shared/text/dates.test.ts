import { describe, expect, it } from 'vitest';
import {
  formatDisplayDate,
  parseDateLine,
  parseMachineDate,
  parseUserDate,
  pickArticleDate,
} from './dates';

describe('parseDateLine: every metadata form portals print', () => {
  const table: [string, string, string][] = [
    ['(13:25 | 13/07/2020)', '2020-07-13T13:25:00+07:00', 'bracketed'],
    ['04/04/2025 16:58', '2025-04-04T16:58:00+07:00', 'plain'],
    ['28/08/2025  20:36', '2025-08-28T20:36:00+07:00', 'plain'],
    ['01/11/2024 - 09:50', '2024-11-01T09:50:00+07:00', 'plain'],
    ['30-03-2024, 18:27 (GMT+7)', '2024-03-30T18:27:00+07:00', 'plain'],
    ['Thứ hai, 25/11/2024 01:00 (GMT+7)', '2024-11-25T01:00:00+07:00', 'weekday'],
    ['Thứ ba 03/02/2026 04:12', '2026-02-03T04:12:00+07:00', 'weekday'],
    ['Thứ 3, Ngày 16/07/2024 -', '2024-07-16T00:00:00+07:00', 'weekday'],
    ['Chủ nhật, 01/12/2024 07:05', '2024-12-01T07:05:00+07:00', 'weekday'],
    ['Ngày đăng: 08/07/2024  11:38', '2024-07-08T11:38:00+07:00', 'labelled'],
    ['Cập nhật: 09/07/2024 08:00', '2024-07-09T08:00:00+07:00', 'labelled'],
    ['Gửi lúc: 05/12/2013 15:42:27', '2013-12-05T15:42:27+07:00', 'labelled'],
    ['23-2-2025 17:05', '2025-02-23T17:05:00+07:00', 'plain'],
    ['Kiên Giang, ngày 28 tháng 8 năm 2019', '2019-08-28T00:00:00+07:00', 'administrative'],
    ['\u00a004/04/2025\u00a016:58\u00a0', '2025-04-04T16:58:00+07:00', 'plain'],
    ['07-03-2026 - 00:01 AM', '2026-03-07T00:01:00+07:00', 'plain'],
    ['07-03-2026 - 12:40 PM', '2026-03-07T12:40:00+07:00', 'plain'],
    ['07-03-2026 - 1:05 PM', '2026-03-07T13:05:00+07:00', 'plain'],
    ['07/03/2026   08:52 (GMT+07:00)', '2026-03-07T08:52:00+07:00', 'plain'],
    [' - 07/03/2026 08:47', '2026-03-07T08:47:00+07:00', 'plain'],
    ['14/09/2024  07:45', '2024-09-14T07:45:00+07:00', 'plain'],
    ['5-3-2024 16:20', '2024-03-05T16:20:00+07:00', 'plain'],
    ['2024-09-14 07:45', '2024-09-14T07:45:00+07:00', 'plain'],
  ];
  it.each(table)('%s → %s (%s)', (line, iso, kind) => {
    const parsed = parseDateLine(line);
    expect(parsed?.iso).toBe(iso);
    expect(parsed?.kind).toBe(kind);
  });

  it('reads decomposed (NFD) labels like composed ones', () => {
    expect(parseDateLine('Ngày đăng: 08/07/2024 11:38'.normalize('NFD'))?.iso).toBe(
      '2024-07-08T11:38:00+07:00',
    );
  });

  it('keeps the label so "Ngày đăng" can be preferred', () => {
    expect(parseDateLine('Ngày đăng: 08/07/2024  11:38')?.label).toBe('ngày đăng');
  });

  it.each([
    'Ngày 10/7',
    'Sáng 16-1',
    'ngày 01.02',
    'từ 9 - 15/11/2020',
    'Ngày 10/7, Văn phòng Trung ương Đảng tổ chức Hội nghị giao ban trực tuyến ngày 13/07/2020',
    '313',
    '',
    '31/02/2024 10:00',
    '12/13/2024',
    '25/11/2024 24:10',
    '07-03-2026 13:05 PM',
  ])('rejects %j: a date in prose, a counter, or an impossible date', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('pickArticleDate', () => {
  const candidate = (line: string, distanceToTitle: number) => ({
    date: parseDateLine(line)!,
    distanceToTitle,
    line,
  });

  it('prefers the labelled date over the header\'s weekday "today"', () => {
    const picked = pickArticleDate([
      candidate('Thứ 3, Ngày 16/07/2024 -', 1),
      candidate('Ngày đăng: 08/07/2024  11:38', 1),
    ]);
    expect(picked?.line).toBe('Ngày đăng: 08/07/2024  11:38');
  });

  it('prefers the bracketed date next to the title over a plain date at the top', () => {
    const picked = pickArticleDate([
      candidate('27/11/2026', 5),
      candidate('(13:25 | 13/07/2020)', 1),
    ]);
    expect(picked?.line).toBe('(13:25 | 13/07/2020)');
  });

  it('between equal forms, takes the one closest to the title', () => {
    const picked = pickArticleDate([
      candidate('01/01/2024 08:00', 6),
      candidate('02/01/2024 09:00', 1),
    ]);
    expect(picked?.line).toBe('02/01/2024 09:00');
  });

  it('returns null with no candidates', () => {
    expect(pickArticleDate([])).toBeNull();
  });
});

describe('formatDisplayDate', () => {
  it('shows dd/MM/yyyy HH:mm for a +07:00 date', () => {
    expect(formatDisplayDate('2020-07-13T13:25:00+07:00')).toBe('13/07/2020 13:25');
  });
  it('converts another offset to Vietnam time', () => {
    expect(formatDisplayDate('2020-07-13T20:30:00Z')).toBe('14/07/2020 03:30');
  });
  it('can drop the time', () => {
    expect(formatDisplayDate('2019-08-28T00:00:00+07:00', { withTime: false })).toBe('28/08/2019');
  });
  it('returns an empty string for garbage rather than "NaN"', () => {
    expect(formatDisplayDate('not a date')).toBe('');
  });
  it('round-trips what the preview shows', () => {
    const iso = '2024-11-01T09:50:00+07:00';
    expect(parseUserDate(formatDisplayDate(iso))).toBe(iso);
  });
});

describe('parseMachineDate: meta tags, <time datetime>, JSON-LD', () => {
  it.each([
    ['2026-03-07T00:01:00', '2026-03-07T00:01:00+07:00'],
    ['2026-03-07 08:07', '2026-03-07T08:07:00+07:00'],
    ['2026-03-07T08:52:11.000 +07:00', '2026-03-07T08:52:11+07:00'],
    ['2026-03-01T09:51:00+07:00', '2026-03-01T09:51:00+07:00'],
    ['2026-03-06T17:05:00Z', '2026-03-07T00:05:00+07:00'],
    ['2026-03-06T17:05:00+0000', '2026-03-07T00:05:00+07:00'],
  ])('%s → %s (no offset means Vietnam time)', (value, iso) => {
    expect(parseMachineDate(value)?.iso).toBe(iso);
  });

  it.each(['', 'tomorrow', '2026-02-30T10:00:00', '07/03/2026'])('rejects %j', (value) => {
    expect(parseMachineDate(value)).toBeNull();
  });
});
