import { replyBuilderContent } from '../../content/replyBuilder';

const words = replyBuilderContent;
const headingId = 'reply-before-copy-heading';

/**
 * What to read for before copying, whatever the checks found: the checks are word rules and can
 * miss things, so the person's own reading, and a second reader for anything about care or a
 * clinician, stay the real safeguard.
 */
export function BeforeYouCopy() {
  return (
    <section aria-labelledby={headingId} className="card card--info">
      <h3 className="card__heading" id={headingId}>
        {words.beforeCopyHeading}
      </h3>
      <p>{words.beforeCopyIntro}</p>
      <ul className="list">
        {words.beforeCopy.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{words.secondReader}</p>
      <p>{words.checksCanMiss}</p>
    </section>
  );
}
