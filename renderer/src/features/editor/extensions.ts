import type { AnyExtension } from '@tiptap/core';
import { Dropcursor, Gapcursor, UndoRedo } from '@tiptap/extensions';
import i18next from 'i18next';
import { cleanPastedHtml } from '../../../../shared/report/paste';
import { REPORT_SCHEMA_EXTENSIONS } from '../../../../shared/report/schema';
import { useNavigationStore } from '../../app/navigation-store';
import { showToast } from '../../app/toast-store';
import { currentShell, mediaUrl } from '../reader/media-url';
import { CitationLinks } from './extensions/citation-links';
import { ContentDrop } from './extensions/content-drop';
import { DeferredPaint } from './extensions/deferred-paint';
import { EditorRequests } from './extensions/editor-requests';
import { FindReplace } from './extensions/find-replace';
import { ImageInput } from './extensions/image-input';
import { ImageView } from './extensions/image-view';
import { PasteCleaner } from './extensions/paste-cleaner';
import { PastedPictures } from './extensions/pasted-pictures';
import { EmptyPlaceholder } from './extensions/empty-placeholder';
import { SpellCheck } from './extensions/spell-check';
import { VietnameseInput } from './extensions/vietnamese-input';
import { insertImageFiles, storePastedPictures } from './image-files';

/**
 * Schema extensions the editor shows its own way (a node view), by name. The replacement keeps
 * the name, attributes and parsing, so the document is the same as main's.
 */
const EDITOR_VIEWS: Record<string, AnyExtension> = {
  image: ImageView.configure({
    resolveSrc: (src: string) => mediaUrl(src, currentShell()),
    label: (key: string) => i18next.t(`editor:image.${key}`),
    minWidth: 48,
  }),
};

/**
 * The empty report's hint in the current language. ProseMirror asks for it on every update (a
 * root attribute), and i18next's t() took about 1 ms of each keystroke's script.
 */
let placeholder = { language: '', text: '' };
function placeholderText(): string {
  if (placeholder.language !== i18next.language)
    placeholder = { language: i18next.language, text: i18next.t('editor:placeholder') };
  return placeholder.text;
}

/**
 * Editor-only behaviour on top of the schema: nothing here changes what a report may contain,
 * so main, the exporters and the tests that build only the schema see the same documents.
 */
export const EDITOR_BEHAVIOUR: AnyExtension[] = [
  UndoRedo.configure({ depth: 200 }),
  Dropcursor,
  Gapcursor,
  EditorRequests,
  FindReplace,
  CitationLinks.configure({
    onOpen: (id, passage) => useNavigationStore.getState().openArticle(id, { passage }),
    onMissing: () => showToast({ message: i18next.t('citations:missing'), tone: 'error' }),
    missingLabel: () => i18next.t('citations:missing'),
  }),
  ContentDrop,
  PasteCleaner.configure({
    clean: (html: string) =>
      cleanPastedHtml(
        html,
        { window },
        {
          placeholder: (alt) =>
            alt ? i18next.t('editor:image.remote', { alt }) : i18next.t('editor:image.remoteNoAlt'),
        },
      ),
    onNotice: (mode: 'refused' | 'flattened') =>
      showToast({
        message: i18next.t(`editor:paste.${mode}`),
        tone: mode === 'refused' ? 'error' : 'info',
      }),
  }),
  ImageInput.configure({
    handleFiles: (editor, files, at) => void insertImageFiles(editor, files, at),
  }),
  PastedPictures.configure({ storePictures: storePastedPictures }),
  EmptyPlaceholder.configure({ text: placeholderText }),
  VietnameseInput,
  DeferredPaint,
  SpellCheck,
];

/** Every extension the report editor runs with: the schema list plus editor behaviour. */
export const EDITOR_EXTENSIONS: AnyExtension[] = [
  ...REPORT_SCHEMA_EXTENSIONS.map((extension) => EDITOR_VIEWS[extension.name] ?? extension),
  ...EDITOR_BEHAVIOUR,
];
