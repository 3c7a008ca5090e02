import { flowchartWords as words } from '../../content/sessionKit';
import { flowchartStages } from './flowchartStages';
import { KitView } from './KitView';
import { PrintedSheet } from './PrintedSheet';
import { SourceList } from './SourceList';

/** The stages on one A4 page, top to bottom, for the room to keep. */
export function FlowchartHandout() {
  const stages = flowchartStages();
  return (
    <KitView item="flowchart">
      <PrintedSheet className="kit-flowchart">
        <h2 className="kit-sheet__title">{words.title}</h2>
        <p className="kit-flowchart__subtitle">{words.subtitle}</p>
        <ol className="kit-flowchart__stages">
          {stages.map((stage, index) => (
            <li key={stage.id} className="kit-flowchart__stage">
              <h3 className="kit-flowchart__title">
                <span className="kit-flowchart__number">{index + 1}</span> {stage.title}
              </h3>
              <ul className="kit-flowchart__points">
                {stage.points.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
              <div className="kit-flowchart__meta">
                {stage.where ? <p className="kit-flowchart__where">{stage.where}</p> : null}
                <SourceList label={words.sourcesLabel} ids={stage.sources} brief />
              </div>
            </li>
          ))}
        </ol>
        <p className="kit-flowchart__footer">{words.footer}</p>
      </PrintedSheet>
    </KitView>
  );
}
