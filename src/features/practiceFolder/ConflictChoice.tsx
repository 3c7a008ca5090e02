import { useState } from 'react';
import { practiceFolderWords as words } from '../../content/practiceFolder';
import type { Conflict, FolderVersion } from '../../record/practiceFolder/folderSync';
import { versionDifferences, type Difference } from '../../record/practiceFolder/versionDifferences';
import { formatLocalDateTime } from '../../record/practiceTimeFormat';

function differenceWords(difference: Difference): string {
  return difference.part === 'answers' ? words.differs.answers(difference.count) : words.differs[difference.part];
}

function Version({
  version,
  other,
  index,
  reference,
  onKeep,
}: {
  version: FolderVersion;
  other: FolderVersion;
  index: number;
  reference: string;
  onKeep: () => void;
}) {
  const { record } = version;
  const differences = versionDifferences(record, other.record);
  const done = Object.values(record.actions).filter((action) => action.status === 'done').length;
  const headingId = `version-${record.id}-${index}`;
  return (
    <section className="card card--compact" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__heading">
        {words.versionHeading(index)}
      </h3>
      <ul className="list">
        <li>{words.savedAt(formatLocalDateTime(record.updatedAt))}</li>
        <li>{words.revision(record.revision)}</li>
        <li>{words.status(record.status === 'closed')}</li>
        <li>{words.counts(Object.keys(record.answers).length, record.evidence.length, done)}</li>
        <li>{words.inFolderAs(version.fileName)}</li>
      </ul>
      <h4 className="heading-s">{words.differsHeading}</h4>
      {differences.length === 0 ? (
        <p>{words.nothingDiffers}</p>
      ) : (
        <ul className="list">
          {differences.map((difference) => (
            <li key={difference.part}>{differenceWords(difference)}</li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onKeep}>
        {words.keep}{' '}
        <span className="visually-hidden">
          ({words.keepVersion(index)}, {reference})
        </span>
      </button>
    </section>
  );
}

/** One incident changed on two computers at once: both versions side by side, and a choice. */
export function ConflictChoice({ conflict, onKeep }: { conflict: Conflict; onKeep: (fileName: string) => Promise<boolean> }) {
  const [failed, setFailed] = useState(false);
  const headingId = `conflict-${conflict.id}`;
  const [first, ...rest] = conflict.versions;
  if (first === undefined) return null;
  return (
    <section className="card card--warning" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {words.conflictHeading(conflict.reference)}
      </h2>
      <p>{words.conflictIntro}</p>
      {failed ? (
        <p role="alert" className="error-message">
          {words.keepFailed}
        </p>
      ) : null}
      {conflict.versions.map((version, index) => (
        <Version
          key={version.fileName}
          version={version}
          other={index === 0 ? (rest[0] ?? first) : first}
          index={index + 1}
          reference={conflict.reference}
          onKeep={() => void onKeep(version.fileName).then((kept) => setFailed(!kept))}
        />
      ))}
    </section>
  );
}
