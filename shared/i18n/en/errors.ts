import type { ErrorCode } from '../../errors';

export const errors: Record<ErrorCode, string> = {
  'invalid-input': 'The request carried invalid data.',
  'unknown-channel': 'That request is not supported.',
  forbidden: 'The request was refused because it did not come from the app window.',
  'not-found': 'The requested item was not found.',
  'archive-read-only':
    'The archive is read-only because a file is damaged. Nothing was overwritten; restore from a backup.',
  'archive-in-use': 'The archive is in use by another program.',
  'archive-corrupt': 'A file in the archive is damaged and cannot be read.',
  'file-too-large': 'The file is too large to import.',
  'unsupported-file': 'This kind of file is not supported.',
  'empty-file': 'The file is empty: there is nothing to import.',
  'binary-file': 'The file is not text (perhaps a binary file renamed).',
  'unsafe-archive':
    'The compressed file looks dangerous (a path leaving its folder, a link, a device name, or far too large once unpacked) and was not opened.',
  'unreadable-file': 'The file cannot be read (missing, a folder, or no permission).',
  'unreadable-folder':
    'The folder cannot be opened to list its files (no permission, or it is gone).',
  'too-many-files':
    'Too many files for one import: the remaining files were not imported; import them next.',
  'import-timeout':
    'Reading this file took too long and was stopped; the other files are still imported. Check that the file opens normally.',
  'import-crashed':
    'The file reader failed on this file; the other files are still imported. The file may be damaged.',
  'search-index-building': 'The search index is being built; please try again in a few minutes.',
  'search-rebuild-failed':
    'The search index could not be rebuilt. Search keeps using the index it has; try rebuilding again, or save the diagnostic information for IT.',
  cancelled: 'Stopped as requested.',
  'report-conflict':
    'This report was changed elsewhere (another window or computer). Your copy was not written; reload to see the newest one.',
  'image-too-large': 'The image is too large to insert into a report.',
  'not-an-image': 'The file is not an image (PNG, JPEG, GIF or WebP).',
  'pdf-unavailable':
    'No Chromium, Chrome or Edge was found to make the PDF. Install one, or set the CHROMIUM_PATH environment variable to its executable.',
  'compile-empty': 'No articles in the chosen range; no report was created.',
  'compile-confirm':
    'The chosen range holds a great many articles; confirm before compiling (command line: add --yes).',
  'quote-not-in-article':
    'The quoted passage is not in the article (quotes are taken word for word).',
  'disk-full':
    'The disk is full, so the file was not finished. No partial file was left behind; free some space or choose another drive and try again.',
  'destination-not-writable':
    'Cannot write to the chosen place (the folder does not exist, is read-only or you lack permission). Choose another folder.',
  'file-exists':
    'A file with that name is already there. Choose another name or agree to overwrite it.',
  internal: 'Something unexpected went wrong. Your data is safe.',
};
