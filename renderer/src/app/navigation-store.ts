import { create } from 'zustand';

export const SECTIONS = ['library', 'reports', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

type NavigationState = {
  section: Section;
  /** The article open in the reader, inside the library section; null shows the list. */
  articleId: string | null;
  /** A passage to show in the opened article (a citation's quote), marked like a search. */
  passage: string | null;
  go(section: Section): void;
  openArticle(id: string, options?: { passage?: string | null }): void;
  closeArticle(): void;
};

export const useNavigationStore = create<NavigationState>((set) => ({
  section: 'library',
  articleId: null,
  passage: null,
  go: (section) => set({ section, articleId: null, passage: null }),
  openArticle: (id, options) =>
    set({ section: 'library', articleId: id, passage: options?.passage ?? null }),
  closeArticle: () => set({ articleId: null, passage: null }),
}));
