import { createContext } from 'react';

/** The id of every screen's h1: focus moves there after each step. */
export const stepHeadingId = 'step-heading';

/**
 * True once the user has moved anywhere in the app. A page shown after a move takes focus on its
 * h1 (screen readers announce it); the very first page after loading does not steal focus.
 */
export const HasNavigatedContext = createContext(false);
