import type { ReactNode } from 'react';
import { conditions } from '../../../machines/conditions';
import type { StepId } from '../../../machines/steps';
import { sources } from '../../content/sources';
import { stepContent } from '../../content/steps';
import type { StepContent } from '../../content/types';
import { ui } from '../../content/ui';
import { WizardContext } from '../../components/wizardContext';
import { ContentBlocks } from '../../components/ContentBlocks';
import { EmergencyCard } from '../../components/EmergencyCard';
import { PageHeading } from '../../components/PageHeading';

interface Props {
  readonly step: StepId;
  /** False when a question's legend is the h1 instead (one question on the screen). */
  readonly showHeading: boolean;
  readonly children: ReactNode;
}

/**
 * What every screen shares: Back, the stage caption, the emergency card once someone may be in
 * danger, the heading, the guidance text, and "why we ask" with its sources for trainers.
 */
export function StepFrame({ step, showHeading, children }: Props) {
  const actor = WizardContext.useActorRef();
  const canGoBack = WizardContext.useSelector((s) => s.context.visited.length > 0);
  const inDanger = WizardContext.useSelector((s) => conditions.inDanger(s.context.answers));
  const content: StepContent = stepContent[step];
  // A standing reminder on the first screen; on every later one once someone may be in danger.
  const showEmergency = step === 'start' || inDanger;

  return (
    <>
      {canGoBack ? (
        <button type="button" className="back-link" onClick={() => actor.send({ type: 'wizard.back' })}>
          {ui.back}
        </button>
      ) : null}
      {showEmergency ? <EmergencyCard active={inDanger} /> : null}
      {content.caption ? <p className="caption">{content.caption}</p> : null}
      {showHeading ? <PageHeading>{content.title}</PageHeading> : null}
      <ContentBlocks blocks={content.body} />
      {children}
      {content.why ? (
        <details className="details">
          <summary className="details__summary">{ui.whyHeading}</summary>
          <div className="details__text">
            <p>{content.why}</p>
            <p className="hint">
              {ui.sourcesLabel}: {content.sources.map((id) => sources[id].title).join('; ')}
            </p>
          </div>
        </details>
      ) : null}
    </>
  );
}
