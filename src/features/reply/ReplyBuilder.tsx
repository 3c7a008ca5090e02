import { useMemo, useRef, useState } from 'react';
import { replyBuilderContent } from '../../content/replyBuilder';
import { buildReply, defaultReplyParts, partWording, type ReplyPart } from '../../plan/buildReply';
import { checkReply, wordCount } from '../../plan/replyChecks';
import type { ReplyVariant } from '../../content/replyParts';
import type { PracticeSettings } from '../../record/settingsSchema';
import { agreedRepliesWords } from '../../content/agreedRepliesWords';
import { InlineConfirm } from '../../components/InlineConfirm';
import { AgreedReplies } from './AgreedReplies';
import { BeforeYouCopy } from './BeforeYouCopy';
import { CopyReply } from './CopyReply';
import { MarkPosted } from './MarkPosted';
import { ReplyCheckList } from './ReplyCheckList';
import { ReplyGuidance } from './ReplyGuidance';
import { ReplyPartFields } from './ReplyPartFields';
import { useReplyRecord } from './useReplyRecord';
import { VariantChoice } from './VariantChoice';

const words = replyBuilderContent;
const headingId = 'reply-builder-heading';
const draftId = 'reply-draft';
const draftHintId = 'reply-draft-hint';
const draftCountId = 'reply-draft-count';

export type ReplyBuilderSettings = Pick<PracticeSettings, 'raiseConcern' | 'staffNames'>;

interface Props {
  /** The kind of post, as suggested by the answers; the user can change it. */
  readonly variant: ReplyVariant;
  readonly settings: ReplyBuilderSettings;
  /** The clock, for tests. */
  readonly now?: () => Date;
}

/**
 * Builds a brief public reply from the guidance's parts, checks it as it is written, and keeps what
 * was posted. The reply follows the parts until the user edits it by hand; after that it is theirs,
 * and only "Rebuild from the parts" replaces it, so no change of a tick box ever wipes their words.
 */
export function ReplyBuilder({ variant: suggested, settings, now = () => new Date() }: Props) {
  const reply = useReplyRecord();
  const [variant, setVariant] = useState<ReplyVariant>(suggested);
  const [parts, setParts] = useState<readonly ReplyPart[]>(defaultReplyParts);
  // null while the reply follows the parts. A draft kept from earlier that is not the standard
  // reply has been worked on, so it is kept as it is.
  const [ownDraft, setOwnDraft] = useState<string | null>(() => {
    const saved = reply.savedDraft;
    return saved !== null && saved !== buildReply(defaultReplyParts(), settings, suggested) ? saved : null;
  });
  const draftRef = useRef<HTMLTextAreaElement>(null);

  const built = buildReply(parts, settings, variant);
  const draft = ownDraft ?? built;
  const checks = useMemo(() => checkReply(draft, { staffNames: settings.staffNames }), [draft, settings.staffNames]);

  const changeParts = (nextParts: readonly ReplyPart[], nextVariant: ReplyVariant) => {
    setParts(nextParts);
    setVariant(nextVariant);
    if (ownDraft === null) reply.saveDraft(buildReply(nextParts, settings, nextVariant));
  };
  const changePart = (changed: ReplyPart) =>
    changeParts(
      parts.map((part) => (part.id === changed.id ? changed : part)),
      variant,
    );
  const editDraft = (text: string) => {
    setOwnDraft(text);
    reply.saveDraft(text);
  };
  // An agreed reply becomes the user's own draft, so the parts never overwrite it; focus follows it.
  // A reply the user wrote themselves is replaced only once they say so.
  const [pendingAgreed, setPendingAgreed] = useState<string | null>(null);
  const [lastAgreed, setLastAgreed] = useState<string | null>(null);
  const takeAgreed = (text: string) => {
    setPendingAgreed(null);
    setLastAgreed(text);
    editDraft(text);
    draftRef.current?.focus();
  };
  const writtenByUser = ownDraft !== null && ownDraft.trim() !== '' && ownDraft !== lastAgreed;
  const startFromAgreed = (text: string) => {
    if (writtenByUser && ownDraft !== text) setPendingAgreed(text);
    else takeAgreed(text);
  };
  const rebuild = () => {
    setOwnDraft(null);
    reply.saveDraft(built);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <AgreedReplies onUse={startFromAgreed} />
      {pendingAgreed === null ? null : (
        <InlineConfirm
          question={agreedRepliesWords.replaceOwn.question}
          confirmLabel={agreedRepliesWords.replaceOwn.confirm}
          cancelLabel={agreedRepliesWords.replaceOwn.cancel}
          onConfirm={() => takeAgreed(pendingAgreed)}
          onCancel={() => {
            setPendingAgreed(null);
            // The question goes; focus returns to the reply that was kept.
            draftRef.current?.focus();
          }}
        />
      )}

      <VariantChoice value={variant} onChange={(next) => changeParts(parts, next)} />
      <ReplyPartFields parts={parts} wordingOf={(part) => partWording(part, settings, variant)} onChange={changePart} />

      <div className="form-group">
        <label className="label" htmlFor={draftId}>
          {words.draftLabel}
        </label>
        <div className="hint" id={draftHintId}>
          {words.draftHint}
        </div>
        <textarea
          ref={draftRef}
          className="textarea"
          id={draftId}
          rows={7}
          value={draft}
          aria-describedby={`${draftHintId} ${draftCountId}`}
          onChange={(event) => editDraft(event.target.value)}
        />
        <p className="hint" id={draftCountId}>
          {words.wordCount(wordCount(draft))}
        </p>
        {ownDraft !== null ? (
          <>
            <p>{words.ownWording}</p>
            <button type="button" className="button button--secondary" aria-describedby="reply-rebuild-hint" onClick={rebuild}>
              {words.rebuild}
            </button>
            <p className="hint" id="reply-rebuild-hint">
              {words.rebuildHint}
            </p>
          </>
        ) : null}
      </div>

      <ReplyCheckList checks={checks} />
      <BeforeYouCopy />
      <ReplyGuidance />
      <CopyReply text={draft} draftRef={draftRef} />
      <MarkPosted text={draft} posted={reply.posted} onPosted={(text) => reply.markPosted(text, now().toISOString())} />
    </section>
  );
}
