import { describe, expect, it } from 'vitest';
import { DocSchema, docText } from './document';
import { DEFAULT_FIELDS, ReportFieldsSchema } from './fields';
import { preflight } from './preflight';
import {
  SKELETON_TEMPLATES,
  rememberedDefaults,
  rememberedFields,
  withRememberedDefaults,
} from './template-skeletons';

describe('template skeletons', () => {
  it.each(Object.entries(SKELETON_TEMPLATES))(
    '%s is a valid start ending with "./."',
    (_id, def) => {
      const start = def!.build();
      expect(ReportFieldsSchema.parse(start.fields)).toEqual(start.fields);
      expect(DocSchema.safeParse(start.content).success).toBe(true);
      expect(docText(start.content).trimEnd().endsWith('./.')).toBe(true);
      const codes = preflight({ ...start, final: false }).map((f) => f.code);
      expect(codes).not.toContain('closing-missing');
    },
  );

  it('the report skeleton has the decree sections and the Party one its own layout', () => {
    const report = docText(SKELETON_TEMPLATES['bao-cao']!.build().content);
    expect(report).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    expect(report).toContain('II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN');
    expect(SKELETON_TEMPLATES.party!.build().layout).toBe('party');
    expect(SKELETON_TEMPLATES['cong-van']!.build().fields.type).toBe('cong-van');
  });

  it('offers the last report agency, place, signer and recipients, never its number or summary', () => {
    const last = {
      ...DEFAULT_FIELDS,
      agency: 'VĂN PHÒNG',
      place: 'Kiên Giang',
      number: 9,
      summary: 'Cũ',
      signerName: 'Trần Thị Hạnh',
      recipients: ['Như trên', 'Lưu: VT, TH'],
    };
    const next = withRememberedDefaults(
      SKELETON_TEMPLATES['bao-cao']!.build().fields,
      rememberedDefaults(last),
    );
    expect(next).toMatchObject({
      agency: 'VĂN PHÒNG',
      place: 'Kiên Giang',
      signerName: 'Trần Thị Hạnh',
      number: null,
      summary: '',
    });
    expect(next.recipients).toEqual(['Như trên', 'Lưu: VT, TH']);
    expect(withRememberedDefaults(DEFAULT_FIELDS, { agency: 42, recipients: [1] })).toEqual(
      DEFAULT_FIELDS,
    );
  });
});

describe('rememberedFields', () => {
  it('keeps only valid remembered keys', () => {
    expect(
      rememberedFields({ agency: 'VĂN PHÒNG', number: 9, signerName: 3, recipients: ['Như trên'] }),
    ).toEqual({
      agency: 'VĂN PHÒNG',
      recipients: ['Như trên'],
    });
  });
});
