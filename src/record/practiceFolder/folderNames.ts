/**
 * File names in the practice folder, chosen for a person browsing it on the shared drive:
 *
 *   SM-2026-0007 incident.json                                   the incident (the latest agreed version)
 *   SM-2026-0007 incident (conflict, 2026-11-30 17.05.12 rev 6).json   a save made on another PC at the same time
 *   SM-2026-0007 incident (not kept, 2026-11-30 17.05.12 rev 6).json   a version set aside when the practice chose the other
 *   SM-2026-0007 evidence/image (3f2a9c1b).png                   its screenshots, named by the user's name and fingerprint
 *   SM-2026-0007 deleted.json                                    says the incident was deleted in the app (which version, when)
 *
 * Which incident a file holds is read from inside it (its id), never from its name, so two PCs
 * that gave the same reference to different incidents cannot mix them up: the second is written
 * as "SM-2026-0007 (b41c09e2) incident.json".
 */

export type FileRole = 'incident' | 'conflict' | 'notKept';

const incidentFile = /^(.+) incident\.json$/;
const setAsideFile = /^(.+) incident \((conflict|not kept), (.+)\)\.json$/;

/** What a top-level file is, by its name; null for anything else (a swap file, a person's own file). */
export function fileRole(name: string): { readonly role: FileRole; readonly base: string } | null {
  const setAside = setAsideFile.exec(name);
  if (setAside !== null) return { role: setAside[2] === 'conflict' ? 'conflict' : 'notKept', base: setAside[1] ?? '' };
  const main = incidentFile.exec(name);
  return main === null ? null : { role: 'incident', base: main[1] ?? '' };
}

/** The base name of an incident's files: its reference, and a short id when the reference is taken. */
export function baseName(reference: string, id: string, taken: boolean): string {
  const shortId = id
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 8)
    .toLowerCase();
  return taken ? `${safePart(reference)} (${shortId})` : safePart(reference);
}

export function incidentFileName(base: string): string {
  return `${base} incident.json`;
}

/** The deletion marker: other PCs delete their copy only when one names it (absence alone deletes nothing). */
export function deletionFileName(base: string): string {
  return `${base} deleted.json`;
}

const deletionFile = /^(.+) deleted\.json$/;

/** Whether a top-level file is a deletion marker, by its name. */
export function isDeletionFile(name: string): boolean {
  return deletionFile.test(name);
}

export function evidenceFolderName(base: string): string {
  return `${base} evidence`;
}

/** "2026-11-30 17.05.12" from an ISO time: no colons, which Windows does not allow in a name. */
function stamp(iso: string): string {
  return iso
    .replace(/\.\d+Z$/, 'Z')
    .replace('T', ' ')
    .replace(/Z$/, '')
    .replace(/:/g, '.');
}

/** A version set aside, named by when it was saved and its revision, so writing it twice writes one file. */
export function setAsideFileName(base: string, role: 'conflict' | 'notKept', updatedAt: string, revision: number): string {
  return `${base} incident (${role === 'conflict' ? 'conflict' : 'not kept'}, ${stamp(updatedAt)} rev ${revision}).json`;
}

/** Characters Windows and macOS refuse in a name, and control characters, become "_". */
function safePart(text: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  // A name may not end with a dot or a space on Windows.
  return cleaned.replace(/[. ]+$/, '') || 'file';
}

/**
 * An evidence file's name in the evidence folder: the name the user gave it with the first 8
 * characters of its SHA-256, so two screenshots both called "image.png" never clash and the same
 * bytes are always the same file.
 */
export function evidenceFileName(name: string, sha256: string): string {
  const safe = safePart(name).slice(0, 80);
  const dot = safe.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
  return `${stem} (${sha256.slice(0, 8)})${extension}`;
}
