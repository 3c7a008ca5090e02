import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { referencesContent } from '../../content/references';
import type { ReferenceKind } from '../../content/recordKinds';
import { questions } from '../../content/questions';
import { ui } from '../../content/ui';
import type { IncidentReference } from '../../record/schema';
import { FormProblems, type FormProblem } from '../../components/FormProblems';
import { FieldFrame, fieldDescriptionIds } from '../../components/FieldFrame';
import { FreeTextField } from '../../components/FreeTextField';
import { SaveCancelButtons } from '../../components/SaveCancelButtons';
import { SelectField } from '../../components/SelectField';
import { ChoiceGroup } from './ChoiceGroup';
import { useFormDraft } from '../../components/useFormDraft';
import {
  checkReferenceFields,
  referenceFieldsFrom,
  referenceFieldsOf,
  type ReferenceErrors,
  type ReferenceField,
  type ReferenceFields,
} from './referenceForm';

const words = referencesContent.form;
const kindIds = Object.keys(referencesContent.kinds) as ReferenceKind[];

interface Props {
  /** The entry being changed; none when adding one. */
  readonly item?: IncidentReference;
  /** Where the post is, from the answers: most reports go to that site. */
  readonly defaultSite?: string;
  readonly onSave: (fields: ReferenceFields) => void;
  readonly onCancel: () => void;
}

/** Notes one report, contact, piece of advice or offer of support. */
export function ReferenceForm({ item, defaultSite = '', onSave, onCancel }: Props) {
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Typed text survives a reload, and leaving with changes asks first (useFormDraft.ts).
  const draft = useFormDraft('reference', item?.id ?? null, () => referenceFieldsOf(item, new Date(), defaultSite), referenceFieldsFrom);
  const { fields, setFields } = draft;
  const [errors, setErrors] = useState<ReferenceErrors>({});
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);

  useEffect(() => headingRef.current?.focus(), []);

  const set = (name: keyof ReferenceFields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));
  const chooseKind = (kind: string) =>
    // A site, a police route and an adviser are different things: start the answer again.
    setFields((f) => ({ ...f, kind: kind as ReferenceKind, with: kind === 'platformReport' ? defaultSite : '' }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkReferenceFields(fields);
    const order: ReferenceField[] = ['kind', 'with', 'at'];
    setErrors(found);
    setProblems(order.flatMap((field) => (found[field] ? [{ message: found[field], fieldId: fieldId(field) }] : [])));
    if (Object.keys(found).length === 0) {
      draft.discard();
      onSave(fields);
    }
  };

  const kind = fields.kind === '' ? null : referencesContent.kinds[fields.kind];

  return (
    <form className="card card--info" onSubmit={submit} noValidate>
      <h3 className="card__heading" ref={headingRef} tabIndex={-1}>
        {item ? words.changeHeading : words.addHeading}
      </h3>
      <FormProblems title={words.problemsTitle} problems={problems} />
      <ChoiceGroup
        id={fieldId('kind')}
        name={fieldId('kind')}
        legend={words.kindLegend}
        choices={kindIds.map((value) => ({ value, label: referencesContent.kinds[value].option }))}
        value={fields.kind}
        error={errors.kind}
        onChange={chooseKind}
      />
      {kind ? (
        <>
          {kind.with && fields.kind === 'platformReport' ? (
            <SelectField
              id={fieldId('with')}
              label={kind.with.label}
              placeholder={words.chooseSite}
              options={questions.platform.options}
              value={fields.with}
              error={errors.with}
              errorPrefix={ui.errorPrefix}
              onChange={set('with')}
            />
          ) : kind.with?.choices ? (
            <ChoiceGroup
              id={fieldId('with')}
              name={fieldId('with')}
              legend={kind.with.label}
              choices={kind.with.choices}
              value={fields.with}
              error={errors.with}
              onChange={set('with')}
            />
          ) : kind.with ? (
            <FreeTextField
              id={fieldId('with')}
              label={kind.with.label}
              hint={kind.with.hint}
              multiline
              value={fields.with}
              error={errors.with}
              errorPrefix={ui.errorPrefix}
              onChange={set('with')}
            />
          ) : null}
          <FieldFrame id={fieldId('at')} label={kind.at} hint={words.atHint} error={errors.at} errorPrefix={ui.errorPrefix}>
            <input
              className="input input--datetime"
              type="datetime-local"
              id={fieldId('at')}
              value={fields.at}
              aria-describedby={fieldDescriptionIds(fieldId('at'), words.atHint, errors.at)}
              aria-invalid={errors.at ? true : undefined}
              onChange={(event) => set('at')(event.target.value)}
            />
          </FieldFrame>
          <FreeTextField
            id={fieldId('reference')}
            label={kind.reference}
            hint={kind.referenceHint}
            optionalText={words.optional}
            spellCheck={false}
            value={fields.reference}
            onChange={set('reference')}
          />
          <FreeTextField
            id={fieldId('outcome')}
            label={kind.outcome}
            hint={kind.outcomeHint}
            optionalText={words.optional}
            multiline
            value={fields.outcome}
            onChange={set('outcome')}
          />
          <FreeTextField
            id={fieldId('notes')}
            label={words.notes}
            optionalText={words.optional}
            multiline
            value={fields.notes}
            onChange={set('notes')}
          />
        </>
      ) : null}
      <SaveCancelButtons
        saveLabel={words.save}
        cancelLabel={words.cancel}
        onCancel={() => {
          draft.discard();
          onCancel();
        }}
      />
    </form>
  );
}
