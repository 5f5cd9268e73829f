import { createHash } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { FsLike } from '../fs/fs-like';
import { writeFileAtomic } from '../fs/atomic-write';

const MEDIA_REF = /^media\/([0-9a-f]{64})\.([a-z0-9]{1,8})$/;

/** Images stored once by content: the same photo in two articles is one file. */
export class MediaStore {
  constructor(
    private readonly dir: string,
    private readonly fs: FsLike,
  ) {}

  async store(bytes: Uint8Array, ext: string): Promise<string> {
    const cleanExt = ext.replace(/^\./, '').toLowerCase();
    if (!/^[a-z0-9]{1,8}$/.test(cleanExt)) throw new AppError('unsupported-file', `.${ext}`);
    const ref = `media/${createHash('sha256').update(bytes).digest('hex')}.${cleanExt}`;
    const file = this.pathOf(ref);
    const exists = await this.fs.stat(file).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await this.fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, bytes, this.fs);
    }
    return ref;
  }

  /** Only refs of the exact stored form resolve, so a crafted "../" can never reach outside media/. */
  pathOf(ref: string): string {
    const match = MEDIA_REF.exec(ref);
    if (!match) throw new AppError('invalid-input', `not a media reference: ${ref.slice(0, 100)}`);
    return path.join(this.dir, 'media', `${match[1]}.${match[2]}`);
  }
}
