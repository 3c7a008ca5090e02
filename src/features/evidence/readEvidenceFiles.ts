import { evidenceContent } from '../../content/evidence';
import { formatFileStamp } from '../../record/practiceTimeFormat';
import { newId } from '../../record/newId';
import { checkBeforeReading, checkEvidenceBytes, type EvidenceFileProblem, type EvidenceFileType } from '../../record/evidenceRules';

/** A file chosen, dropped or pasted, read and checked, but not stored until the post is saved. */
export interface PendingFile {
  readonly key: string;
  readonly name: string;
  /** The type the bytes really are. */
  readonly type: EvidenceFileType;
  readonly size: number;
  readonly bytes: ArrayBuffer;
}

export type ReadOutcome =
  { readonly ok: true; readonly files: readonly PendingFile[] } | { readonly ok: false; readonly problems: readonly EvidenceFileProblem[] };

/** Blob.arrayBuffer is missing from jsdom and from some older browsers; FileReader is everywhere. */
export function readBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('Not read as bytes')));
    reader.onerror = () => reject(reader.error ?? new Error('Not readable'));
    reader.readAsArrayBuffer(blob);
  });
}

async function readOne(file: File): Promise<PendingFile | EvidenceFileProblem> {
  const early = checkBeforeReading(file);
  if (early) return early;
  let bytes: ArrayBuffer;
  try {
    bytes = await readBytes(file);
  } catch {
    return { kind: 'unreadable', name: file.name };
  }
  const checked = checkEvidenceBytes({ name: file.name, type: file.type, bytes });
  if (!checked.ok) return checked.problem;
  return { key: newId(), name: file.name, type: checked.type, size: bytes.byteLength, bytes };
}

/**
 * Reads and checks a batch of files. All or nothing: if any file is refused, none of the batch is
 * added, so the user never has to work out which of their files made it in.
 */
export async function readEvidenceFiles(files: readonly File[]): Promise<ReadOutcome> {
  const results = await Promise.all(files.map(readOne));
  const problems = results.filter((r): r is EvidenceFileProblem => 'kind' in r);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, files: results.filter((r): r is PendingFile => !('kind' in r)) };
}

const extensions: Record<EvidenceFileType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/**
 * Every screenshot pasted from the clipboard arrives as "image.png"; give each a name that says
 * when it was pasted, so a list of them can be told apart. Real file names are kept.
 */
export function namePasted(file: PendingFile, now: Date): PendingFile {
  if (file.name !== '' && !/^image\.[a-z]+$/i.test(file.name)) return file;
  return { ...file, name: evidenceContent.form.pastedName(formatFileStamp(now), extensions[file.type]) };
}

/** Files from a paste: the clipboard's file list, or its file items where a browser gives only those. */
export function filesFromClipboard(data: DataTransfer | null): File[] {
  if (!data) return [];
  const listed = Array.from(data.files ?? []);
  if (listed.length > 0) return listed;
  return Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null);
}
