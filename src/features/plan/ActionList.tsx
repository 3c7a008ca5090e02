import { useState } from 'react';
import { settingsContent } from '../../content/settings';
import { sources } from '../../content/sources';
import { ui, urgencyLabels } from '../../content/ui';
import { contactsForAction } from '../../plan/actionContacts';
import type { Plan, PlannedAction } from '../../plan/types';
import { useIncident } from '../../record/incidentContext';
import type { PracticeSettings } from '../../record/settingsSchema';
import { LineList } from '../../components/LineList';
import { ActionProgressFields } from './ActionProgressFields';
import './plan.css';

const words = ui.plan;

/**
 * One line of the checklist: the action, who from practice settings it calls on, and its status,
 * owner and date. How to do it, why and the sources open on demand under the line, so the whole
 * checklist can be taken in at a glance.
 */
function ActionRow({ action, settings }: { action: PlannedAction; settings: PracticeSettings | undefined }) {
  const [open, setOpen] = useState(false);
  const contacts = contactsForAction(settings, action.id);
  const howId = `action-how-${action.id}`;
  return (
    <li className={`action-row${action.emergency ? ' action-row--emergency' : ''}`}>
      <h3 className="action-row__title">
        {action.emergency ? <span className="tag tag--urgent">{words.emergencyTag}</span> : null} {action.title}
      </h3>
      <div className="action-row__meta">
        {contacts.length > 0 ? (
          <span className="action-row__contacts">
            <span className="visually-hidden">{words.contactsLabel}: </span>
            {contacts.map((c, index) => (
              <span key={c.role}>
                {index > 0 ? '; ' : null}
                {words.contact(settingsContent.contacts.roles[c.role].planLabel, c.contact)}
              </span>
            ))}
          </span>
        ) : null}
        <button
          type="button"
          className="link-button action-row__toggle"
          aria-expanded={open}
          aria-controls={howId}
          onClick={() => setOpen(!open)}
        >
          {open ? words.hideHow : words.showHow}
          <span className="visually-hidden">: {action.title}</span>
        </button>
      </div>
      <ActionProgressFields actionId={action.id} title={action.title} />
      <div className="action-row__how" id={howId} hidden={!open}>
        <LineList lines={action.details} />
        <p>
          <strong>{words.whyLabel}</strong> {action.why}
        </p>
        <p className="hint">
          {ui.sourcesLabel}: {action.sources.map((id) => sources[id].title).join('; ')}
        </p>
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
      {plan.groups.map((group, index) => (
        <section key={group.urgency} className="action-group" aria-labelledby={`group-${group.urgency}`}>
          <h2 id={`group-${group.urgency}`} className="heading-m action-group__heading">
            {urgencyLabels[group.urgency].title} <span className="action-group__hint">{urgencyLabels[group.urgency].hint}</span>
          </h2>
          {/* Once, under the first group's heading: the columns line up down the whole checklist. */}
          {index === 0 && tracked ? (
            <div className="action-columns" aria-hidden="true">
              <span>{words.columns.action}</span>
              <span>{words.columns.status}</span>
              <span>{words.columns.owner}</span>
              <span>{words.columns.due}</span>
            </div>
          ) : null}
          <ol className={`action-checklist${tracked ? '' : ' action-checklist--untracked'}`}>
            {group.actions.map((action) => (
              <ActionRow key={action.id} action={action} settings={settings} />
            ))}
          </ol>
        </section>
      ))}
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
