import { decodeText, type DecodedText, type TextEncoding } from './detect-encoding';
import { draftFromFields, paragraphsToHtml, type ImportOutcome } from './draft';
import type { ImportWarning } from './fields';
import { parsePortalText } from './portal-text';

export function encodingReport(decoded: DecodedText): NonNullable<ImportOutcome['encoding']> {
  return {
    chosen: decoded.encoding,
    confidence: decoded.confidence,
    uncertain: decoded.uncertain,
    candidates: decoded.candidates.map((c) => ({
      encoding: c.encoding,
      confidence: c.confidence,
      sample: c.text,
    })),
  };
}

export function encodingWarnings(decoded: DecodedText): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  if (decoded.uncertain)
    warnings.push({
      code: 'encoding-uncertain',
      detail: decoded.candidates
        .slice(0, 2)
        .map((c) => c.encoding)
        .join(' / '),
    });
  if (decoded.wasNfd) warnings.push({ code: 'nfd-composed' });
  return warnings;
}

/** A .txt file: portal text copied by hand, in whatever encoding the office's machine wrote. */
export function importText(bytes: Uint8Array, encoding?: TextEncoding): ImportOutcome {
  const decoded = decodeText(bytes, encoding);
  const parsed = parsePortalText(decoded.text);
  const captions = parsed.paragraphs.filter((p) => p.role === 'caption').map((p) => p.text);
  const draft = {
    ...draftFromFields(parsed.fields, {
      html: paragraphsToHtml(parsed.paragraphs),
      text: parsed.paragraphs.map((p) => p.text).join('\n\n'),
      captions,
      images: captions.map((caption) => ({ media: null, caption, alt: null, originalSrc: null })),
    }),
    sourceUrl: parsed.sourceUrl ?? null,
  };
  return {
    format: 'text',
    draft,
    fields: parsed.fields,
    warnings: [...encodingWarnings(decoded), ...parsed.warnings],
    encoding: encodingReport(decoded),
  };
}
