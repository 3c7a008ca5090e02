/**
 * `test` for the tests that stop the server or serve a new version of the app: each gets a
 * preview server of its own on a free port (so neither the other worker nor anything else on the
 * machine shares it), its baseURL, and the old runner's stopServer() and startServer({ outDir }).
 * The server is stopped when the test ends, whatever the test did to it.
 */
import { createServer } from 'node:net';
import { test } from '@playwright/test';
import { previewServer } from './previewServer.mjs';

/** A port nothing listens on now: the system picks it, and it is released for vite at once. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export const testWithOwnServer = test.extend({
  // Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  ownServer: async ({}, use) => {
    const server = previewServer(await freePort());
    await server.start();
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
  baseURL: async ({ ownServer }, use) => use(ownServer.baseURL),
  /** Stops this test's server: whatever opens afterwards came from the service worker. */
  stopServer: async ({ ownServer }, use) => use(() => ownServer.stop()),
  /** Starts this test's server again, serving dist/ or `outDir` (another version of the build). */
  startServer: async ({ ownServer }, use) => use((options) => ownServer.start(options)),
});
