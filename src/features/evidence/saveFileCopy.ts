import { downloadFile } from '../../components/downloadFile';
import type { StoredFile } from '../../record/database';

/**
 * Saves one evidence file as a download, so it can be moved into practice storage (browser data
 * on NHS computers is often wiped at log off).
 */
export function saveFileCopy(file: StoredFile, name: string): void {
  downloadFile(name, file.bytes, file.type);
}
