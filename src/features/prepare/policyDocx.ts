/**
 * The written policy as a Word file (.docx), built with the `docx` library. This module is only
 * ever loaded through import() when someone asks for the file, so the library stays out of the
 * first download. Every page carries the practice's name, the version and the review date, as
 * the printed copy does.
 */
import { Document, Footer, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { policyUi } from '../../content/policyUi';
import { clauseCitation, contactLine, policyStandingLine, sourceLabel } from '../../note/policyMarkdown';
import type { PolicyClause, PolicyDocument } from '../../plan/writePolicy';
import { formatCalendarDate } from '../../record/practiceTimeFormat';
import { sources } from '../../content/sources';

/** A4 in twentieths of a point, with 2 cm margins. */
const a4 = { width: 11906, height: 16838 };
const margin = 1134;

function clauseParagraphs(clause: PolicyClause): Paragraph[] {
  const isReply = clause.replyChecks !== undefined;
  const paragraphs = [
    new Paragraph({
      ...(isReply ? { indent: { left: 720 } } : { bullet: { level: 0 } }),
      children: [new TextRun({ text: isReply ? `“${clause.text}”` : clause.text, italics: isReply })],
    }),
  ];
  for (const check of clause.replyChecks ?? []) {
    paragraphs.push(
      new Paragraph({
        indent: { left: 720 },
        children: [new TextRun({ text: `${policyUi.preview.flaggedReply} ${check.message}`, bold: true })],
      }),
    );
  }
  for (const contact of clause.contacts) {
    paragraphs.push(
      new Paragraph({
        indent: { left: 720 },
        children: [new TextRun({ text: `${policyUi.preview.contactsLabel}: ${contactLine(contact)}` })],
      }),
    );
  }
  const cited = clauseCitation(clause.sources);
  paragraphs.push(
    new Paragraph({
      indent: { left: 720 },
      children: [new TextRun({ text: `${policyUi.preview.basedOn}: ${cited}`, size: 18, color: '4C6272' })],
    }),
  );
  return paragraphs;
}

export function policyDocxDocument(document: PolicyDocument): Document {
  const standing = policyStandingLine(document);
  const running = `${document.practiceName} · ${document.title} · ${standing}`;
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`${document.title}: ${document.practiceName}`)] }),
    new Paragraph({ children: [new TextRun(standing)] }),
  ];
  for (const section of document.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    body.push(...section.clauses.flatMap(clauseParagraphs));
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(policyUi.preview.sourcesHeading)] }));
  for (const id of document.sources) {
    const date = sources[id].date;
    const when = date === null ? '' : ` (${formatCalendarDate(date) ?? date})`;
    body.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${sourceLabel(id)}${when}`)] }));
  }
  body.push(new Paragraph({ children: [new TextRun({ text: policyUi.document.footer, italics: true })] }));
  return new Document({
    title: `${document.title}: ${document.practiceName}`,
    creator: document.practiceName,
    sections: [
      {
        properties: { page: { size: a4, margin: { top: margin, bottom: margin, left: margin, right: margin } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: running, size: 16 })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: running, size: 16 })] })] }) },
        children: body,
      },
    ],
  });
}

/** The .docx file's bytes. */
export function policyDocxBytes(document: PolicyDocument): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(policyDocxDocument(document));
}

export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
