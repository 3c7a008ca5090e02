import { policyUi } from '../../content/policyUi';
import { checkReply, type ReplyCheck } from '../../plan/replyChecks';

/** What the reply checks found in a reply the practice means to agree in advance. */
export function ReplyCheckResults({ checks }: { checks: readonly ReplyCheck[] }) {
  if (checks.length === 0) return <p className="hint">{policyUi.replyChecks.passed}</p>;
  return (
    <div className="card card--warning">
      <p>{policyUi.replyChecks.flagged}</p>
      <ul className="list">
        {checks.map((check) => (
          <li key={check.id}>{check.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The checks run on a reply as it is typed; polite (status), so typing is not interrupted. */
export function ReplyCheckList({ reply, staffNames }: { reply: string; staffNames: readonly string[] }) {
  return (
    <div role="status">
      <ReplyCheckResults checks={checkReply(reply, { staffNames })} />
    </div>
  );
}
