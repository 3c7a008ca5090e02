import { ui } from '../content/ui';

/**
 * The 999 card. On the first screen it is a standing reminder; once someone has said a person may
 * be in danger it heads every later screen.
 */
export function EmergencyCard({ active }: { active: boolean }) {
  const words = active ? ui.emergencyActive : ui.emergency;
  return (
    <aside className={`card card--urgent${active ? ' card--emergency-active' : ''}`} aria-labelledby="emergency-card-title">
      <h2 className="card__heading" id="emergency-card-title">
        <span className="visually-hidden">Urgent:</span> {words.title}
      </h2>
      <p>{words.text}</p>
    </aside>
  );
}
