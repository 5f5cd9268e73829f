import createDOMPurify, { type DOMPurify } from 'dompurify';
import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import {
  REPORT_PASTE_ALLOWED_ATTR,
  REPORT_PASTE_ALLOWED_TAGS,
  REPORT_PASTE_COLOR_STYLES,
  REPORT_PASTE_EDITOR_STYLES,
  REPORT_PASTE_STYLES,
} from '../../html-policy';
import type { DocNode } from '../document';
import { reportSchema, SAFE_LINK } from '../schema';
import { normalizePastedDom } from './normalize-html';
import { flattenText, measureTree, PASTE_LIMITS } from './paste-limits';
import { convertWordLists } from './word-lists';

export type PasteEnv = {
  /** A window with a DOM: the page's, or a jsdom window in main. */
  window: Window & typeof globalThis;
  /** Reused when given (DOMPurify(window)); created from `window` otherwise. */
  purify?: DOMPurify;
};

export type PasteOptions = {
  /** Keep text and highlight colours (off: a paste takes the report's look). */
  keepColors?: boolean;
  /** The words standing in for a remote picture; default "[Ảnh: alt]". */
  placeholder?(alt: string): string;
};

export type CleanedPaste = {
  html: string;
  /** 'structured' kept headings, lists, tables…; 'flattened' took the text only (nested too deep); 'refused': too many elements, html is empty. */
  mode: 'structured' | 'flattened' | 'refused';
};

const defaultPlaceholder = (alt: string) => (alt ? `[Ảnh: ${alt}]` : '[Ảnh]');

/**
 * The one paste cleaner (the editor's paste, `report create --body`, .docx opening): Word and
 * web-page HTML in, HTML holding only what the report schema keeps out, through the project's
 * sanitizer policy (shared/html-policy.ts, report-paste lists). Never throws on bad input.
 */
export function cleanPastedHtml(
  html: string,
  env: PasteEnv,
  options: PasteOptions = {},
): CleanedPaste {
  if (html.length > PASTE_LIMITS.maxHtmlChars || countTags(html) > PASTE_LIMITS.maxTags) {
    return { html: '', mode: 'refused' };
  }
  const parsed = new env.window.DOMParser().parseFromString(html, 'text/html');
  const body = parsed.body;
  const size = measureTree(body);
  if (size.elements > PASTE_LIMITS.maxElements) return { html: '', mode: 'refused' };
  if (size.depth > PASTE_LIMITS.maxDepth) return flatten(body, parsed);
  convertWordLists(body);
  normalizePastedDom(body, { placeholder: options.placeholder ?? defaultPlaceholder });
  const purify = env.purify ?? createDOMPurify(env.window);
  // A copy inside the editor (ProseMirror marks it with data-pm-slice) keeps the report's own sizes and colours.
  const own = body.querySelector('[data-pm-slice]') !== null;
  const styles = new Set([
    ...REPORT_PASTE_STYLES,
    ...(options.keepColors ? REPORT_PASTE_COLOR_STYLES : []),
    ...(own ? REPORT_PASTE_EDITOR_STYLES : []),
  ]);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style') {
      data.attrValue = keepStyles(data.attrValue, styles);
      if (!data.attrValue) data.keepAttr = false;
    } else if (data.attrName === 'href' && !SAFE_LINK.test(data.attrValue.trim())) {
      data.keepAttr = false;
    }
  });
  try {
    const clean = purify.sanitize(body.innerHTML, {
      ALLOWED_TAGS: REPORT_PASTE_ALLOWED_TAGS,
      ALLOWED_ATTR: REPORT_PASTE_ALLOWED_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      FORBID_CONTENTS: [
        'script',
        'style',
        'template',
        'noscript',
        'xml',
        'title',
        'head',
        'svg',
        'math',
        'iframe',
        'object',
        'select',
        'textarea',
      ],
    });
    return { html: clean, mode: 'structured' };
  } finally {
    purify.removeHook('uponSanitizeAttribute');
  }
}

function flatten(body: HTMLElement, doc: Document): CleanedPaste {
  const text = flattenText(body);
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (text.length > PASTE_LIMITS.maxTextChars || lines.length > PASTE_LIMITS.maxParagraphs) {
    return { html: '', mode: 'refused' };
  }
  const holder = doc.createElement('div');
  for (const line of lines) {
    const p = doc.createElement('p');
    p.textContent = line;
    holder.append(p);
  }
  return { html: holder.innerHTML, mode: 'flattened' };
}

function countTags(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) count++;
  return count;
}

function keepStyles(style: string, allowed: Set<string>): string {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => {
      const name = declaration.slice(0, declaration.indexOf(':')).trim().toLowerCase();
      const value = declaration.slice(declaration.indexOf(':') + 1);
      // url() and expression() can fetch or run; no kept property needs them.
      return allowed.has(name) && !/url\(|expression\(|javascript:/i.test(value);
    })
    .join('; ');
}

/**
 * Cleaned HTML → a report document, through the schema's own parse rules (what the editor does
 * on paste). `document` is the page's or a jsdom document in main.
 */
export function htmlToDoc(html: string, document: Document): DocNode {
  const container = document.createElement('div');
  container.innerHTML = html;
  const node = PmDOMParser.fromSchema(reportSchema()).parse(container);
  return node.toJSON() as DocNode;
}

/** Both steps, for callers that start from untrusted HTML (the CLI's --body, .docx via mammoth). */
export function pastedHtmlToDoc(
  html: string,
  env: PasteEnv,
  options: PasteOptions = {},
): { doc: DocNode; mode: CleanedPaste['mode'] } {
  const cleaned = cleanPastedHtml(html, env, options);
  return { doc: htmlToDoc(cleaned.html, env.window.document), mode: cleaned.mode };
}
