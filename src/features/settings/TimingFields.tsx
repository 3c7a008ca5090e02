import { settingsContent } from '../../content/settings';
import { Choice } from '../../components/Choice';
import type { FormSectionProps } from './settingsForm';
import { FieldError } from './FieldError';
import { describedBy, errorId, hintId, optionId, settingsFieldId } from './settingsFieldIds';
import { TextField } from './TextField';

const content = settingsContent.timing;
const replyById = settingsFieldId(['replyByHours']);
const hoursId = settingsFieldId(['workingHours']);
const startId = settingsFieldId(['workingHours', 'start']);
const endId = settingsFieldId(['workingHours', 'end']);
const daysId = settingsFieldId(['workingHours', 'days']);

/** How soon to aim to reply, and when the practice is open to do it. */
export function TimingFields({ form, errors, onChange }: FormSectionProps) {
  const daysError = errors.get(daysId);
  const toggleDay = (day: number, checked: boolean) =>
    onChange({ days: checked ? [...form.days, day] : form.days.filter((d) => d !== day) });
  return (
    <section aria-labelledby="settings-timing-heading">
      <h2 className="heading-m" id="settings-timing-heading">
        {content.heading}
      </h2>
      <TextField
        id={replyById}
        label={content.replyByLabel}
        hint={content.replyByHint}
        type="number"
        min={1}
        max={72}
        value={form.replyByHours}
        error={errors.get(replyById)}
        onChange={(replyByHours) => onChange({ replyByHours })}
      />
      <fieldset className="fieldset form-group" aria-describedby={hintId(hoursId)}>
        <legend className="legend">{content.hoursLegend}</legend>
        <div className="hint" id={hintId(hoursId)}>
          {content.hoursHint}
        </div>
        <TextField
          id={startId}
          label={content.startLabel}
          type="time"
          value={form.start}
          error={errors.get(startId)}
          onChange={(start) => onChange({ start })}
        />
        <TextField
          id={endId}
          label={content.endLabel}
          type="time"
          value={form.end}
          error={errors.get(endId)}
          onChange={(end) => onChange({ end })}
        />
      </fieldset>
      <div className={`form-group${daysError ? ' form-group--error' : ''}`}>
        <fieldset className="fieldset" aria-describedby={describedBy(hintId(daysId), daysError && errorId(daysId))}>
          <legend className="legend">{content.daysLegend}</legend>
          <div className="hint" id={hintId(daysId)}>
            {content.daysHint}
          </div>
          <FieldError id={errorId(daysId)} message={daysError} />
          <div className="checkboxes">
            {content.days.map((day, index) => {
              const id = optionId(daysId, index, day.value);
              return (
                <Choice
                  key={day.value}
                  id={id}
                  name={daysId}
                  type="checkbox"
                  value={String(day.value)}
                  checked={form.days.includes(day.value)}
                  invalid={Boolean(daysError)}
                  label={day.label}
                  onChange={(checked) => toggleDay(day.value, checked)}
                />
              );
            })}
          </div>
        </fieldset>
      </div>
    </section>
  );
}
