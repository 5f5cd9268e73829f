/** The synthetic archive generator shared by the archive, search and library benchmarks. */
export { cachedArchive, generateArchive } from './generate-archive';
export { generateArticleDraft } from './generate-article';
export { createRng, weightedPicker, zipfWeights, type Rng } from './prng';
export { baselineFor, openBaseline, BASELINE_LIMIT_BYTES } from './baseline-archive';
export { generateReportDoc, WORDS_PER_PAGE, type ReportDocOptions } from './report-doc';
