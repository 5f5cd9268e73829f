import { DOMSerializer, Node as PmNode } from '@tiptap/pm/model';
import { docText, type DocNode } from '../../../shared/report/document';
import { reportSchema } from '../../../shared/report/schema';
import { domWindow } from '../import/dom-window';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Report JSON → HTML through the report schema's own toDOM rules (what the editor renders). A
 * node the schema does not know (a newer file) falls back to the plain text, one <p> a line.
 */
export function docToHtml(doc: DocNode): string {
  const schema = reportSchema();
  try {
    const node = PmNode.fromJSON(schema, doc);
    const fragment = DOMSerializer.fromSchema(schema).serializeFragment(node.content, {
      document: domWindow().document,
    });
    const container = domWindow().document.createElement('div');
    container.append(fragment);
    return container.innerHTML;
  } catch {
    return docText(doc)
      .split('\n')
      .map((line) => `<p>${escape(line)}</p>`)
      .join('');
  }
}
