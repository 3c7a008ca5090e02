// @vitest-environment node
/**
 * The `docx` library (for the Word copy of the practice's policy) is loaded only when someone asks
 * for the file: it must be in a chunk of its own, not in what the first visit loads and not in the
 * "Be prepared" page's chunk. Built like tests/build/diagramChunk.test.ts: the real app with the
 * lazy page added as a second input, so this holds before and after the page is wired into App.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript (typed in JSDoc) with no declaration file; typed below.
import * as bundleSize from '../../scripts/bundle-size.mjs';

const { measureInitialJs } = bundleSize as {
  measureInitialJs: (distDir: string) => { files: readonly { file: string }[] };
};

const repo = fileURLToPath(new URL('../../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'policy-build-'));
/** The WordprocessingML namespace, written into every document the library makes. */
const docxMarker = 'schemas.openxmlformats.org/wordprocessingml/2006/main';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

let js: string[] = [];
let initial: string[] = [];

beforeAll(async () => {
  await build({
    root: repo,
    configFile: join(repo, 'vite.config.ts'),
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        // Keep the page's exports: nothing in the app imports it yet, and an unused entry is emptied.
        preserveEntrySignatures: 'exports-only',
        input: {
          index: join(repo, 'index.html'),
          prepare: join(repo, 'src/features/prepare/PreparePage.tsx'),
        },
      },
    },
    logLevel: 'silent',
  });
  js = filesUnder(outDir)
    .map((file) => relative(outDir, file))
    .filter((file) => file.endsWith('.js') && !file.endsWith('sw.js') && !file.startsWith('workbox-'));
  initial = measureInitialJs(outDir).files.map((f) => f.file);
}, 240_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(outDir, file), 'utf8');

describe('the Word export is loaded only when used', () => {
  it('is checked with a marker that really is in docx', () => {
    expect(readFileSync(join(repo, 'node_modules/docx/dist/index.mjs'), 'utf8')).toContain(docxMarker);
  });

  it('puts docx in one chunk of its own, outside the first download and the page', () => {
    const withDocx = js.filter((file) => read(file).includes(docxMarker));
    expect(withDocx, 'no chunk holds docx').toHaveLength(1);
    const [chunk = ''] = withDocx;
    expect(initial.length).toBeGreaterThan(0);
    expect(initial, `${chunk} (docx) is loaded on the first visit`).not.toContain(chunk);
    const page = js.filter((file) => read(file).includes('Be prepared: your social media policy'));
    expect(page.length).toBeGreaterThan(0);
    expect(page, 'docx is in the same chunk as the page').not.toContain(chunk);
  });
});
