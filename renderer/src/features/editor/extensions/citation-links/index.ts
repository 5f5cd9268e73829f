export { CitationLinks, CITATION_LINKS_KEY } from './citation-links';
export type { CitationLinksOptions } from './citation-links';
