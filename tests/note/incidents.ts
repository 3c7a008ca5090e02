/**
 * Five representative incidents for the note tests, built the way the app builds them: the answers
 * are given to the wizard screen by screen (so `visited` and the answers kept are the machine's
 * own), then the record fields the later screens fill in are added by hand.
 */
import { currentSchemaVersion, type IncidentRecord } from '../../src/record/schema';
import { defaultSettings, type PracticeSettings } from '../../src/record/settingsSchema';
import { parsePracticeTime } from '../../src/record/clock';
import type { Answers } from '../../src/content/questions';
import { mildReview, startWizard, walkToPlan } from '../support/walk';

/** Every golden note is made at this moment: a Wednesday afternoon in November (GMT). */
export const noteTime = new Date('2026-11-25T16:00:00.000Z');

const sha = (digit: string) => digit.repeat(64);

function walked(
  answers: Answers,
  rest: Partial<IncidentRecord> & Pick<IncidentRecord, 'id' | 'reference' | 'kind' | 'createdAt'>,
): IncidentRecord {
  const wizard = startWizard();
  walkToPlan(answers, wizard);
  const context = wizard.getSnapshot().context;
  wizard.stop();
  const foundAt = context.answers.foundAt === undefined ? null : (parsePracticeTime(context.answers.foundAt)?.toISOString() ?? null);
  return {
    schemaVersion: currentSchemaVersion,
    updatedAt: noteTime.toISOString(),
    foundAt,
    machineVersion: 1,
    revision: 7,
    status: 'open',
    keep: false,
    answers: context.answers as Record<string, string | string[]>,
    drafts: {},
    visited: [...context.visited],
    currentStep: 'plan',
    actions: {},
    timeline: [],
    evidence: [],
    reply: null,
    references: [],
    ...rest,
  };
}

/** A one-star Google review about phone waits: criticism, answered with a brief reply. */
export function mildGoogleReview(): IncidentRecord {
  return walked(
    { ...mildReview, awayChoice: 'continue' },
    {
      id: 'incident-mild',
      reference: 'SM-2026-0041',
      kind: 'live',
      createdAt: '2026-11-25T09:35:00.000Z',
      actions: {
        keepSavedEvidence: { status: 'done', owner: 'Jo Reception', updatedAt: '2026-11-25T09:50:00.000Z' },
        tellPartnerOnCall: { status: 'done', owner: 'Dr Amir Khan', updatedAt: '2026-11-25T10:05:00.000Z' },
        replyBriefly: { status: 'done', owner: 'Practice manager', due: '2026-11-25', updatedAt: '2026-11-25T11:00:00.000Z' },
        lookIntoConcerns: { status: 'todo', owner: 'Practice manager', due: '2026-12-02', updatedAt: '2026-11-25T11:05:00.000Z' },
      },
      timeline: [
        { at: '2026-11-25T09:35:00.000Z', kind: 'created', summary: 'Incident started' },
        { at: '2026-11-25T09:41:00.000Z', kind: 'step', summary: 'Your action plan', ref: 'plan' },
        { at: '2026-11-25T09:48:00.000Z', kind: 'evidence', summary: 'Evidence added: Google reviews' },
        { at: '2026-11-25T11:00:00.000Z', kind: 'reply', summary: 'Reply posted' },
      ],
      evidence: [
        {
          id: 'ev-1',
          platform: 'googleReviews',
          url: 'https://maps.google.com/?cid=1234567890',
          account: 'K. Jones',
          text: 'One star. Nobody answers the phone at 8am, tried for an hour.',
          postedAsShown: '2 hours ago',
          capturedAt: '2026-11-25T09:47:00.000Z',
          files: [
            {
              fileId: 'file-1',
              name: 'Screenshot 2026-11-25 094700.png',
              type: 'image/png',
              size: 183_204,
              sha256: sha('a'),
              addedAt: '2026-11-25T09:48:00.000Z',
            },
          ],
        },
      ],
      reply: {
        draft: 'Thank you for your feedback.',
        posted: {
          text: 'Thank you for taking the time to tell us about this. We cannot discuss anyone’s care online, but we would like to hear more: please contact our practice manager on 01234 567890.',
          at: '2026-11-25T11:00:00.000Z',
        },
      },
    },
  );
}

