import type { Language } from '../settings';
import { common as viCommon } from './vi/common';
import { errors as viErrors } from './vi/errors';
import { settings as viSettings } from './vi/settings';
import { menu as viMenu } from './vi/menu';
import { library as viLibrary } from './vi/library';
import { reader as viReader } from './vi/reader';
import { search as viSearch } from './vi/search';
import { importer as viImport } from './vi/import';
import { editor as viEditor } from './vi/editor';
import { citations as viCitations } from './vi/citations';
import { spellcheck as viSpellcheck } from './vi/spellcheck';
import { layout as viLayout } from './vi/layout';
import { reports as viReports } from './vi/reports';
import { common as enCommon } from './en/common';
import { errors as enErrors } from './en/errors';
import { settings as enSettings } from './en/settings';
import { menu as enMenu } from './en/menu';
import { library as enLibrary } from './en/library';
import { reader as enReader } from './en/reader';
import { search as enSearch } from './en/search';
import { importer as enImport } from './en/import';
import { editor as enEditor } from './en/editor';
import { citations as enCitations } from './en/citations';
import { spellcheck as enSpellcheck } from './en/spellcheck';
import { layout as enLayout } from './en/layout';
import { reports as enReports } from './en/reports';

/**
 * Every UI string, one namespace per feature. Vietnamese is the source; each English
 * namespace is typed against it so a missing translation fails the type-check.
 */
export const resources = {
  vi: {
    common: viCommon,
    errors: viErrors,
    settings: viSettings,
    menu: viMenu,
    library: viLibrary,
    reader: viReader,
    search: viSearch,
    import: viImport,
    editor: viEditor,
    citations: viCitations,
    spellcheck: viSpellcheck,
    layout: viLayout,
    reports: viReports,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    settings: enSettings,
    menu: enMenu,
    library: enLibrary,
    reader: enReader,
    search: enSearch,
    import: enImport,
    editor: enEditor,
    citations: enCitations,
    spellcheck: enSpellcheck,
    layout: enLayout,
    reports: enReports,
  },
} as const;

export const NAMESPACES = Object.keys(resources.vi) as (keyof (typeof resources)['vi'])[];

export function errorMessage(code: keyof typeof viErrors, language: Language): string {
  return resources[language].errors[code];
}
