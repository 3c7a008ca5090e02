import { useEffect, useState } from 'react';
import type { EvidenceFileStore } from '../../record/evidenceFiles';

export type FilePreview =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly url: string }
  | { readonly state: 'none' }
  | { readonly state: 'missing' };

/**
 * A `blob:` URL for an image's thumbnail, revoked when the thumbnail goes so that a long session
 * does not keep every screenshot in memory. Files that are not images get no preview.
 */
export function useFilePreview(store: EvidenceFileStore, fileId: string, type: string): FilePreview {
  const [preview, setPreview] = useState<FilePreview>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let url: string | null = null;
    store.get(fileId).then(
      (file) => {
        if (cancelled) return;
        if (!file) return setPreview({ state: 'missing' });
        if (!type.startsWith('image/')) return setPreview({ state: 'none' });
        try {
          url = URL.createObjectURL(new Blob([file.bytes], { type: file.type }));
          setPreview({ state: 'ready', url });
        } catch {
          // No object URLs here (an old or locked-down browser): the file is still listed.
          setPreview({ state: 'none' });
        }
      },
      () => {
        if (!cancelled) setPreview({ state: 'missing' });
      },
    );
    return () => {
      cancelled = true;
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [store, fileId, type]);
  return preview;
}