/** Abuse on the practice's own page naming a receptionist, reported to the site. */
export function abuseNamingReceptionist(): IncidentRecord {
  const answers: Answers = {
    ...mildReview,
    awayChoice: 'continue',
    platform: 'ownPage',
    about: ['practice', 'colleague'],
    description: 'Says our receptionist "Sarah" is a *liar* & should be sacked!!! Tagged 40 people.\nSecond comment: <b>name and shame</b>',
    reason: 'manner',
    situations: ['trolling'],
    tone: 'abuse',
    decision: 'monitor',
    rulesBroken: ['namesStaff'],
    targetRole: 'nonClinical',
  };
  return walked(answers, {
    id: 'incident-abuse',
    reference: 'SM-2026-0042',
    kind: 'live',
    createdAt: '2026-11-25T09:40:00.000Z',
    actions: {
      reportToSite: { status: 'done', owner: 'Sam Patel', updatedAt: '2026-11-25T10:30:00.000Z' },
      tellTargetedColleague: { status: 'done', owner: 'Sam Patel', updatedAt: '2026-11-25T10:00:00.000Z' },
      supportNonClinical: { status: 'todo', owner: 'Dr Amir Khan', due: '2026-11-26', updatedAt: '2026-11-25T10:10:00.000Z' },
      escalateToRhc: { status: 'todo', due: '2026-11-27', updatedAt: '2026-11-25T10:31:00.000Z' },
      considerBlocking: { status: 'notNeeded', updatedAt: '2026-11-25T10:32:00.000Z' },
    },
    timeline: [
      { at: '2026-11-25T09:40:00.000Z', kind: 'created', summary: 'Incident started' },
      { at: '2026-11-25T09:52:00.000Z', kind: 'evidence', summary: 'Evidence added' },
      { at: '2026-11-25T10:30:00.000Z', kind: 'reference', summary: 'Reported to Facebook' },
      { at: '2026-11-25T10:30:30.000Z', kind: 'action', summary: 'Report the post to the site: Done', ref: 'reportToSite' },
    ],
    evidence: [
      {
        id: 'ev-1',
        platform: 'Facebook (practice page)',
        url: 'https://www.facebook.com/riversidesurgery/posts/98765',
        account: 'Dave_Smith_1980',
        text: 'Sarah on reception is a liar and should be sacked. Share this everyone.',
        postedAsShown: 'Yesterday at 22:14',
        capturedAt: '2026-11-25T09:51:00.000Z',
        notes: 'Two more comments underneath agreeing. Also captured those.',
        files: [
          {
            fileId: 'file-2',
            name: 'facebook-post.png',
            type: 'image/png',
            size: 402_118,
            sha256: sha('b'),
            addedAt: '2026-11-25T09:52:00.000Z',
          },
          {
            fileId: 'file-3',
            name: 'facebook-comments.png',
            type: 'image/png',
            size: 221_900,
            sha256: sha('c'),
            addedAt: '2026-11-25T09:53:00.000Z',
          },
        ],
      },
    ],
    references: [
      {
        id: 'ref-1',
        kind: 'platformReport',
        with: 'Facebook',
        at: '2026-11-25T10:30:00.000Z',
        reference: 'Report #5512-FB',
        notes: 'Reported as harassment naming a member of staff.',
      },
    ],
  });
}

