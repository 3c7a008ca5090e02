import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy screens load through dynamic imports, which are slow on a busy 2-core CI machine; waiting
// longer for them to appear costs nothing when they are quick.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // Node-environment tests (the build checks) have no window.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
