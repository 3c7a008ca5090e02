import { useId, useState } from 'react';
import { practiceTransferWords } from '../../content/practiceTransferWords';
import { policyInForce } from '../../record/policyInForce';
import type { ImportPlan } from '../../record/practiceImportPlan';
import type { SavedPolicy } from '../../record/policySchema';
import { formatCalendarDate } from '../../record/practiceTimeFormat';

const words = practiceTransferWords;
const policyWords = words.policy;

const date = (value: string) => formatCalendarDate(value) ?? value;

/** "version 3, adopted on 5 November 2026 (3 versions kept)". */
export function describePolicy(policy: SavedPolicy): string {
  const inForce = policyInForce(policy);
  const standing =
    policy.status === 'adopted' && policy.adoptedOn !== undefined
      ? policyWords.adoptedOn(date(policy.adoptedOn))
      : inForce !== undefined
        ? policyWords.draftAfter(date(inForce.adoptedOn))
        : policyWords.draft;
  const versions = (policy.earlier?.length ?? 0) + 1;
  return `${policyWords.describe(policy.version, standing)} (${policyWords.versionsCount(versions)})`;
}

interface Props {
  readonly plan: ImportPlan;
  /** `useFilePolicy` is true only when the file's policy is to be saved. */
  readonly onConfirm: (useFilePolicy: boolean) => void;
  readonly onCancel: () => void;
}

/**
 * What a settings-and-policy file would change, before anything is saved: each setting it changes
 * or fills in, the staff names it adds, and the policy. When both computers have a policy and they
 * differ, the user chooses, and this computer's is kept unless they choose otherwise.
 */
export function ImportChanges({ plan, onConfirm, onCancel }: Props) {
  const headingId = useId();
  const name = useId();
  const [useFile, setUseFile] = useState(false);
  const { policy } = plan;
  const settingLines = [
    ...plan.settingChanges.map((change) => words.change(change.label, change.from, change.to)),
    ...(plan.addedStaffNames.length > 0 ? [words.staffAdded(plan.addedStaffNames.join(', '))] : []),
  ];
  return (
    <section aria-labelledby={headingId} className="card card--info">
      <h3 className="card__heading" id={headingId}>
        {words.changesHeading}
      </h3>
      {settingLines.length > 0 ? (
        <>
          <p>{words.settingsChanges}</p>
          <ul className="list">
            {settingLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="hint">{words.keptNote}</p>
        </>
      ) : null}
      {policy.kind === 'same' ? <p>{policyWords.same}</p> : null}
      {policy.kind === 'add' ? <p>{policyWords.add(describePolicy(policy.file))}</p> : null}
      {policy.kind === 'differs' ? (
        <fieldset className="fieldset">
          <legend className="legend">{policyWords.legend}</legend>
          <p>{policyWords.differs(describePolicy(policy.here), describePolicy(policy.file))}</p>
          {policy.newer === 'here' ? <p className="card card--warning">{policyWords.hereNewer}</p> : null}
          {policy.newer === 'file' ? <p>{policyWords.fileNewer}</p> : null}
          <div className="radios">
            {(
              [
                [false, policyWords.keep],
                [true, policyWords.useFile],
              ] as const
            ).map(([value, label]) => (
              <div className="choice" key={label}>
                <input
                  className="choice__input"
                  type="radio"
                  id={`${name}-${String(value)}`}
                  name={name}
                  checked={useFile === value}
                  onChange={() => setUseFile(value)}
                />
                <label className="choice__label" htmlFor={`${name}-${String(value)}`}>
                  {label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="button-group">
        <button type="button" className="button" onClick={() => onConfirm(policy.kind === 'add' || (policy.kind === 'differs' && useFile))}>
          {words.confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {words.cancel}
        </button>
      </div>
    </section>
  );
}
