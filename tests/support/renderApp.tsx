import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import type { Storage } from '../../src/record/storageContext';
import { home } from '../../src/content/home';
import { memoryRepository, type IncidentRepository } from '../../src/record/incidentStore';
import { memoryPolicyStore } from '../../src/record/policyStore';
import { memorySettingsStore } from '../../src/record/settingsStore';
import { memoryEvidenceFiles } from '../../src/record/evidenceFiles';
import { questions, type Answers, type QuestionId } from '../../src/content/questions';
import { stepContent } from '../../src/content/steps';
import { allStepIds, questionsOf, type StepId } from '../../machines/steps';

/** Storage kept in memory for a test; pass the same one to a second render to "reopen the app". */
export function memoryStorage(incidents: IncidentRepository = memoryRepository()): Storage {
  return {
    incidents,
    settings: memorySettingsStore(),
    policy: memoryPolicyStore(),
    evidenceFiles: memoryEvidenceFiles(),
    savesOnThisComputer: true,
    persistent: true,
  };
}

/** The app on its home screen, with storage in memory (or the storage given). */
export async function renderHome(storage: Storage = memoryStorage()) {
  const user = userEvent.setup();
  const view = render(<App storage={Promise.resolve(storage)} />);
  await screen.findByRole('heading', { level: 1, name: home.title });
  return { user, storage, ...view };
}

/** The app with a new incident started, on its first screen. */
export async function renderApp(storage: Storage = memoryStorage()) {
  const rendered = await renderHome(storage);
  await rendered.user.click(screen.getByRole('button', { name: home.startNew }));
  await screen.findByRole('heading', { level: 1, name: stepContent.start.title });
  return rendered;
}

export type User = ReturnType<typeof userEvent.setup>;

export function heading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}

/** Which screen is showing, worked out from its h1 as a user would. */
export function currentStep(): StepId {
  const text = heading().textContent;
  const step = allStepIds.find((id) => stepContent[id].title === text);
  if (!step) throw new Error(`No screen has the heading "${text}"`);
  return step;
}

function optionLabel(id: QuestionId, value: string): string {
  const question = questions[id];
  const option = 'options' in question ? question.options.find((o) => o.value === value) : undefined;
  if (!option) throw new Error(`No option ${value} for ${id}`);
  return option.label;
}

/** Answer the screen the way a person would: by the labels they read, then Continue. */
export async function answerScreen(user: User, answers: Answers): Promise<void> {
  for (const id of questionsOf(currentStep())) {
    const value = answers[id];
    const question = questions[id];
    if (value === undefined) continue;
    if (question.kind === 'radio') {
      // A screen may ask several questions with the same answers ("No", "Not sure"): pick within this one.
      // A question asked only after certain earlier answers may not be on the screen at all.
      const group = screen.queryByRole('group', { name: question.legend });
      if (group === null) continue;
      await user.click(within(group).getByRole('radio', { name: optionLabel(id, value as string) }));
    } else if (question.kind === 'checkbox') {
      const group = screen.queryByRole('group', { name: question.legend });
      if (group === null) continue;
      for (const box of within(group).getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) await user.click(box);
      for (const v of value as string[]) await user.click(within(group).getByRole('checkbox', { name: optionLabel(id, v) }));
    } else if (question.kind === 'datetime') {
      // jsdom cannot type into a date picker key by key; set it as the picker would.
      fireEvent.change(screen.getByLabelText(question.legend), { target: { value } });
    } else {
      const field = screen.getByLabelText(question.legend, { exact: false });
      await user.clear(field);
      if (value !== '') await user.type(field, value as string);
    }
  }
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

/** Answer every screen until the plan is showing; returns the screens seen. */
export async function completeIncident(user: User, answers: Answers): Promise<StepId[]> {
  const seen: StepId[] = [currentStep()];
  while (currentStep() !== 'plan') {
    const before = currentStep();
    await answerScreen(user, answers);
    await waitFor(() => expect(heading().textContent).not.toBe(stepContent[before].title));
    seen.push(currentStep());
  }
  return seen;
}
