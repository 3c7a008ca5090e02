/**
 * Whether a rule's result is already settled by the answers given so far. A rule is a pure
 * function of the answers; if, run on them, it never read a question still unanswered, no later
 * answer can change its result. Rules read answers only through property access, so a Proxy that
 * notes every read is enough, and conservative: anything it cannot follow counts as unsettled.
 */
import type { Answers } from '../content/questions';

export interface Settled<T> {
  readonly settled: boolean;
  readonly value: T;
}

export function settledBy<T>(answers: Answers, rule: (answers: Answers) => T): Settled<T> {
  const given = answers as Readonly<Record<string, unknown>>;
  let readUnanswered = false;
  const watched = new Proxy(given, {
    get(target, key) {
      if (typeof key === 'string' && target[key] === undefined) readUnanswered = true;
      return Reflect.get(target, key);
    },
    has(target, key) {
      if (typeof key === 'string' && target[key] === undefined) readUnanswered = true;
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      // Object.hasOwn and hasOwnProperty ask this way.
      if (typeof key === 'string' && target[key] === undefined) readUnanswered = true;
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      // Listing the answers (a spread, say) could depend on any of them.
      readUnanswered = true;
      return Reflect.ownKeys(target);
    },
  });
  const value = rule(watched as Answers);
  return { settled: !readUnanswered, value };
}
