import { describe, expect, it } from 'vitest';
import {
  expectedRealDocx,
  hasRealDocx,
  readRealDocx,
  realDocxFiles,
  REAL_DOCX_SKIP_NOTE,
} from '../../../../../test-support/real-docx';
import { clean } from './nd30-lines';
import { readDocx } from './read-docx';

const expected = expectedRealDocx();

describe(`ND30 recognition of real Word documents${REAL_DOCX_SKIP_NOTE}`, () => {
  it.skipIf(!hasRealDocx)('finds twelve files, eleven with expected fields', () => {
    expect(realDocxFiles()).toHaveLength(12);
    expect(expected).toHaveLength(11);
  });

  for (const want of expected.length ? expected : [{ file: 'none' } as (typeof expected)[number]]) {
    it.skipIf(!hasRealDocx)(
      `${want.file}: header, title, Kính gửi and signer fields as printed`,
      async () => {
        const { nd30 } = await readDocx(readRealDocx(want.file), want.file);
        expect(nd30).not.toBeNull();
        const got = nd30!;
        expect({
          type: got.kind,
          parentAgency: got.parentAgency,
          agency: got.agency,
          numberLine: got.number?.line,
          symbol: got.number?.symbol,
          place: got.date?.place,
          dateLine: got.date?.line,
          year: got.date?.year,
          summary: got.summary,
          addressees: got.addressees,
          recipients: got.recipients,
          signerAuthority: got.signerAuthority,
          signerTitle: got.signerTitle,
          signerName: got.signerName,
        }).toEqual({
          type: want.type,
          parentAgency: want.parentAgency,
          agency: want.agency,
          numberLine: want.numberLine,
          symbol: want.symbol,
          place: want.place,
          dateLine: want.dateLine,
          year: want.year,
          summary: clean(want.summary),
          addressees: want.addressees,
          recipients: want.recipients,
          signerAuthority: want.signerAuthority,
          signerTitle: want.signerTitle,
          signerName: want.signerName,
        });
        expect(got.title.startsWith(got.typeName ? got.typeName.charAt(0) : 'Công văn')).toBe(true);
      },
    );
  }

  it.skipIf(!hasRealDocx)(
    'does not take the decree template file (no header table at its top) for an ND30 document',
    async () => {
      const name = realDocxFiles().find((file) => file.startsWith('12-'))!;
      const { nd30, blocks } = await readDocx(readRealDocx(name), name);
      expect(nd30).toBeNull();
      expect(blocks.length).toBeGreaterThan(10);
    },
  );
});
