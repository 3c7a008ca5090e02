import { useEffect, useState } from 'react';
import type { NoteAttachment } from '../../note/types';
import type { EvidenceFileStore } from '../../record/evidenceFiles';

export type AttachmentImage =
  | { readonly state: 'ready'; readonly url: string }
  /** Not an image (a saved PDF), gone from the store, or no object URLs in this browser. */
  | { readonly state: 'notShown' };

export interface AttachmentImages {
  /** Every attachment has been looked up: the print view knows what it will show. */
  readonly settled: boolean;
  readonly byFileId: ReadonlyMap<string, AttachmentImage>;
}

/**
 * `blob:` URLs for the screenshots a printed note shows, revoked when the print view goes so a
 * printed incident does not keep its screenshots in memory for the rest of the session.
 */
/** Nothing to look up: settled at once, and the same object each time so nothing re-renders. */
const noAttachments: AttachmentImages = { settled: true, byFileId: new Map() };

export function useAttachmentUrls(store: EvidenceFileStore, attachments: readonly NoteAttachment[]): AttachmentImages {
  const [images, setImages] = useState<AttachmentImages>({ settled: false, byFileId: new Map() });
  useEffect(() => {
    if (attachments.length === 0) return;
    let cancelled = false;
    const urls: string[] = [];
    const lookUp = async (attachment: NoteAttachment): Promise<[string, AttachmentImage]> => {
      if (!attachment.type.startsWith('image/')) return [attachment.fileId, { state: 'notShown' }];
      try {
        const file = await store.get(attachment.fileId);
        // A file whose bytes no longer match the record is not shown as if it were the evidence.
        if (file === undefined || file.sha256 !== attachment.sha256 || cancelled) return [attachment.fileId, { state: 'notShown' }];
        const url = URL.createObjectURL(new Blob([file.bytes], { type: file.type }));
        urls.push(url);
        return [attachment.fileId, { state: 'ready', url }];
      } catch {
        return [attachment.fileId, { state: 'notShown' }];
      }
    };
    void Promise.all(attachments.map(lookUp)).then((found) => {
      if (!cancelled) setImages({ settled: true, byFileId: new Map(found) });
    });
    return () => {
      cancelled = true;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [store, attachments]);
  return attachments.length === 0 ? noAttachments : images;
}
