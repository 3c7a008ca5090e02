import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/content/questions';
import { settledBy } from '../../src/plan/determined';

/** Each way a rule can look at an answer that is not given yet must count as unsettled. */
describe('settledBy', () => {
  const given: Answers = { danger: 'no', risks: ['none'] };

  it.each([
    ['reading it', (a: Answers) => a.author === 'public'],
    ['asking whether it is there', (a: Answers) => 'author' in a],
    ['Object.hasOwn', (a: Answers) => Object.hasOwn(a, 'author')],
    ['hasOwnProperty', (a: Answers) => Object.prototype.hasOwnProperty.call(a, 'author')],
    ['a spread', (a: Answers) => ({ ...a }).author === undefined],
    ['listing the answers', (a: Answers) => Object.keys(a).length > 1],
  ])('%s', (_how, rule) => {
    expect(settledBy(given, rule).settled).toBe(false);
  });

  it("is settled, with the rule's value, when only given answers are read", () => {
    expect(settledBy(given, (a) => a.danger === 'yes' || (a.risks ?? []).includes('threat'))).toEqual({ settled: true, value: false });
  });

  it('is settled when the answer read first decides it, whatever comes later', () => {
    expect(settledBy({ danger: 'yes' }, (a) => a.danger === 'yes' || a.author === 'public')).toEqual({ settled: true, value: true });
  });
});
