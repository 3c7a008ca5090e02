import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Node-environment tests (the build checks) have no window.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
