import { ui } from '../content/ui';

/**
 * The 999 card. On the first screen it is a standing reminder; once someone has said a person may
 * be in danger it heads every later screen. Compact, it is its heading alone: on the plan, where
 * calling 999 is also the first action, so the checklist below it still fits the screen.
 */
export function EmergencyCard({ active, compact = false }: { active: boolean; compact?: boolean }) {
  const words = active ? ui.emergencyActive : ui.emergency;
  return (
    <aside
      className={`card card--urgent${active ? ' card--emergency-active' : ''}${compact ? ' card--compact' : ''}`}
      aria-labelledby="emergency-card-title"
    >
      <h2 className="card__heading" id="emergency-card-title">
        <span className="visually-hidden">Urgent:</span> {words.title}
      </h2>
      {compact ? null : <p>{words.text}</p>}
    </aside>
  );
}
