/**
 * Saves an incident as the user works, so a ringing phone, a restarted PC or a colleague taking
 * over loses nothing. The in-memory record is always the truth for this tab: a failed write never
 * rolls it back. Writes go one at a time; changes made meanwhile are saved straight after.
 * Typing is saved after a short pause (and at once when the tab is hidden), answers at once.
 */
import type { IncidentRecord } from './schema';
import type { TypingMirror } from './typingMirror';

export type SaveStatus =
  | { readonly state: 'saved'; readonly at: string }
  | { readonly state: 'saving' }
  | { readonly state: 'failed'; readonly message: string }
  /** Another tab or window saved this incident since we loaded it: we stop rather than overwrite. */
  | { readonly state: 'conflict' };

export interface RecordSaver {
  save(record: IncidentRecord): Promise<IncidentRecord>;
}

export const typingPauseMs = 800;

export class Autosaver {
  private record: IncidentRecord;
  private pending = false;
  private inFlight: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly saver: RecordSaver,
    initial: IncidentRecord,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly isConflict: (error: unknown) => boolean,
    /** A synchronous copy of what is not on disk yet, so a reload straight after typing keeps it. */
    private readonly mirror?: TypingMirror,
  ) {
    this.record = initial;
  }

  private sending: IncidentRecord | null = null;

  private mirrorNow(unsaved: boolean): void {
    this.mirror?.keep({ record: this.record, sending: this.sending, unsaved });
  }

  private readonly listeners = new Set<() => void>();

  current = (): IncidentRecord => this.record;

  /** For React's useSyncExternalStore: views re-render when the record changes. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Apply a change now; save it at once, or after a pause in typing. */
  change(update: (record: IncidentRecord) => IncidentRecord, when: 'now' | 'afterTyping' = 'now'): void {
    this.record = update(this.record);
    this.notify();
    this.pending = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (when === 'now') void this.flush();
    else this.timer = setTimeout(() => void this.flush(), typingPauseMs);
    this.mirrorNow(true);
  }

  /** Opened from this tab's unsaved copy (see typingMirror.ts): write it to disk now. */
  markUnsaved(): void {
    this.pending = true;
    void this.flush();
  }

  /** Write whatever is waiting; resolves once it is on disk (or has failed, kept to retry). */
  async flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    while (this.pending && !this.stopped) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      this.pending = false;
      this.inFlight = this.write();
      const ok = await this.inFlight;
      this.inFlight = null;
      if (!ok) {
        // Keep the change waiting for the next edit or flush rather than retrying in a loop.
        this.pending = true;
        break;
      }
    }
  }

  /** True while some change exists only in this tab. */
  hasUnsavedChanges(): boolean {
    return this.pending || this.timer !== null || this.inFlight !== null;
  }

  private async write(): Promise<boolean> {
    this.onStatus({ state: 'saving' });
    this.sending = this.record;
    this.mirrorNow(true);
    try {
      const saved = await this.saver.save(this.record);
      // Keep any changes made while writing; take the new revision and time from storage.
      this.record = { ...this.record, revision: saved.revision, updatedAt: saved.updatedAt };
      this.sending = null;
      this.mirrorNow(this.pending || this.timer !== null);
      this.notify();
      this.onStatus({ state: 'saved', at: saved.updatedAt });
      return true;
    } catch (error) {
      this.sending = null;
      this.mirrorNow(true);
      if (this.isConflict(error)) {
        this.stopped = true;
        this.onStatus({ state: 'conflict' });
        return true;
      }
      this.onStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }
}
