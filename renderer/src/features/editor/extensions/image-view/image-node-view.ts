import type { NodeViewRendererProps } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';

export type ImageViewOptions = {
  /** 'media/<hash>.<ext>' → a URL the page can load (renderer/src/features/reader/media-url.ts). */
  resolveSrc(src: string): string | null;
  /** Read when the view is drawn, so a language switch shows on the next render. */
  label(key: 'caption' | 'captionPlaceholder' | 'resize' | 'missing'): string;
  minWidth: number;
};

/**
 * The image block in the editor: the picture loaded through the media URL mapping, a corner
 * handle that resizes it keeping its ratio (only the width is stored; height follows), and the
 * caption typed in a field under it.
 */
export class ImageNodeView implements NodeView {
  dom: HTMLElement;
  private img: HTMLImageElement;
  private caption: HTMLInputElement;
  private node: PmNode;

  constructor(
    private props: NodeViewRendererProps,
    private options: ImageViewOptions,
  ) {
    this.node = props.node;
    this.dom = document.createElement('figure');
    this.dom.className = 'report-image';
    const frame = document.createElement('div');
    frame.className = 'report-image__frame';
    this.img = document.createElement('img');
    this.img.draggable = false;
    const handle = document.createElement('span');
    handle.className = 'report-image__handle';
    handle.title = options.label('resize');
    handle.setAttribute('aria-hidden', 'true');
    handle.addEventListener('pointerdown', (event) => this.startResize(event));
    frame.append(this.img, handle);
    this.caption = document.createElement('input');
    this.caption.type = 'text';
    this.caption.className = 'report-image__caption';
    this.caption.setAttribute('aria-label', options.label('caption'));
    this.caption.placeholder = options.label('captionPlaceholder');
    this.caption.addEventListener('change', () => this.setAttrs({ caption: this.caption.value }));
    this.caption.addEventListener('blur', () => this.setAttrs({ caption: this.caption.value }));
    this.dom.append(frame, this.caption);
    this.render();
  }

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  stopEvent(event: Event): boolean {
    const target = event.target as HTMLElement | null;
    return target === this.caption || target?.classList.contains('report-image__handle') === true;
  }

  ignoreMutation(): boolean {
    return true;
  }

  private render() {
    const { src, alt, width, caption } = this.node.attrs as {
      src: string;
      alt: string;
      width: number | null;
      caption: string;
    };
    const url = this.options.resolveSrc(src);
    if (url && this.img.getAttribute('src') !== url) this.img.src = url;
    if (!url) this.img.removeAttribute('src');
    this.img.alt = alt || (url ? '' : this.options.label('missing'));
    this.img.style.width = width ? `${width}px` : '';
    this.img.dataset.src = src;
    if (document.activeElement !== this.caption) this.caption.value = caption;
    this.caption.readOnly = !this.props.editor.isEditable;
    this.dom.classList.toggle('report-image--no-caption', !caption);
  }

  private setAttrs(attrs: Record<string, unknown>) {
    const pos = this.props.getPos();
    if (typeof pos !== 'number' || !this.props.editor.isEditable) return;
    const current = this.node.attrs;
    if (Object.entries(attrs).every(([key, value]) => current[key] === value)) return;
    const { tr } = this.props.editor.state;
    this.props.editor.view.dispatch(tr.setNodeMarkup(pos, undefined, { ...current, ...attrs }));
  }

  private startResize(event: PointerEvent) {
    if (!this.props.editor.isEditable) return;
    event.preventDefault();
    const handle = event.target as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = this.img.getBoundingClientRect().width;
    const max = this.dom.parentElement?.clientWidth ?? Number.POSITIVE_INFINITY;
    let width = startWidth;
    const move = (moveEvent: PointerEvent) => {
      width = Math.round(
        Math.min(max, Math.max(this.options.minWidth, startWidth + moveEvent.clientX - startX)),
      );
      this.img.style.width = `${width}px`;
    };
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      this.setAttrs({ width });
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  }
}
