// @vitest-environment node
/**
 * Rules that keep user text inert and the app self-contained, checked over the source so that a
 * regression fails CI rather than waiting for a review to notice.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = [...sourceFiles(join(repo, 'src')), ...sourceFiles(join(repo, 'machines'))].map((path) => ({
  path: relative(repo, path),
  text: readFileSync(path, 'utf8'),
}));

function offending(pattern: RegExp, allow: (line: string) => boolean = () => false): string[] {
  return files.flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, index) => (pattern.test(line) && !allow(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe('hardening', () => {
  it('reads the source it is meant to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('never renders HTML from strings', () => {
    // React's escape hatch is spelled in two parts so that repository-wide searches for it find
    // only real uses, not this check.
    const reactHtmlProp = ['dangerously', 'SetInnerHTML'].join('');
    expect(offending(new RegExp(`${reactHtmlProp}|\\.innerHTML\\s*=|insertAdjacentHTML|document\\.write\\(`))).toEqual([]);
  });

  it('never evaluates code from strings (the CSP forbids it too)', () => {
    expect(offending(/\beval\(|new Function\(/)).toEqual([]);
  });

  it('opens no link in a new window without rel="noopener noreferrer"', () => {
    expect(offending(/target=["']_blank["']/, (line) => /rel=["']noopener noreferrer["']/.test(line))).toEqual([]);
  });

  it('loads nothing from another host at run time', () => {
    const external = /(src|href)=\{?["'`]https?:\/\/|fetch\(\s*["'`]https?:|import\(\s*["'`]https?:/;
    expect(offending(external)).toEqual([]);
  });
});
