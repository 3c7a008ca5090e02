import { agreedRepliesWords } from '../../content/agreedRepliesWords';
import { agreedReplies } from '../../plan/agreedReplies';
import { usePolicyInForce } from '../../record/policyInForceContext';
import { formatCalendarDate } from '../../record/practiceTimeFormat';

const words = agreedRepliesWords;
const headingId = 'agreed-replies-heading';

/**
 * The replies the practice agreed in advance in its adopted policy, each offered as a starting
 * point. Choosing one puts it in the reply box, where the same checks read it as they read any
 * draft: agreed months ago is not the same as right for this post.
 */
export function AgreedReplies({ onUse }: { readonly onUse: (text: string) => void }) {
  const policy = usePolicyInForce();
  if (policy === undefined) return null;
  const replies = agreedReplies(policy.answers);
  if (replies.length === 0) return null;
  const adoptedOn = formatCalendarDate(policy.adoptedOn) ?? policy.adoptedOn;
  return (
    <section aria-labelledby={headingId} className="card card--info">
      <h3 className="card__heading" id={headingId}>
        {words.heading}
      </h3>
      <p>{words.intro(adoptedOn, policy.version)}</p>
      <ul className="list list--spaced">
        {replies.map((reply) => {
          const labelId = `agreed-reply-${reply.id.replace(/\W/g, '-')}`;
          return (
            <li key={reply.id}>
              <p id={labelId}>
                <strong>{reply.label ?? words.ownReply}</strong>
                <br />
                <span className="hint">{words.agreedOn(adoptedOn)}</span>
              </p>
              <blockquote>{reply.text}</blockquote>
              <button type="button" className="button button--secondary" aria-describedby={labelId} onClick={() => onUse(reply.text)}>
                {words.use}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
