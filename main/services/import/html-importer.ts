import { elementsUnder } from './dom-find';
import { Readability } from '@mozilla/readability';
import { parseDateLine, type ParsedDateLine } from '../../../shared/text/dates';
import { guessAuthor } from './portal-body';
import { draftFromFields, escapeHtml, type ImportOutcome } from './draft';
import {
  emptyFields,
  findDateline,
  found,
  proposed,
  proposeTitle,
  type FieldReports,
  type ImportWarning,
} from './fields';
import { processImages, type ImageResolver, type MediaSink } from './html-images';
import { parseDocument, withoutWindowListeners } from './dom-window';
import { cleanText, htmlToText, parseFragment } from './html-text';
import { readTemplate, type TemplateParts } from './html-template';
import { removeBoxes } from './html-boxes';
import { cleanByline } from './byline';
import { sanitizeHtml } from './sanitize';

export type HtmlImportContext = {
  resolveImage: ImageResolver | null;
  storeMedia: MediaSink;
  format?: 'html' | 'mhtml' | 'docx';
  /** The whole document is the article (a Word file): no Readability, the first h1 is the title. */
  wholeDocument?: boolean;
};

/**
 * A saved web page: the portal template's parts when it has them, Readability's article
 * otherwise, then images handled (stored or placeholders) and everything sanitized.
 */
export async function importHtml(html: string, context: HtmlImportContext): Promise<ImportOutcome> {
  const doc = parseDocument(html.normalize('NFC'));
  const template = readTemplate(doc);
  if (context.wholeDocument) return finishHtml(wholeBody(doc, template), template, null, context);
  const readable = template.body
    ? null
    : new Readability(
        withoutWindowListeners(() => doc.cloneNode(true) as Document),
        {
          charThreshold: 100,
        },
      ).parse();
  const body = template.body
    ? withoutParts(template)
    : parseFragment(readable?.content ?? doc.body?.innerHTML ?? '', doc);
  if (!template.body) removeBoxes(body);
  return finishHtml(body, template, readable, context);
}

function wholeBody(doc: Document, template: TemplateParts): HTMLElement {
  const titleHeading = doc.body.getElementsByTagName('h1')[0];
  if (titleHeading && cleanText(titleHeading.textContent) === template.title) titleHeading.remove();
  template.date ??= findDateIn(htmlToText(doc.body as HTMLElement));
  return parseFragment(doc.body.innerHTML, doc);
}

function withoutParts(template: TemplateParts): HTMLElement {
  const body = template.body!.cloneNode(true) as HTMLElement;
  // The headline, lead and author may sit inside the body element; they are fields, not repeated.
  for (const part of [template.titleElement, template.leadElement, template.authorElement]) {
    if (part && template.body!.contains(part)) sameNodeIn(template.body!, part, body)?.remove();
  }
  removeBoxes(body);
  return body;
}

/** The node at the same place in a clone as `target` is in `root`. */
function sameNodeIn(root: Element, target: Element, clone: Element): Element | null {
  const steps: number[] = [];
  for (let el: Element | null = target; el && el !== root; el = el.parentElement) {
    steps.unshift(el.parentElement ? [...el.parentElement.children].indexOf(el) : 0);
  }
  let node: Element | null = clone;
  for (const step of steps) node = node?.children[step] ?? null;
  return node;
}

/** The article's title is a field of its own; headings inside the body start at h2. */
function demoteTitles(root: HTMLElement): void {
  elementsUnder(root, 'h1').forEach((h1) => {
    const h2 = h1.ownerDocument.createElement('h2');
    h2.innerHTML = h1.innerHTML;
    h1.replaceWith(h2);
  });
}

type Readable = ReturnType<Readability['parse']>;

async function finishHtml(
  root: HTMLElement,
  template: TemplateParts,
  readable: Readable,
  context: HtmlImportContext,
): Promise<ImportOutcome> {
  const warnings: ImportWarning[] = [];
  demoteTitles(root);
  const work = await processImages(root, context.resolveImage, context.storeMedia);
  if (work.remote > 0) warnings.push({ code: 'remote-images', detail: String(work.remote) });
  const sanitized = sanitizeHtml(root);
  if (sanitized.removedUnsafe.length > 0)
    warnings.push({ code: 'unsafe-content-removed', detail: sanitized.removedUnsafe.join(', ') });

  const leadText = template.lead ?? null;
  const html = (leadText ? `<p class="lead">${escapeHtml(leadText)}</p>\n` : '') + sanitized.html;
  const clean = sanitized.root;
  if (leadText)
    clean.insertAdjacentHTML('afterbegin', `<p class="lead">${escapeHtml(leadText)}</p>`);
  const text = htmlToText(clean);
  const captions = elementsUnder(clean, 'figcaption')
    .map((el) => cleanText(el.textContent))
    .filter(Boolean);
  const fields = htmlFields(template, readable, text, warnings);
  if (!text) warnings.push({ code: 'empty-body' });
  const draft = {
    ...draftFromFields(fields, { html, text, captions, images: work.images }),
    sourceUrl: template.sourceUrl,
  };
  return { format: context.format ?? 'html', draft, fields, warnings, encoding: null };
}

/** Administrative documents and some pages print their date as a line of its own near the top. */
function findDateIn(text: string): ParsedDateLine | null {
  for (const line of text.split('\n\n').slice(0, 12)) {
    const date = parseDateLine(line);
    if (date) return date;
  }
  return null;
}

function htmlFields(
  template: TemplateParts,
  readable: Readable,
  text: string,
  warnings: ImportWarning[],
): FieldReports {
  const fields = emptyFields();
  const paragraphs = text.split('\n\n');
  if (template.title) fields.title = found(template.title, 0.9);
  else if (template.metaTitle) fields.title = found(template.metaTitle, 0.7);
  else if (readable?.title) fields.title = found(cleanText(readable.title), 0.6);
  else {
    warnings.push({ code: 'title-missing' });
    const guess = proposeTitle(paragraphs[0] ?? '');
    if (guess) fields.title = proposed(guess, 0.3);
  }
  template.date ??= findDateIn(text);
  if (template.date) {
    // A date only the markup states (no date shown on the page) is likely right but unseen.
    const confidence =
      (template.date.hasTime ? 0.9 : 0.6) - (template.dateSource === 'meta' ? 0.1 : 0);
    fields.publishedAt = found(template.date.iso, confidence);
  } else warnings.push({ code: 'date-missing' });
  if (template.category) fields.category = found(template.category, 0.7);
  const site = template.site ?? cleanText(readable?.siteName) ?? '';
  if (site) fields.site = found(site, 0.8);
  const readableByline = cleanByline(cleanText(readable?.byline));
  const lastParagraph = paragraphs[paragraphs.length - 1] ?? '';
  const tailLine = cleanByline(lastParagraph)?.name ?? lastParagraph;
  const tailAuthor = paragraphs.length > 1 ? guessAuthor(tailLine) : null;
  if (template.author) fields.author = found(template.author.name, template.author.confidence);
  else if (tailAuthor) fields.author = found(tailAuthor.text, tailAuthor.confidence * 0.8);
  else if (readableByline && readableByline.name !== site)
    fields.author = proposed(readableByline.name, 0.4);
  const lead = template.lead ?? paragraphs.find((p) => p.length > 40) ?? null;
  if (lead) fields.lead = found(lead, template.lead ? 0.9 : 0.5);
  const dateline = lead ? findDateline(lead) : null;
  if (dateline) fields.dateline = found(dateline, 0.9);
  if (text) fields.body = found(text.slice(0, 300), template.body ? 0.85 : 0.6);
  return fields;
}
