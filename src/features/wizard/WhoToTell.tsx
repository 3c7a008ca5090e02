import { WizardContext } from '../../components/wizardContext';
import { contactFromSettings } from '../../content/ui';
import { contactFor, isContactRole } from '../../plan/contactFor';
import { whoToTell } from '../../plan/whoToTell';
import { usePracticeSettings } from '../../record/settingsContext';

/** The people to tell, with the names and numbers saved in practice settings. */
export function WhoToTell() {
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const settings = usePracticeSettings();
  const people = whoToTell(answers);
  return (
    <ul className="list list--spaced">
      {people.map((person) => (
        <li key={person.id}>
          <strong>{person.text}</strong>
          {isContactRole(person.id) && contactFor(settings, person.id) ? (
            <>
              <br />
              {contactFromSettings(contactFor(settings, person.id)!)}
            </>
          ) : null}
          <br />
          <span className="hint">{person.why}</span>
        </li>
      ))}
    </ul>
  );
}
