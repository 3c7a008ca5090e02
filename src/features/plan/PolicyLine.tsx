import { policyInPlanWords } from '../../content/policyInPlan';
import { policyUi } from '../../content/policyUi';
import { policyLinesFor } from '../../plan/policyLines';
import { usePolicyInForce } from '../../record/policyInForceContext';
import { formatCalendarDate } from '../../record/practiceTimeFormat';
import { usePracticeSettings } from '../../record/settingsContext';
import './policyLine.css';

const words = policyInPlanWords;

/**
 * Under an action's how-to: what the practice's own adopted policy says about it, quoted from the
 * policy, beside the guidance the action rests on. Nothing when no policy is adopted or it is
 * silent on this action.
 */
export function PolicyLine({ actionId }: { readonly actionId: string }) {
  const policy = usePolicyInForce();
  const settings = usePracticeSettings();
  if (policy === undefined) return null;
  const practiceName = settings?.practiceName?.trim() || policyUi.document.practiceFallback;
  const lines = policyLinesFor([actionId], policy.answers, practiceName)[actionId] ?? [];
  if (lines.length === 0) return null;
  const version = words.fromVersion(policy.version, formatCalendarDate(policy.adoptedOn) ?? policy.adoptedOn);
  return (
    <div className="policy-line">
      {lines.map((line) => (
        <p key={line}>
          <strong>{words.says}:</strong> {line} <span className="hint">({version})</span>
        </p>
      ))}
    </div>
  );
}
