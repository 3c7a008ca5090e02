import type { StepId } from '../../../machines/steps';
import { questionsOf } from '../../../machines/steps';
import { diagramWords } from '../../content/diagram';
import { questions } from '../../content/questions';
import { sources } from '../../content/sources';
import { stepContent } from '../../content/steps';
import type { StepContent } from '../../content/types';
import { ui } from '../../content/ui';
import { ContentBlocks } from '../../components/ContentBlocks';
import type { FlowNode } from './flowGraph';

/**
 * One screen's question and guidance, as the wizard shows it, so a trainer can talk a room
 * through any screen without walking an incident to it.
 */
export function StepGuidance({ node }: { node: FlowNode }) {
  const step: StepId = node.id;
  const content: StepContent = stepContent[step];
  // On a one-question screen the title already is the question, so it is not repeated.
  const legends = questionsOf(step)
    .map((id) => questions[id].legend)
    .filter((legend) => legend !== content.title);
  return (
    <>
      <p className="caption">
        {diagramWords.sectionLabel} {node.sectionLabel}
      </p>
      <h2 className="heading-m">{content.title}</h2>
      {legends.length > 0 ? (
        <>
          <h3 className="heading-s">{diagramWords.panelQuestions}</h3>
          <ul className="list">
            {legends.map((legend) => (
              <li key={legend}>{legend}</li>
            ))}
          </ul>
        </>
      ) : null}
      <ContentBlocks blocks={content.body} />
      {content.why ? (
        <>
          <h3 className="heading-s">{ui.whyHeading}</h3>
          <p>{content.why}</p>
        </>
      ) : null}
      <p className="hint">
        {ui.sourcesLabel}: {content.sources.map((id) => sources[id].title).join('; ')}
      </p>
    </>
  );
}
