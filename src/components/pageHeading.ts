/** The id of every screen's h1: focus moves there after each step. */
export const stepHeadingId = 'step-heading';
