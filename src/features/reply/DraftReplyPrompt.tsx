import { conditions } from '../../../machines/conditions';
import { WizardContext } from '../../components/wizardContext';
import { replyBuilderContent } from '../../content/replyBuilder';

/** On the plan, when the decision is to reply: opens the reply builder, which checks the draft as it is written. */
export function DraftReplyPrompt() {
  const actor = WizardContext.useActorRef();
  const replying = WizardContext.useSelector((s) => conditions.decidedToReply(s.context.answers));
  if (!replying) return null;
  return (
    <div className="card card--info no-print">
      <h2 className="card__heading">{replyBuilderContent.draftPrompt.title}</h2>
      <p>{replyBuilderContent.draftPrompt.text}</p>
      <button type="button" className="button" onClick={() => actor.send({ type: 'wizard.draftReply' })}>
        {replyBuilderContent.draftPrompt.button}
      </button>
    </div>
  );
}
