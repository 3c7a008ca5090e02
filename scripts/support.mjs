/**
 * What the figure scripts share: Debian's Chromium and its flags (never a browser download), the
 * production build served by `vite preview` on a port of the script's own, and TypeScript from
 * the app bundled for Node with rolldown (Vite's own bundler) so a script can run the real code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** As the browser tests start it; Lighthouse adds `--headless=new` itself where it needs to. */
export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** `vite preview` of `repo`'s build (dist/, or `outDir`) on `port`, once it answers; fails if the port is taken. */
export async function startPreview({ repo, port, outDir = 'dist' }) {
  const baseURL = `http://127.0.0.1:${port}`;
  if (await answers(baseURL)) throw new Error(`${baseURL} is already in use; stop that server first.`);
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: repo,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    if (await answers(baseURL)) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${baseURL}`);
}

export async function stopPreview(server) {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
}

/**
 * Bundles `source` (a module that imports the app's TypeScript by path) for Node and imports it.
 * `options` are passed to rolldown (a JSX transform, say); `plugins` run before the entry's own.
 */
export async function importBundled({ repo, name, source, options = {}, plugins = [] }) {
  const { rolldown } = await import('rolldown');
  const entryId = `\0${name}`;
  const bundle = await rolldown({
    input: name,
    cwd: repo,
    platform: 'node',
    logLevel: 'silent',
    ...options,
    plugins: [...plugins, { name, resolveId: (id) => (id === name ? entryId : null), load: (id) => (id === entryId ? source : null) }],
  });
  const dir = mkdtempSync(join(os.tmpdir(), `smiw-${name}-`));
  try {
    const { output } = await bundle.generate({ format: 'esm' });
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, output[0].code);
    return await import(pathToFileURL(file).href);
  } finally {
    await bundle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
