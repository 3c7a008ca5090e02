/**
 * The note the practice keeps about an incident, as one pure function of the record: a main body
 * for a partners' meeting (the facts, the risk, the decisions, the action checklist and the
 * references, in at most two A4 pages), the appendices behind it (the full plan with reasons and
 * sources, what not to do, the reply, the evidence, the timeline and the answers), the significant
 * event review to fill in, and the sources. `npm run bench:note` prints the pages each takes. Markdown, plain text and the printed page all render this same structure, so they can
 * never disagree about what happened or what was decided.
 *
 * Everything taken from the record is marked as typed text, even where the app wrote it (timeline
 * summaries, owners): a record may have been imported from a file, so none of it is trusted to be
 * free of markup. Redaction, for notes leaving the practice, works by allow-list rather than by
 * trying to spot names: in a redacted note every typed run is replaced (see `redactSection`), and
 * only values the app can check are safe (an option it offers, a fingerprint, a file type it
 * accepts, a date) are shown, in its own words.
 */
import { progressOf } from '../record/actionProgress';
import { conditions } from '../../machines/conditions';
import { isRouteStep, questionsOf } from '../../machines/steps';
import { actions as actionContent, type ActionId } from '../content/actions';
import { noteWords } from '../content/note';
import { referencesContent } from '../content/references';
import { knownOptionLabel } from '../content/optionLabel';
import { questions, type Answers, type QuestionId } from '../content/questions';
import { sourceIds, sources, type SourceId } from '../content/sources';
import { stepContent } from '../content/steps';
import { settingsContent } from '../content/settings';
import { actionProgressWords, urgencyLabels } from '../content/ui';
import { formatAnswer } from './formatAnswer';
import { contactsForAction } from '../plan/actionContacts';
import { sourcesFor } from '../plan/detailLines';
import { writtenByStaff } from '../plan/incidentFacts';
import { practiceFactsFrom } from '../record/practiceFacts';
import { glanceOf, recommend } from '../plan/recommend';
import { policyLinesFor, type PolicyLines } from '../plan/policyLines';
import { policyInPlanWords } from '../content/policyInPlan';
import { policyUi } from '../content/policyUi';
import type { PolicyInForce } from '../record/policyInForce';
import type { Plan, PlannedAction } from '../plan/types';
import { parsePracticeTime } from '../record/clock';
import { formatCalendarDate, formatLocalDate, formatLocalDateTime, formatUtcDateTime } from '../record/practiceTimeFormat';
import { allowedEvidenceTypes } from '../record/evidenceRules';
import type { ActionProgress, EvidenceItem, IncidentRecord, IncidentReference } from '../record/schema';
import type { PracticeSettings } from '../record/settingsSchema';
import type { Block, ChecklistGroup, ChecklistItem, Field, ListItem, Note, NoteAttachment, Run, Section, SectionId, Text } from './types';

export interface NoteOptions {
  /** For notes leaving the practice: hides account names, colleagues' names and free text. */
  readonly redact: boolean;
  /** When the note is made; the only clock the note reads. */
  readonly now: Date;
  /** From the practice settings; when not given, the settings' own practice name is used. */
  readonly practiceName?: string;
  /**
   * The practice settings: the plan reads whether there is a policy and whether anyone watches
   * online, and the actions show the names and numbers of the people they call on.
   */
  readonly settings?: PracticeSettings;
  /** The practice's adopted policy: the full plan quotes what it says beside the actions it speaks to. */
  readonly policy?: PolicyInForce | undefined;
}

const words = (text: string): Text => [{ text, typed: false }];
const typed = (text: string): Text => [{ text, typed: true }];
/** Typed, but not from the record: the practice's own name, kept in a note for sharing. */
const practiceOwn = (text: string): Text => [{ text, typed: true, shared: true }];

