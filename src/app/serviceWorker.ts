/**
 * Offline use and new versions. In a production build, where the browser allows it, this registers
 * the service worker that vite-plugin-pwa generates (/sw.js, which precaches the whole app), so the
 * tool opens with no network at all.
 *
 * A new version never reloads the page on its own. When one has installed, the app shows "A new
 * version is ready"; on "Update now" it first awaits every registered flusher (the open
 * incident's autosave), and only when all of them have saved does it activate the new version
 * and reload. If another tab activates the new version, this tab does the same: save, then reload.
 * A flusher that rejects means "reloading would lose work", and the update waits.
 *
 * workbox-window is loaded with import() after the page has loaded, so it costs the first screen
 * nothing. Nothing here runs in development or tests (no service worker there).
 */
import { useSyncExternalStore } from 'react';
import { flushUnsavedWork, type UnsavedWorkBlock } from '../record/unsavedWork';

/** 'pending' until we know; 'unavailable' on locked-down computers and where the browser refuses. */
export type OfflineSupport = 'pending' | 'ready' | 'unavailable';

/** 'blocked': the user asked to update but some work could not be saved, so nothing was reloaded. */
export type UpdateStatus = 'none' | 'available' | 'updating' | 'blocked';

export interface ServiceWorkerState {
  readonly offline: OfflineSupport;
  readonly update: UpdateStatus;
  /** The user chose "Later" for the version now waiting. */
  readonly dismissed: boolean;
  /** Why an update is 'blocked': work not saved yet, or a form (a post, a reference) still open with changes. */
  readonly blockedBy: UnsavedWorkBlock;
}

// --- The store ----------------------------------------------------------------------------------

let state: ServiceWorkerState = { offline: 'pending', update: 'none', dismissed: false, blockedBy: 'unsaved' };
const listeners = new Set<() => void>();

function setState(change: Partial<ServiceWorkerState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getServiceWorkerState(): ServiceWorkerState {
  return state;
}

export function useServiceWorkerState(): ServiceWorkerState {
  return useSyncExternalStore(subscribe, getServiceWorkerState, getServiceWorkerState);
}

/** Whether this computer lets the tool work offline. */
export function useOfflineSupport(): OfflineSupport {
  return useSyncExternalStore(
    subscribe,
    () => state.offline,
    () => state.offline,
  );
}

/** Whether a new version is waiting (and what "Update now" is doing). */
export function useUpdateStatus(): UpdateStatus {
  return useSyncExternalStore(
    subscribe,
    () => state.update,
    () => state.update,
  );
}

/** "Later": hide the banner for the version now waiting. It comes back if a newer one arrives. */
export function dismissUpdate(): void {
  setState({ dismissed: true });
}

// --- Registration -------------------------------------------------------------------------------

/** How long to wait for the new version to take over before reloading anyway. */
const takeOverTimeoutMs = 10_000;
const updateCheckIntervalMs = 60 * 60 * 1000;

let registration: ServiceWorkerRegistration | null = null;
let reloading = false;
let started = false;

/** Saves everything, then reloads; if something could not be saved, says so and stays. */
async function reloadAfterSaving(): Promise<void> {
  if (reloading) return;
  const blockedBy = await flushUnsavedWork();
  if (blockedBy === null) {
    reloading = true;
    window.location.reload();
  } else {
    setState({ update: 'blocked', dismissed: false, blockedBy });
  }
}

let announced: ServiceWorker | null = null;

function noteWaiting(reg: ServiceWorkerRegistration): void {
  const waiting = reg.waiting;
  // With no controller this is the first install, not an update.
  if (!waiting || !navigator.serviceWorker.controller || waiting === announced) return;
  announced = waiting;
  if (state.update === 'updating') return;
  setState({ update: 'available', dismissed: false });
}

/** "Update now": save all work, then let the waiting version take over and reload. */
export async function applyUpdate(): Promise<void> {
  if (state.update === 'updating' || reloading) return;
  setState({ update: 'updating' });
  const blockedBy = await flushUnsavedWork();
  if (blockedBy !== null) {
    setState({ update: 'blocked', blockedBy });
    return;
  }
  const waiting = registration?.waiting;
  if (!waiting) {
    // Another tab has already activated it; this page just needs the new files.
    await reloadAfterSaving();
    return;
  }
  // The controllerchange listener reloads once the new version has taken over.
  waiting.postMessage({ type: 'SKIP_WAITING' });
  window.setTimeout(() => void reloadAfterSaving(), takeOverTimeoutMs);
}

/**
 * Registers the service worker in production builds where the browser allows it; call once at
 * start-up. Without service workers (locked-down PCs, plain-http intranet addresses, some private
 * windows) the app works as before, online, and useOfflineSupport() reports 'unavailable'.
 */
export function registerServiceWorker(): void {
  if (started) return;
  started = true;
  if (!import.meta.env.PROD) return;
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker) {
    setState({ offline: 'unavailable' });
    return;
  }
  void start(navigator.serviceWorker).catch(() => setState({ offline: 'unavailable' }));
}

async function start(container: ServiceWorkerContainer): Promise<void> {
  if (document.readyState !== 'complete') {
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  }
  // Once a version is installed, any change of controller is a new version taking over. (A page
  // opened with Shift+Reload is not controlled even though a version is installed.)
  const installed = await container.getRegistration().catch(() => undefined);
  let controlled = Boolean(container.controller) || Boolean(installed?.active);
  container.addEventListener('controllerchange', () => {
    if (controlled) void reloadAfterSaving();
    controlled = true; // the first install claiming this tab: same version, nothing to reload
  });

  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  // Our own update or one found by another tab: either way a version is waiting for this tab.
  wb.addEventListener('waiting', () => registration && noteWaiting(registration));
  const reg = await wb.register({ immediate: true });
  if (!reg) throw new Error('The service worker was not registered.');
  registration = reg;
  noteWaiting(reg);
  reg.addEventListener('updatefound', () => {
    const installing = reg.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') noteWaiting(reg);
    });
  });

  await container.ready;
  setState({ offline: 'ready' });

  // A tab left open all day still hears about new versions (a failed check offline is fine).
  window.setInterval(() => void reg.update().catch(() => {}), updateCheckIntervalMs);
}
