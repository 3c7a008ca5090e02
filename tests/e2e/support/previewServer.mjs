/**
 * A `vite preview` of the production build that one test may stop, or point at another build
 * folder, on a port of its own. The shared server playwright.config.mjs starts (webServer) keeps
 * serving the tests running beside it, so a test that stops its server never stops theirs.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
// vite's own script, run by this Node: one process to stop, with no npx or shell in between.
const vite = join(repo, 'node_modules', 'vite', 'bin', 'vite.js');

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** A preview server on `port`, not yet started: `start({ outDir })` serves dist/ or `outDir`. */
export function previewServer(port) {
  const baseURL = `http://127.0.0.1:${port}`;
  let child;

  async function stop() {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    // Wait briefly so the port is free for the next start.
    await Promise.race([exited, delay(3000)]);
    if (running.exitCode === null && running.signalCode === null) {
      running.kill('SIGKILL');
      await Promise.race([exited, delay(2000)]);
    }
  }

  async function start({ outDir } = {}) {
    await stop();
    // Another server on the port would answer instead of ours and test the wrong build.
    if (await answers(baseURL)) throw new Error(`${baseURL} is already in use; stop that server first.`);
    const args = [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
    if (outDir) args.push('--outDir', outDir);
    const started = spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    child = started;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (started.exitCode !== null) throw new Error(`vite preview exited with code ${started.exitCode}`);
      if (await answers(baseURL)) return;
      await delay(200);
    }
    await stop();
    throw new Error(`vite preview did not answer on ${baseURL} within 30 s`);
  }

  return { baseURL, start, stop };
}
