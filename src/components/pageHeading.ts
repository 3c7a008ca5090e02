/** The id of every screen's h1 (drawn by PageHeading): focus moves there after each step. */
export const stepHeadingId = 'step-heading';
