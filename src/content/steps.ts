/**
 * The words of every screen. Readers are stressed and untrained, so each screen makes one point
 * in a few short lines; the reasoning for trainers and reviewers sits in `why`, behind a toggle.
 *
 * On a screen with one question the title IS that question's legend (read from questions.ts, not
 * copied), so the view can render the h1 as the legend and the two can never drift apart.
 * Captions come from sections.ts for the same reason.
 *
 * Facts, laws and numbers come from /work/shared/content-brief.md; the sentences are our own.
 */
import { questions } from './questions';
import { sections } from './sections';
import type { StepContent } from './types';

export const stepContent = {
  start: {
    caption: sections.calm.label,
    title: questions.danger.legend,
    body: [
      {
        type: 'card',
        tone: 'info',
        title: "Don't reply yet",
        blocks: [
          { type: 'p', text: "You are not the first practice this has happened to, and you won't be the last." },
          {
            type: 'p',
            text: 'A quick reply, written while you are upset, can pour fuel on it. The first safe steps are two screens away.',
          },
          { type: 'p', text: 'This is guidance, not legal advice.' },
        ],
      },
      {
        type: 'p',
        text: 'The NHS routes it mentions (the NHS website, the Data Security and Protection Toolkit, complaints to the ICB and NHS Practitioner Health) are those in England. Wales, Scotland and Northern Ireland have their own, so check yours.',
      },
    ],
    why: 'The guidance starts by asking you not to react straight away. Defence bodies and the police warn that a reply can make things worse or encourage the person posting. If someone could be hurt, everything else can wait: the police ask for 999 when a life is at risk or a crime is happening now.',
    sources: ['lmc', 'mdu', 'police', 'corrections-2026'],
  },

  risks: {
    caption: sections.safety.label,
    title: 'What does the post do?',
    why: 'Threats, harassment, sharing personal details, urging others to target someone, hate and intimate images are matters for the police, not only for the site. A post suggesting that someone may harm themselves, or that children or adults at risk are in danger, goes to the duty clinician and the safeguarding lead today. Patient information is asked now because a breach found at night cannot wait for Monday: the 72 hours for reporting one run through weekends.',
    sources: ['police', 'lmc', 'bma-abuse', 'true-vision', 'mdu-gdpr', 'corrections-2026'],
  },

  firstSteps: {
    caption: sections.safety.label,
    title: 'First steps: do these now',
    body: [
      {
        type: 'p',
        text: 'These steps are safe whatever else turns out to be true. You can act on them now, then carry on, or stop here and finish later or hand over.',
      },
    ],
    why: 'Saving a copy before anything else, telling the right people and warning anyone at risk are the steps that cannot wait. Posts get deleted, and a report to the site can make one disappear.',
    sources: ['lmc', 'police', 'bma-abuse', 'corrections-2026'],
  },

  post: {
    caption: sections.decide.label,
    title: 'Where is the post, and when did you find it?',
    why: 'Each site has its own rules and its own way to report a post, so the plan gives steps for the one you choose. The time you found it starts the clock for a reply and for any breach report.',
    sources: ['lmc', 'google-reviews', 'nhs-reviews', 'mdu-gdpr'],
  },

  who: {
    caption: sections.decide.label,
    title: 'Who wrote it, and who is it about?',
    why: "Who wrote it changes what happens next. A patient's post may be a complaint to look into, while a post by staff is a matter for HR. A post about a colleague hurts them personally: they need to hear about it privately and may need support.",
    sources: ['mps', 'acas', 'lmc', 'bma-abuse'],
  },

  what: {
    caption: sections.decide.label,
    title: 'What is it about?',
    body: [
      {
        type: 'p',
        text: "Criticism can be unwelcome or unfair, but it is about what we do. Abuse is meant to upset, threaten, bully or distress someone. If it wouldn't be OK said face to face, it isn't OK online.",
      },
    ],
    why: 'The guidance asks why the practice or a colleague is being criticised: the answer shapes whether to reply, and whether to treat it as a complaint. The BMA separates criticism, which the practice should listen to, from abuse, which nobody has to put up with. Anyone describing symptoms or unmet need may need a clinician today, whatever the post is about.',
    sources: ['lmc', 'mps', 'bma-abuse', 'corrections-2026'],
  },

  also: {
    caption: sections.decide.label,
    title: 'Does any of this apply?',
    why: 'Sites usually take down only posts that break their rules, and saying which rule gives a report a better chance. Filming, fake accounts, staff replying, floods of reviews, campaigns and calls from the press each need steps of their own.',
    sources: ['lmc', 'google-reviews', 'nhs-reviews', 'corrections-2026'],
  },

  decision: {
    caption: sections.act.label,
    title: questions.decision.legend,
    body: [
      { type: 'p', text: 'Replying and staying silent can both be the right choice.' },
      {
        type: 'list',
        items: [
          'Reply: a short, polite public answer that asks them to get in touch. No details and no argument.',
          "Don't reply: leave it alone, but keep checking in case it grows or turns to abuse.",
          'Deal with it privately: handle it as a complaint, away from the site.',
        ],
      },
    ],
    why: 'Often the best answer is no answer, because a reply can stir things up again. When a reply does help, it is brief and moves the conversation offline.',
    sources: ['lmc', 'mdu', 'mps'],
  },

  plan: {
    caption: sections.plan.label,
    title: 'Your action plan',
    why: 'Each step says where it comes from, so you can check it or show it to someone else.',
    sources: ['lmc', 'rcgp-sea'],
  },

  planSoFar: {
    title: 'Your plan so far',
    body: [
      {
        type: 'p',
        text: 'Not finished: these are the steps your answers already call for. More will be added as you answer, and nothing here will be taken away by later answers.',
      },
    ],
    sources: ['lmc'],
  },

  reply: {
    title: 'Draft a reply',
    body: [
      { type: 'p', text: 'Reply within hours, not days, in the same thread as the post. Keep it short and calm.' },
      {
        type: 'list',
        items: [
          'Say you have seen it and thank them for raising it.',
          'Ask them to contact the practice manager, and mention the complaints process.',
        ],
      },
      {
        type: 'card',
        tone: 'warning',
        title: 'Never',
        blocks: [
          {
            type: 'list',
            items: [
              'give any details of care or appointments',
              'say whether or not they are a patient',
              'argue',
              'let the colleague who was criticised reply themselves',
            ],
          },
        ],
      },
      {
        type: 'p',
        text: 'Anything you send privately could be made public too. Your LMC can look over a reply before you post it.',
      },
    ],
    why: 'Criticism does not lift the duty of confidentiality, and a public reply that gives patient details can itself be a data breach. A brief reply that moves things offline is what the guidance and defence bodies advise.',
    sources: ['lmc', 'gmc-conf', 'mdu', 'londonwide'],
  },

  sources: {
    title: 'Sources',
    body: [
      {
        type: 'p',
        text: 'Where the advice in this tool comes from. Anything we could not confirm is marked.',
      },
      {
        type: 'p',
        text: 'The NHS routes named here (the NHS website, the Data Security and Protection Toolkit, complaints to the ICB and NHS Practitioner Health) are those in England. Wales, Scotland and Northern Ireland have their own arrangements.',
      },
    ],
    sources: ['lmc', 'corrections-2026'],
  },

  confirmStartAgain: {
    title: 'Are you sure you want to start again?',
    body: [{ type: 'p', text: 'Every answer you have given will be cleared.' }],
    sources: ['lmc'],
  },
} as const satisfies Record<string, StepContent>;
