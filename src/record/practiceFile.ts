/**
 * One file holding the practice settings and the social media policy with every version, to move
 * them to another computer (issue 17). Read back through the same schemas the stores use, so a
 * file that would not be accepted by the settings page or "Be prepared" is refused in words
 * before anything is saved. Revisions are left out: they belong to one computer's storage.
 */
import * as z from 'zod/mini';
import { practiceTransferWords } from '../content/practiceTransferWords';
import { savedPolicy, type SavedPolicy } from './policySchema';
import { practiceSettings, type PracticeSettings } from './settingsSchema';

export const practiceFileKind = 'social-media-incident-wizard.practice';
export const practiceFileVersion = 1;
/** Far more than any real file (settings and a few hundred policy versions are well under 1 MB). */
export const practiceFileMaxBytes = 5 * 1024 * 1024;

const problems = practiceTransferWords.problems;

const practiceFileSchema = z.object({
  kind: z.literal(practiceFileKind),
  fileVersion: z.literal(practiceFileVersion),
  exportedAt: z.string(),
  settings: practiceSettings,
  policy: z.optional(savedPolicy),
});

export interface PracticeFile {
  readonly settings: PracticeSettings;
  readonly policy?: SavedPolicy;
}

function withoutRevision<T extends { readonly revision?: number | undefined }>(value: T): Omit<T, 'revision'> {
  const { revision: _revision, ...rest } = value;
  return rest;
}

export function practiceFileText(settings: PracticeSettings, policy: SavedPolicy | undefined, now: Date): string {
  const file = {
    kind: practiceFileKind,
    fileVersion: practiceFileVersion,
    exportedAt: now.toISOString(),
    settings: withoutRevision(settings),
    ...(policy === undefined ? {} : { policy: withoutRevision(policy) }),
  };
  return JSON.stringify(file, null, 2);
}

export type ReadPracticeFile = { readonly ok: true; readonly file: PracticeFile } | { readonly ok: false; readonly problem: string };

function refused(problem: string): ReadPracticeFile {
  return { ok: false, problem };
}

/** The file's settings and policy, or the reason it cannot be brought in. Never throws. */
export function readPracticeFile(text: string): ReadPracticeFile {
  if (text.length > practiceFileMaxBytes) return refused(problems.tooBig);
  let parsed: unknown;
  try {
    // A byte-order mark from an editor is not part of the JSON.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refused(problems.notJson);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return refused(problems.notJson);
  const kind: unknown = 'kind' in parsed ? parsed.kind : undefined;
  if (kind !== practiceFileKind) return refused(problems.notOurs);
  const fileVersion: unknown = 'fileVersion' in parsed ? parsed.fileVersion : undefined;
  if (fileVersion !== practiceFileVersion) return refused(problems.otherVersion);
  const result = practiceFileSchema.safeParse(parsed);
  if (!result.success) return refused(problems.invalid([...new Set(result.error.issues.map((issue) => issue.message))].join('; ')));
  const { settings, policy } = result.data;
  return { ok: true, file: { settings: withoutRevision(settings), ...(policy === undefined ? {} : { policy: withoutRevision(policy) }) } };
}
