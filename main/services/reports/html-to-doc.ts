import { AppError } from '../../../shared/errors';
import { DocSchema, type DocNode } from '../../../shared/report/document';
import { htmlShapeProblem } from '../../../shared/report/html-shape';
import { pastedHtmlToDoc, type PasteEnv } from '../../../shared/report/paste';
import { domWindow } from '../import/dom-window';

/** Larger HTML than this is refused before parsing (an HTML bomb must not stall the process). */
export const MAX_BODY_HTML = 5 * 1024 * 1024;

/**
 * HTML given to the CLI (`report create --body`) → report JSON, through the editor's own paste
 * cleaner so a file and a paste keep exactly the same things. Unlike a paste, a file that is too
 * large or too deeply nested is refused with the reason instead of being flattened silently.
 */
export function htmlToDoc(html: string): DocNode {
  if (html.length > MAX_BODY_HTML)
    throw new AppError(
      'file-too-large',
      `HTML ${(html.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_BODY_HTML / 1024 / 1024} MB`,
    );
  const problem = htmlShapeProblem(html);
  if (problem) throw new AppError('invalid-input', problem);
  const { doc, mode } = pastedHtmlToDoc(html, {
    window: domWindow() as unknown as PasteEnv['window'],
  });
  if (mode === 'refused') throw new AppError('invalid-input', 'HTML: too many elements');
  const checked = DocSchema.safeParse(doc);
  if (!checked.success)
    throw new AppError(
      'invalid-input',
      `HTML: ${checked.error.issues[0]?.message ?? 'not usable'}`,
    );
  return checked.data;
}
