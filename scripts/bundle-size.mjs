/**
 * Measures the JavaScript a first visit must download before the app can start: the entry chunk,
 * any modulepreloads, and everything they import statically. Dynamic import() chunks load later,
 * so they are left out on purpose. Shared by the budget check and any later benchmark.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const moduleScript = /<script\b(?=[^>]*\btype=["']?module["']?)[^>]*\bsrc=["']?([^"'\s>]+)/gi;
const modulePreload = /<link\b(?=[^>]*\brel=["']?modulepreload["']?)[^>]*\bhref=["']?([^"'\s>]+)/gi;
// `import x from "./a.js"`, `import"./a.js"`, `export*from"./a.js"`; `import(` never matches
// because the clause before `from` may not contain brackets, quotes or semicolons.
const staticImport = /(?<![\w$.])(?:import|export)(?=[\s{*"'])\s*(?:[^"'`;()]*?\bfrom\s*)?(["'])([^"']+)\1/g;

/** Entry and modulepreload URLs from a built index.html, as paths relative to dist/. */
export function entryPoints(html) {
  const urls = [...html.matchAll(moduleScript), ...html.matchAll(modulePreload)].map((m) => m[1]);
  return urls.filter((url) => !/^[a-z][a-z\d+.-]*:/i.test(url)).map((url) => url.replace(/^\.?\//, ''));
}

/** Relative specifiers a chunk imports statically. */
export function staticImports(code) {
  return [...code.matchAll(staticImport)].map((m) => m[2]).filter((spec) => /^\.{0,2}\//.test(spec));
}

/**
 * @param {string} distDir the build output folder containing index.html
 * @returns {{ files: { file: string, raw: number, gzip: number }[], totalRaw: number, totalGzip: number }}
 */
export function measureInitialJs(distDir) {
  const root = resolve(distDir);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} not found: run npm run build first`);

  const seen = new Set();
  const queue = entryPoints(readFileSync(indexPath, 'utf8')).map((p) => join(root, p));
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    if (!file.startsWith(root + sep)) throw new Error(`${file} is outside ${root}`);
    if (!existsSync(file)) throw new Error(`${relative(root, file)} is referenced but missing from the build`);
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      queue.push(spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec));
    }
  }

  const files = [...seen].map((file) => {
    const bytes = readFileSync(file);
    return { file: relative(root, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files,
    totalRaw: files.reduce((sum, f) => sum + f.raw, 0),
    totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}
