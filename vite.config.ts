/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content Security Policy goes into the built index.html only: the dev server injects an
 * inline script for hot reload, which this policy (rightly) forbids.
 */
export const contentSecurityPolicy =
  "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

function cspInProductionBuild(): Plugin {
  return {
    name: 'csp-in-production-build',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export const themeColour = '#005eb8';

/**
 * Offline use and updates (vite-plugin-pwa, Workbox's generateSW). The service worker precaches
 * every file of the build, so the app and every lazy screen open with no server at all, and it
 * never fetches from another origin (no runtime caching rules).
 * - registerType 'prompt': a new version waits until the user chooses "Update now", which saves
 *   their work first (src/app/serviceWorker.ts); it never reloads the page under them.
 * - injectRegister false: the plugin adds no registration script of its own (an inline one would
 *   break the CSP); src/app/serviceWorker.ts registers /sw.js through workbox-window.
 * - The CSP needs nothing extra: with no worker-src, the service worker script falls back to
 *   script-src and then default-src 'self'; with no manifest-src, the manifest falls back to
 *   default-src 'self'. Both are served from our own origin.
 */
function offlineSupport() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    // globPatterns below already picks up the favicon, the icons and the manifest.
    includeManifestIcons: false,
    manifest: {
      name: 'Social Media Incident Wizard',
      short_name: 'Incident Wizard',
      description: 'Step-by-step help for GP practice staff dealing with negative or abusive posts about the practice or a colleague.',
      lang: 'en-GB',
      theme_color: themeColour,
      background_color: '#ffffff',
      display: 'standalone',
      start_url: '.',
      scope: '.',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Every built file. The plugin adds manifest.webmanifest to the precache itself, so it is
      // not matched here as well (it would be listed twice).
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      // Workbox leaves out (with only a warning) any file over this size, and a screen whose chunk
      // is not precached fails offline. The flow-diagram chunk with elkjs is about 1.5 MB raw, the
      // largest file we expect, so allow 4 MiB: room for it to grow, small enough to catch a
      // mistake. tests/e2e/offline.e2e.mjs checks every built file is in the precache.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // On the first visit, take control of the open tab as soon as the files are cached, so its
      // lazy screens load offline too. Updates still wait for "Update now" (no skipWaiting here).
      clientsClaim: true,
      runtimeCaching: [],
    },
  });
}

/** The browser's theme colour, to match the manifest (the PWA plugin adds only the manifest link). */
function themeColourMeta(): Plugin {
  return {
    name: 'theme-colour-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'theme-color', content: themeColour }, injectTo: 'head' }],
  };
}

export default defineConfig({
  plugins: [react(), cspInProductionBuild(), offlineSupport(), themeColourMeta()],
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    env: { TZ: 'Europe/London' },
    // Whole incidents clicked through in jsdom take a few seconds on a busy 2-core machine; the
    // limit is there to catch a hang, not to time anything.
    testTimeout: 30_000,
  },
});
