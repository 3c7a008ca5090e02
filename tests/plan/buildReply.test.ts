import { describe, expect, it } from 'vitest';
import { buildReply, defaultReplyParts, type ReplyPart } from '../../src/plan/buildReply';
import { replyPartIds } from '../../src/content/replyParts';
import { checkReply, wordCount } from '../../src/plan/replyChecks';
import { replyVariantFor } from '../../src/plan/replyVariant';
import { replyVariants, type ReplyVariant } from '../../src/content/replyParts';
import type { Answers } from '../../src/content/questions';
import { defaultSettings, type PracticeSettings } from '../../src/record/settingsSchema';

const staffNames = ['Sarah Patel', 'Dr Okafor', 'Will', 'Grace'];

const fullSettings: PracticeSettings = {
  ...structuredClone(defaultSettings),
  practiceName: 'Riverside Surgery',
  raiseConcern: {
    phone: '01632 960123',
    email: 'riverside.practicemanager@nhs.net',
    complaintsPage: 'www.riversidesurgery.nhs.uk/complaints',
  },
  staffNames,
};

const noRoute: PracticeSettings = { ...structuredClone(defaultSettings), staffNames };

const allOn = (): ReplyPart[] => replyPartIds.map((id) => ({ id, included: true }));

describe.each(replyVariants)('the %s reply', (variant: ReplyVariant) => {
  it.each([
    ['settings with every route', fullSettings],
    ['no contact route set', noRoute],
  ])('is brief, invites contact and passes every check (%s)', (_, settings) => {
    for (const parts of [defaultReplyParts(), allOn()]) {
      const reply = buildReply(parts, settings, variant);
      expect(wordCount(reply)).toBeLessThan(60);
      expect(reply).toMatch(/\bcontact\b/);
      expect(checkReply(reply, { staffNames })).toEqual([]);
    }
  });

  it("uses the practice's complaints route and number when set", () => {
    const reply = buildReply(defaultReplyParts(), fullSettings, variant);
    expect(reply).toContain('01632 960123');
    expect(reply).toContain('riverside.practicemanager@nhs.net');
    expect(reply).toContain('www.riversidesurgery.nhs.uk/complaints');
    expect(reply).toContain('complaints process');
  });

  it('points to a role, never a named colleague', () => {
    for (const settings of [fullSettings, noRoute]) {
      const reply = buildReply(allOn(), settings, variant);
      expect(reply).toContain('our practice manager');
      for (const name of staffNames) expect(reply).not.toContain(name);
    }
  });

  it('without a route set, still asks for the role and mentions the complaints process', () => {
    const reply = buildReply(defaultReplyParts(), noRoute, variant);
    expect(reply).toContain('ask for our practice manager');
    expect(reply).toContain('complaints process');
  });

  it('never confirms a patient relationship or gives clinical detail', () => {
    const reply = buildReply(allOn(), fullSettings, variant).toLowerCase();
    for (const phrase of ['your appointment', 'your records', 'your results', 'your prescription', 'as discussed', 'registered']) {
      expect(reply).not.toContain(phrase);
    }
    expect(reply).not.toMatch(/\byou are (?:a|our) patient/);
  });
});

describe('building from parts', () => {
  it('leaves out a part that is switched off', () => {
    const parts = defaultReplyParts().map((part) => (part.id === 'thank' ? { ...part, included: false } : part));
    const withThanks = buildReply(defaultReplyParts(), fullSettings, 'access');
    const without = buildReply(parts, fullSettings, 'access');
    expect(withThanks).toContain('Thank you');
    expect(without).not.toContain('Thank you');
  });

  it("uses the user's own wording for a part, and skips a part left empty", () => {
    const parts = defaultReplyParts().map((part) =>
      part.id === 'acknowledge'
        ? { ...part, text: '  We have read   your comments.  ' }
        : part.id === 'thank'
          ? { ...part, text: '' }
          : part,
    );
    const reply = buildReply(parts, fullSettings, 'access');
    expect(reply.startsWith('We have read your comments. We can')).toBe(true);
  });

  it('has the optional general statement switched off by default', () => {
    expect(defaultReplyParts().find((part) => part.id === 'approach')?.included).toBe(false);
    expect(defaultReplyParts().filter((part) => part.included)).toHaveLength(replyPartIds.length - 1);
  });

  it('keeps parts in the order given', () => {
    const reply = buildReply(defaultReplyParts(), fullSettings, 'ownCare');
    expect(reply.indexOf('seen')).toBeLessThan(reply.indexOf('Thank'));
    expect(reply.indexOf('Thank')).toBeLessThan(reply.indexOf('contact'));
  });

  it('builds nothing when every part is off', () => {
    expect(
      buildReply(
        defaultReplyParts().map((p) => ({ ...p, included: false })),
        fullSettings,
        'access',
      ),
    ).toBe('');
  });

  it('uses only the phone or only the email when only one is set', () => {
    const phoneOnly = { ...noRoute, raiseConcern: { phone: '01632 960123' } };
    const emailOnly = { ...noRoute, raiseConcern: { email: 'pm@example.nhs.net' } };
    expect(buildReply(defaultReplyParts(), phoneOnly, 'colleague')).toContain('our practice manager on 01632 960123 so');
    expect(buildReply(defaultReplyParts(), emailOnly, 'colleague')).toContain('our practice manager at pm@example.nhs.net so');
  });
});

describe('choosing the kind of reply from the answers', () => {
  it.each<[string, Answers, ReplyVariant]>([
    ['a review about access', { reason: 'access', about: ['practice'] }, 'access'],
    ['a post about how a colleague behaved', { reason: 'manner', about: ['colleague'] }, 'colleague'],
    ['a post naming a colleague, about access', { reason: 'access', about: ['practice', 'colleague'] }, 'colleague'],
    ['something untrue', { reason: 'misinformation', about: ['practice'] }, 'misinformation'],
    ['something untrue about a colleague', { reason: 'misinformation', about: ['colleague'] }, 'misinformation'],
    ['someone describing their own care', { reason: 'clinical', about: ['practice'] }, 'ownCare'],
    ['care given by a named colleague', { reason: 'clinical', about: ['colleague'] }, 'colleague'],
    ['unclear', { reason: 'unclear' }, 'access'],
    ['no answers yet', {}, 'access'],
  ])('%s', (_, answers, expected) => {
    expect(replyVariantFor(answers)).toBe(expected);
  });
});
