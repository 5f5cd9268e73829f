import { create } from 'zustand';

export const SECTIONS = ['library', 'reports', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

type NavigationState = {
  section: Section;
  go(section: Section): void;
};

export const useNavigationStore = create<NavigationState>((set) => ({
  section: 'library',
  go: (section) => set({ section }),
}));
