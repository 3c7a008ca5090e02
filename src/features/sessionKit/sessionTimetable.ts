import type { SessionBlock, SessionPlan } from '../../content/sessionKit';

/** Each block with the minute it starts, added up from the lengths so the timings cannot disagree. */
export function timetable(plan: SessionPlan): readonly (SessionBlock & { readonly start: number })[] {
  let start = 0;
  return plan.blocks.map((block) => {
    const timed = { ...block, start };
    start += block.minutes;
    return timed;
  });
}

/** The scenarios a session uses, in the order it uses them. */
export function sessionScenarioIds(plan: SessionPlan): readonly string[] {
  return [...new Set(plan.blocks.flatMap((block) => (block.scenarioId === undefined ? [] : [block.scenarioId])))];
}
