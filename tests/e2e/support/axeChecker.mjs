/**
 * axe-core on a page, screen by screen: WCAG 2.0, 2.1 and 2.2 A and AA rules. Shared by the
 * accessibility tests and the update banner's check in offline.e2e.mjs.
 */
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Collects axe violations screen by screen; `assertNone()` fails listing every one of them. */
export function axeChecker(page) {
  const found = [];
  const checked = [];
  return {
    checked,
    async check(screen) {
      // Let late content (lazy chunks, focus moves) settle so axe sees the finished screen.
      await page.waitForLoadState('load');
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      checked.push(screen);
      for (const violation of results.violations) found.push({ screen, violation });
    },
    assertNone() {
      const lines = found.map(({ screen, violation: v }) =>
        [
          `[${screen}] ${v.id} (${v.impact}): ${v.help}`,
          `    ${v.helpUrl}`,
          ...v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${n.html}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`),
        ].join('\n'),
      );
      assert.equal(found.length, 0, `${found.length} accessibility violation(s) on ${checked.length} screens:\n${lines.join('\n')}`);
    },
  };
}
