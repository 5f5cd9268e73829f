import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELDS } from './fields';
import {
  addresseeLines,
  congVanSummary,
  mmToTwip,
  numberLine,
  placeDateLine,
  recipientLines,
} from './nd30';

const fields = { ...DEFAULT_FIELDS, agencyCode: 'VP', place: 'Kiên Giang' };

describe('ND30 number and date forms', () => {
  it('pads numbers below 10 and leaves the number blank while drafting', () => {
    expect(numberLine({ ...fields, number: 7 })).toBe('Số: 07/BC-VP');
    expect(numberLine({ ...fields, number: 125 })).toBe('Số: 125/BC-VP');
    expect(numberLine({ ...fields, number: null })).toBe('Số:      /BC-VP');
    expect(numberLine({ ...fields, type: 'cong-van', number: 12 })).toBe('Số: 12/VP');
    expect(numberLine({ ...fields, type: 'to-trinh', number: 3 })).toBe('Số: 03/TTr-VP');
    expect(numberLine({ ...fields, number: 7 }, 'party')).toBe('Số 07-BC/VP');
  });

  it('pads days below 10 and months 1 and 2 only', () => {
    expect(placeDateLine({ ...fields, date: '2026-02-05' }, 2026)).toBe(
      'Kiên Giang, ngày 05 tháng 02 năm 2026',
    );
    expect(placeDateLine({ ...fields, date: '2019-06-29' }, 2026)).toBe(
      'Kiên Giang, ngày 29 tháng 6 năm 2019',
    );
    expect(placeDateLine({ ...fields, date: '2026-12-10' }, 2026)).toBe(
      'Kiên Giang, ngày 10 tháng 12 năm 2026',
    );
    expect(placeDateLine({ ...fields, date: null }, 2026)).toBe(
      'Kiên Giang, ngày    tháng    năm 2026',
    );
  });

  it('punctuates Kính gửi and Nơi nhận lists as the decree does', () => {
    expect(addresseeLines(['Ủy ban nhân dân tỉnh'])).toEqual(['Ủy ban nhân dân tỉnh.']);
    expect(addresseeLines(['Sở Nội vụ', 'Sở Tài chính;'])).toEqual([
      '- Sở Nội vụ;',
      '- Sở Tài chính.',
    ]);
    expect(recipientLines(['Như trên', 'Lưu: VT, TH'])).toEqual(['- Như trên;', '- Lưu: VT, TH.']);
    expect(congVanSummary('nâng bậc lương')).toBe('V/v nâng bậc lương');
    expect(congVanSummary('V/v nâng bậc lương')).toBe('V/v nâng bậc lương');
  });

  it('converts millimetres to twips as Word does', () => {
    expect(mmToTwip(35)).toBe(1984);
    expect(mmToTwip(20)).toBe(1134);
  });
});
