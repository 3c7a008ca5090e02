import { useId } from 'react';
import { exportPanelWords, type NoteAudience } from '../../content/noteUi';

const words = exportPanelWords.audience;
const audiences: readonly NoteAudience[] = ['log', 'sharing'];

/** Who the copy is for, which decides whether names and free text are hidden from it. */
export function AudienceChoice({ value, onChange }: { readonly value: NoteAudience; readonly onChange: (audience: NoteAudience) => void }) {
  const name = useId();
  const hintId = useId();
  return (
    <fieldset className="fieldset form-group" aria-describedby={hintId}>
      <legend className="legend">{words.legend}</legend>
      {audiences.map((audience) => {
        const id = `${name}-${audience}`;
        return (
          <div className="choice" key={audience}>
            <input
              className="choice__input"
              type="radio"
              id={id}
              name={name}
              value={audience}
              checked={value === audience}
              onChange={() => onChange(audience)}
            />
            <label className="choice__label" htmlFor={id}>
              {words.options[audience]}
            </label>
          </div>
        );
      })}
      <p className="hint" id={hintId}>
        {words.sharingHint}
      </p>
    </fieldset>
  );
}
