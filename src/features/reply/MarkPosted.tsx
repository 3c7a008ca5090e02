import { Fragment, useState } from 'react';
import { replyBuilderContent } from '../../content/replyBuilder';
import { formatLocalDate, formatLocalTime } from '../../record/practiceTimeFormat';
import type { PostedReply } from './useReplyRecord';

const words = replyBuilderContent;
const hintId = 'reply-mark-posted-hint';

interface Props {
  readonly text: string;
  readonly posted: PostedReply | undefined;
  readonly onPosted: (text: string) => void;
}

/**
 * "I have posted this reply": the words as posted and the time go in the record, because a reply
 * can be edited or deleted on the site later and the practice needs to show what it actually said.
 */
export function MarkPosted({ text, posted, onPosted }: Props) {
  const [empty, setEmpty] = useState(false);
  if (posted) {
    return (
      <section className="card card--info" aria-labelledby="reply-posted-heading">
        <h3 className="card__heading" id="reply-posted-heading">
          {words.postedAt(formatLocalTime(posted.at), formatLocalDate(posted.at))}
        </h3>
        <p className="hint">{words.postedTextHeading}</p>
        <p>
          {posted.text.split('\n').map((line, index) => (
            <Fragment key={index}>
              {index > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      </section>
    );
  }
  return (
    <div className="form-group">
      <button
        type="button"
        className="button"
        aria-describedby={hintId}
        onClick={() => {
          if (text.trim() === '') return setEmpty(true);
          setEmpty(false);
          onPosted(text);
        }}
      >
        {words.markPosted}
      </button>
      <p className="hint" id={hintId}>
        {words.markPostedHint}
      </p>
      {empty ? <p className="error-message">{words.nothingToCopy}</p> : null}
    </div>
  );
}
