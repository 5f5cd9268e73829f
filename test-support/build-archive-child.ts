import { build } from 'esbuild';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Bundles archive-child.ts with its dependencies into one plain-node script under .test-tmp/;
 * returns its path.
 */
export async function buildArchiveChild(): Promise<string> {
  const outfile = path.join(ROOT, '.test-tmp', `archive-child-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, 'test-support', 'archive-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Everything in one file: resolving and loading fewer modules makes each start cheaper.
    minify: true,
    logLevel: 'silent',
  });
  return outfile;
}
