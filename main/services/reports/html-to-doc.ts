import createDOMPurify, { type Config } from 'dompurify';
import { DOMParser as PmDomParser } from '@tiptap/pm/model';
import { AppError } from '../../../shared/errors';
import { ARTICLE_ALLOWED_ATTR, ARTICLE_ALLOWED_TAGS } from '../../../shared/html-policy';
import { DocSchema, type DocNode } from '../../../shared/report/document';
import { htmlShapeProblem } from '../../../shared/report/html-shape';
import { reportSchema } from '../../../shared/report/schema';
import { domWindow } from '../import/dom-window';

/** Larger HTML than this is refused before parsing (an HTML bomb must not stall the process). */
export const MAX_BODY_HTML = 5 * 1024 * 1024;
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const MEDIA_SRC = /^media\/[0-9a-f]{64}\.[a-z0-9]{2,5}$/;
/** From inline styles only alignment survives; fonts, colours and mso-* never do. */
const KEPT_STYLE = /^\s*text-align\s*:\s*(left|center|right|justify)\s*;?\s*$/i;

const CONFIG: Config = {
  ALLOWED_TAGS: [...ARTICLE_ALLOWED_TAGS, 'h1', 'strike', 'del'],
  ALLOWED_ATTR: [...ARTICLE_ALLOWED_ATTR, 'style', 'start', 'type'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM: true,
};

const purify = createDOMPurify(domWindow as unknown as Parameters<typeof createDOMPurify>[0]);
purify.addHook('uponSanitizeAttribute', (_node, data) => {
  const value = data.attrValue.trim();
  if (data.attrName === 'href') data.keepAttr = SAFE_HREF.test(value);
  else if (data.attrName === 'src') data.keepAttr = MEDIA_SRC.test(value);
  else if (data.attrName === 'style') {
    const align = value.split(';').find((rule) => KEPT_STYLE.test(rule));
    data.keepAttr = align !== undefined;
    if (align) data.attrValue = align.trim();
  } else if (data.attrName === 'class') data.keepAttr = false;
});

/**
 * HTML (the CLI's --body, a pasted page) → report JSON: sanitized with DOMPurify under the
 * article policy plus alignment, parsed by ProseMirror over the report schema (so only what a
 * report can hold survives), then checked against the document limits.
 */
export function htmlToDoc(html: string): DocNode {
  if (html.length > MAX_BODY_HTML)
    throw new AppError(
      'file-too-large',
      `HTML ${(html.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_BODY_HTML / 1024 / 1024} MB`,
    );
  const problem = htmlShapeProblem(html);
  if (problem) throw new AppError('invalid-input', problem);
  const clean = purify.sanitize(html, CONFIG) as unknown as HTMLElement;
  const doc = PmDomParser.fromSchema(reportSchema()).parse(clean).toJSON() as DocNode;
  const checked = DocSchema.safeParse(doc);
  if (!checked.success)
    throw new AppError(
      'invalid-input',
      `HTML: ${checked.error.issues[0]?.message ?? 'not usable'}`,
    );
  return checked.data;
}
