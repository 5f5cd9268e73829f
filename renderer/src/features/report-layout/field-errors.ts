import type { TFunction } from 'i18next';
import { ReportFieldsSchema, type ReportFields } from '../../../../shared/report/fields';

export type FieldErrors = Partial<Record<keyof ReportFields, string>>;

/**
 * The fields as typed in the panel, checked by the one schema: each problem becomes a message in
 * the user's language that names the field ("Số: phải là số nguyên dương").
 */
export function checkFields(
  candidate: Record<string, unknown>,
  t: TFunction<'layout'>,
): { fields: ReportFields | null; errors: FieldErrors } {
  const parsed = ReportFieldsSchema.safeParse(candidate);
  if (parsed.success) return { fields: parsed.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof ReportFields | undefined;
    if (!key || errors[key]) continue;
    const field = t(`fields.${key}`);
    const max = 'maximum' in issue ? Number(issue.maximum) : 0;
    if (key === 'number') errors[key] = t('invalid.number', { field });
    else if (key === 'date') errors[key] = t('invalid.date', { field });
    else if (issue.code === 'too_big' && issue.origin === 'array')
      errors[key] = t('invalid.tooMany', { field, max });
    else if (issue.code === 'too_big') errors[key] = t('invalid.tooLong', { field, max });
    else errors[key] = t('invalid.other', { field });
  }
  return { fields: null, errors };
}

/** What the number box holds → the field: empty is "not numbered yet", anything else must parse. */
export function parseNumberInput(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** One item per line; blank lines dropped. */
export function parseListInput(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
