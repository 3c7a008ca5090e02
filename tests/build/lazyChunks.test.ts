// @vitest-environment node
/**
 * What loads when, checked on one real build (index.html and vite.config.ts) with the lazy pages
 * added as inputs, so their chunks are built and checked even if nothing in index.html reached them.
 *
 * - The diagram is laid out ahead of time (src/features/diagram/layout.ts runs elkjs in Node, and
 *   the page draws flowLayout.generated.ts), so the built app has no elkjs in it at all: nothing of
 *   its 1.4 MB is downloaded or precached. A browser module that imported layout.ts (or elkjs)
 *   again would put it back in a chunk, and this would fail.
 * - The `docx` library (for the Word copy of the practice's policy) is loaded only when someone
 *   asks for the file: a chunk of its own, not in the first download nor the "Be prepared" page's.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowLayout } from '../../src/features/diagram/flowLayout.generated';
// @ts-expect-error -- plain JavaScript (typed in JSDoc) with no declaration file; typed below.
import * as bundleSize from '../../scripts/bundle-size.mjs';

const { measureInitialJs } = bundleSize as {
  measureInitialJs: (distDir: string) => { files: readonly { file: string }[] };
};

const repo = fileURLToPath(new URL('../../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'lazy-chunks-build-'));
/** In every build of elkjs (the Java package names of the Eclipse Layout Kernel it is compiled from). */
const elkMarker = 'org.eclipse.elk';
/** The WordprocessingML namespace, written into every document the docx library makes. */
const docxMarker = 'schemas.openxmlformats.org/wordprocessingml/2006/main';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

let files: string[] = [];
let initial: string[] = [];

beforeAll(async () => {
  await build({
    root: repo,
    configFile: join(repo, 'vite.config.ts'),
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        // Keep the lazy pages' exports: an entry whose exports are unused would be emptied.
        preserveEntrySignatures: 'exports-only',
        input: {
          index: join(repo, 'index.html'),
          diagram: join(repo, 'src/features/diagram/LazyDiagramPage.tsx'),
          prepare: join(repo, 'src/features/prepare/PreparePage.tsx'),
        },
      },
    },
    logLevel: 'silent',
  });
  files = filesUnder(outDir).map((file) => relative(outDir, file));
  initial = measureInitialJs(outDir).files.map((f) => f.file);
}, 240_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
const textFiles = () => files.filter((file) => /\.(js|mjs|html|css|json|webmanifest)$/.test(file));
const appScripts = () => files.filter((file) => file.endsWith('.js') && !file.endsWith('sw.js') && !file.startsWith('workbox-'));

describe('the built app has no layout library', () => {
  it('is checked with a marker that really is in elkjs', () => {
    // Otherwise a new elkjs build without it would let the checks below pass with elkjs shipped.
    expect(readFileSync(join(repo, 'node_modules/elkjs/lib/elk.bundled.js'), 'utf8')).toContain(elkMarker);
  });

  it('has no elkjs in any file of the build', () => {
    expect(textFiles().length).toBeGreaterThan(3);
    const withElk = textFiles().filter((file) => read(file).includes(elkMarker));
    expect(withElk, 'elkjs is in the build: only Node code (layout.ts, tests) may import it').toEqual([]);
    expect(files.filter((file) => /elk/i.test(file))).toEqual([]);
  });

  it('precaches no elkjs: every precached file is free of it', () => {
    const sw = read('sw.js');
    // `{url:"assets/…"` when minified, `{ "url": "assets/…"` when not.
    const precached = [...sw.matchAll(/\burl["']?\s*:\s*["']([^"']+)["']/g)].map((m) => m[1] ?? '');
    expect(precached.length, sw.slice(0, 2000)).toBeGreaterThan(3);
    for (const url of precached) {
      expect(files, `${url} is precached but not built`).toContain(url);
      expect(/elk/i.test(url), url).toBe(false);
      if (/\.js$/.test(url)) expect(read(url).includes(elkMarker), url).toBe(false);
    }
  });

  it('ships the laid-out diagram in the lazy diagram chunk, not in what the first visit loads', () => {
    // The drawing's size opens the shipped layout's data, however the minifier writes the rest.
    const size = new RegExp(`width"?:\\s*${flowLayout.width},\\s*"?height"?:\\s*${flowLayout.height}\\b`);
    const withLayout = files.filter((file) => file.endsWith('.js') && size.test(read(file)));
    expect(withLayout, 'no chunk holds the shipped layout').toHaveLength(1);
    const [chunk = ''] = withLayout;
    expect(initial.length).toBeGreaterThan(0);
    expect(initial, `${chunk} (the layout) is loaded on the first visit`).not.toContain(chunk);
    expect(read(chunk)).toContain(flowLayout.nodes[0]?.lines[0]?.text ?? 'a first line');
  });
});

describe('the Word export is loaded only when used', () => {
  it('is checked with a marker that really is in docx', () => {
    expect(readFileSync(join(repo, 'node_modules/docx/dist/index.mjs'), 'utf8')).toContain(docxMarker);
  });

  it('puts docx in one chunk of its own, outside the first download and the page', () => {
    const withDocx = appScripts().filter((file) => read(file).includes(docxMarker));
    expect(withDocx, 'no chunk holds docx').toHaveLength(1);
    const [chunk = ''] = withDocx;
    expect(initial.length).toBeGreaterThan(0);
    expect(initial, `${chunk} (docx) is loaded on the first visit`).not.toContain(chunk);
    const page = appScripts().filter((file) => read(file).includes('Be prepared: your social media policy'));
    expect(page.length).toBeGreaterThan(0);
    expect(page, 'docx is in the same chunk as the page').not.toContain(chunk);
  });
});