/** A threat to a GP on X, with danger: 999 called, police reference given, incident closed. */
export function threatWithPolice(): IncidentRecord {
  const answers: Answers = {
    danger: 'yes',
    risks: ['threat', 'personalDetails'],
    awayChoice: 'continue',
    platform: 'x',
    about: ['colleague'],
    author: 'unknown',
    situations: ['none'],
    patientInfo: 'no',
    foundAt: '2026-11-24T18:05',
    description: 'Says they know where Dr Lee lives and will "sort her out" tonight. Posted her street name.',
    evidenceSaved: 'saved',
    reason: 'clinical',
    ownCare: 'no',
    tone: 'abuse',
    decision: 'monitor',
    rulesBroken: ['namesStaff'],
    targetRole: 'gp',
  };
  return walked(answers, {
    id: 'incident-threat',
    reference: 'SM-2026-0040',
    kind: 'live',
    createdAt: '2026-11-24T18:07:00.000Z',
    status: 'closed',
    closedAt: '2026-11-25T15:00:00.000Z',
    outcome: 'Account suspended by X. Police gave Dr Lee a crime prevention visit.',
    actions: {
      call999: { status: 'done', owner: 'Dr Priya Shah', updatedAt: '2026-11-24T18:09:00.000Z' },
      keepStaffSafeToday: { status: 'done', owner: 'Sam Patel', updatedAt: '2026-11-24T18:30:00.000Z' },
      reportToPolice: { status: 'done', owner: 'Dr Priya Shah', updatedAt: '2026-11-24T18:20:00.000Z' },
      ringOnCall: { status: 'done', owner: 'Dr Priya Shah', updatedAt: '2026-11-24T18:25:00.000Z' },
      giveFactsToPolice: { status: 'todo', owner: 'Sam Patel', due: '2026-11-26', updatedAt: '2026-11-25T09:00:00.000Z' },
    },
    timeline: [
      { at: '2026-11-24T18:07:00.000Z', kind: 'created', summary: 'Incident started' },
      { at: '2026-11-24T18:08:00.000Z', kind: 'step', summary: 'Call 999 now', ref: 'emergency' },
      { at: '2026-11-24T18:10:00.000Z', kind: 'reference', summary: 'Police: 999 call' },
      { at: '2026-11-24T18:12:00.000Z', kind: 'evidence', summary: 'Evidence added: X' },
      { at: '2026-11-25T15:00:00.000Z', kind: 'closed', summary: 'Account suspended by X. Police gave Dr Lee a crime prevention visit.' },
    ],
    evidence: [
      {
        id: 'ev-1',
        platform: 'x',
        url: 'https://x.com/nightowl_77/status/1861234567',
        account: '@nightowl_77',
        text: 'I know where Dr Lee lives. Going to sort her out tonight.',
        postedAsShown: '17m',
        capturedAt: '2026-11-24T18:11:00.000Z',
        deletedFromSiteAt: '2026-11-25T08:00:00.000Z',
        files: [
          {
            fileId: 'file-4',
            name: 'x-threat.jpg',
            type: 'image/jpeg',
            size: 95_112,
            sha256: sha('d'),
            addedAt: '2026-11-24T18:12:00.000Z',
          },
        ],
      },
    ],
    references: [
      {
        id: 'ref-1',
        kind: 'police',
        with: '999',
        at: '2026-11-24T18:10:00.000Z',
        reference: 'CAD 4471 24/11',
        outcome: 'Officers attended Dr Lee’s home the same evening.',
      },
      {
        id: 'ref-2',
        kind: 'platformReport',
        with: 'X',
        at: '2026-11-24T18:40:00.000Z',
        reference: 'Case 0098812',
        outcome: 'Account suspended',
      },
      { id: 'ref-3', kind: 'advice', with: 'Defence body', at: '2026-11-25T10:00:00.000Z' },
      { id: 'ref-4', kind: 'support', with: 'Occupational health for Dr Lee', at: '2026-11-25T11:00:00.000Z' },
    ],
  });
}

