import { useState, type FormEvent } from 'react';
import type { Answers, QuestionId } from '../../content/questions';
import { questions } from '../../content/questions';
import { ui } from '../../content/ui';
import { questionsOf, type StepId } from '../../../machines/steps';
import { WizardContext } from '../../components/wizardContext';
import { AnswerErrorSummary } from './AnswerErrorSummary';
import { QuestionField, type FieldValue } from './QuestionField';
import { defaultValueFor } from './defaultValues';
import { useDrafts } from './drafts';
import { usePracticeSettings } from '../../record/settingsContext';

/**
 * The questions of one screen. What the user types stays in this form until Continue, and stays
 * on screen if the machine answers with errors, so nothing entered is lost.
 */
export function QuestionForm({ step }: { step: StepId }) {
  const actor = WizardContext.useActorRef();
  const saved = WizardContext.useSelector((s) => s.context.answers);
  const errors = WizardContext.useSelector((s) => s.context.errors);
  const drafts = useDrafts();
  const settings = usePracticeSettings();
  // Questions that depend on earlier screens are asked only when those answers call for them.
  const ids = questionsOf(step, saved);
  const [values, setValues] = useState<Partial<Record<QuestionId, FieldValue>>>(() =>
    Object.fromEntries(ids.map((id) => [id, saved[id] ?? drafts.initial(id) ?? defaultValueFor(id, settings)])),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answers: Record<string, FieldValue> = {};
    for (const id of ids) {
      const value = values[id];
      // Empty optional text is "no answer", not an empty answer.
      if (value !== undefined && !(questions[id].kind === 'text' && value === '')) answers[id] = value;
    }
    actor.send({ type: 'wizard.continue', answers: answers as Answers });
  };

  return (
    <form noValidate onSubmit={submit}>
      <AnswerErrorSummary errors={errors} />
      {ids.map((id) => (
        <QuestionField
          key={id}
          id={id}
          value={values[id]}
          error={errors.find((e) => e.question === id)?.message}
          answers={saved}
          isPageHeading={ids.length === 1}
          onChange={(value) => {
            setValues((current) => ({ ...current, [id]: value }));
            drafts.report(id, value);
          }}
        />
      ))}
      <button type="submit" className="button">
        {ui.continue}
      </button>
    </form>
  );
}
