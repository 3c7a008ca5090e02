/**
 * Bringing stored records up to the current schema, one version at a time, before they are
 * validated. Each step takes the previous version's shape and returns the next; steps never
 * validate, so a record that is still wrong after migrating fails validation with the real field
 * names rather than being dropped here.
 *
 * A record from a NEWER version than this app knows (written by a newer copy in another tab) or
 * with no recognisable version is returned untouched: guessing could destroy data, and validation
 * then says plainly what is wrong.
 */
import { retiredAnswerWords } from '../content/retiredAnswers';
import { parsePracticeTime } from './clock';
import { currentSchemaVersion } from './schema';

type StoredObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is StoredObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 0 is the pre-release prototype's shape, kept by early test builds before records had a
 * version number:
 *
 *   { id, reference, kind?, createdAt, updatedAt, status, closedAt?, answers, step, visited,
 *     actions, timeline }
 *
 * It has no `schemaVersion`, calls the current screen `step`, keeps the found time only as the
 * "When did you find it?" answer (London wall-clock, 2026-11-25T09:30), and has no drafts,
 * evidence, reply, references, keep flag, revision or machine version. Live incidents only
 * existed then, so a missing `kind` means live.
 */
function isVersion0(value: StoredObject): boolean {
  return !('schemaVersion' in value) && typeof value['step'] === 'string' && isObject(value['answers']);
}

function versionOf(raw: unknown): number | undefined {
  if (!isObject(raw)) return undefined;
  const version = raw['schemaVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version >= 0) return version;
  return isVersion0(raw) ? 0 : undefined;
}

function foundAtFromAnswer(answers: unknown): string | null {
  if (!isObject(answers) || typeof answers['foundAt'] !== 'string') return null;
  return parsePracticeTime(answers['foundAt'])?.toISOString() ?? null;
}

/**
 * Version 1 asked about hate under "site rules"; version 2 asks with the safety questions, where it
 * leads to the police and True Vision. The tick moves across so the plan keeps it.
 */
function hateAskedWithSafety(answers: unknown): unknown {
  if (!isObject(answers)) return answers;
  const rules = answers['rulesBroken'];
  if (!Array.isArray(rules) || !rules.includes('hate')) return answers;
  const rulesLeft = rules.filter((rule) => rule !== 'hate');
  const risks = Array.isArray(answers['risks']) ? answers['risks'].filter((risk) => risk !== 'none') : [];
  return {
    ...answers,
    rulesBroken: rulesLeft.length > 0 ? rulesLeft : ['none'],
    risks: risks.includes('hate') ? risks : [...risks, 'hate'],
  };
}

type RetiredQuestion = keyof typeof retiredAnswerWords.questions;
const retiredQuestions = Object.keys(retiredAnswerWords.questions) as RetiredQuestion[];

/** "Where you were: at home or out of hours", in the words of the question that asked it. */
function retiredAnswerText(question: RetiredQuestion, value: unknown): string | undefined {
  const { label, values } = retiredAnswerWords.questions[question];
  if (typeof value !== 'string') return undefined;
  return `${label}: ${(values as Record<string, string>)[value] ?? value}`;
}

function withTick(list: unknown, tick: string): string[] {
  const ticks = Array.isArray(list) ? list.filter((value): value is string => typeof value === 'string' && value !== 'none') : [];
  return ticks.includes(tick) ? ticks : [...ticks, tick];
}

/**
 * Version 3 asks fewer questions: "where are you" is folded into "what would you like to do
 * now"; trolling is a tick under "is any of this part of it too"; the practice's policy and its
 * monitoring live in practice settings. Answers move where they now belong, and the retired ones
 * are written into the timeline so they are still there to read.
 */
function shorterRoute(old: StoredObject): unknown {
  const answers = isObject(old['answers']) ? { ...old['answers'] } : old['answers'];
  const drafts = isObject(old['drafts']) ? { ...old['drafts'] } : old['drafts'];
  if (!isObject(answers) || !isObject(drafts) || !Array.isArray(old['timeline'])) return { ...old, schemaVersion: 3 };
  const moved = answers as Record<string, unknown>;
  const kept = retiredQuestions.flatMap((question) => retiredAnswerText(question, moved[question]) ?? []);
  const drafted = drafts as Record<string, unknown>;
  // At work meant carrying on; a choice left over from an earlier "at home" answer did not count.
  if (moved['location'] === 'atWork') {
    moved['awayChoice'] = 'continue';
    delete drafted['awayChoice'];
  }
  if (moved['motive'] === 'trolling' || drafted['motive'] === 'trolling') {
    // A tick is only added to a question already answered; otherwise it waits, unconfirmed, as a draft.
    if (Array.isArray(moved['situations'])) moved['situations'] = withTick(moved['situations'], 'trolling');
    else drafted['situations'] = withTick(drafted['situations'], 'trolling');
  }
  for (const question of retiredQuestions) {
    delete moved[question];
    delete drafted[question];
  }
  const at = typeof old['updatedAt'] === 'string' ? old['updatedAt'] : new Date(0).toISOString();
  const timeline =
    kept.length === 0
      ? old['timeline']
      : [...old['timeline'], { at, kind: 'answer', summary: retiredAnswerWords.summary(kept), ref: 'retiredAnswers' }];
  return { ...old, schemaVersion: 3, answers: moved, drafts, timeline, returnPath: null };
}

/** One step per version: `migrations[n]` turns a version-n record into version n + 1. */
const migrations: Readonly<Record<number, (old: StoredObject) => unknown>> = {
  0: ({ step, ...old }) => ({
    kind: 'live',
    ...old,
    schemaVersion: 1,
    currentStep: step,
    foundAt: foundAtFromAnswer(old['answers']),
    // The prototype ran the first statechart; its screen names are those of machine version 1.
    machineVersion: 1,
    revision: 0,
    keep: false,
    drafts: {},
    evidence: [],
    reply: null,
    references: [],
  }),
  1: (old) => ({
    ...old,
    schemaVersion: 2,
    answers: hateAskedWithSafety(old['answers']),
    drafts: hateAskedWithSafety(old['drafts']),
  }),
  2: shorterRoute,
};

export function migrateToCurrent(raw: unknown): unknown {
  let record = raw;
  // Each step raises the version by one, so this ends; the bound is only a guard against a bad step.
  for (let steps = 0; steps <= currentSchemaVersion; steps += 1) {
    const version = versionOf(record);
    if (version === undefined || version >= currentSchemaVersion) return record;
    const migrate = migrations[version];
    if (migrate === undefined || !isObject(record)) return record;
    record = migrate(record);
  }
  return record;
}
