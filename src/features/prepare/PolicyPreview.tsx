import { useState } from 'react';
import { downloadFile, fileTypes } from '../../components/downloadFile';
import { PageHeading } from '../../components/PageHeading';
import { policyUi } from '../../content/policyUi';
import { policyToMarkdown } from '../../note/policyMarkdown';
import type { PolicyDocument } from '../../plan/writePolicy';
import { formatCalendarDate } from '../../record/practiceTimeFormat';
import { AdoptForm } from './AdoptForm';
import { PolicyDocumentView } from './PolicyDocumentView';

const content = policyUi.preview;

interface Props {
  readonly document: PolicyDocument;
  readonly today: string;
  readonly onAdopt: (date: string) => void;
  readonly onChangeAnswers: () => void;
  readonly onStaffSummary: () => void;
  readonly onBack: () => void;
}

/** Loads the Word builder (and the docx library) only now, so neither is in the first download. */
async function downloadDocx(document: PolicyDocument): Promise<void> {
  const { policyDocxBytes, docxType } = await import('./policyDocx');
  downloadFile(`${policyUi.document.fileName(document.practiceName, document.version)}.docx`, await policyDocxBytes(document), docxType);
}

/**
 * The written policy with every clause's sources, and what to do with it: adopt, print, download
 * as Markdown or for Word, or see the staff summary.
 */
export function PolicyPreview({ document, today, onAdopt, onChangeAnswers, onStaffSummary, onBack }: Props) {
  const [docx, setDocx] = useState<'idle' | 'preparing' | 'failed'>('idle');
  const fileName = policyUi.document.fileName(document.practiceName, document.version);
  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {policyUi.backToStart}
      </button>
      <PageHeading>{content.title}</PageHeading>
      {document.status === 'draft' ? (
        <p className="card card--info no-print">{content.draftNotice}</p>
      ) : (
        <p className="card card--info no-print">{policyUi.adopt.done(formatCalendarDate(document.adoptedOn ?? '') ?? '')}</p>
      )}
      <p className="hint no-print">{content.settingsHint}</p>
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {content.print}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadFile(`${fileName}.md`, policyToMarkdown(document), fileTypes.markdown)}
        >
          {content.markdown}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={docx === 'preparing'}
          onClick={() => {
            setDocx('preparing');
            downloadDocx(document).then(
              () => setDocx('idle'),
              () => setDocx('failed'),
            );
          }}
        >
          {content.docx}
        </button>
        <button type="button" className="button button--secondary" onClick={onStaffSummary}>
          {policyUi.seeSummary}
        </button>
        <button type="button" className="button button--secondary" onClick={onChangeAnswers}>
          {policyUi.carryOn}
        </button>
      </div>
      <div role="status" className="no-print">
        {docx === 'preparing' ? <p>{content.docxPreparing}</p> : null}
      </div>
      {docx === 'failed' ? (
        <p role="alert" className="card card--warning no-print">
          {content.docxFailed}
        </p>
      ) : null}
      <PolicyDocumentView document={document} />
      {document.status === 'draft' ? <AdoptForm today={today} onAdopt={onAdopt} /> : null}
    </>
  );
}
