import { ui } from '../../content/ui';
import { WizardContext } from '../../components/wizardContext';

/** Continue on a screen that only tells: no answers to send. */
export function InfoContinue() {
  const actor = WizardContext.useActorRef();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        actor.send({ type: 'wizard.continue', answers: {} });
      }}
    >
      <button type="submit" className="button">
        {ui.continue}
      </button>
    </form>
  );
}
