import Ajv from 'ajv';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../security/app-origin';

const repoRoot = path.resolve(import.meta.dirname, '../..');
type BuilderConfig = {
  appId: string;
  productName: string;
  asar: boolean;
  icon: string;
  files: string[];
  electronFuses: Record<string, boolean>;
  directories: { output: string };
  win: { icon: string; target: unknown };
  nsis: Record<string, unknown> & {
    installerIcon: string;
    uninstallerIcon: string;
    installerLanguages: string[];
  };
};
type Step = { run?: string; uses?: string; with?: { path?: string } };
type Workflow = { jobs: Record<string, { steps: Step[] }> };

const load = <T>(file: string) => yaml.load(readFileSync(path.join(repoRoot, file), 'utf8')) as T;
const config = load<BuilderConfig>('electron-builder.yml');
const schema = JSON.parse(
  readFileSync(path.join(repoRoot, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('electron-builder.yml', () => {
  it("passes the installed electron-builder's own schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be caught by that schema if a key were misspelt', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneclick: false } })).toBe(false);
    expect(validate({ ...config, electronFuse: {} })).toBe(false);
  });

  it('sets every Electron fuse the security design asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('uses the app id main/index.ts gives Windows, so taskbar pinning and notifications group together', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Kho Tin');
  });

  it('builds an x64 NSIS installer that asks where to install, per user, in Vietnamese first', () => {
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    });
    expect(config.nsis.installerLanguages).toEqual(['vi_VN', 'en_US']);
  });

  it('also builds a portable .exe, named apart from the installer, for PCs where nothing may be installed', () => {
    const portable = (config as unknown as { portable: { artifactName: string } }).portable;
    expect(portable.artifactName).toMatch(/^Kho-Tin-Portable-\$\{version\}/);
    expect(portable.artifactName).not.toBe(config.nsis.artifactName);
    expect(validate({ ...config, portable: { ...portable, unknownOption: true } })).toBe(false);
  });

  it('ships only the built app, whose entry point is inside it', async () => {
    expect(config.files.slice(0, 2)).toEqual(['out/**', 'package.json']);
    expect(config.files.slice(2).every((pattern) => pattern.startsWith('!'))).toBe(true);
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('leaves out only the font packages the main process never loads', async () => {
    const loadedByMain = new Set<string>();
    const sources = await readdir(path.join(repoRoot, 'main'), { recursive: true });
    for (const file of sources.filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    )) {
      const text = await readFile(path.join(repoRoot, 'main', file), 'utf8');
      for (const match of text.matchAll(/@fontsource\/([a-z0-9-]+)/g)) loadedByMain.add(match[1]!);
    }
    // The print layout of PDFs embeds Tinos from its .woff2 files at run time.
    expect([...loadedByMain]).toEqual(['tinos']);
    expect(config.files).toContain('!node_modules/@fontsource/noto-*/**');
    for (const pattern of ['!node_modules/@fontsource/**', '!node_modules/@fontsource/tinos/**']) {
      expect(config.files).not.toContain(pattern);
    }
    expect(
      config.files.some((pattern) => pattern.includes('tinos') && pattern.includes('woff2')),
    ).toBe(false);
  });

  it('points at icons that exist', async () => {
    for (const icon of [
      config.icon,
      config.win.icon,
      config.nsis.installerIcon,
      config.nsis.uninstallerIcon,
    ]) {
      await expect(readFile(path.join(repoRoot, icon)), icon).resolves.toBeInstanceOf(Buffer);
    }
  });
});

describe('the Windows CI workflow', () => {
  const workflow = load<Workflow>('.github/workflows/windows-installer.yml');
  const steps = (job: string) =>
    (workflow.jobs[job]?.steps ?? []).flatMap((step) => step.run ?? []);

  it('runs only npm scripts that exist', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const used = [...steps('unit-tests'), ...steps('installer')].flatMap((run) =>
      [...run.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(0);
    for (const script of used) expect(pkg.scripts, script).toHaveProperty([script]);
  });

  it('builds the installer and the portable .exe with this config and keeps both', () => {
    expect(steps('installer')).toContain(
      'npx electron-builder --win --publish never --config electron-builder.yml',
    );
    const uploads = (workflow.jobs.installer?.steps ?? []).filter((step) =>
      step.uses?.startsWith('actions/upload-artifact'),
    );
    const portable = (config as unknown as { portable: { artifactName: string } }).portable;
    // Each artifact path matches the file name its target is given in electron-builder.yml.
    const prefix = (artifactName: string) => artifactName.split('$')[0];
    expect(uploads.map((step) => step.with?.path)).toEqual([
      `${config.directories.output}/${prefix(config.nsis.artifactName as string)}*.exe`,
      `${config.directories.output}/${prefix(portable.artifactName)}*.exe`,
    ]);
  });

  it('runs the unit tests on Windows', () => {
    expect(steps('unit-tests')).toContain('npm run test:unit');
  });
});
