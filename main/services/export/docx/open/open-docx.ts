import mammoth from 'mammoth';
import { type DocNode, EMPTY_DOC } from '../../../../../shared/report/document';
import { FIELD_LIMITS, type ReportFields } from '../../../../../shared/report/fields';
import { pastedHtmlToDoc } from '../../../../../shared/report/paste';
import type { ReportTemplate } from '../../../../../shared/report/report';
import { domWindow } from '../../../import/dom-window';
import { withoutBlocks } from './body-docx';
import { lookClassesToStyles, LOOK_STYLE_MAP, markParagraphLooks } from './paragraph-look';
import { readDocx } from './read-docx';
import type { Nd30Recognition } from './recognize-nd30';

/** Stores an image of the document and answers its report src ('media/<sha256>.<ext>'), or null to drop it. */
export type ImageStore = (bytes: Uint8Array, contentType: string) => Promise<string | null>;

export type OpenedDocx = {
  title: string;
  template: ReportTemplate;
  fields: Partial<ReportFields>;
  content: DocNode;
  /** What was recognized, for the CLI and the UI to show; null for a document without the decree's header. */
  nd30: Nd30Recognition | null;
};

/**
 * A Word document → what a new report is made of. One laid out the ND30 way gives its header,
 * title, Kính gửi and signer blocks to the fields and the rest to the body; another (or one of
 * a kind a report cannot have, such as a quyết định) opens whole as a plain report, so nothing
 * in it is lost. The body goes through mammoth and then the editor's paste pipeline.
 */
export async function openDocx(
  bytes: Uint8Array,
  fileName: string,
  storeImage: ImageStore,
): Promise<OpenedDocx> {
  const read = await readDocx(bytes, fileName);
  const nd30 = read.nd30?.type ? read.nd30 : null;
  const bodyDocx = await withoutBlocks(bytes, read.documentXml, nd30?.layoutIndexes ?? []);
  const content = await bodyToDoc(bodyDocx, storeImage);
  const name = fileName.replace(/\.docx$/i, '').trim();
  if (!nd30) {
    return {
      title: (read.nd30?.title || name || 'Văn bản Word').slice(0, 500),
      template: 'plain',
      fields: read.nd30 ? fieldsOf(read.nd30) : {},
      content,
      nd30: read.nd30,
    };
  }
  return {
    title: (nd30.summary || nd30.title || name).slice(0, 500),
    template: nd30.party ? 'party' : 'blank',
    fields: fieldsOf(nd30),
    content,
    nd30,
  };
}

async function bodyToDoc(docx: Buffer, storeImage: ImageStore): Promise<DocNode> {
  const { value: html } = await mammoth.convertToHtml(
    { buffer: docx },
    {
      externalFileAccess: false,
      styleMap: LOOK_STYLE_MAP,
      transformDocument: markParagraphLooks,
      convertImage: mammoth.images.imgElement(async (image) => {
        const src = await storeImage(await image.readAsBuffer(), image.contentType).catch(
          () => null,
        );
        return src ? { src } : { src: '' };
      }),
    },
  );
  const { doc } = pastedHtmlToDoc(lookClassesToStyles(html), {
    window: domWindow() as unknown as Window & typeof globalThis,
  });
  return doc.content?.length ? doc : EMPTY_DOC;
}

const short = (text: string | null | undefined) => (text ?? '').slice(0, FIELD_LIMITS.shortText);
const list = (items: string[]) => items.slice(0, FIELD_LIMITS.listItems).map(short);

/** The recognized header and signer as report fields, cut to the fields' limits. */
export function fieldsOf(nd30: Nd30Recognition): Partial<ReportFields> {
  return {
    ...(nd30.type ? { type: nd30.type } : {}),
    ...(nd30.parentAgency ? { parentAgency: short(nd30.parentAgency) } : {}),
    agency: short(nd30.agency),
    agencyCode: short(nd30.number?.agencyCode),
    number: nd30.number?.number ?? null,
    place: short(nd30.date?.place),
    date: nd30.date?.date ?? null,
    summary: nd30.summary.slice(0, FIELD_LIMITS.summary),
    addressees: list(nd30.addressees),
    recipients: list(nd30.recipients),
    signerAuthority: short(nd30.signerAuthority),
    signerTitle: short(nd30.signerTitle),
    signerName: short(nd30.signerName),
  };
}
