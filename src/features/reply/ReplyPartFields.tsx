import { replyBuilderContent } from '../../content/replyBuilder';
import { replyPartLabels } from '../../content/replyParts';
import type { ReplyPart } from '../../plan/buildReply';

const words = replyBuilderContent;
const hintId = 'reply-parts-hint';

interface Props {
  readonly parts: readonly ReplyPart[];
  /** The wording each part will use now: the user's own or the standard words. */
  readonly wordingOf: (part: ReplyPart) => string;
  readonly onChange: (part: ReplyPart) => void;
}

/**
 * Each part of the reply as a tick box with its own wording. The wording shows only while the part
 * is ticked, so what is on screen is what goes into the reply.
 */
export function ReplyPartFields({ parts, wordingOf, onChange }: Props) {
  return (
    <div className="form-group">
      <fieldset className="fieldset" aria-describedby={hintId}>
        <legend className="legend">{words.partsLegend}</legend>
        <div className="hint" id={hintId}>
          {words.partsHint}
        </div>
        <div className="checkboxes">
          {parts.map((part) => {
            const { label, hint } = replyPartLabels[part.id];
            const boxId = `reply-part-${part.id}`;
            const wordingId = `${boxId}-wording`;
            const partHintId = hint ? `${boxId}-hint` : undefined;
            return (
              <div key={part.id}>
                <div className="choice">
                  <input
                    className="choice__input"
                    type="checkbox"
                    id={boxId}
                    checked={part.included}
                    aria-describedby={partHintId}
                    onChange={(event) => onChange({ ...part, included: event.target.checked })}
                  />
                  <label className="choice__label" htmlFor={boxId}>
                    {label}
                  </label>
                  {hint ? (
                    <div className="hint choice__hint" id={partHintId}>
                      {hint}
                    </div>
                  ) : null}
                </div>
                {part.included ? (
                  <div className="form-group choice__hint">
                    <label className="label" htmlFor={wordingId}>
                      {words.wordingLabel}
                      <span className="visually-hidden">: {label}</span>
                    </label>
                    <textarea
                      className="textarea"
                      id={wordingId}
                      rows={2}
                      value={wordingOf(part)}
                      onChange={(event) => onChange({ ...part, text: event.target.value })}
                    />
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
