import { stepContent } from '../../content/steps';
import { ui } from '../../content/ui';
import { WizardContext } from '../../components/wizardContext';
import { ContentBlocks } from '../../components/ContentBlocks';
import { stepHeadingId } from '../../components/pageHeading';

/** Start again is confirmed on a page of its own, not a pop-up, so it works the same for everyone. */
export function StartAgainPage() {
  const actor = WizardContext.useActorRef();
  const content = stepContent.confirmStartAgain;
  return (
    <>
      <h1 id={stepHeadingId} tabIndex={-1} className="heading-l">
        {content.title}
      </h1>
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
