import { conditions } from '../../../machines/conditions';
import { sources, sourceIds } from '../../content/sources';
import { stepContent } from '../../content/steps';
import { ui } from '../../content/ui';
import { WizardContext } from '../../components/wizardContext';
import { ContentBlocks } from '../../components/ContentBlocks';
import { EmergencyCard } from '../../components/EmergencyCard';
import { PageHeading } from '../../components/PageHeading';
import { formatCalendarDate } from '../../record/practiceTimeFormat';

function formatSourceDate(date: string | null): string {
  if (date === null) return ui.sourcesPage.dateUnknown;
  // A year alone, or anything else the source gives, is shown as written.
  return formatCalendarDate(date) ?? date;
}

/** Every source the plan rests on, with its date, and plainly marked where a fact is not confirmed. */
export function SourcesPage() {
  const actor = WizardContext.useActorRef();
  const content = stepContent.sources;
  // Opened mid-incident: once someone may be in danger the 999 card heads this page too.
  const inDanger = WizardContext.useSelector((s) => conditions.inDanger(s.context.answers));
  return (
    <>
      <button type="button" className="back-link" onClick={() => actor.send({ type: 'wizard.back' })}>
        {ui.back}
      </button>
      {inDanger ? <EmergencyCard active /> : null}
      <PageHeading>{content.title}</PageHeading>
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
