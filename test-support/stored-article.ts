import type { ArticleBody, ArticleMeta } from '../shared/model';

/** The two fields of an article the search text store keys its records by. */
export const storedMeta = (id: string, contentHash = `h-${id}`) =>
  ({ id, contentHash }) as ArticleMeta;

/** An article body holding only text (and captions): what the text store keeps. */
export const storedBody = (id: string, text: string, captions: string[] = []): ArticleBody => ({
  id,
  html: '',
  text,
  captions,
  images: [],
});
