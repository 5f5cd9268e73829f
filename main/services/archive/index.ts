export { Archive, type ArchiveChange, type ArchiveStatus } from './archive';
export type { ArchiveOptions } from './archive-open';
export type { ArchiveProblem } from './problems';
export type { BackupInfo, BackupKind } from './backups';
export type { MetaPatch } from './catalog-schema';
export { contentHash } from './content-hash';
export type { FsLike } from '../fs/fs-like';
export type { VerifyReport } from './verify';
export { holdLock, type HeldLock } from './lock';
