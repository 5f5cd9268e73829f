import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type HostProcess = { url: string; kill(): void; exited: Promise<void> };

/**
 * The loopback host as its own process (`npx tsx main/host/main.ts`), in its own process group
 * so a SIGKILL reaches node itself and not only npx: a crash or a power cut, as the app sees it.
 */
export async function startHostProcess(folders: {
  archiveDir: string;
  userDataDir: string;
}): Promise<HostProcess> {
  const child: ChildProcess = spawn(
    'npx',
    [
      'tsx',
      'main/host/main.ts',
      '--archive',
      folders.archiveDir,
      '--user-data',
      folders.userDataDir,
      '--port',
      '0',
    ],
    { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const npxExited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // npx exits before the node it started is gone (a killed process lingers while the kernel
  // finishes its writes): the host has exited only when nothing of its process group is left,
  // as after a power cut, or a restart would find its archive lock still held by a live pid.
  const exited = npxExited.then(async () => {
    for (let waited = 0; waited < 10_000 && groupAlive(child.pid!); waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /https?:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output);
      if (found) resolve(found[0]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void npxExited.then(() => reject(new Error(`host exited before it was ready:\n${output}`)));
  });
  return {
    url,
    exited,
    kill: () => process.kill(-child.pid!, 'SIGKILL'),
  };
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
