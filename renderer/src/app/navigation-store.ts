import { create } from 'zustand';

export const SECTIONS = ['library', 'reports', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

type NavigationState = {
  section: Section;
  /** The article open in the reader, inside the library section; null shows the list. */
  articleId: string | null;
  go(section: Section): void;
  openArticle(id: string): void;
  closeArticle(): void;
};

export const useNavigationStore = create<NavigationState>((set) => ({
  section: 'library',
  articleId: null,
  go: (section) => set({ section, articleId: null }),
  openArticle: (id) => set({ section: 'library', articleId: id }),
  closeArticle: () => set({ articleId: null }),
}));
