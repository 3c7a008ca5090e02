import { replyBuilderContent } from '../../content/replyBuilder';

const words = replyBuilderContent;
const headingId = 'reply-guidance-heading';

/** What to do around the reply itself, kept next to the draft because it matters at the moment of posting. */
export function ReplyGuidance() {
  return (
    <section aria-labelledby={headingId} className="card card--info">
      <h3 className="card__heading" id={headingId}>
        {words.guidanceHeading}
      </h3>
      <ul className="list">
        {words.guidance.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
