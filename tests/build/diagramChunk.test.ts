// @vitest-environment node
/**
 * elkjs is about 1.5 MB. It must load only when someone opens the diagram, never with the app:
 * staff mid-incident on an old practice PC should not wait for a trainer's tool.
 *
 * The build is the real app (index.html and vite.config.ts) with the lazy diagram page added as a
 * second input. Until the page is wired into the app, nothing in index.html reaches it, so without
 * that input Vite would not build its chunks at all and (b) could not be checked; once it is
 * wired, the extra input changes nothing. (a) always checks what index.html really loads first.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagramWords } from '../../src/content/diagram';
// @ts-expect-error -- plain JavaScript (typed in JSDoc) with no declaration file; typed below.
import * as bundleSize from '../../scripts/bundle-size.mjs';

const { measureInitialJs, staticImports } = bundleSize as {
  measureInitialJs: (distDir: string) => { files: readonly { file: string }[] };
  staticImports: (code: string) => string[];
};

const repo = fileURLToPath(new URL('../../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'diagram-build-'));
/** In every build of elkjs (the Java package names of the Eclipse Layout Kernel it is compiled from). */
const elkMarker = 'org.eclipse.elk';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

let initial: string[] = [];
/** The app's chunks (not the service worker and its Workbox runtime). */
let chunks: string[] = [];

beforeAll(async () => {
  await build({
    root: repo,
    configFile: join(repo, 'vite.config.ts'),
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          index: join(repo, 'index.html'),
          diagram: join(repo, 'src/features/diagram/LazyDiagramPage.tsx'),
        },
      },
    },
    logLevel: 'silent',
  });
  initial = measureInitialJs(outDir).files.map((f) => f.file);
  chunks = filesUnder(join(outDir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => relative(outDir, file));
}, 180_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(outDir, file), 'utf8');

describe('the diagram layout library is a separate chunk', () => {
  it('is not in the JavaScript the first visit loads', () => {
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) expect(read(file).includes(elkMarker), file).toBe(false);
  });

  it('is in a chunk of its own, fetched with import() when the diagram is drawn', () => {
    const withElk = chunks.filter((file) => read(file).includes(elkMarker));
    expect(withElk).toHaveLength(1);
    const [elkChunk = ''] = withElk;
    expect(initial).not.toContain(elkChunk);
    // Not merged with the page either: the page and its list of screens show while elkjs loads.
    expect(read(elkChunk).includes(diagramWords.title), `the diagram page is in ${elkChunk}`).toBe(false);
    // Reached from another chunk only by a dynamic import(), never a static one.
    const name = elkChunk.split('/').at(-1) ?? '';
    const importers = chunks.filter((file) => file !== elkChunk && read(file).includes(name));
    expect(importers.length).toBeGreaterThan(0);
    for (const file of importers) {
      const dynamic = new RegExp(`import\\(\\s*["'\`][^"'\`]*${name.replace(/[.$]/g, '\\$&')}`);
      expect(dynamic.test(read(file)), `${file} loads ${name} with import()`).toBe(true);
      expect(staticImports(read(file)).filter((spec) => spec.endsWith(name)), file).toEqual([]);
    }
  });

  it('is precached by the service worker, so the diagram works offline', () => {
    // Workbox leaves out files over its size limit with only a warning, so check the list itself.
    const [elkChunk] = chunks.filter((file) => read(file).includes(elkMarker));
    expect(elkChunk).toBeDefined();
    expect(read('sw.js')).toContain(`"${elkChunk}"`);
  });
});
