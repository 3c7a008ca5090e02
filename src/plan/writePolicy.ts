/**
 * The practice's social media policy, written from the builder's answers and the practice settings:
 * each choice becomes its clause with the sources it rests on and the names and numbers of the
 * people it calls on. Pure, so the preview, the print view, Markdown and the Word file all show
 * the same document, and a table test can check every choice.
 *
 * Replies agreed in advance go through the same checks as the reply builder; one that fails any of
 * them is flagged in the document rather than dropped, so the practice sees why.
 */
import type { PolicyClauseContent, PolicyQuestionContent, PolicyReplyContent, PolicyTopicContent } from '../content/policy';
import { policyUi } from '../content/policyUi';
import { settingsContent, type ContactRole } from '../content/settings';
import type { SourceId } from '../content/sources';
import { checkReply, type ReplyCheck } from './replyChecks';
import { chosenValues, policyTopicList, reviewMonths, shownQuestions, type PolicyAnswers } from './policyAnswers';

export type PolicyStatus = 'draft' | 'adopted';

/** Where the saved policy stands: which version, and whether (and when) it was adopted. */
export interface PolicyStanding {
  readonly version: number;
  readonly status: PolicyStatus;
  /** Calendar dates, YYYY-MM-DD; both present once adopted. */
  readonly adoptedOn?: string;
  readonly reviewBy?: string;
}

export interface PolicyContact {
  readonly role: ContactRole;
  /** The role as the plan names it: "Practice manager". */
  readonly label: string;
  readonly name?: string;
  readonly phone?: string;
}

export interface PolicyClause {
  readonly text: string;
  readonly sources: readonly SourceId[];
  readonly contacts: readonly PolicyContact[];
  /** Present for a reply agreed in advance: what the reply checks found (empty when none). */
  readonly replyChecks?: readonly ReplyCheck[];
}

export interface PolicySection {
  readonly id: string;
  readonly heading: string;
  readonly clauses: readonly PolicyClause[];
}

export interface PolicyDocument {
  readonly title: string;
  readonly practiceName: string;
  readonly version: number;
  readonly status: PolicyStatus;
  readonly adoptedOn?: string;
  readonly reviewBy?: string;
  readonly sections: readonly PolicySection[];
  /** Every source the policy cites, once each, in the order they first appear. */
  readonly sources: readonly SourceId[];
  /** How many agreed replies the checks flagged. */
  readonly flaggedReplies: number;
}

/** The parts of practice settings the policy uses (src/record/settingsSchema.ts stores the whole). */
export interface PolicySettings {
  readonly practiceName?: string;
  readonly contacts: Readonly<Partial<Record<ContactRole, { readonly name?: string; readonly phone?: string }>>>;
  readonly staffNames: readonly string[];
}

function isReply(clause: PolicyClauseContent | PolicyReplyContent): clause is PolicyReplyContent {
  return 'reply' in clause;
}

/** A role with the name and number the practice keeps for it, where it has them. */
export function contactOfRole(settings: PolicySettings, role: ContactRole): PolicyContact {
  const stored = settings.contacts[role];
  const name = stored?.name?.trim();
  const phone = stored?.phone?.trim();
  return {
    role,
    label: settingsContent.contacts.roles[role].planLabel,
    ...(name ? { name } : {}),
    ...(phone ? { phone } : {}),
  };
}

/** The practice's name from settings, or "the practice" until it is given. */
export function practiceNameOf(settings: PolicySettings): string {
  return settings.practiceName?.trim() || policyUi.document.practiceFallback;
}

function withPractice(text: string, practiceName: string): string {
  return text.replaceAll('{practice}', practiceName);
}

function replyClause(reply: string, sources: readonly SourceId[], settings: PolicySettings): PolicyClause {
  return { text: reply, sources, contacts: [], replyChecks: checkReply(reply, { staffNames: settings.staffNames }) };
}

/** The clauses one question writes, in the order of its options. */
function clausesOf(
  question: PolicyQuestionContent,
  answers: PolicyAnswers,
  settings: PolicySettings,
  practiceName: string,
): PolicyClause[] {
  const chosen = chosenValues(question, answers);
  if (question.kind === 'text') return chosen.map((text) => replyClause(text, question.sources, settings));
  return question.options.flatMap((option) => {
    if (!chosen.includes(option.value) || option.clause === undefined) return [];
    const clause = option.clause;
    if (isReply(clause)) return [replyClause(clause.reply, clause.sources, settings)];
    return [
      {
        text: withPractice(clause.text, practiceName),
        sources: clause.sources,
        contacts: (clause.contacts ?? []).map((role) => contactOfRole(settings, role)),
      },
    ];
  });
}

function sectionOf(topic: PolicyTopicContent, answers: PolicyAnswers, settings: PolicySettings, practiceName: string): PolicySection {
  const always: PolicyClause[] = (topic.always ?? []).map((clause) => ({
    text: withPractice(clause.text, practiceName),
    sources: clause.sources,
    contacts: (clause.contacts ?? []).map((role) => contactOfRole(settings, role)),
  }));
  const chosen = shownQuestions(topic, answers).flatMap((question) => clausesOf(question, answers, settings, practiceName));
  const months = reviewMonths(answers);
  const review: PolicyClause[] =
    topic.id === 'training' && months !== null
      ? [{ text: policyUi.document.reviewClause(months), sources: policyUi.document.reviewSources, contacts: [] }]
      : [];
  return { id: topic.id, heading: topic.heading, clauses: [...always, ...chosen, ...review] };
}

export function writePolicy(answers: PolicyAnswers, settings: PolicySettings, standing: PolicyStanding): PolicyDocument {
  const practiceName = practiceNameOf(settings);
  const sections = policyTopicList
    .map((topic) => sectionOf(topic, answers, settings, practiceName))
    .filter((section) => section.clauses.length > 0);
  const clauses = sections.flatMap((section) => section.clauses);
  return {
    title: policyUi.document.title,
    practiceName,
    version: standing.version,
    status: standing.status,
    ...(standing.adoptedOn === undefined ? {} : { adoptedOn: standing.adoptedOn }),
    ...(standing.reviewBy === undefined ? {} : { reviewBy: standing.reviewBy }),
    sections,
    sources: [...new Set(clauses.flatMap((clause) => clause.sources))],
    flaggedReplies: clauses.filter((clause) => (clause.replyChecks?.length ?? 0) > 0).length,
  };
}
