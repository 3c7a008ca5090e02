/**
 * Issue 15: a tick-box answer that is really text (`"risks": "threat"`) blanked the app after an
 * import. Every answer is now checked against its question wherever a record is read.
 */
import fc from 'fast-check';
import { questionIds, questions } from '../../src/content/questions';
import { exportIncidentJson } from '../../src/note/exportJson';
import { parseIncidentImport } from '../../src/note/importJson';
import { answerProblems } from '../../src/record/answerShapes';
import { emptyMemoryStores, memoryRepository } from '../../src/record/incidentStore';
import { incidentRecord } from '../../src/record/schema';
import { arbitraryAnswers } from '../support/arbitraryAnswers';
import { mildGoogleReview, noteTime } from '../note/incidents';

describe('answers that do not fit their question', () => {
  it.each([
    ['a tick-box answer given as text', { risks: 'threat' }, 'risks', /expected a list of choices, found text/],
    ['a tick-box answer given as text (about)', { about: 'practice' }, 'about', /expected a list of choices, found text/],
    ['a radio answer given as a list', { danger: ['yes'] }, 'danger', /expected one choice, found a list/],
    ['a radio answer that is not an option', { platform: 'myspace' }, 'platform', /"myspace" is not one of this question's choices/],
    ['a tick that is not an option', { risks: ['threat', 'aliens'] }, 'risks', /"aliens" is not one/],
    ['a tick given twice', { risks: ['threat', 'threat'] }, 'risks', /more than once/],
    ['"None of these" with other ticks', { risks: ['none', 'threat'] }, 'risks', /together with other choices/],
    ['a number in a list', { about: [1] }, 'about', /a list with a number in it/],
    ['text given as a number', { description: 42 }, 'description', /expected text, found a number/],
    ['a question the app does not ask', { colour: 'blue' }, 'colour', /not a question this version of the app asks/],
    ['a "__proto__" key', JSON.parse('{"__proto__": "x"}') as Record<string, unknown>, '__proto__', /not a question/],
  ])('%s is a problem named by its question', (_, answers, question, message) => {
    const problems = answerProblems(answers);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.question).toBe(question);
    expect(problems[0]?.message).toMatch(message);
  });

  it('finds no problem in any answers a user could give', () => {
    fc.assert(
      fc.property(arbitraryAnswers(questionIds.length), (answers) => {
        expect(answerProblems(answers)).toEqual([]);
      }),
    );
  });

  it('accepts every option of every question', () => {
    for (const id of questionIds) {
      const question = questions[id];
      if (!('options' in question)) continue;
      for (const option of question.options) {
        const value = question.kind === 'radio' ? option.value : [option.value];
        expect(answerProblems({ [id]: value }), `${id}=${option.value}`).toEqual([]);
      }
    }
  });

  it('refuses a record whose answers or drafts do not fit, with the path in the issue', () => {
    const record = mildGoogleReview();
    for (const field of ['answers', 'drafts'] as const) {
      const checked = incidentRecord.safeParse({ ...record, [field]: { ...record[field], about: 'practice' } });
      expect(checked.success).toBe(false);
      expect(checked.error?.issues[0]?.path).toEqual([field, 'about']);
    }
  });
});

describe('a crafted backup with a tick-box answer as text', () => {
  it('is refused in words on import, and nothing is stored', async () => {
    const exported = JSON.parse(exportIncidentJson({ ...mildGoogleReview(), evidence: [] }, [], noteTime)) as {
      record: { answers: Record<string, unknown> };
    };
    exported.record.answers['about'] = 'practice';
    exported.record.answers['risks'] = 'threat';
    const result = await parseIncidentImport(JSON.stringify(exported));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const words = result.problems.join(' ');
    expect(words).toMatch(/answers\.about: expected a list of choices, found text/);
    expect(words).toMatch(/answers\.risks: expected a list of choices, found text/);
  });

  it('already in storage, is reported as unreadable instead of reaching a screen, and is never overwritten', async () => {
    const stores = emptyMemoryStores();
    const repository = memoryRepository(stores, { now: () => noteTime });
    const record = await repository.create({ kind: 'live', now: noteTime });
    stores.incidents.set(record.id, { ...record, answers: { risks: 'threat' } });
    const loaded = await repository.load(record.id);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problem).toMatch(/answers\.risks: expected a list of choices, found text/);
    await expect(repository.save({ ...record, answers: { risks: 'threat' } } as never)).rejects.toThrow(/answers\.risks/);
  });
});
