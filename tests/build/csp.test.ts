// @vitest-environment node
/**
 * The Content Security Policy is what keeps an offline tool from quietly loading or running code
 * from elsewhere, so check it on real build output rather than trusting the plugin config.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../vite.config';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'csp-build-'));
let builtHtml = '';

const decode = (value: string) =>
  value.replaceAll('&#39;', "'").replaceAll('&apos;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

function cspMetaContents(html: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /http-equiv=["']?Content-Security-Policy/i.test(tag))
    .map((tag) => decode(/\bcontent="([^"]*)"/i.exec(tag)?.[1] ?? /\bcontent='([^']*)'/i.exec(tag)?.[1] ?? ''));
}

beforeAll(async () => {
  // A fresh build into a temp folder, so the test never reads a stale or someone else's dist/.
  await build({
    root: repo,
    configFile: join(repo, 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'silent',
  });
  builtHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('Content Security Policy', () => {
  it('is a strict policy', () => {
    const directives = contentSecurityPolicy.split(';').map((d) => d.trim());
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("img-src 'self' data: blob:");
    expect(directives).toContain("object-src 'none'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
  });

  it('is in the built index.html exactly once, exactly as configured', () => {
    expect(cspMetaContents(builtHtml)).toEqual([contentSecurityPolicy]);
  });

  it('leaves no inline script in the built index.html for the policy to block', () => {
    const scripts = [...builtHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs = '', body = ''] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
  });

  it('is not in the dev index.html, whose hot-reload inline script it would block', () => {
    const devHtml = readFileSync(join(repo, 'index.html'), 'utf8');
    expect(devHtml).not.toMatch(/Content-Security-Policy/i);
  });
});
