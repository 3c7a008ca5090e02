import { useEffect, useRef, useState } from 'react';
import { printWords } from '../../content/noteUi';
import type { NoteAttachment } from '../../note/types';
import type { AttachmentImages } from './useAttachmentUrls';
import { NoteHeading } from './NoteBlocks';

interface Props {
  readonly attachments: readonly NoteAttachment[];
  readonly images: AttachmentImages;
  /** Called once every screenshot has loaded or failed, so printing does not start half-drawn. */
  readonly onLoaded: () => void;
}

/** The screenshots themselves, under the evidence appendix, each captioned with its fingerprint. */
export function NoteAttachments({ attachments, images, onLoaded }: Props) {
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(new Set());
  const reported = useRef(false);
  const markLoaded = (fileId: string) => setLoaded((before) => new Set(before).add(fileId));

  const waitingFor = [...images.byFileId].filter(([fileId, image]) => image.state === 'ready' && !loaded.has(fileId));
  const done = images.settled && waitingFor.length === 0;
  useEffect(() => {
    if (done && !reported.current) {
      reported.current = true;
      onLoaded();
    }
  }, [done, onLoaded]);

  if (attachments.length === 0) return null;
  // Numbered within each evidence item, as the files are listed above.
  const counts = new Map<number, number>();
  return (
    <section className="note-print__section">
      <NoteHeading level={3}>{printWords.screenshotsHeading}</NoteHeading>
      {attachments.map((attachment) => {
        const number = (counts.get(attachment.evidence) ?? 0) + 1;
        counts.set(attachment.evidence, number);
        const caption = printWords.screenshot(attachment.evidence, number);
        const image = images.byFileId.get(attachment.fileId);
        return (
          <figure className="note-print__figure" key={attachment.fileId}>
            {image?.state === 'ready' ? (
              <img
                className="note-print__image"
                src={image.url}
                alt={caption}
                onLoad={() => markLoaded(attachment.fileId)}
                onError={() => markLoaded(attachment.fileId)}
              />
            ) : images.settled ? (
              <p className="note-print__not-shown">{printWords.notShown}</p>
            ) : null}
            <figcaption>
              {caption}. {printWords.sha256}: <span className="note-print__hash">{attachment.sha256}</span>
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
