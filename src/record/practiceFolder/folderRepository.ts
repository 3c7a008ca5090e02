/**
 * The practice folder as a layer over the browser's incident store: every save, new incident and
 * deletion goes to the browser's store first, exactly as without a folder, and is then written to
 * the folder in the background (PracticeFolder runs those writes in order). A folder that is slow
 * or unreachable never holds up or fails a save; the next check writes out what it missed.
 */
import type { IncidentRepository } from '../incidentStore';
import type { PracticeFolder } from './practiceFolder';

export function folderRepository(inner: IncidentRepository, folder: PracticeFolder): IncidentRepository {
  return {
    ...inner,
    create: async (options) => {
      let created = await inner.create(options);
      if (created.kind !== 'live') return created;
      // This browser's counter knows nothing of incidents other PCs started since it last counted.
      const reference = folder.referenceAfterFolder(created.reference);
      if (reference !== null) created = await inner.save({ ...created, reference });
      void folder.afterSave(created, null);
      return created;
    },
    save: async (record) => {
      const saved = await inner.save(record);
      if (saved.kind === 'live') void folder.afterSave(saved, record);
      return saved;
    },
    remove: async (id) => {
      // The reference names the deletion note even when the incident's file is missing from the folder for now.
      const before = await inner.load(id);
      await inner.remove(id);
      void folder.afterRemove(id, before.ok ? before.record.reference : undefined);
    },
    // "Delete all data on this computer" means this computer: the folder keeps the practice's
    // incidents, and this browser forgets the folder so that it does not bring them straight back.
    removeAll: async () => {
      await inner.removeAll();
      await folder.forget();
    },
  };
}
