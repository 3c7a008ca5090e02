import { sources, sourceIds } from '../../content/sources';
import { stepContent } from '../../content/steps';
import { ui } from '../../content/ui';
import { WizardContext } from '../../components/wizardContext';
import { ContentBlocks } from '../../components/ContentBlocks';
import { stepHeadingId } from '../../components/pageHeading';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

function formatSourceDate(date: string | null): string {
  if (date === null) return ui.sourcesPage.dateUnknown;
  return /^\d{4}$/.test(date) ? date : dateFormat.format(new Date(`${date}T12:00:00`));
}

/** Every source the plan rests on, with its date, and plainly marked where a fact is not confirmed. */
export function SourcesPage() {
  const actor = WizardContext.useActorRef();
  const content = stepContent.sources;
  return (
    <>
      <button type="button" className="back-link" onClick={() => actor.send({ type: 'wizard.back' })}>
        {ui.back}
      </button>
      <h1 id={stepHeadingId} tabIndex={-1} className="heading-l">
        {content.title}
      </h1>
      <ContentBlocks blocks={content.body} />
      <dl className="sources">
        {sourceIds.map((id) => {
          const source = sources[id];
          return (
            <div key={id} className="sources__item" id={`source-${id}`}>
              <dt className="heading-s">{source.title}</dt>
              <dd>
                {source.publisher}. {'dateNote' in source ? `${source.dateNote} ` : ''}
                {formatSourceDate(source.date)}.
              </dd>
              <dd>{source.supports}</dd>
              {'unconfirmed' in source ? (
                <dd className="unconfirmed">
                  <strong>{ui.sourcesPage.unconfirmedLabel}</strong> {source.unconfirmed}
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
      <p className="notice">{ui.notLegalAdvice}</p>
    </>
  );
}
