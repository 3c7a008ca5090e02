import { evidenceContent } from '../../content/evidence';
import { formatFileSize } from '../../components/fileSize';

const words = evidenceContent.form;

export interface AttachedFile {
  readonly key: string;
  readonly name: string;
  readonly size: number;
}

/** The files that will be saved with the post, each with a way to take it off again. */
export function AttachedFiles({ files, onRemove }: { files: readonly AttachedFile[]; onRemove: (key: string) => void }) {
  if (files.length === 0) return null;
  return (
    <>
      <h4 className="heading-s">{words.filesToAdd}</h4>
      <ul className="list">
        {files.map((file) => (
          <li key={file.key}>
            {file.name} ({formatFileSize(file.size)}){' '}
            <button type="button" className="link-button" onClick={() => onRemove(file.key)}>
              {words.removeFile} <span className="visually-hidden">{words.removeFileHidden(file.name)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
