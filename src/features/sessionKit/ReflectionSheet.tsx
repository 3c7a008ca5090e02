import { useId, useState } from 'react';
import { Choice } from '../../components/Choice';
import { reflectionFields, reflectionWords as words, type ReflectionField, type ReflectionFieldId } from '../../content/sessionKit';
import { KitView } from './KitView';
import { PrintedSheet } from './PrintedSheet';

type Typed = Readonly<Partial<Record<ReflectionFieldId | 'length', string>>>;

function ReflectionInput({
  field,
  value,
  onChange,
}: {
  readonly field: ReflectionField;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    'aria-describedby': field.hint ? hintId : undefined,
    // Nothing typed here may outlive the page: no autofill history either.
    autoComplete: 'off',
  };
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {field.label}
      </label>
      {field.hint ? (
        <p className="hint" id={hintId}>
          {field.hint}
        </p>
      ) : null}
      {field.kind === 'short' ? (
        <input {...common} className="input" type="text" onChange={(event) => onChange(event.target.value)} />
      ) : (
        <textarea {...common} className="textarea" rows={4} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

/**
 * What prints: the typed words as plain text (a text box would cut long answers off on paper), and
 * ruled space under any left empty so it can be finished by hand.
 */
function PrintedReflection({ typed }: { readonly typed: Typed }) {
  const length = words.lengthOptions.find((option) => option.value === typed.length)?.label;
  return (
    <PrintedSheet className="kit-print-only">
      <h2 className="kit-sheet__title">{words.printTitle}</h2>
      <dl className="kit-reflection__answers">
        {reflectionFields.map((field) => {
          const value = typed[field.id]?.trim() ?? '';
          return (
            <div key={field.id} className={`kit-reflection__answer kit-reflection__answer--${field.kind}`}>
              <dt>{field.label}</dt>
              <dd>{value === '' ? <span className="kit-reflection__blank">{words.blank}</span> : value}</dd>
            </div>
          );
        })}
        <div className="kit-reflection__answer kit-reflection__answer--short">
          <dt>{words.lengthPrinted}</dt>
          <dd>{length ?? <span className="kit-reflection__blank">{words.blank}</span>}</dd>
        </div>
      </dl>
      <p className="kit-reflection__cpd">{words.cpdNote}</p>
    </PrintedSheet>
  );
}

/**
 * A reflection a participant keeps for appraisal or CPD. The name and answers are held only in
 * this component's state, never in storage, so they go when the page closes.
 */
export function ReflectionSheet() {
  const [typed, setTyped] = useState<Typed>({});
  const lengthName = useId();
  const set = (key: ReflectionFieldId | 'length', value: string) => setTyped((before) => ({ ...before, [key]: value }));
  const controls = (
    <form className="kit-reflection" onSubmit={(event) => event.preventDefault()}>
      <p className="kit-reflection__not-saved">{words.notSaved}</p>
      {reflectionFields.map((field) => (
        <ReflectionInput key={field.id} field={field} value={typed[field.id] ?? ''} onChange={(value) => set(field.id, value)} />
      ))}
      <fieldset className="fieldset">
        <legend className="legend">{words.lengthLegend}</legend>
        {words.lengthOptions.map((option) => (
          <Choice
            key={option.value}
            id={`${lengthName}-${option.value}`}
            name={lengthName}
            type="radio"
            value={option.value}
            checked={typed.length === option.value}
            invalid={false}
            label={option.label}
            onChange={(checked) => {
              if (checked) set('length', option.value);
            }}
          />
        ))}
      </fieldset>
    </form>
  );
  return (
    <KitView item="reflection" controls={controls}>
      <PrintedReflection typed={typed} />
    </KitView>
  );
}
