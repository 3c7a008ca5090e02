/**
 * Tiny browser test runner: serves the production build with `vite preview` and runs every
 * tests/e2e/*.e2e.mjs file in Debian's Chromium. A test file's default export is either one
 * `async (ctx) => {}` or an object of named tests `{ 'does x': async (ctx) => {} }`.
 * Each test gets a fresh browser context; ctx = { page, context, baseURL, browser, stopServer, startServer }.
 * stopServer() stops the preview server (to prove the app runs from its service worker alone);
 * startServer({ outDir }) starts it again, on another build folder if given. A test that leaves it
 * stopped or pointed elsewhere gets the normal server back before the next test.
 * `node tests/e2e/run.mjs offline a11y` runs only the files (suites) named.
 * It drives the system Chromium so that no test tool ever downloads a browser.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const e2eDir = join(repo, 'tests', 'e2e');
const resultsDir = join(repo, 'test-results');
const baseURL = 'http://127.0.0.1:4173';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let server;
/** The build folder the running preview serves; undefined for the normal dist/. */
let serverOutDir;
let browser;
let interrupted = false;

async function stopPreview() {
  // The preview was spawned detached (its own process group) so one kill reaches npx and vite.
  const child = server;
  server = undefined;
  serverOutDir = undefined;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    // Wait briefly so the port is free for the next run.
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    }
  }
}

async function cleanUp() {
  await browser?.close().catch(() => {});
  browser = undefined;
  await stopPreview();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    process.exitCode = 130;
    console.log(`\n${signal}: stopping the preview server and browser`);
    cleanUp().finally(() => process.exit(130));
  });
}

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function startPreview({ outDir } = {}) {
  // Another preview on the port would answer instead of ours and test a stale build.
  if (await answers(baseURL)) throw new Error(`${baseURL} is already in use; stop that server first.`);
  if (interrupted) throw new Error('interrupted');
  const args = ['vite', 'preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'];
  if (outDir) args.push('--outDir', outDir);
  server = spawn('npx', args, {
    cwd: repo,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  serverOutDir = outDir;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    if (await answers(baseURL)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${baseURL} within 30 s`);
}

async function loadTests() {
  const only = process.argv.slice(2);
  const files = readdirSync(e2eDir)
    .filter((f) => f.endsWith('.e2e.mjs'))
    .filter((f) => only.length === 0 || only.includes(basename(f, '.e2e.mjs')))
    .sort();
  if (files.length === 0) throw new Error(`no test files match ${only.join(', ')}`);
  const tests = [];
  for (const file of files) {
    const { default: exported } = await import(pathToFileURL(join(e2eDir, file)).href);
    const suite = basename(file, '.e2e.mjs');
    const entries = typeof exported === 'function' ? [[suite, exported]] : Object.entries(exported ?? {});
    if (entries.length === 0) throw new Error(`${file} has no default export of tests`);
    for (const [name, fn] of entries) tests.push({ suite, name, fn });
  }
  return tests;
}

async function runTest({ suite, name, fn }) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const started = Date.now();
  const stopServer = () => stopPreview();
  const startServer = async (options) => {
    if (server && server.exitCode === null) await stopPreview();
    await startPreview(options);
  };
  try {
    await fn({ page, context, baseURL, browser, stopServer, startServer });
    console.log(`  ✓ ${suite} › ${name} (${Date.now() - started} ms)`);
    return true;
  } catch (error) {
    if (interrupted) return false; // the browser was closed under the test: not its fault
    console.log(`  ✗ ${suite} › ${name}\n${indent(error?.stack ?? String(error))}`);
    mkdirSync(resultsDir, { recursive: true });
    const shot = join(resultsDir, `${suite}--${name}`.replace(/[^\w.-]+/g, '-') + '.png');
    await page.screenshot({ path: shot, fullPage: true }).then(
      () => console.log(`    screenshot: ${shot}`),
      () => {},
    );
    return false;
  } finally {
    await context.close().catch(() => {});
    // The next test gets the normal server, whatever this one did to it.
    const serverDown = !server || server.exitCode !== null || server.signalCode !== null;
    if (!interrupted && (serverDown || serverOutDir !== undefined)) {
      await stopPreview();
      await startPreview().catch((error) => console.log(`    could not restart the preview server: ${error.message}`));
    }
  }
}

const indent = (text) => text.replace(/^/gm, '    ');

async function main() {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with: apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH). Browsers are never downloaded by the test tools.',
    );
  }
  if (!existsSync(join(repo, 'dist', 'index.html'))) {
    console.log('dist/ is missing: building with vite build');
    const build = spawnSync('npx', ['vite', 'build'], { cwd: repo, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const tests = await loadTests();
  await startPreview();
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });

  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    if (interrupted) break;
    if (await runTest(test)) passed++;
    else failed++;
  }
  return { passed, failed };
}

let summary;
try {
  summary = await main();
} catch (error) {
  if (!interrupted) console.error(`e2e setup failed: ${error?.message ?? error}`);
  summary = { passed: 0, failed: 1 };
} finally {
  await cleanUp();
}
if (!interrupted) {
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  process.exitCode = summary.failed > 0 ? 1 : 0;
}
