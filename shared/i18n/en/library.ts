import type { library as vi } from '../vi/library';

export const library: typeof vi = {
  title: 'Library',
  categories: {
    heading: 'Categories',
    all: 'All articles',
    uncategorized: 'Uncategorized',
    count: '{{count}} articles',
  },
  toolbar: { label: 'Library toolbar' },
  sort: {
    label: 'Sort',
    'date-desc': 'Newest first',
    'date-asc': 'Oldest first',
    'title-asc': 'By title (A–Z)',
    relevance: 'Best match',
  },
  list: {
    label: 'Articles',
    total: '{{count}} articles',
    totalFiltered: '{{count}} of {{all}} articles',
    unread: 'Unread',
    starred: 'Starred',
    noDate: 'Date unknown',
    loadingRow: 'Loading…',
    month: '{{month}}/{{year}}',
    noResults: 'No article matches these filters.',
    clearFilters: 'Clear filters',
  },
  selection: {
    count: '{{count}} selected',
    delete: 'Delete',
    move: 'Move to category',
    moveTo: 'Move to category…',
    star: 'Star',
    markRead: 'Mark as read',
    clear: 'Clear selection',
    deleted_one: 'Deleted {{count}} article.',
    deleted_other: 'Deleted {{count}} articles.',
    moved: 'Moved {{count}} articles.',
  },
  empty: {
    title: 'The archive is empty',
    body: 'Import articles from the portal: save an article page as an HTML file, copy its text into a text file, or pick a whole folder. Kho Tin finds the title, date, category and images itself.',
    steps: [
      'Open the article on the portal and save it (Ctrl+S) or copy its text.',
      'Click “Import articles” and choose the saved file or folder.',
      'Check the preview, then click Import.',
    ],
    sampleTitle: 'Want to try it first?',
    sampleBody:
      'Load a small sample archive of a few articles to get to know reading and searching.',
    loadSample: 'Load the sample archive',
    loadingSample: 'Loading the sample archive…',
    sampleLoaded: 'Loaded {{count}} sample articles.',
  },
  readOnly: 'The archive is read-only: {{problem}}',
};
