import type { Language } from '../settings';
import { common as viCommon } from './vi/common';
import { errors as viErrors } from './vi/errors';
import { settings as viSettings } from './vi/settings';
import { menu as viMenu } from './vi/menu';
import { common as enCommon } from './en/common';
import { errors as enErrors } from './en/errors';
import { settings as enSettings } from './en/settings';
import { menu as enMenu } from './en/menu';

/**
 * Every UI string, one namespace per feature. Vietnamese is the source; each English
 * namespace is typed against it so a missing translation fails the type-check.
 */
export const resources = {
  vi: { common: viCommon, errors: viErrors, settings: viSettings, menu: viMenu },
  en: { common: enCommon, errors: enErrors, settings: enSettings, menu: enMenu },
} as const;

export const NAMESPACES = Object.keys(resources.vi) as (keyof (typeof resources)['vi'])[];

export function errorMessage(code: keyof typeof viErrors, language: Language): string {
  return resources[language].errors[code];
}
