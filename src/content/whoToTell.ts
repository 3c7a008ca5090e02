/**
 * The people inside the practice to tell, for the "Who to tell" screen. `whoToTell()` in
 * src/plan/whoToTell.ts picks who applies; the order here is the order they are shown, the most
 * pressing first. Sentences are our own; facts come from /work/shared/content-brief.md.
 */
import type { SourceId } from './sources';

export interface PersonToTell {
  /** Who, and what to tell them, as an instruction. */
  readonly text: string;
  /** One sentence. */
  readonly why: string;
  readonly sources: readonly SourceId[];
}

export const peopleToTell = {
  onCall: {
    text: 'The partner or manager on call: what was posted, where, and what you have done so far.',
    why: 'Someone who can act for the practice needs to know today, and one person should lead.',
    sources: ['lmc'],
  },
  practiceManager: {
    text: "The practice manager, if that isn't you.",
    why: 'They usually handle complaints, staff matters and the practice accounts online.',
    sources: ['lmc'],
  },
  targetedColleague: {
    text: 'The colleague it is about: you, or whoever leads on this, should tell them privately before they hear from anyone else, and let them choose whether to read it.',
    why: 'Finding it online or hearing it from a patient is far harder than being told kindly by the practice.',
    sources: ['bma-abuse', 'mdu'],
  },
  threatenedPerson: {
    text: 'The person who was threatened, or whose details were posted: ring them now, tonight if it is out of hours, and talk through their safety at home.',
    why: 'A threat or a posted address can bring trouble to their door before they next come in.',
    sources: ['corrections-2026', 'police'],
  },
  safeguardingLead: {
    text: "The duty clinician and the practice's safeguarding lead: what the post says about someone who may harm themselves, or a child or adult at risk.",
    why: 'A hint of self-harm or of someone at risk is a matter for them today, whoever wrote the post.',
    sources: ['corrections-2026', 'nhs-reviews'],
  },
  staffOnShift: {
    text: 'Everyone on shift today: how to keep safe, without passing the post around.',
    why: 'A threat or shared personal details means nobody should be alone at the door, locking up or walking to their car.',
    sources: ['police', 'bma-abuse'],
  },
  clinician: {
    text: 'A clinician: ask them to look today at what the post describes.',
    why: 'Someone may need care now, whatever you decide about the post.',
    sources: ['mps', 'gmc-conf'],
  },
  caldicottGuardian: {
    text: "The practice's Caldicott guardian: the senior person responsible for protecting patient information and making sure it is used properly.",
    why: 'Patient details may be out in public, and protecting them is their job.',
    sources: ['gmc-conf', 'corrections-2026'],
  },
  dataProtectionOfficer: {
    text: "The practice's data protection officer.",
    why: 'They advise the practice, which decides whether this is a personal data breach that must be reported, and a reportable breach goes to the ICO within 72 hours.',
    sources: ['ico', 'mdu-gdpr', 'gmc-conf'],
  },
  hrAdviser: {
    text: 'Your HR adviser, before any formal conversation with the person who posted; asking them to take down patient information comes first.',
    why: 'A current or former member of staff posting about work is an employment matter that needs a fair process.',
    sources: ['acas', 'ico'],
  },
  wholeTeam: {
    text: 'The rest of the team: that it is being dealt with, and that nobody should reply, comment or share it.',
    why: 'Well-meant replies from staff, or their families, tend to inflame things and can identify people.',
    sources: ['lmc', 'mdu'],
  },
} as const satisfies Record<string, PersonToTell>;

export type PersonToTellId = keyof typeof peopleToTell;
