import { exportFileName } from '../../note/exportJson';
import type { IncidentRecord } from '../../record/schema';
import { exportPanelWords } from '../../content/noteUi';

/**
 * "SM-2026-0042-2026-11-25.md", or "...-for-sharing.md" for a redacted copy: named like the backup
 * (reference and the practice's date) so the files for one incident sort together, and marked
 * when redacted so nobody files the shared copy in the log believing it complete.
 */
export function noteFileName(record: IncidentRecord, now: Date, extension: 'md' | 'txt', redacted: boolean): string {
  const base = exportFileName(record, now).replace(/\.json$/, '');
  return `${base}${redacted ? `-${exportPanelWords.sharingFileSuffix}` : ''}.${extension}`;
}
