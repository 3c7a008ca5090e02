import { conditions } from '../../../machines/conditions';
import { stepContent } from '../../content/steps';
import { ui } from '../../content/ui';
import { WizardContext } from '../../components/wizardContext';
import { ContentBlocks } from '../../components/ContentBlocks';
import { EmergencyCard } from '../../components/EmergencyCard';
import { PageHeading } from '../../components/PageHeading';

/** Start again is confirmed on a page of its own, not a pop-up, so it works the same for everyone. */
export function StartAgainPage() {
  const actor = WizardContext.useActorRef();
  const content = stepContent.confirmStartAgain;
  // Until the incident is actually started again, someone may still be in danger.
  const inDanger = WizardContext.useSelector((s) => conditions.inDanger(s.context.answers));
  return (
    <>
      {inDanger ? <EmergencyCard active /> : null}
      <PageHeading>{content.title}</PageHeading>
      <ContentBlocks blocks={content.body} />
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={() => actor.send({ type: 'wizard.confirmStartAgain' })}>
          {ui.confirmStartAgain}
        </button>
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'wizard.back' })}>
          {ui.cancelStartAgain}
        </button>
      </div>
    </>
  );
}
