/**
 * The "What not to do" list, as reviewable data. `notToDoFor()` in src/plan/recommend.ts picks
 * the items that fit the incident; the order here is the order they are shown, most urgent
 * temptation first. Sentences are our own; facts come from /work/shared/content-brief.md.
 */
import type { SourceRef } from './types';

export interface NotToDoContent {
  /** What not to do, as a plain instruction. */
  readonly text: string;
  /** One sentence. */
  readonly why: string;
  readonly sources: readonly SourceRef[];
}

export const notToDo = {
  reportingBeforeSaving: {
    text: "Don't report, block or delete anything until you have saved a copy.",
    why: 'Once the post disappears you may have no proof of what it said.',
    sources: ['lmc', { id: 'police', when: 'needsPolice' }],
  },
  arguingOnline: {
    text: "Don't argue with the poster or anyone commenting, in public or by private message.",
    why: 'Every reply is on show, can keep the row going, and private messages can be screenshotted and shared.',
    sources: ['lmc', 'mdu', { id: 'police', when: 'isAbusive' }],
  },
  replyingPersonally: {
    text: "Don't reply from a personal account, and the colleague who is criticised shouldn't reply at all.",
    why: 'Replies should come from the practice, through a role, so that no one person is exposed or drawn in.',
    sources: ['mdu', 'londonwide'],
  },
  disclosingPatientInfo: {
    text: "Don't say anything about any patient, not even whether the poster is one.",
    why: 'Criticism, however unfair, does not lift the duty of confidentiality, and confirming someone is a patient is itself a disclosure.',
    sources: ['gmc-conf', 'mdu'],
  },
  lookingUpPoster: {
    text: "Don't look the poster up in the clinical system to find out who they are or to prepare a reply.",
    why: 'Records may be opened only for care and other proper purposes, such as investigating a complaint once someone comes forward, and unmasking a poster or building a reply is neither.',
    sources: ['gmc-conf', 'mps'],
  },
  actingInConsultationOrRemoving: {
    text: "Don't raise the post in a consultation, or remove anyone from the list in the heat of the moment: ask your LMC about the contract rules first.",
    why: "A patient's care should not change because of what they posted, and removals have to follow the rules in the practice's contract.",
    sources: ['lmc', 'bma-abuse', 'gmc-conf'],
  },
  staffDefending: {
    text: "Don't ask or let staff, their families or patients defend the practice or post reviews from their own accounts.",
    why: 'It can inflame things and identify staff, review sites ban reviews from people with a conflict of interest, and consumer law on fake reviews may apply.',
    sources: ['lmc', 'google-reviews'],
  },
  sharingScreenshots: {
    text: "Don't pass screenshots round staff chats or keep them on personal phones.",
    why: 'Every extra copy spreads the post further, and copies showing patient details widen any breach.',
    sources: ['lmc', 'gmc-conf'],
  },
  decidingDisciplineNow: {
    text: "Don't decide on discipline, or confront the member of staff, while feelings are running high. A short, factual request to take down patient information is not a confrontation: do that straight away.",
    why: 'A fair process with HR advice protects the practice and the person, and a rushed decision is easy to challenge.',
    sources: ['acas', 'ico'],
  },
  reportingJustToDisagree: {
    text: "Don't report a review just because you think it is wrong or unfair.",
    why: "Review sites remove posts that break their rules, not ones the practice disagrees with, and they don't judge who is right about the facts.",
    sources: ['google-reviews', 'nhs-reviews'],
  },
  suingFirst: {
    text: "Don't reach for a defamation claim first.",
    why: 'Going to law is slow and costly, rarely undoes the harm, and can draw more attention to the post.',
    sources: ['lmc', 'mdu'],
  },
  treatingOwnPostAsBreach: {
    text: "Don't treat a patient's or relative's post about their own family's care as a data breach by the practice.",
    why: 'What people choose to say about their own care is not the practice disclosing it; the risk is the practice adding to it in a reply or a report.',
    sources: ['corrections-2026', 'ico'],
  },
  patientDetailsInReport: {
    text: "Don't put any patient details in a report to the site, and don't report it as sharing patient information.",
    why: 'A report that confirms someone is a patient, or adds to what they said, is itself a disclosure.',
    sources: ['corrections-2026', 'gmc-conf'],
  },
  joiningUnderFalsePretences: {
    text: "Don't join a private group or chat under a false name, or to keep watch on it.",
    why: 'Evidence from someone already in the group is honest; watching in disguise is not, and can be found out.',
    sources: ['corrections-2026'],
  },
  confrontingFilming: {
    text: "Don't grab a phone or argue with someone who is filming.",
    why: 'It can put staff at risk and usually ends up as a second, worse video.',
    sources: ['corrections-2026', 'bma-abuse'],
  },
  sayingAnythingToPress: {
    text: "Don't answer a journalist's, councillor's or MP's questions on the spot, and never speak \"off the record\".",
    why: 'Anything said can be quoted, and confidentiality applies to them as it does to anyone.',
    sources: ['mdu', 'mddus'],
  },
} as const satisfies Record<string, NotToDoContent>;

export type NotToDoId = keyof typeof notToDo;
export const notToDoIds = Object.keys(notToDo) as NotToDoId[];
