/**
 * The written policy as Markdown, to keep in the practice's policy folder or paste into its own
 * template. Typed text (the practice's name, people's names, a reply the practice wrote) is made
 * inert, like the note's, so it cannot change the layout; the tool's own words stay readable.
 */
import { policyUi } from '../content/policyUi';
import { sources, type SourceId } from '../content/sources';
import type { PolicyClause, PolicyContact, PolicyDocument } from '../plan/writePolicy';
import { formatCalendarDate } from '../record/practiceTimeFormat';
import { escapeMarkdownProse, escapeMarkdownTyped, makeInert } from './escape';

const words = policyUi.document;

function typed(text: string): string {
  return escapeMarkdownTyped(makeInert(text).replace(/\s+/g, ' ').trim());
}

function date(value: string): string {
  return formatCalendarDate(value) ?? value;
}

/** "Version 2 · Adopted on 1 December 2026 · Review by 1 December 2027". */
export function policyStandingLine(document: PolicyDocument): string {
  const parts = [words.version(document.version)];
  parts.push(document.status === 'adopted' && document.adoptedOn ? words.adopted(date(document.adoptedOn)) : words.draft);
  parts.push(document.reviewBy ? words.reviewBy(date(document.reviewBy)) : words.reviewNotSet);
  return parts.join(' · ');
}

/** "Practice manager: Jo Bloggs, 01632 960123", with a note where settings have no name or number. */
export function contactLine(contact: PolicyContact): string {
  const details = [contact.name ?? policyUi.preview.noName, contact.phone ?? policyUi.preview.noNumber];
  return `${contact.label}: ${details.join(', ')}`;
}

/** "Acas: Social media guidance for employers, and the Acas helpline", for the list of sources. */
export function sourceLabel(id: SourceId): string {
  return `${sources[id].publisher}: ${sources[id].title}`;
}

/** A clause's sources, short enough to sit under it: "Acas; LMC guidance" by publisher, once each. */
export function clauseCitation(ids: readonly SourceId[]): string {
  return [...new Set(ids.map((id) => sources[id].publisher))].join('; ');
}

function clauseLines(clause: PolicyClause): string[] {
  const lines =
    clause.replyChecks === undefined ? [`- ${escapeMarkdownProse(makeInert(clause.text), false)}`] : [`> ${typed(clause.text)}`, ''];
  if (clause.replyChecks !== undefined && clause.replyChecks.length > 0) {
    lines.push(`**${escapeMarkdownProse(policyUi.preview.flaggedReply, false)}**`, '');
    lines.push(...clause.replyChecks.map((check) => `- ${escapeMarkdownProse(check.message, false)}`), '');
  }
  for (const contact of clause.contacts) {
    const details = [
      contact.name ? typed(contact.name) : policyUi.preview.noName,
      contact.phone ? typed(contact.phone) : policyUi.preview.noNumber,
    ];
    lines.push(`  ${policyUi.preview.contactsLabel}: ${escapeMarkdownProse(contact.label, false)}, ${details.join(', ')}`);
  }
  const cited = escapeMarkdownProse(clauseCitation(clause.sources), false);
  lines.push(`${clause.replyChecks === undefined ? '  ' : ''}*${policyUi.preview.basedOn}: ${cited}*`, '');
  return lines;
}

export function policyToMarkdown(document: PolicyDocument): string {
  const lines = [`# ${escapeMarkdownProse(document.title, false)}: ${typed(document.practiceName)}`, '', policyStandingLine(document), ''];
  for (const section of document.sections) {
    lines.push(`## ${escapeMarkdownProse(section.heading, false)}`, '');
    lines.push(...section.clauses.flatMap(clauseLines));
  }
  lines.push(`## ${escapeMarkdownProse(policyUi.preview.sourcesHeading, false)}`, '');
  for (const id of document.sources) {
    const when = sources[id].date === null ? '' : ` (${date(sources[id].date ?? '')})`;
    lines.push(`- ${escapeMarkdownProse(sourceLabel(id), false)}${when}`);
  }
  lines.push('', `*${escapeMarkdownProse(words.footer, false)}*`, '');
  return lines.join('\n');
}
