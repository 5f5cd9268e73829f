import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedFixturesDir } from './fixtures/import/paths';

/** Real administrative Word files beside the repo (../shared/fixtures/real-docx); tests skip when absent. */
export const realDocxDir = path.join(sharedFixturesDir, 'real-docx');
export const hasRealDocx = existsSync(path.join(realDocxDir, 'fields-expected.json'));
export const REAL_DOCX_SKIP_NOTE = hasRealDocx
  ? ''
  : ' (skipped: ../shared/fixtures/real-docx is absent)';

/** The fields as printed in each real file (fields-expected.json). */
export type ExpectedDocxFields = {
  file: string;
  type: string;
  parentAgency: string | null;
  agency: string;
  numberLine: string;
  symbol: string;
  place: string;
  dateLine: string;
  year: number;
  summary: string;
  addressees: string[];
  recipients: string[];
  signerAuthority: string | null;
  signerTitle: string;
  signerName: string;
};

export function expectedRealDocx(): ExpectedDocxFields[] {
  if (!hasRealDocx) return [];
  return JSON.parse(
    readFileSync(path.join(realDocxDir, 'fields-expected.json'), 'utf8'),
  ) as ExpectedDocxFields[];
}

/** Every .docx in the folder (the eleven documents and the decree's template file). */
export function realDocxFiles(): string[] {
  if (!hasRealDocx) return [];
  return readdirSync(realDocxDir)
    .filter((name) => name.endsWith('.docx'))
    .sort();
}

export const readRealDocx = (name: string) => readFileSync(path.join(realDocxDir, name));
