/**
 * Fails the build when the JavaScript needed for first paint grows past the budget. Staff often
 * open this on a slow practice PC or a phone during a stressful moment, so startup size matters.
 * Run after `vite build`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureInitialJs } from './bundle-size.mjs';

const BUDGET_BYTES = 110 * 1024;
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

if (!existsSync(distDir)) {
  console.error('Bundle budget: dist/ is missing; run npm run build first.');
  process.exit(1);
}

let result;
try {
  result = measureInitialJs(distDir);
} catch (error) {
  console.error(`Bundle budget: ${error.message}`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const width = Math.max(4, ...result.files.map((f) => f.file.length));
const row = (a, b, c) => console.log(`${a.padEnd(width)}  ${b.padStart(10)}  ${c.padStart(10)}`);

row('file', 'raw', 'gzip');
for (const f of result.files) row(f.file, kb(f.raw), kb(f.gzip));
row('total', kb(result.totalRaw), kb(result.totalGzip));
console.log(`\nInitial JS: ${kb(result.totalGzip)} gzip of ${kb(BUDGET_BYTES)} budget.`);

if (result.files.length === 0) {
  console.error('Bundle budget: no entry script found in dist/index.html.');
  process.exit(1);
}
if (result.totalGzip > BUDGET_BYTES) {
  console.error(
    `Bundle budget exceeded by ${kb(result.totalGzip - BUDGET_BYTES)}: ` +
      'move rarely used screens behind a dynamic import() or drop a dependency.',
  );
  process.exit(1);
}
