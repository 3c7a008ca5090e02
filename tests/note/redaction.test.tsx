/**
 * The note for sharing outside the practice is redacted by allow-list: every free-text field of a
 * record is filled with a marker here, and the marker must appear nowhere in the redacted
 * Markdown, plain text or printed page, while the note for the practice's own log still shows it.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actions as actionContent } from '../../src/content/actions';
import { questions, type QuestionId } from '../../src/content/questions';
import { EvidenceFilesContext } from '../../src/record/evidenceFilesContext';
import { NotePrintView } from '../../src/features/note/NotePrintView';
import { buildNote } from '../../src/note/buildNote';
import { noteToMarkdown } from '../../src/note/toMarkdown';
import { noteToPlainText } from '../../src/note/toPlainText';
import { memoryEvidenceFiles } from '../../src/record/evidenceFiles';
import { incidentRecord, type IncidentRecord, type IncidentReference } from '../../src/record/schema';
import { abuseNamingReceptionist, noteTime, practiceName, practiceSettings, threatWithPolice } from './incidents';

const marker = 'Zqmarker';
const referenceKinds: readonly IncidentReference['kind'][] = ['platformReport', 'police', 'reportHarmfulContent', 'advice', 'support'];

/** Every field a person can type into (or an imported file can set), set to the marker. */
function filledWithMarker(base: IncidentRecord, optionAnswersToo: boolean): IncidentRecord {
  return incidentRecord.parse(markerFields(base, optionAnswersToo));
}

function markerFields(base: IncidentRecord, optionAnswersToo: boolean): Record<string, unknown> {
  const answers: Record<string, string | string[]> = { ...base.answers };
  for (const id of Object.keys(questions) as QuestionId[]) {
    const kind = questions[id].kind;
    if (kind === 'text' || kind === 'datetime') answers[id] = `${marker} ${id}`;
    else if (optionAnswersToo) answers[id] = kind === 'checkbox' ? [`${marker}-${id}`] : `${marker}-${id}`;
  }
  const at = base.createdAt;
  return {
    ...base,
    status: 'closed',
    closedAt: at,
    outcome: `${marker} outcome`,
    answers,
    drafts: { description: `${marker} draft` },
    actions: Object.fromEntries(
      Object.keys(actionContent).map((id) => [id, { status: 'done', owner: `${marker} owner`, due: '2026-12-01', updatedAt: at }]),
    ),
    timeline: base.timeline.map((entry) => ({ ...entry, summary: `${marker} summary`, ref: `${marker}-ref` })),
    evidence: [
      {
        id: 'ev-marker',
        platform: `${marker} platform`,
        url: `https://example.com/${marker}`,
        account: `${marker} account`,
        text: `${marker} text`,
        postedAsShown: `${marker} posted`,
        capturedAt: at,
        notes: `${marker} notes`,
        files: [{ fileId: 'file-marker', name: `${marker}.png`, type: `${marker}/type`, size: 10, sha256: 'a'.repeat(64), addedAt: at }],
        deletedFromSiteAt: at,
      },
    ],
    reply: { draft: `${marker} draft reply`, posted: { text: `${marker} posted reply`, at } },
    references: referenceKinds.map((kind, index) => ({
      id: `ref-${index}`,
      kind,
      with: `${marker} with`,
      at,
      reference: `${marker} reference`,
      outcome: `${marker} outcome`,
      notes: `${marker} notes`,
    })),
  };
}

function printed(record: IncidentRecord, redact: boolean): string {
  const { container, unmount } = render(
    <EvidenceFilesContext.Provider value={memoryEvidenceFiles()}>
      <NotePrintView note={buildNote(record, { redact, now: noteTime, practiceName, settings: practiceSettings })} />
    </EvidenceFilesContext.Provider>,
  );
  const text = container.textContent;
  unmount();
  return text;
}

const cases = [
  { name: 'free text only (the route kept)', record: () => filledWithMarker(abuseNamingReceptionist(), false) },
  { name: 'a closed incident with police', record: () => filledWithMarker(threatWithPolice(), false) },
];

describe.each(cases)('the note for sharing, with a marker in $name', ({ record }) => {
  const note = (redact: boolean) => buildNote(record(), { redact, now: noteTime, practiceName, settings: practiceSettings });
  const formats = {
    Markdown: (redact: boolean) => noteToMarkdown(note(redact)),
    'plain text': (redact: boolean) => noteToPlainText(note(redact)),
    print: (redact: boolean) => printed(record(), redact),
  };

  it.each(Object.keys(formats) as (keyof typeof formats)[])('the %s copy for sharing shows no marker', (format) => {
    const redacted = formats[format](true);
    expect(redacted.toLowerCase()).not.toContain(marker.toLowerCase());
    // The practice's own name stays, and the fixture really does reach the note.
    expect(redacted).toContain(practiceName);
    expect(formats[format](false)).toContain(marker);
  });

  it('hides what the old deny-list showed: when it was posted, and reference numbers', () => {
    const markdown = formats.Markdown(false);
    expect(markdown).toContain(`${marker} posted`);
    expect(markdown).toContain(`${marker} reference`);
  });
});

describe('typed text in place of an option', () => {
  // Before issue 15 a crafted file could put typed text where an option belongs, and the sharing
  // copy had to hide it. Such a record is now refused wherever it is read, so it never reaches a note.
  it('cannot reach a note: a record with text as an option answer is refused', () => {
    const checked = incidentRecord.safeParse(markerFields(threatWithPolice(), true));
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.some((issue) => issue.path[0] === 'answers')).toBe(true);
  });
});

describe('the note for sharing still shows what the app can vouch for', () => {
  it('keeps a police route chosen from the form, a fingerprint and an accepted file type', () => {
    const base = threatWithPolice();
    const record: IncidentRecord = {
      ...base,
      references: [{ id: 'ref-999', kind: 'police', with: '999', at: base.createdAt, reference: 'CAD 1234' }],
    };
    const text = noteToPlainText(buildNote(record, { redact: true, now: noteTime, practiceName }));
    expect(text).toContain('With: 999');
    expect(text).not.toContain('CAD 1234');
    for (const item of base.evidence)
      for (const file of item.files) {
        expect(text).toContain(file.sha256);
        expect(text).toContain(file.type);
      }
  });
});
