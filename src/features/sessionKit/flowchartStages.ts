import { routeSteps } from '../../../machines/steps';
import { flowchartWords, flowStages, type FlowStage } from '../../content/sessionKit';

export interface ChartStage extends FlowStage {
  /** Where the stage is in the app: screen numbers worked out from the route, or the page it lives on. */
  readonly where: string | null;
}

/**
 * The handout's stages with the screens that ask about each, numbered from the route table
 * (machines/steps.ts) rather than written down, so moving a screen cannot leave the handout wrong.
 */
export function flowchartStages(steps: readonly { readonly section: string }[] = routeSteps): readonly ChartStage[] {
  return flowStages.map((stage) => {
    const numbers = steps.flatMap((step, index) => ((stage.wizardSections as readonly string[]).includes(step.section) ? [index + 1] : []));
    const first = numbers[0];
    const last = numbers.at(-1);
    const where = first !== undefined && last !== undefined ? flowchartWords.screensLabel(first, last) : (stage.inTheApp ?? null);
    return { ...stage, where };
  });
}
