/** How soon an action matters: the plan's groups, in the order they are shown. Emergency actions always lead `now`. */
export type Urgency = 'now' | 'withinHours' | 'nextDays' | 'prepare';
export const urgencies: readonly Urgency[] = ['now', 'withinHours', 'nextDays', 'prepare'];
