import { replyBuilderContent } from '../../content/replyBuilder';
import { replyVariantLabels } from '../../content/replyParts';
import { replyVariants, type ReplyVariant } from '../../content/replyParts';

const words = replyBuilderContent;
const hintId = 'reply-variant-hint';

/** The kind of post, suggested from the answers but the user's to change: it picks the standard wording. */
export function VariantChoice({ value, onChange }: { value: ReplyVariant; onChange: (variant: ReplyVariant) => void }) {
  return (
    <div className="form-group">
      <fieldset className="fieldset" aria-describedby={hintId}>
        <legend className="legend">{words.variantLegend}</legend>
        <div className="hint" id={hintId}>
          {words.variantHint}
        </div>
        <div className="radios">
          {replyVariants.map((variant) => (
            <div className="choice" key={variant}>
              <input
                className="choice__input"
                type="radio"
                id={`reply-variant-${variant}`}
                name="reply-variant"
                value={variant}
                checked={value === variant}
                onChange={() => onChange(variant)}
              />
              <label className="choice__label" htmlFor={`reply-variant-${variant}`}>
                {replyVariantLabels[variant]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
