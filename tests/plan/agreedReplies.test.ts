/** Issue 17: the replies a practice agreed in advance, offered in the reply builder. */
import { describe, expect, it } from 'vitest';
import { agreedReplies } from '../../src/plan/agreedReplies';

describe('replies agreed in advance', () => {
  it.each([
    ['thanksContact', 'Thanking them and inviting contact', /^Thank you for taking the time to tell us about this\./],
    ['cannotDiscuss', 'Saying the practice cannot discuss care in public', /^We are sorry to hear you are unhappy\./],
    ['noAbuse', 'Setting a limit on abuse of staff', /we will not accept abuse of our staff/],
  ])('the ready-made reply %s comes with its label and words', (value, label, text) => {
    const [reply, ...rest] = agreedReplies({ holdingReplies: [value] });
    expect(rest).toEqual([]);
    expect(reply?.label).toBe(label);
    expect(reply?.text).toMatch(text);
  });

  it("adds the practice's own reply last, trimmed, and leaves out a blank one", () => {
    const replies = agreedReplies({ holdingReplies: ['noAbuse', 'thanksContact'], ownReply: '  Thank you, please ring us.  ' });
    expect(replies.map((reply) => reply.id)).toEqual(['holdingReplies.thanksContact', 'holdingReplies.noAbuse', 'ownReply']);
    expect(replies.at(-1)).toEqual({ id: 'ownReply', label: null, text: 'Thank you, please ring us.' });
    expect(agreedReplies({ ownReply: '   ' })).toEqual([]);
  });

  it('offers nothing for answers that are not replies, or values the policy does not know', () => {
    expect(agreedReplies({ incidentLead: 'practiceManager', holdingReplies: ['madeUp'] })).toEqual([]);
  });
});