function given(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** Typed text that may name someone: removed when redacting. */
function personal(value: string | undefined, redact: boolean): Text | undefined {
  if (!given(value)) return undefined;
  return redact ? words(noteWords.removed) : typed(value);
}

/** Stored times are checked ISO strings, but an odd one is shown as it is rather than lost. */
function when(iso: string): Text {
  try {
    return words(formatLocalDateTime(iso));
  } catch {
    return typed(iso);
  }
}

function whenWords(iso: string): string {
  try {
    return formatLocalDateTime(iso);
  } catch {
    return iso;
  }
}

/** " (2026-11-25 09:51:12 UTC)": the capture time as the site's own records would give it. */
function utc(iso: string): Text {
  try {
    return words(` ${noteWords.evidence.utc(formatUtcDateTime(iso))}`);
  } catch {
    return [];
  }
}

/** A calendar date (a due date) as written, or as typed if it is not one. */
function calendarDate(date: string): Text {
  const shown = formatCalendarDate(date);
  return shown === null ? typed(date) : words(shown);
}

/** A source's date as its page gives it: a full date, a year, or none. */
function sourceDate(date: string | null): string {
  if (date === null) return noteWords.sources.noDate;
  return formatCalendarDate(date) ?? date;
}

function field(label: string, value: Text | undefined): Field[] {
  return value === undefined ? [] : [{ label, value }];
}

function section(id: SectionId, part: Section['part'], heading: string, blocks: readonly Block[], training: boolean): Section {
  return { id, part, heading: marked(heading, training), blocks };
}

function marked(heading: string, training: boolean): string {
  return training ? `${noteWords.trainingMark} – ${heading}` : heading;
}

// --- The plan, with the progress recorded against it ----------------------------------------

interface TrackedAction {
  readonly action: PlannedAction;
  readonly progress: ActionProgress | undefined;
}

/** Police steps lead their group after any emergency, once the police are part of the incident. */
const policeActionIds: ReadonlySet<string> = new Set(['reportToPolice', 'giveFactsToPolice']);

function isPoliceStep(action: PlannedAction, policeInvolved: boolean): boolean {
  return action.id === 'reportToPolice' || (policeInvolved && policeActionIds.has(action.id));
}

function rank({ action }: TrackedAction, policeInvolved: boolean): number {
  if (action.emergency) return 0;
  return isPoliceStep(action, policeInvolved) ? 1 : 2;
}

function policeInvolvedIn(answers: Answers, record: IncidentRecord): boolean {
  return conditions.needsPolice(answers) || record.references.some((r) => r.kind === 'police');
}

function isActionId(id: string): id is ActionId {
  return Object.hasOwn(actionContent, id);
}

function progressValues(progress: ActionProgress | undefined, redact: boolean): { status: Text; owner: Text; due: Text } {
  return {
    status: words(actionProgressWords.statuses[progress?.status ?? 'todo']),
    owner: personal(progress?.owner, redact) ?? words(noteWords.action.noOwner),
    due: given(progress?.due) ? calendarDate(progress.due) : words(noteWords.action.noDue),
  };
}

function progressFields(progress: ActionProgress | undefined, redact: boolean): Field[] {
  const { status, owner, due } = progressValues(progress, redact);
  return [
    { label: noteWords.action.status, value: status },
    { label: noteWords.action.owner, value: owner },
    { label: noteWords.action.due, value: due },
  ];
}

/**
 * "On call: Dr A. Patel, 01632 960123; LMC: 01632 960999": the people from practice settings an
 * action calls on. Left out of a note for sharing, because the names are colleagues' names.
 */
function contactsText(actionId: string, options: NoteOptions): Text | undefined {
  if (options.redact) return undefined;
  const contacts = contactsForAction(options.settings, actionId);
  if (contacts.length === 0) return undefined;
  return contacts.flatMap((c, index): Run[] => [
    ...(index > 0 ? words('; ') : []),
    ...words(`${settingsContent.contacts.roles[c.role].planLabel}: `),
    ...typed(c.contact),
  ]);
}

function citing(ids: readonly SourceId[]): Text {
  return words(ids.map((id) => sources[id].title).join('; '));
}

function actionTitle(action: PlannedAction, policeInvolved: boolean): string {
  if (action.emergency) return `${noteWords.action.emergency}: ${action.title}`;
  return isPoliceStep(action, policeInvolved) ? `${noteWords.action.police}: ${action.title}` : action.title;
}

// --- The main body ----------------------------------------------------------------------------

function optionPhrase(table: Readonly<Record<string, string>>, value: unknown): string | undefined {
  return typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : undefined;
}

function whatHappened(answers: Answers, redact: boolean): Block[] {
  const story = noteWords.story;
  const about = (answers.about ?? []).flatMap((value) => optionPhrase(story.about, value) ?? []);
  const where = optionPhrase(story.platform, answers.platform);
  const author = optionPhrase(story.author, answers.author);
  const sentences = [
    where === undefined && about.length === 0 && author === undefined ? story.noDetails : story.opening(where, about, author),
    optionPhrase(story.reason, answers.reason),
    optionPhrase(story.tone, answers.tone),
    optionPhrase(story.patientInfo, answers.patientInfo),
    optionPhrase(story.evidence, answers.evidenceSaved),
  ].filter((sentence) => sentence !== undefined);
  const blocks: Block[] = [{ type: 'paragraph', text: words(sentences.join(' ')) }];
  const description = personal(answers.description, redact);
  if (description !== undefined) {
    blocks.push({ type: 'fields', fields: [{ label: noteWords.summary.theirWords, value: description }] });
  }
  return blocks;
}

function riskBlocks(answers: Answers, record: IncidentRecord): Block[] {
  const risks = noteWords.risks;
  const policeInvolved = policeInvolvedIn(answers, record);
  const abuse = conditions.isAbusive(answers);
  const headline = [
    conditions.inDanger(answers) ? risks.danger : undefined,
    policeInvolved ? risks.police : undefined,
    abuse ? risks.abuse : undefined,
    !abuse && answers.tone === 'criticism' ? risks.criticism : undefined,
  ].filter((risk) => risk !== undefined);
  const also = [
    conditions.patientInfoShown(answers) ? risks.patientInfo : undefined,
    writtenByStaff(answers) ? risks.byStaff : undefined,
    conditions.aboutColleague(answers) ? risks.aboutColleague : undefined,
  ].filter((risk) => risk !== undefined);
  const fields: Field[] = [
    { label: noteWords.summary.riskLevel, value: words((headline.length > 0 ? headline : [risks.notAssessed]).join('; ')) },
  ];
  if (also.length > 0) fields.push({ label: risks.also, value: words(also.join('; ')) });
  const does = (answers.risks ?? []).filter((value) => value !== 'none');
  const labels = does.length > 0 ? formatAnswer('risks', { risks: does }) : null;
  if (labels !== null) fields.push({ label: noteWords.postDoes, value: answerText('risks', labels, answers) });
  const situations = (answers.situations ?? []).filter((value) => value !== 'none');
  const situationLabels = situations.length > 0 ? formatAnswer('situations', { situations }) : null;
  if (situationLabels !== null) {
    fields.push({ label: noteWords.alsoPartOfIt, value: answerText('situations', situationLabels, answers) });
  }
  return [{ type: 'fields', fields }];
}

function decisionItems(answers: Answers, record: IncidentRecord): ListItem[] {
  const decided = noteWords.decisions;
  const items: string[] = [];
  const decision = optionPhrase(decided.decision, answers.decision);
  if (decision !== undefined) items.push(decision);
  if (conditions.wantsUrgentOnly(answers)) items.push(decided.urgentOnly);
  if (record.reply?.posted !== undefined) items.push(decided.replyPosted(whenWords(record.reply.posted.at)));
  if (record.status === 'closed' && given(record.closedAt)) items.push(decided.closed(whenWords(record.closedAt)));
  return items.map((item) => ({ text: words(item) }));
}

function checklistItem({ action, progress }: TrackedAction, police: boolean, options: NoteOptions, note?: Text): ChecklistItem {
  const contacts = contactsText(action.id, options);
  const under = note ?? contacts;
  return {
    title: actionTitle(action, police),
    ...(under === undefined ? {} : { note: under }),
    ...progressValues(progress, options.redact),
  };
}

/**
 * The plan as a checklist, grouped by how soon each action matters as on screen. Within a group
 * the emergency comes first and then the police steps, once the police are part of the incident.
 */
function checklist(plan: Plan, record: IncidentRecord, answers: Answers, leftOver: readonly TrackedAction[], options: NoteOptions): Block {
  const police = policeInvolvedIn(answers, record);
  const groups: ChecklistGroup[] = plan.groups.map((group) => ({
    heading: urgencyLabels[group.urgency].title,
    items: group.actions
      .map((action) => ({ action, progress: progressOf(record, action.id) }))
      .sort((a, b) => rank(a, police) - rank(b, police))
      .map((tracked) => checklistItem(tracked, police, options)),
  }));
  if (leftOver.length > 0) {
    groups.push({
      heading: noteWords.summary.noLongerInPlanHeading,
      items: leftOver.map((tracked) => checklistItem(tracked, police, options, words(noteWords.summary.noLongerInPlan))),
    });
  }
  const a = noteWords.action;
  return { type: 'checklist', columns: { action: a.action, status: a.status, owner: a.owner, due: a.due }, groups };
}

function summarySection(
  record: IncidentRecord,
  answers: Answers,
  plan: Plan,
  leftOver: readonly TrackedAction[],
  options: NoteOptions,
): Section {
  const s = noteWords.summary;
  const { redact } = options;
  const training = record.kind === 'training';
  const practiceName = options.practiceName ?? options.settings?.practiceName;
  const facts: Field[] = [
    { label: s.practice, value: given(practiceName) ? practiceOwn(practiceName) : words(noteWords.notGiven) },
    { label: s.reference, value: words(record.reference) },
    { label: s.kind, value: words(s.kinds[record.kind]) },
    { label: s.status, value: words(s.statuses[record.status]) },
    { label: s.found, value: record.foundAt === null ? words(noteWords.notGiven) : when(record.foundAt) },
    { label: s.started, value: when(record.createdAt) },
    ...(record.status === 'closed' && given(record.closedAt) ? [{ label: s.closedAt, value: when(record.closedAt) }] : []),
    { label: s.noteMade, value: words(formatLocalDateTime(options.now)) },
    ...field(s.outcome, personal(record.outcome, redact)),
  ];
  const decisions = decisionItems(answers, record);
  const actionBlocks: Block[] = [
    ...(plan.urgentOnly ? [{ type: 'notice', tone: 'warning', text: words(noteWords.action.urgentOnly) } as const] : []),
    { type: 'paragraph', text: words(s.actionsIntro) },
    checklist(plan, record, answers, leftOver, options),
  ];
  return section(
    'summary',
    'summary',
    noteWords.sections.summary,
    [
      { type: 'fields', fields: facts, compact: true },
      { type: 'subsection', heading: s.whatHappened, blocks: whatHappened(answers, redact) },
      { type: 'subsection', heading: s.risk, blocks: riskBlocks(answers, record) },
      {
        type: 'subsection',
        heading: s.decisions,
        blocks: decisions.length > 0 ? [{ type: 'list', items: decisions }] : [{ type: 'paragraph', text: words(s.noDecisions) }],
      },
      { type: 'subsection', heading: s.actions, blocks: actionBlocks },
    ],
    training,
  );
}

// --- Appendices -------------------------------------------------------------------------------

/** "Your practice policy says: …" for each action the adopted policy speaks to, with its version. */
function policyFields(lines: PolicyLines, actionId: string, policy: PolicyInForce | undefined): Field[] {
  if (policy === undefined) return [];
  const version = policyInPlanWords.fromVersion(policy.version, formatCalendarDate(policy.adoptedOn) ?? policy.adoptedOn);
  return (lines[actionId] ?? []).map((line) => ({ label: policyInPlanWords.says, value: words(`${line} (${version})`) }));
}

function actionPlanSection(plan: Plan, record: IncidentRecord, options: NoteOptions, training: boolean): Section {
  const { redact, policy } = options;
  const practiceName = options.practiceName ?? options.settings?.practiceName;
  const lines =
    policy === undefined
      ? {}
      : policyLinesFor(
          plan.groups.flatMap((group) => group.actions.map((action) => action.id)),
          policy.answers,
          given(practiceName) ? practiceName : policyUi.document.practiceFallback,
        );
  const blocks: Block[] = [];
  if (plan.urgentOnly) blocks.push({ type: 'notice', tone: 'warning', text: words(noteWords.action.urgentOnly) });
  for (const group of plan.groups) {
    blocks.push({
      type: 'subsection',
      heading: urgencyLabels[group.urgency].title,
      blocks: [
        { type: 'paragraph', text: words(urgencyLabels[group.urgency].hint) },
        {
          type: 'list',
          items: group.actions.map((action) => ({
            title: action.emergency ? `${noteWords.action.emergency}: ${action.title}` : action.title,
            details: action.details.map(words),
            fields: [
              { label: noteWords.action.why, value: words(action.why) },
              { label: noteWords.action.basedOn, value: citing(action.sources) },
              ...policyFields(lines, action.id, policy),
              ...field(noteWords.action.contacts, contactsText(action.id, options)),
              ...progressFields(progressOf(record, action.id), redact),
            ],
          })),
        },
      ],
    });
  }
  return section('actionPlan', 'appendix', noteWords.sections.actionPlan, blocks, training);
}

function notToDoSection(plan: Plan, training: boolean): Section {
  const items: ListItem[] = plan.notToDo.map((item) => ({
    title: item.text,
    fields: [
      { label: noteWords.action.why, value: words(item.why) },
      { label: noteWords.action.basedOn, value: citing(item.sources) },
    ],
  }));
  const blocks: Block[] = items.length > 0 ? [{ type: 'list', items }] : [{ type: 'paragraph', text: words(noteWords.none) }];
  return section('notToDo', 'appendix', noteWords.sections.notToDo, blocks, training);
}

function replySection(record: IncidentRecord, redact: boolean, training: boolean): Section {
  const posted = record.reply?.posted;
  const r = noteWords.reply;
  let blocks: Block[];
  if (posted !== undefined) {
    blocks = [
      {
        type: 'fields',
        fields: [
          { label: r.posted, value: when(posted.at) },
          { label: r.text, value: personal(posted.text, redact) ?? words(noteWords.notGiven) },
        ],
      },
    ];
  } else {
    blocks = [{ type: 'paragraph', text: words(given(record.reply?.draft) ? r.draftOnly : r.noReply) }];
  }
  return section('reply', 'appendix', noteWords.sections.reply, blocks, training);
}

/** A stored choice in the app's words; a value no choice has (an import, an old version) is shown as typed text. */
function choiceWords(choices: readonly { readonly value: string; readonly label: string }[], value: string | undefined): Text | undefined {
  if (!given(value)) return undefined;
  const label = knownOptionLabel(choices, value);
  return label === undefined ? typed(value) : words(label);
}

function platformName(value: string | undefined): Text | undefined {
  return choiceWords(questions.platform.options, value);
}

function evidenceBlocks(item: EvidenceItem, redact: boolean): Block[] {
  const e = noteWords.evidence;
  const fields: Field[] = [
    ...field(e.platform, platformName(item.platform)),
    ...field(e.url, personal(item.url, redact)),
    ...field(e.account, personal(item.account, redact)),
    ...field(e.postedAsShown, given(item.postedAsShown) ? typed(item.postedAsShown) : undefined),
    { label: e.capturedAt, value: [...when(item.capturedAt), ...utc(item.capturedAt)] },
    ...field(e.deletedFromSiteAt, item.deletedFromSiteAt === undefined ? undefined : when(item.deletedFromSiteAt)),
    ...field(e.text, personal(item.text, redact)),
    ...field(e.notes, personal(item.notes, redact)),
  ];
  const files: ListItem[] = item.files.map((file) => ({
    text: personal(file.name, redact) ?? words(noteWords.notGiven),
    fields: [
      { label: e.fileType, value: (allowedEvidenceTypes as readonly string[]).includes(file.type) ? words(file.type) : typed(file.type) },
      { label: e.fileSize, value: words(e.bytes(file.size)) },
      { label: e.sha256, value: /^[0-9a-f]{64}$/.test(file.sha256) ? words(file.sha256) : typed(file.sha256) },
      { label: e.fileAdded, value: when(file.addedAt) },
    ],
  }));
  return [
    { type: 'fields', fields },
    {
      type: 'subsection',
      heading: e.files,
      blocks: files.length > 0 ? [{ type: 'list', items: files }] : [{ type: 'paragraph', text: words(e.noFiles) }],
    },
  ];
}

function evidenceSection(record: IncidentRecord, redact: boolean, training: boolean): Section {
  const e = noteWords.evidence;
  const blocks: Block[] =
    record.evidence.length === 0
      ? [{ type: 'paragraph', text: words(e.none) }]
      : [
          { type: 'notice', tone: 'info', text: words(e.fingerprint) },
          ...record.evidence.map((item, index): Block => ({
            type: 'subsection',
            heading: e.item(index + 1),
            blocks: evidenceBlocks(item, redact),
          })),
        ];
  return section('evidence', 'appendix', noteWords.sections.evidence, blocks, training);
}

/** On one line each: the main body has room for the references, not for a list of fields each. */
function referenceItem(reference: IncidentReference, redact: boolean): ListItem {
  const r = noteWords.references;
  // Support is offered to a person, so what is written beside it can name them. A site, a police
  // route or an adviser the form offers is shown in the app's own words.
  const withWhom = reference.kind === 'support' ? personal(reference.with, redact) : withChoice(reference);
  return {
    title: r.kinds[reference.kind],
    fieldsInline: true,
    fields: [
      ...field(r.with, withWhom),
      { label: r.at, value: when(reference.at) },
      ...field(r.reference, given(reference.reference) ? typed(reference.reference) : undefined),
      ...field(r.outcome, personal(reference.outcome, redact)),
      ...field(r.notes, personal(reference.notes, redact)),
    ],
  };
}

function withChoice(reference: IncidentReference): Text | undefined {
  if (reference.kind === 'platformReport') return platformName(reference.with);
  return choiceWords(referencesContent.kinds[reference.kind].with?.choices ?? [], reference.with);
}

function referencesSection(record: IncidentRecord, redact: boolean, training: boolean): Section {
  const blocks: Block[] =
    record.references.length === 0
      ? [{ type: 'paragraph', text: words(noteWords.references.none) }]
      : [{ type: 'list', items: record.references.map((reference) => referenceItem(reference, redact)) }];
  return section('references', 'summary', noteWords.sections.references, blocks, training);
}

function timelineSection(record: IncidentRecord, redact: boolean, training: boolean): Section {
  const items: ListItem[] = record.timeline.map((entry) => {
    // Stored summaries can carry typed text (a closing outcome, an evidence note), so a redacted
    // note says only what kind of thing happened.
    const stepTitle =
      entry.kind === 'step' && entry.ref !== undefined && Object.hasOwn(stepContent, entry.ref)
        ? stepContent[entry.ref as keyof typeof stepContent].title
        : undefined;
    const summary = redact ? words(stepTitle ?? noteWords.timeline.kinds[entry.kind]) : typed(entry.summary);
    return { text: [...when(entry.at), { text: ': ', typed: false }, ...summary] };
  });
  const blocks: Block[] = items.length > 0 ? [{ type: 'list', items }] : [{ type: 'paragraph', text: words(noteWords.timeline.none) }];
  return section('timeline', 'appendix', noteWords.sections.timeline, blocks, training);
}

/** Option labels are the app's own words; anything else in an answer came from outside. */
function answerText(id: QuestionId, formatted: string, answers: Answers): Text {
  const question = questions[id];
  if (question.kind === 'radio' || question.kind === 'checkbox') {
    const value: unknown = answers[id];
    const values = Array.isArray(value) ? (value as unknown[]) : [value];
    const known = values.every((v) => question.options.some((option) => option.value === v));
    return known ? words(formatted) : typed(formatted);
  }
  return question.kind === 'datetime' && typeof answers[id] === 'string' && parsePracticeTime(answers[id]) !== null
    ? words(formatted)
    : typed(formatted);
}

function answersSection(record: IncidentRecord, answers: Answers, redact: boolean, training: boolean): Section {
  const seen = new Set<QuestionId>();
  const fields: Field[] = [];
  for (const step of record.visited) {
    if (!isRouteStep(step)) continue;
    for (const id of questionsOf(step, answers)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const formatted = formatAnswer(id, answers);
      let value: Text;
      if (formatted === null) value = words(noteWords.answers.noAnswer);
      else if (redact && questions[id].kind === 'text') value = words(noteWords.removed);
      else value = answerText(id, formatted, answers);
      fields.push({ label: questions[id].summaryLabel, value });
    }
  }
  const blocks: Block[] = [
    { type: 'paragraph', text: words(noteWords.answers.intro) },
    fields.length > 0 ? { type: 'fields', fields } : { type: 'paragraph', text: words(noteWords.none) },
  ];
  return section('answers', 'appendix', noteWords.sections.answers, blocks, training);
}

// --- The review and the sources -------------------------------------------------------------

function reviewSection(training: boolean): Section {
  const r = noteWords.review;
  return section(
    'review',
    'review',
    noteWords.sections.review,
    [
      { type: 'paragraph', text: words(r.intro) },
      { type: 'prompts', prompts: r.questions.map((q) => ({ prompt: q.prompt, hint: q.hint, size: 'paragraph' as const })) },
      { type: 'prompts', prompts: r.details.map((prompt) => ({ prompt, size: 'line' as const })) },
    ],
    training,
  );
}

function citedSources(plan: Plan): SourceId[] {
  const cited = new Set<SourceId>(['lmc', 'rcgp-sea']);
  for (const group of plan.groups) for (const action of group.actions) for (const id of action.sources) cited.add(id);
  for (const item of plan.notToDo) for (const id of item.sources) cited.add(id);
  return sourceIds.filter((id) => cited.has(id));
}

function sourcesSection(plan: Plan, training: boolean): Section {
  const items: ListItem[] = citedSources(plan).map((id) => {
    const source = sources[id];
    const date = 'dateNote' in source ? `${sourceDate(source.date)} (${source.dateNote})` : sourceDate(source.date);
    return {
      title: source.title,
      text: words(`${source.publisher}. ${source.supports}`),
      fields: [
        { label: noteWords.sources.date, value: words(date) },
        ...('unconfirmed' in source ? [{ label: noteWords.sources.unconfirmed, value: words(source.unconfirmed) }] : []),
      ],
    };
  });
  return section(
    'sources',
    'end',
    noteWords.sections.sources,
    [
      { type: 'paragraph', text: words(noteWords.sources.intro) },
      { type: 'list', items },
      { type: 'notice', tone: 'info', text: words(noteWords.notLegalAdvice) },
      { type: 'notice', tone: 'warning', text: words(noteWords.whereItBelongs) },
    ],
    training,
  );
}

// --- The note ---------------------------------------------------------------------------------

function attachmentsOf(record: IncidentRecord, redact: boolean): NoteAttachment[] {
  if (redact) return [];
  return record.evidence.flatMap((item, index) =>
    item.files.map((file) => ({ evidence: index + 1, fileId: file.fileId, type: file.type, sha256: file.sha256 })),
  );
}

/**
 * The answers in the shape the plan rules expect. The schema allows any text or list under any
 * key (an imported record may hold anything), and a list where one value belongs, or the
 * reverse, would throw inside the rules; such an answer is left out as if never given.
 */
function answersOf(record: IncidentRecord): Answers {
  const answers: Record<string, string | readonly string[]> = {};
  for (const [id, value] of Object.entries(record.answers)) {
    if (!Object.hasOwn(questions, id)) continue;
    const wantsList = questions[id as QuestionId].kind === 'checkbox';
    if (Array.isArray(value) === wantsList) answers[id] = value;
  }
  return answers as Answers;
}

// --- Redaction by allow-list ----------------------------------------------------------------

/**
 * In a note for sharing, every typed run is replaced, whatever field it sits in: only the app's
 * own words (option labels, dates, fingerprints, checked file types) and the practice's own name
 * stay. A field added later is therefore hidden until someone decides it is safe to show.
 */
function redactText(text: Text): Text {
  const kept: Run[] = [];
  for (const run of text) {
    if (!run.typed || run.shared === true) kept.push(run);
    else if (kept[kept.length - 1]?.text !== noteWords.removed) kept.push({ text: noteWords.removed, typed: false });
  }
  return kept;
}

function redactFields(fields: readonly Field[]): Field[] {
  return fields.map((f) => ({ label: f.label, value: redactText(f.value) }));
}

function redactItem(item: ListItem): ListItem {
  return {
    ...item,
    ...(item.text === undefined ? {} : { text: redactText(item.text) }),
    ...(item.fields === undefined ? {} : { fields: redactFields(item.fields) }),
    ...(item.details === undefined ? {} : { details: item.details.map(redactText) }),
  };
}

function redactBlock(block: Block): Block {
  switch (block.type) {
    case 'paragraph':
    case 'notice':
      return { ...block, text: redactText(block.text) };
    case 'fields':
      return { ...block, fields: redactFields(block.fields) };
    case 'checklist':
      return {
        ...block,
        groups: block.groups.map((group) => ({
          heading: group.heading,
          items: group.items.map((item) => ({
            ...item,
            ...(item.note === undefined ? {} : { note: redactText(item.note) }),
            status: redactText(item.status),
            owner: redactText(item.owner),
            due: redactText(item.due),
          })),
        })),
      };
    case 'list':
      return { ...block, items: block.items.map(redactItem) };
    case 'prompts':
      return block;
    case 'subsection':
      return { ...block, blocks: block.blocks.map(redactBlock) };
  }
}

function redactSection(section: Section): Section {
  return { ...section, blocks: section.blocks.map(redactBlock) };
}

function redactedIf(redact: boolean, sections: readonly Section[]): readonly Section[] {
  return redact ? sections.map(redactSection) : sections;
}

export function buildNote(record: IncidentRecord, options: NoteOptions): Note {
  const { redact } = options;
  const training = record.kind === 'training';
  const answers = answersOf(record);
  const plan = recommend(answers, practiceFactsFrom(options.settings));
  const inPlan = new Set(plan.groups.flatMap((group) => group.actions.map((action) => action.id)));
  // Work recorded as done stays on the record even if a changed answer took it out of the plan.
  const leftOver: TrackedAction[] = Object.entries(record.actions).flatMap(([id, progress]) =>
    !inPlan.has(id) && isActionId(id) && progress.status === 'done'
      ? [
          {
            action: {
              ...actionContent[id],
              id,
              glance: glanceOf(actionContent[id]),
              emergency: false,
              details: [],
              sources: sourcesFor(actionContent[id].sources, answers),
            },
            progress,
          },
        ]
      : [],
  );

  const preamble: Block[] = [];
  if (training) preamble.push({ type: 'notice', tone: 'training', text: words(noteWords.trainingNotice) });
  preamble.push({ type: 'notice', tone: 'warning', text: words(noteWords.whereItBelongs) });
  if (redact) preamble.push({ type: 'notice', tone: 'info', text: words(noteWords.redactedNotice) });

  return {
    reference: record.reference,
    training,
    redacted: redact,
    title: marked(`${noteWords.title}: ${record.reference}`, training),
    preamble: redact ? preamble.map(redactBlock) : preamble,
    sections: redactedIf(redact, [
      summarySection(record, answers, plan, leftOver, options),
      referencesSection(record, redact, training),
      actionPlanSection(plan, record, options, training),
      notToDoSection(plan, training),
      replySection(record, redact, training),
      evidenceSection(record, redact, training),
      timelineSection(record, redact, training),
      answersSection(record, answers, redact, training),
      reviewSection(training),
      sourcesSection(plan, training),
    ]),
    footer: marked(`${record.reference}, ${formatLocalDate(options.now)}`, training),
    attachments: attachmentsOf(record, redact),
  };
}
