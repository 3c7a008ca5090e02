/** Issue 14: deleting an incident, or all data, also forgets this tab's copies of its typing. */
import { deleteAllIncidents, deleteIncident } from '../../src/app/storageActions';
import { memoryRepository } from '../../src/record/incidentStore';
import { forgetTabCopies } from '../../src/record/tabCopies';

const now = new Date('2026-11-30T10:00:00Z');

function seed(): void {
  sessionStorage.clear();
  sessionStorage.setItem('smiw:unsaved-incident:a1', '{"typed":"Bev on reception"}');
  sessionStorage.setItem('smiw:form-draft:a1:evidence', '{}');
  sessionStorage.setItem('smiw:form-draft:a1:reference', '{}');
  sessionStorage.setItem('smiw:unsaved-incident:b2', '{}');
  sessionStorage.setItem('smiw:form-draft:b2:evidence', '{}');
  sessionStorage.setItem('another-app', 'kept');
}

const keys = () => Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)).sort();

describe("forgetting this tab's copies", () => {
  it("forgets one incident's copies and nothing else", () => {
    seed();
    forgetTabCopies('a1');
    expect(keys()).toEqual(['another-app', 'smiw:form-draft:b2:evidence', 'smiw:unsaved-incident:b2']);
  });

  it("forgets every incident's copies, and leaves other sites' keys alone", () => {
    seed();
    forgetTabCopies();
    expect(keys()).toEqual(['another-app']);
  });

  it('happens when an incident is deleted, and when all data is deleted', async () => {
    const incidents = memoryRepository();
    const record = await incidents.create({ kind: 'live', now });
    seed();
    sessionStorage.setItem(`smiw:unsaved-incident:${record.id}`, '{}');
    expect((await deleteIncident(incidents, record)).ok).toBe(true);
    expect(keys()).not.toContain(`smiw:unsaved-incident:${record.id}`);
    expect(keys()).toContain('smiw:unsaved-incident:a1');
    expect((await deleteAllIncidents(incidents)).ok).toBe(true);
    expect(keys()).toEqual(['another-app']);
  });
});

describe("a closed tab's copy in localStorage", () => {
  it('is forgotten with its incident, and with all data', () => {
    localStorage.setItem('smiw:closed-tab-copy:a1', '{}');
    localStorage.setItem('smiw:closed-tab-copy:b2', '{}');
    forgetTabCopies('a1');
    expect(localStorage.getItem('smiw:closed-tab-copy:a1')).toBeNull();
    expect(localStorage.getItem('smiw:closed-tab-copy:b2')).toBe('{}');
    forgetTabCopies();
    expect(localStorage.length).toBe(0);
  });
});
