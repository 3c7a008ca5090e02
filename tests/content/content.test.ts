/**
 * The content is what staff act on in a live incident, so it is checked like code: every screen
 * and option has words, every citation points at a real source, nothing unconfirmed slips in as a
 * new field, and no sentence is lifted from the LMC page we were asked to paraphrase.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { conditionNames } from '../../machines/conditions';
import { allStepIds, questionsOf, routeSteps } from '../../machines/steps';
import { conditionLabels } from '../../src/content/conditionLabels';
import { platformHints } from '../../src/content/platformHints';
import { questionIds, questions } from '../../src/content/questions';
import {
  choiceQuestionSchema,
  conditionLabelsSchema,
  isoDateSchema,
  platformHintsSchema,
  questionsSchema,
  sectionsSchema,
  sourceContentSchema,
  sourcesSchema,
  stepContentMapSchema,
  stepContentSchema,
} from '../../src/content/schema';
import { sections } from '../../src/content/sections';
import { sourceIds, sources } from '../../src/content/sources';
import { stepContent } from '../../src/content/steps';
import type { StepContent } from '../../src/content/types';

/** Lists every zod issue, so a failure names the exact field instead of just "false". */
function issuesOf(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

/** Every string in a value, with where it lives, so failures point at the field to fix. */
function stringsIn(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`));
  }
  return [];
}

const allContentStrings: [string, string][] = [
  ...stringsIn(stepContent, 'steps'),
  ...stringsIn(sections, 'sections'),
  ...stringsIn(platformHints, 'platformHints'),
  ...stringsIn(conditionLabels, 'conditionLabels'),
  ...stringsIn(questions, 'questions'),
  ...stringsIn(sources, 'sources'),
];

describe('content files match their schemas', () => {
  it.each([
    ['steps', stepContentMapSchema, stepContent],
    ['sections', sectionsSchema, sections],
    ['platform hints', platformHintsSchema, platformHints],
    ['condition labels', conditionLabelsSchema, conditionLabels],
    ['questions', questionsSchema, questions],
    ['sources', sourcesSchema, sources],
  ] as const)('%s', (_name, schema, content) => {
    expect(issuesOf(schema.safeParse(content))).toEqual([]);
  });
});

describe('the schemas reject bad content', () => {
  const goodStep: StepContent = { title: 'A title', sources: ['lmc'] };

  it('accepts a minimal step, so the rejections below are about the fault alone', () => {
    expect(stepContentSchema.safeParse(goodStep).success).toBe(true);
  });

  it.each([
    ['an unknown source id', { ...goodStep, sources: ['wikipedia'] }],
    ['no sources', { ...goodStep, sources: [] }],
    ['an empty title', { ...goodStep, title: '' }],
    ['a padded title', { ...goodStep, title: ' A title' }],
    ['a misspelt field', { ...goodStep, captoin: 'Stay calm' }],
    ['an empty card', { ...goodStep, body: [{ type: 'card', tone: 'info', title: 'T', blocks: [] }] }],
    [
      'an empty list item inside a card',
      { ...goodStep, body: [{ type: 'card', tone: 'info', title: 'T', blocks: [{ type: 'list', items: [''] }] }] },
    ],
  ])('rejects a step with %s', (_name, step) => {
    expect(stepContentSchema.safeParse(step).success).toBe(false);
  });

  it('rejects duplicate option values in a question', () => {
    const question = {
      kind: 'radio',
      legend: 'Q?',
      summaryLabel: 'Q',
      error: 'Choose one',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'yes', label: 'Also yes' },
      ],
    };
    expect(issuesOf(choiceQuestionSchema.safeParse(question))).toEqual(['options.1.value: duplicate option value "yes"']);
  });

  it('rejects an option hidden without a reason', () => {
    const question = {
      kind: 'radio',
      legend: 'Q?',
      summaryLabel: 'Q',
      error: 'Choose one',
      options: [
        { value: 'a', label: 'A', unavailableWhen: 'inGroupWeDontRun' },
        { value: 'b', label: 'B' },
      ],
    };
    expect(choiceQuestionSchema.safeParse(question).success).toBe(false);
  });

  it.each(['2018-7-27', '2018-02-30', '27/07/2018', '18', ''])('rejects the date "%s"', (date) => {
    expect(isoDateSchema.safeParse(date).success).toBe(false);
  });

  it.each(['2018-07-27', '2024'])('accepts the date "%s"', (date) => {
    expect(isoDateSchema.safeParse(date).success).toBe(true);
  });

  it('accepts a null date but not a missing one', () => {
    const source = { title: 'T', publisher: 'P', date: null, supports: 'S' };
    expect(sourceContentSchema.safeParse(source).success).toBe(true);
    const { date: _date, ...undated } = source;
    expect(sourceContentSchema.safeParse(undated).success).toBe(false);
  });

  it('rejects a sections map with a section missing or an extra one', () => {
    const { calm: _calm, ...withoutCalm } = sections;
    expect(sectionsSchema.safeParse(withoutCalm).success).toBe(false);
    expect(sectionsSchema.safeParse({ ...sections, extra: { label: 'Extra' } }).success).toBe(false);
  });
});

describe('every screen has words', () => {
  it.each(allStepIds)('%s has content', (id) => {
    const content: StepContent | undefined = stepContent[id];
    expect(content?.title).toBeTruthy();
    expect(content?.sources.length).toBeGreaterThan(0);
  });

  it('has no content for screens that do not exist', () => {
    expect(Object.keys(stepContent).sort()).toEqual([...allStepIds].sort());
  });

  // The view renders the h1 as the legend on these screens, so the two must be the same words.
  it.each(routeSteps.filter((step) => step.questions.length === 1).map((step) => step.id))(
    '%s (one question) is titled with its question',
    (id) => {
      const [questionId] = questionsOf(id);
      expect(questionId).toBeDefined();
      if (questionId) expect(stepContent[id].title).toBe(questions[questionId].legend);
    },
  );

  it('every section used by the route has a label, and no label is unused', () => {
    const used = new Set(routeSteps.map((step) => step.section));
    expect(Object.keys(sections).sort()).toEqual([...used].sort());
    for (const id of used) expect(sections[id].label.trim()).not.toBe('');
  });

  it('every caption is the label of the step’s own section', () => {
    const captioned = routeSteps.filter((step) => stepContent[step.id].caption !== undefined);
    // Most screens carry one, so this cannot pass by finding none.
    expect(captioned.length).toBeGreaterThan(routeSteps.length / 2);
    for (const step of captioned) {
      const content: StepContent = stepContent[step.id];
      expect(content.caption, step.id).toBe(sections[step.section].label);
    }
  });
});

describe('questions', () => {
  it.each(routeSteps.flatMap((step) => questionsOf(step.id).map((q) => [step.id, q] as const)))(
    '%s asks %s, which exists and has wording',
    (_step, questionId) => {
      expect(questionIds).toContain(questionId);
      expect(questions[questionId].legend.trim()).not.toBe('');
      expect(questions[questionId].summaryLabel.trim()).not.toBe('');
    },
  );

  it('every question is asked on some screen of the route', () => {
    const asked = new Set(routeSteps.flatMap((step) => questionsOf(step.id)));
    expect(questionIds.filter((id) => !asked.has(id))).toEqual([]);
  });

  it('every option of every question has a label', () => {
    for (const id of questionIds) {
      const question = questions[id];
      if (!('options' in question)) continue;
      for (const option of question.options) expect(option.label.trim(), `${id}.${option.value}`).not.toBe('');
    }
  });
});

describe('citations, hints and labels', () => {
  it('every source cited by a screen or a hint exists', () => {
    const cited = [
      ...Object.entries(stepContent).flatMap(([id, c]) => c.sources.map((s) => [`steps.${id}`, s] as const)),
      ...Object.entries(platformHints).flatMap(([id, h]) => h.sources.map((s) => [`platformHints.${id}`, s] as const)),
    ];
    const unknown = cited.filter(([, source]) => !(sourceIds as readonly string[]).includes(source));
    expect(unknown).toEqual([]);
  });

  it('every platform the question offers has a reporting hint', () => {
    const values = questions.platform.options.map((option) => option.value);
    expect(Object.keys(platformHints).sort()).toEqual([...values].sort());
  });

  it.each(conditionNames)('condition %s has a plain label', (name) => {
    expect(conditionLabels[name].trim()).not.toBe('');
  });
});

describe('wording rules', () => {
  // "Safeguarding" triggers duties for children and adults at risk; used loosely for a threat to
  // staff it would send people down the wrong process. Checked per sentence.
  it('uses "safeguarding" only in a sentence about children or adults at risk', () => {
    const misuses = allContentStrings.flatMap(([path, text]) =>
      text
        .split(/(?<=[.!?:])\s+/)
        .filter((sentence) => /safeguarding/i.test(sentence) && !/children|adults at risk/i.test(sentence))
        .map((sentence) => `${path}: ${sentence}`),
    );
    expect(misuses).toEqual([]);
  });

  it('contains no placeholder text', () => {
    const placeholders = allContentStrings.filter(([, text]) => /\b(TODO|TBC|FIXME|lorem ipsum)\b/i.test(text));
    expect(placeholders).toEqual([]);
  });
});

/**
 * We were asked to write the guidance in our own words. A run of nine words in a row matching the
 * LMC page is long enough to be copying, not shared vocabulary ("report the post to the site").
 */
const runLength = 9;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function runsOf(text: string): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let i = 0; i + runLength <= list.length; i++) runs.push(list.slice(i, i + runLength).join(' '));
  return runs;
}

function copiedRuns(text: string, sourceRuns: ReadonlySet<string>): string[] {
  return runsOf(text).filter((run) => sourceRuns.has(run));
}

// Through a variable: Vite rewrites the literal `new URL('…', import.meta.url)` pattern into a
// served asset URL, which is not a file path.
const thisFile = import.meta.url;
const lmcPagePath = fileURLToPath(new URL('../../../shared/source/lmc-social-media-policy-guidance.txt', thisFile));
const lmcPage = existsSync(lmcPagePath) ? readFileSync(lmcPagePath, 'utf8') : undefined;

describe('no copying from the LMC page', () => {
  it('the copy check spots a copied run and ignores a short shared phrase', () => {
    const source = new Set(runsOf('Save the posts by taking a screenshot or saving the post to a file'));
    expect(copiedRuns('Please save the posts by taking a screenshot or saving the post now.', source)).not.toEqual([]);
    expect(copiedRuns('Save the posts by taking a screenshot today.', source)).toEqual([]);
  });

  it.skipIf(lmcPage === undefined)(
    `no content string repeats ${runLength} or more words in a row from the LMC page (skipped if ${lmcPagePath} is missing)`,
    () => {
      const sourceRuns = new Set(runsOf(lmcPage ?? ''));
      expect(sourceRuns.size).toBeGreaterThan(100);
      const copies = allContentStrings.flatMap(([path, text]) => copiedRuns(text, sourceRuns).map((run) => `${path}: "${run}"`));
      expect(copies).toEqual([]);
    },
  );

  if (lmcPage === undefined) {
    it.skip(`LMC page not found at ${lmcPagePath}: the copying check did not run`, () => {});
  }
});
