import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { FocusOwedContext } from '../components/pageFocus';
import { ErrorPage } from './ErrorPage';

interface Props {
  readonly children: ReactNode;
  /** Changes whenever the app lands on a page: the page is drawn afresh, so it may work now. */
  readonly resetKey?: unknown;
  readonly training?: boolean;
  readonly onBackToList: () => void;
  readonly onReload?: () => void;
  /** Told when a page failed, so the app's own navigation can take over from the failed page's. */
  readonly onCaught?: () => void;
  /** Around the whole app, where no frame is left to hold the page: it brings its own width. */
  readonly outsideFrame?: boolean;
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
  readonly componentStack: string | undefined;
}

const fine: State = { error: undefined, failed: false, componentStack: undefined };

/**
 * Catches a page that fails to draw and shows the error page instead of a blank screen. It only
 * draws: it deletes and saves nothing, so whatever was saved stays as it was. React has no hook for
 * this; an error boundary is still a class (getDerivedStateFromError, componentDidCatch).
 */
export class PageErrorBoundary extends Component<Props, State> {
  static override contextType = FocusOwedContext;
  declare context: ContextType<typeof FocusOwedContext>;
  override state: State = fine;

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? undefined });
    this.props.onCaught?.();
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      // The page drawn afresh is a move from the error page: its heading takes focus.
      this.context.owe();
      this.setState(fine);
    }
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const page = (
      <ErrorPage
        error={this.state.error}
        componentStack={this.state.componentStack}
        training={this.props.training ?? false}
        onBackToList={this.props.onBackToList}
        onReload={this.props.onReload ?? reloadPage}
      />
    );
    return this.props.outsideFrame ? <div className="width-container page-body">{page}</div> : page;
  }
}

function reloadPage(): void {
  window.location.reload();
}