/** A training scenario: a member of staff posts about the practice in a local group (redacted). */
export function trainingStaffPost(): IncidentRecord {
  const answers: Answers = {
    danger: 'no',
    risks: ['none'],
    awayChoice: 'continue',
    platform: 'localGroup',
    about: ['practice'],
    author: 'currentStaff',
    situations: ['none'],
    patientInfo: 'notSure',
    foundAt: '2026-06-10T08:15',
    description: 'Post by one of our HCAs saying the practice is "a sinking ship" and management ignore safety concerns.',
    evidenceSaved: 'saved',
    reason: 'misinformation',
    ownCare: 'no',
    tone: 'criticism',
    decision: 'complaint',
    rulesBroken: ['none'],
    staffConcern: 'notSure',
  };
  return walked(answers, {
    id: 'incident-training',
    reference: 'SM-2026-0007',
    kind: 'training',
    createdAt: '2026-06-10T07:20:00.000Z',
    actions: {
      getHrAdvice: { status: 'todo', owner: 'Chris Morgan', due: '2026-06-12', updatedAt: '2026-06-10T07:40:00.000Z' },
      considerWhistleblowing: { status: 'todo', owner: 'Dr Amir Khan', updatedAt: '2026-06-10T07:41:00.000Z' },
    },
    timeline: [
      { at: '2026-06-10T07:20:00.000Z', kind: 'created', summary: 'Training incident started' },
      { at: '2026-06-10T07:30:00.000Z', kind: 'evidence', summary: 'Evidence added: post by Jane Doe' },
      { at: '2026-06-10T07:40:00.000Z', kind: 'action', summary: 'Get HR advice: To do', ref: 'getHrAdvice' },
    ],
    evidence: [
      {
        id: 'ev-1',
        platform: 'localGroup',
        url: 'https://www.facebook.com/groups/townnews/posts/555',
        account: 'Jane Doe',
        text: 'Working here is like being on a sinking ship. Management ignore every safety concern.',
        postedAsShown: '08:02',
        capturedAt: '2026-06-10T07:25:00.000Z',
        notes: 'Jane is an HCA on the Tuesday team.',
        files: [
          {
            fileId: 'file-5',
            name: 'jane-doe-post.png',
            type: 'image/png',
            size: 150_000,
            sha256: sha('e'),
            addedAt: '2026-06-10T07:30:00.000Z',
          },
        ],
      },
    ],
    references: [
      {
        id: 'ref-1',
        kind: 'advice',
        with: 'HR adviser',
        at: '2026-06-10T09:00:00.000Z',
        outcome: 'Follow the fair process; meet Jane with a companion.',
      },
      { id: 'ref-2', kind: 'support', with: 'Employee assistance programme for Jane', at: '2026-06-10T09:30:00.000Z' },
    ],
  });
}

/**
 * A colleague's home address posted, found at home on a Friday night: the reader stopped after the
 * first steps, so the note carries the urgent steps only.
 */
export function urgentOnlyFromHome(): IncidentRecord {
  const answers: Answers = {
    danger: 'no',
    risks: ['personalDetails'],
    patientInfo: 'no',
    evidenceSaved: 'notYet',
    awayChoice: 'urgentOnly',
  };
  return walked(answers, {
    id: 'incident-urgent',
    reference: 'SM-2026-0042',
    kind: 'live',
    createdAt: '2026-11-20T22:10:00.000Z',
    actions: {
      reportToPolice: { status: 'done', owner: 'Sam Patel', updatedAt: '2026-11-20T22:30:00.000Z' },
      ringOnCall: { status: 'done', owner: 'Sam Patel', updatedAt: '2026-11-20T22:35:00.000Z' },
    },
    timeline: [{ at: '2026-11-20T22:10:00.000Z', kind: 'created', summary: 'Incident started' }],
  });
}

export const practiceName = 'Riverside Surgery';

/**
 * The practice settings the golden notes are made with: some contacts filled in (so the actions
 * that call on them show their names and numbers), a policy, and nothing yet about monitoring (so
 * the plan asks for it to be recorded). Example numbers are from Ofcom's drama range.
 */
export const practiceSettings: PracticeSettings = {
  ...defaultSettings,
  practiceName,
  contacts: {
    onCall: { name: 'Dr Priya Shah', phone: '01632 960001' },
    dataProtectionOfficer: { name: 'Alex Green', phone: '01632 960002' },
    hrAdviser: { name: 'Jo Blake' },
    defenceBody: { name: 'MDU advice line', phone: '0300 000 0000' },
    lmc: { phone: '01632 960003' },
  },
  socialMediaPolicy: { exists: 'yes' },
};
