import { create } from 'zustand';
import type { z } from 'zod';
import type { archiveChannels } from '../../../../shared/ipc/archive';
import type { ArticleMeta } from '../../../../shared/model';
import { api } from '../../platform/api';
import { errorText } from '../../platform/api-error';

export type OpenArticle = z.infer<(typeof archiveChannels)['articles.get']['output']>;
export type MetaPatch = Partial<
  Pick<
    ArticleMeta,
    'title' | 'categoryId' | 'publishedAt' | 'author' | 'read' | 'starred' | 'readingPosition'
  >
>;

type ReaderState = {
  article: OpenArticle | null;
  error: string | null;
  load(id: string): Promise<void>;
  /** Saves a change to the open article's details and shows it at once. */
  patch(patch: MetaPatch): Promise<boolean>;
};

export const useReaderStore = create<ReaderState>((set, get) => ({
  article: null,
  error: null,
  async load(id) {
    set({ article: null, error: null });
    try {
      const article = await api.articles.get({ id });
      set({ article });
      if (!article.read) void get().patch({ read: true });
    } catch (error) {
      set({ error: errorText(error) });
    }
  },
  async patch(patch) {
    const article = get().article;
    if (!article) return false;
    try {
      const meta = await api.articles.update({ id: article.id, patch });
      if (get().article?.id === meta.id) set({ article: { ...get().article!, ...meta } });
      return true;
    } catch (error) {
      set({ error: errorText(error) });
      return false;
    }
  },
}));
