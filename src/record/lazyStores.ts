import type { PolicyStore } from './policyStore';
import type { SettingsStore } from './settingsStore';

/**
 * Stores whose code (and schema, and words) load the first time they are used, after the home
 * screen has drawn: settings and the policy are read in an incident, in settings, in "Be prepared"
 * and for the review reminder, never for the first paint. `make` runs once, so a store kept in
 * memory keeps what was saved in it.
 */
function lazily<T extends object>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

export function lazyPolicyStore(make: () => Promise<PolicyStore>): PolicyStore {
  const store = lazily(make);
  return {
    load: () => store().then((loaded) => loaded.load()),
    save: (policy) => store().then((loaded) => loaded.save(policy)),
  };
}

export function lazySettingsStore(make: () => Promise<SettingsStore>): SettingsStore {
  const store = lazily(make);
  return {
    load: () => store().then((loaded) => loaded.load()),
    save: (settings) => store().then((loaded) => loaded.save(settings)),
  };
}
