import { scenarios } from '../../src/content/scenarios';
import { describe, expect, it } from 'vitest';
import { formatAddress, isEntryOf, parseAddress, routeOfLocation, type ParsedAddress, type Route } from '../../src/app/routes';

const id = '6f1c2a0e-9b7d-4c3e-8a51-2d4f6b8c0e1a';

/** Every page, its address, and back again. */
const pages: readonly [string, Route][] = [
  ['#/', { name: 'home' }],
  [`#/incident/${id}`, { name: 'incident', incidentId: id, page: 'screen' }],
  [`#/incident/${id}/plan`, { name: 'incident', incidentId: id, page: 'plan' }],
  [`#/incident/${id}/evidence`, { name: 'incident', incidentId: id, page: 'evidence' }],
  [`#/incident/${id}/diagram`, { name: 'incident', incidentId: id, page: 'diagram' }],
  [`#/incident/${id}/close`, { name: 'closeIncident', incidentId: id }],
  [`#/incident/${id}/delete`, { name: 'deleteIncident', incidentId: id }],
  ['#/delete-all', { name: 'deleteAll' }],
  ['#/settings', { name: 'settings' }],
  ['#/prepare', { name: 'prepare' }],
  ['#/training/kit', { name: 'sessionKit' }],
  ['#/training', { name: 'training' }],
  ['#/training/car-park-threat/walkthrough', { name: 'scenario', scenarioId: 'car-park-threat', mode: 'walkthrough' }],
  ['#/training/car-park-threat/practice', { name: 'scenario', scenarioId: 'car-park-threat', mode: 'practice' }],
  ['#/training/car-park-threat/card', { name: 'scenarioCard', scenarioId: 'car-park-threat' }],
  // Ids are escaped, so an odd one (an import from elsewhere) still makes a single segment.
  ['#/incident/a%2Fb%20c', { name: 'incident', incidentId: 'a/b c', page: 'screen' }],
];

const home: ParsedAddress = { name: 'unknown', landOn: 'home' };
const training: ParsedAddress = { name: 'unknown', landOn: 'training' };

/** Addresses as people type, paste or keep them. */
const read: readonly [string, ParsedAddress][] = [
  ['', { name: 'home' }],
  ['#', { name: 'home' }],
  ['#/', { name: 'home' }],
  ['#/settings/', { name: 'settings' }],
  ['/settings', { name: 'settings' }],
  // Unknown: the list the address sits under, never a blank page.
  ['#settings', home],
  ['#/Settings', home],
  ['#/nowhere', home],
  ['#/settings/extra', home],
  ['#/prepare/extra', home],
  ['#/training/kit/extra', training],
  ['#/delete-all/now', home],
  ['#/incident', home],
  ['#/incident/', home],
  [`#/incident/${id}/edit`, home],
  [`#/incident/${id}/plan/more`, home],
  ['#/incident//plan', home],
  ['#/incident/%20', home],
  ['#/incident/%E0%A4%A', home], // a broken escape
  ['#main-content', home], // the skip link's target, were it ever followed
  ['#/training/car-park-threat', training],
  ['#/training/car-park-threat/present', training],
  ['#/training/car-park-threat/card/print', training],
];

describe('page addresses', () => {
  it.each(pages)('%s is read as its page and written back the same', (address, route) => {
    expect(parseAddress(address)).toEqual(route);
    expect(formatAddress(route)).toBe(address);
  });

  it.each(read)('"%s" is read as %j', (address, expected) => {
    expect(parseAddress(address)).toEqual(expected);
  });

  it('round-trips any incident or scenario id', () => {
    for (const odd of ['#', '?', '%', '..', 'ü', 'a b', 'plan', 'card', 'x/y/z']) {
      for (const route of [
        { name: 'incident', incidentId: odd, page: 'evidence' },
        { name: 'deleteIncident', incidentId: odd },
        { name: 'scenario', scenarioId: odd, mode: 'practice' },
        { name: 'scenarioCard', scenarioId: odd },
      ] as const) {
        const address = formatAddress(route);
        expect(address).toMatch(/^#\/[^#?]*$/);
        expect(parseAddress(address)).toEqual(route);
      }
    }
  });
});

describe('history entries', () => {
  const wizardEntry = { incidentWizard: true, incidentId: id, depth: 3, step: 'risks' };
  const evidenceEntry = { incidentPage: 'evidence', incidentId: id, depth: 3 };

  it("tells the open incident's own entries from anything else", () => {
    expect(isEntryOf(wizardEntry, id)).toBe(true);
    expect(isEntryOf(evidenceEntry, id)).toBe(true);
    expect(isEntryOf(wizardEntry, 'another')).toBe(false);
    expect(isEntryOf({ appPage: 'home' }, id)).toBe(false);
    expect(isEntryOf(null, id)).toBe(false);
    expect(isEntryOf({ incidentPage: 'somewhere', incidentId: id }, id)).toBe(false);
  });

  it('goes by the address, except for entries from before addresses, which name their incident', () => {
    expect(routeOfLocation('#/settings', wizardEntry)).toEqual({ name: 'settings' });
    expect(routeOfLocation('', null)).toEqual({ name: 'home' });
    expect(routeOfLocation('', { appPage: 'home' })).toEqual({ name: 'home' });
    expect(routeOfLocation('', wizardEntry)).toEqual({ name: 'incident', incidentId: id, page: 'screen' });
    expect(routeOfLocation('#', evidenceEntry)).toEqual({ name: 'incident', incidentId: id, page: 'evidence' });
    expect(routeOfLocation('', { ...wizardEntry, incidentId: null })).toEqual({ name: 'home' });
  });
});

describe('the session kit address', () => {
  it('cannot clash with a scenario', () => {
    expect(scenarios.map((scenario) => scenario.id)).not.toContain('kit');
  });
});
