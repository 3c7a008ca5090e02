import { Page } from '../components/Page';
import { PageHeading } from '../components/PageHeading';
import { errorPageWords as words } from '../content/errorPage';

export interface ErrorPageProps {
  /** What was thrown, and where in the page it happened, for the details to report. */
  readonly error: unknown;
  readonly componentStack?: string | undefined;
  /** A training session: it never mentions, or leads to, the real incident list. */
  readonly training?: boolean;
  readonly onBackToList: () => void;
  readonly onReload: () => void;
}

/**
 * What a page that failed to draw is replaced with: what happened, that the incident is safe,
 * and what to do. It takes focus, as a new page would, so a screen reader says what happened.
 */
export function ErrorPage({ error, componentStack, training = false, onBackToList, onReload }: ErrorPageProps) {
  return (
    <Page>
      <PageHeading takeFocus>{words.title}</PageHeading>
      <p>{training ? words.training : words.saved}</p>
      <p>{words.whatToDo}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={onBackToList}>
          {training ? words.backToTraining : words.backToList}
        </button>
        <button type="button" className="button button--secondary" onClick={onReload}>
          {words.reload}
        </button>
      </div>
      <details className="details">
        <summary className="details__summary">{words.details}</summary>
        <div className="details__text">
          <p>{words.detailsHint}</p>
          <pre className="error-details">{technicalDetails(error, componentStack)}</pre>
        </div>
      </details>
    </Page>
  );
}

/** The error's name, message and stack, then the components it happened in. */
export function technicalDetails(error: unknown, componentStack: string | undefined): string {
  const thrown = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  return componentStack ? `${thrown.trim()}\n\nIn:${componentStack}` : thrown.trim();
}
