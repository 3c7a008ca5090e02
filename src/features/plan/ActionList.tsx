import { useState } from 'react';
import { settingsContent } from '../../content/settings';
import { sources } from '../../content/sources';
import { actionProgressWords, ui, urgencyLabels } from '../../content/ui';
import { contactsForAction } from '../../plan/actionContacts';
import type { Plan, PlannedAction } from '../../plan/types';
import { progressOf } from '../../record/actionProgress';
import { useIncident } from '../../record/incidentContext';
import { formatShortCalendarDate } from '../../record/practiceTimeFormat';
import type { PracticeSettings } from '../../record/settingsSchema';
import { LineList } from '../../components/LineList';
import { ActionProgressFields } from './ActionProgressFields';
import { PolicyLine } from './PolicyLine';
import './plan.css';

const words = ui.plan;

/** "Now", "Today"… until someone sets a date: the group's own deadline, so every line has one. */
function dueText(action: PlannedAction, due: string | undefined): string {
  return (due === undefined ? null : formatShortCalendarDate(due)) ?? urgencyLabels[action.urgency].due;
}

/**
 * One line of the checklist: status, the action's short title, who is doing it and by when, with
 * the names and numbers from practice settings it calls on under the title for today's actions.
 * The title opens the rest: the full title, how, why, sources (and later actions' contacts), and
 * the fields to mark it done, give it to someone and set a date. So the whole checklist can be taken in at a glance, and one action opened at a time.
 */
function ActionRow({ action, settings, tracked }: { action: PlannedAction; settings: PracticeSettings | undefined; tracked: boolean }) {
  const [open, setOpen] = useState(false);
  const incident = useIncident();
  const progress = incident === null ? undefined : progressOf(incident.record, action.id);
  const status = progress?.status ?? 'todo';
  const contacts = contactsForAction(settings, action.id);
  const howId = `action-how-${action.id}`;
  const contactsOnLine = action.urgency === 'now' || action.urgency === 'withinHours';
  const contactLine =
    contacts.length > 0 ? (
      <p className="action-row__contacts">
        <span className="visually-hidden">{words.contactsLabel}: </span>
        {contacts.map((c, index) => (
          <span key={c.role}>
            {index > 0 ? '; ' : null}
            {words.contact(settingsContent.contacts.roles[c.role].planLabel, c.contact)}
          </span>
        ))}
      </p>
    ) : null;
  return (
    <li className={`action-row action-row--${tracked ? status : 'untracked'}${action.emergency ? ' action-row--emergency' : ''}`}>
      {tracked ? (
        <span className="action-row__mark" aria-hidden="true">
          {words.statusMarks[status]}
        </span>
      ) : null}
      <h3 className="action-row__title">
        <button type="button" className="action-row__toggle" aria-expanded={open} aria-controls={howId} onClick={() => setOpen(!open)}>
          {action.emergency ? <span className="tag tag--urgent">{words.emergencyTag}</span> : null} {action.glance}
          {tracked ? <span className="visually-hidden">, {actionProgressWords.statuses[status]}</span> : null}
        </button>
      </h3>
      {tracked ? (
        <>
          <span className="action-row__who" title={progress?.owner}>
            <span className="visually-hidden">{actionProgressWords.owner}: </span>
            {progress?.owner ?? (
              <>
                <span aria-hidden="true">{words.noOwnerMark}</span>
                <span className="visually-hidden">{words.noOwnerYet}</span>
              </>
            )}
          </span>
          <span className="action-row__due">
            <span className="visually-hidden">{actionProgressWords.due}: </span>
            {dueText(action, progress?.due)}
          </span>
        </>
      ) : null}
      {/* Today's names and numbers stay on the line: in a live incident they are what gets rung. */}
      {contactsOnLine ? contactLine : null}
      <div className="action-row__how" id={howId} hidden={!open}>
        {action.glance === action.title ? null : <p className="action-row__full">{action.title}</p>}
        {contactsOnLine ? null : contactLine}
        <LineList lines={action.details} />
        <p>
          <strong>{words.whyLabel}</strong> {action.why}
        </p>
        <PolicyLine actionId={action.id} />
        <p className="hint">
          {ui.sourcesLabel}: {action.sources.map((id) => sources[id].title).join('; ')}
        </p>
        {tracked ? (
          <div className="action-row__progress">
            <ActionProgressFields actionId={action.id} title={action.title} />
          </div>
        ) : null}
      </div>
    </li>
  );
}

/**
 * The plan at a glance: a checklist grouped by how soon each action matters, with the emergency
 * first when someone is in danger, then what not to do. Names and numbers saved in practice
 * settings appear beside the actions that call on those people.
 */
export function ActionList({ plan, settings }: { plan: Plan; settings?: PracticeSettings | undefined }) {
  // Progress is kept with an incident: with none open there is nothing to mark, so no columns for it.
  const tracked = useIncident() !== null;
  return (
    <>
      <div className="plan-board">
        {plan.groups.map((group) => (
          <section key={group.urgency} className="action-group" aria-labelledby={`group-${group.urgency}`}>
            <h2 id={`group-${group.urgency}`} className="action-group__heading">
              {urgencyLabels[group.urgency].title} <span className="action-group__hint">{urgencyLabels[group.urgency].hint}</span>
            </h2>
            <ol className="action-checklist">
              {group.actions.map((action) => (
                <ActionRow key={action.id} action={action} settings={settings} tracked={tracked} />
              ))}
            </ol>
          </section>
        ))}
      </div>
      {plan.notToDo.length > 0 ? (
        <section aria-labelledby="not-to-do" className="action-group">
          <h2 id="not-to-do" className="heading-m">
            {words.notToDoHeading}
          </h2>
          <ul className="list list--spaced">
            {plan.notToDo.map((item) => (
              <li key={item.id}>
                <strong>{item.text}</strong>
                <br />
                <span className="hint">{item.why}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
