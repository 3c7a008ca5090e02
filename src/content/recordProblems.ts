/**
 * Words for what is wrong in a stored record or a backup file. Each ends up after the path of the
 * value it is about, in an import or "cannot open" message: "answers.risks: expected a list of
 * choices, found text".
 */
const count = (n: number) => n.toLocaleString('en-GB');

export const listProblemWords = {
  tooLong: (found: number | undefined, limit: number) =>
    `has ${found === undefined ? 'too many' : count(found)} items; this app never makes more than ${count(limit)}`,
  tooManyFields: (limit: number) => `has more than ${count(limit)} entries, more than this app ever makes`,
  sharedId: (id: string) => `two entries share the id ${id}`,
} as const;

export const referenceProblemWords = {
  trainingOnLive: 'is a training reference on a real incident',
} as const;

export const answerProblemWords = {
  notAQuestion: 'is not a question this version of the app asks',
  expectedChoice: (found: string) => `expected one choice, found ${found}`,
  expectedList: (found: string) => `expected a list of choices, found ${found}`,
  expectedText: (found: string) => `expected text, found ${found}`,
  notAnOption: (value: string) => `${value} is not one of this question's choices`,
  repeated: (value: string) => `lists ${value} more than once`,
  exclusiveWithOthers: (value: string) => `lists ${value} together with other choices, which cannot both be true`,
} as const;
