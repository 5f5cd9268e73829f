/** A file the archive could not trust, named for the user (relative to the archive folder). */
export type ArchiveProblem = { file: string; reason: string };

/** Thrown while loading when a file fails to parse or validate; the archive then opens read-only. */
export class CatalogProblem extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
