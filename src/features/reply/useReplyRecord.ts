import { useState } from 'react';
import { replyBuilderContent } from '../../content/replyBuilder';
import { useIncident } from '../../record/incidentContext';
import type { IncidentRecord } from '../../record/schema';

export interface PostedReply {
  readonly text: string;
  /** ISO time it was marked as posted. */
  readonly at: string;
}

export interface ReplyRecord {
  /** The draft as last kept, or null if none has been kept yet. */
  readonly savedDraft: string | null;
  readonly posted: PostedReply | undefined;
  saveDraft(draft: string): void;
  markPosted(text: string, at: string): void;
}

function withDraft(record: IncidentRecord, draft: string): IncidentRecord {
  return { ...record, reply: { ...record.reply, draft } };
}

function withPosted(record: IncidentRecord, text: string, at: string): IncidentRecord {
  return {
    ...record,
    reply: { draft: text, posted: { text, at } },
    timeline: [...record.timeline, { at, kind: 'reply', summary: replyBuilderContent.timelineSummary }],
  };
}

/**
 * The reply as kept with the open incident, so a draft survives a ringing phone or a restart and
 * the posted words go in the note. Outside an incident (training, a preview) the builder still
 * works, keeping everything in the page.
 */
export function useReplyRecord(): ReplyRecord {
  const incident = useIncident();
  const [localDraft, setLocalDraft] = useState<string | null>(null);
  const [localPosted, setLocalPosted] = useState<PostedReply | undefined>(undefined);

  if (!incident) {
    return {
      savedDraft: localDraft,
      posted: localPosted,
      saveDraft: setLocalDraft,
      markPosted: (text, at) => {
        setLocalDraft(text);
        setLocalPosted({ text, at });
      },
    };
  }
  const { record, update } = incident;
  return {
    savedDraft: record.reply?.draft ?? null,
    posted: record.reply?.posted,
    saveDraft: (draft) => update((r) => withDraft(r, draft), 'afterTyping'),
    markPosted: (text, at) => update((r) => withPosted(r, text, at), 'now'),
  };
}
