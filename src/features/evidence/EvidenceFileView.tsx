import { evidenceContent } from '../../content/evidence';
import { formatFileSize } from '../../components/fileSize';
import { saveFileCopy } from './saveFileCopy';
import type { EvidenceFileRef } from './storeEvidenceFiles';
import { useEvidenceFiles } from '../../record/evidenceFilesContext';
import { useFilePreview } from './useFilePreview';

const words = evidenceContent.log;

/** One stored file of a post: thumbnail, name, size and fingerprint, and a way to save a copy. */
export function EvidenceFileView({ file }: { file: EvidenceFileRef }) {
  const store = useEvidenceFiles();
  const preview = useFilePreview(store, file.fileId, file.type);
  const save = () => {
    void store.get(file.fileId).then((stored) => {
      if (stored) saveFileCopy(stored, file.name);
    });
  };
  return (
    <li className="sources__item">
      {preview.state === 'ready' ? (
        <p>
          <img src={preview.url} alt={words.preview(file.name)} width={240} />
        </p>
      ) : null}
      <p>
        <strong>{file.name}</strong> ({formatFileSize(file.size)})
      </p>
      {preview.state === 'none' ? <p className="hint">{words.noPreview}</p> : null}
      {preview.state === 'missing' ? <p className="hint">{words.missingFile}</p> : null}
      <p>
        {words.fingerprintLabel} <code>{file.sha256}</code>
      </p>
      {preview.state === 'missing' ? null : (
        <button type="button" className="link-button" onClick={save}>
          {words.saveCopy} <span className="visually-hidden">{words.saveCopyHidden(file.name)}</span>
        </button>
      )}
    </li>
  );
}
