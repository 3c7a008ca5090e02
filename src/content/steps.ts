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
import type { StepId } from '../../machines/steps';
import { questions } from './questions';
import { sections } from './sections';
import type { StepContent } from './types';

export const stepContent = {
  calm: {
    caption: sections.calm.label,
    title: "Don't reply yet",
    body: [
      { type: 'p', text: "You are not the first practice this has happened to, and you won't be the last." },
      { type: 'p', text: 'A quick reply, written while you are upset, can pour fuel on it. Take a minute first.' },
      { type: 'p', text: 'We will go through it one step at a time. This is guidance, not legal advice.' },
      {
        type: 'p',
        text: 'The NHS routes it mentions (the NHS website, the Data Security and Protection Toolkit, complaints to the ICB and NHS Practitioner Health) are those in England. Wales, Scotland and Northern Ireland have their own, so check yours.',
      },
    ],
    why: 'The guidance starts by asking you not to react straight away. Defence bodies and the police warn that a reply can make things worse or encourage the person posting.',
    sources: ['lmc', 'mdu', 'police', 'corrections-2026'],
  },

  danger: {
    caption: sections.safety.label,
    title: questions.danger.legend,
    why: 'If someone could be hurt, everything else can wait. The police ask for 999 when a life is at risk or a crime is happening now.',
    sources: ['police'],
  },

  emergency: {
    caption: sections.safety.label,
    title: 'Call 999 now',
    body: [
      {
        type: 'card',
        tone: 'urgent',
        title: 'Tell the call handler',
        blocks: [
          {
            type: 'list',
            items: [
              'Where: the practice address, or where the person at risk is now.',
              'Who is at risk, and who posted, if you know.',
              'What was said, word for word if you can.',
            ],
          },
        ],
      },
      { type: 'p', text: 'Do what they tell you. Come back here once everyone is safe.' },
      {
        type: 'p',
        text: 'Before you report the post to the site or block the account, ask the police: they may want it left up for now.',
      },
      { type: 'p', text: 'For later, non-urgent contact, the police number is 101 (textphone 18001 101).' },
    ],
    why: 'Someone in danger now, or a threat to kill or seriously hurt someone, is an emergency. The post and the rest of this guidance can wait.',
    sources: ['police', 'corrections-2026'],
  },

  risks: {
    caption: sections.safety.label,
    title: questions.risks.legend,
    why: 'Threats, harassment, sharing personal details, urging others to target someone, hate and intimate images are matters for the police, not only for the site. A post suggesting that someone may harm themselves, or that children or adults at risk are in danger, goes to the duty clinician and the safeguarding lead today.',
    sources: ['police', 'lmc', 'bma-abuse', 'true-vision', 'corrections-2026'],
  },

  policeAndStaffSafety: {
    caption: sections.safety.label,
    title: 'Tell the police and keep staff safe today',
    body: [
      {
        type: 'card',
        tone: 'urgent',
        title: 'Report it to the police',
        blocks: [
          {
            type: 'p',
            text: "Call 101, or report it online through your local police force's website. Call 999 if it becomes urgent.",
          },
          { type: 'p', text: 'Deaf or speech-impaired staff can use the textphone number 18001 101.' },
          {
            type: 'p',
            text: 'Racist, religious, homophobic, transphobic or disability hate can also be reported online through True Vision (report-it.org.uk).',
          },
          { type: 'p', text: 'Write down the reference number they give you.' },
          {
            type: 'p',
            text: 'Ask them before you report the post to the site or block the account: they may want it left up for now.',
          },
        ],
      },
      {
        type: 'card',
        tone: 'warning',
        title: 'Keep staff safe today',
        blocks: [
          {
            type: 'list',
            items: [
              'Ring the person who was threatened, or whose details were posted, now: tonight if it is out of hours.',
              'Tell everyone on shift what has happened.',
              'Nobody answers the door alone.',
              'Nobody walks to their car alone.',
              'Avoid anyone working alone until this is settled.',
            ],
          },
        ],
      },
      { type: 'p', text: 'Treat a threat to a colleague as violence at work: it is a staff safety matter.' },
    ],
    why: 'The guidance says to go to the police if staff or patients may be at risk. We call this staff safety rather than safeguarding, a word we keep for children and adults at risk because it brings other duties.',
    sources: ['police', 'true-vision', 'lmc', 'bma-abuse', 'corrections-2026'],
  },

  location: {
    caption: sections.safety.label,
    title: questions.location.legend,
    why: 'At home you may not have practice systems or colleagues to hand. We can show just the urgent steps, and the rest can wait until you are back.',
    sources: ['police', 'lmc'],
  },

  awayFromWork: {
    caption: sections.safety.label,
    title: questions.awayChoice.legend,
    body: [
      { type: 'p', text: 'From home or out of hours, do only the urgent things now:' },
      {
        type: 'list',
        items: [
          'Call 999 if anyone is in danger, or 101 to report a threat or harassment.',
          'If someone is threatened or their address is posted, make sure they are warned tonight.',
          'Save a copy of the post.',
          'Ring whoever is on call for the practice.',
          'If the post shows anything about a patient, make sure the data protection officer hears now: the 72 hours for reporting a breach run through weekends.',
        ],
      },
      { type: 'p', text: 'Finish the rest on a practice computer.' },
      {
        type: 'card',
        tone: 'warning',
        title: 'Screenshots on your own phone',
        blocks: [
          {
            type: 'p',
            text: "Move them into the practice's storage as soon as you can, then delete them from your phone.",
          },
        ],
      },
    ],
    why: 'Personal phones and home computers are not practice systems. Copies of a post, especially any that show patient information, should end up only in practice storage.',
    sources: ['police', 'lmc'],
  },

  platform: {
    caption: sections.details.label,
    title: questions.platform.legend,
    why: 'Each site has its own rules and its own way to report a post, so the plan gives steps for the one you choose.',
    sources: ['lmc', 'google-reviews', 'nhs-reviews'],
  },

  about: {
    caption: sections.details.label,
    title: questions.about.legend,
    why: 'A post about a colleague hurts them personally: they need to hear about it privately and may need support. A post about a patient raises confidentiality.',
    sources: ['bma-abuse', 'gmc-conf'],
  },

  author: {
    caption: sections.details.label,
    title: questions.author.legend,
    why: "Who wrote it changes what happens next. A patient's post may be a complaint to look into, while a post by staff is a matter for HR.",
    sources: ['mps', 'acas', 'lmc'],
  },

  patientInfo: {
    caption: sections.safety.label,
    title: questions.patientInfo.legend,
    why: 'Patient information posted online may be a data breach, whoever posted it. Your data protection officer needs to know.',
    sources: ['gmc-conf'],
  },

  situations: {
    caption: sections.details.label,
    title: questions.situations.legend,
    why: 'Filming, fake accounts, staff replying, floods of reviews, campaigns and calls from the press each need steps of their own, beyond the post itself.',
    sources: ['corrections-2026', 'google-reviews', 'mdu', 'mddus'],
  },

  describe: {
    caption: sections.details.label,
    title: 'Note down what you found',
    body: [{ type: 'p', text: 'This goes into your incident record. Stick to the facts.' }],
    why: 'A short note made now, with the time, helps whoever picks this up later, and helps the site or the police if it goes further.',
    sources: ['lmc', 'rcgp-sea'],
  },

  evidence: {
    caption: sections.evidence.label,
    title: questions.evidenceSaved.legend,
    body: [
      {
        type: 'p',
        text: 'Do this before you report the post or block anyone. A report can make the post disappear.',
      },
      { type: 'p', text: 'Make sure your copy shows:' },
      {
        type: 'list',
        items: [
          'the whole post',
          'the date and time it was posted',
          'the web address (URL)',
          'the name of the site',
          'the name of the account that posted it',
        ],
      },
      {
        type: 'card',
        tone: 'warning',
        title: 'If the post shows patient information',
        blocks: [
          {
            type: 'p',
            text: 'Every copy spreads the breach further. Keep as few copies as you can, and only in practice storage.',
          },
        ],
      },
    ],
    why: 'Posts can be deleted at any time, and you may need proof later for the site, the police or a complaint.',
    sources: ['lmc', 'police'],
  },

  tell: {
    caption: sections.tell.label,
    title: 'Who to tell at the practice',
    body: [
      {
        type: 'p',
        text: 'Tell the people listed below. If the post is about a colleague, you, or whoever leads on this, should tell them in private before anyone else does. They can choose not to read it.',
      },
    ],
    why: 'Nobody should find out about a post like this from a patient or from their own feed. Hearing it privately, with support offered, limits the harm.',
    sources: ['bma-abuse', 'lmc'],
  },

  reason: {
    caption: sections.decide.label,
    title: questions.reason.legend,
    why: 'The guidance asks why the practice or a colleague is being criticised. The answer shapes whether to reply, and whether to treat it as a complaint.',
    sources: ['lmc', 'mps'],
  },

  ownCare: {
    caption: sections.decide.label,
    title: questions.ownCare.legend,
    body: [
      {
        type: 'p',
        text: "A patient can talk about their own care in public. We can't, even if they have the facts wrong.",
      },
      { type: 'p', text: 'Offer them the complaints process, privately, instead.' },
    ],
    why: 'Criticism, even when it is untrue, does not release the practice from its duty of confidentiality. That includes former patients.',
    sources: ['gmc-conf', 'mdu'],
  },

  motive: {
    caption: sections.decide.label,
    title: questions.motive.legend,
    why: 'Someone with a real problem may welcome a private conversation. Someone trying to provoke you may be egged on by any reply at all.',
    sources: ['lmc'],
  },

  tone: {
    caption: sections.decide.label,
    title: questions.tone.legend,
    body: [
      {
        type: 'list',
        items: [
          'Criticism can be unwelcome or unfair, but it is about what we do.',
          'Abuse is uncalled for and meant to upset, threaten, bully or distress someone.',
          'Two or more linked posts that cause alarm or distress may be harassment.',
        ],
      },
      { type: 'p', text: "If it wouldn't be OK said face to face, it isn't OK online." },
    ],
    why: 'The BMA separates criticism, which the practice should listen to, from abuse, which nobody has to put up with and which may be a crime.',
    sources: ['bma-abuse'],
  },

  policy: {
    caption: sections.decide.label,
    title: questions.policy.legend,
    why: "The guidance asks whether you have a policy for this. If you do, follow it. If you don't, the plan suggests writing one once things have calmed down.",
    sources: ['lmc', 'acas'],
  },

  decision: {
    caption: sections.decide.label,
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

  rulesBroken: {
    caption: sections.report.label,
    title: questions.rulesBroken.legend,
    why: 'Sites usually take down only posts that break their rules. Saying which rule it breaks gives your report a better chance.',
    sources: ['lmc', 'google-reviews', 'nhs-reviews'],
  },

  report: {
    caption: sections.report.label,
    title: 'Report the post to the site',
    body: [
      {
        type: 'p',
        text: 'Sites usually remove only posts that break their rules, such as hate, sexual content, harassment or personal information. Some also ban naming or identifying people, but not all: Google may allow a review that names staff who deal with the public.',
      },
      {
        type: 'list',
        items: [
          "Save a copy first, if you haven't already.",
          'If the police are involved, ask them before you report or block: they may want the post left up.',
          'Use the report option on the post, and write down the report reference and date.',
          'If the site turns your report down, or has not answered after about a week, Report Harmful Content may help with abuse, threats, impersonation and the other harms it covers.',
          "Think about blocking the account. It won't stop them posting about you somewhere else.",
        ],
      },
    ],
    why: 'Reporting a post that breaks the rules is worth doing. Reporting one just because you disagree with it rarely works.',
    sources: ['lmc', 'google-reviews', 'rhc', 'corrections-2026'],
  },

  groupWeDontRun: {
    caption: sections.report.label,
    title: "The post is in a group we don't run",
    body: [
      { type: 'p', text: "We can't reply or remove posts there, but you can still report it to the site." },
      { type: 'p', text: "You could also contact the group's admin from a practice account and ask them to take it down." },
      {
        type: 'card',
        tone: 'warning',
        title: 'Keep personal accounts out of it',
        blocks: [{ type: 'p', text: 'Nobody should join the group or reply from their own account.' }],
      },
    ],
    why: 'A reply from a personal account speaks for the practice without its checks, and draws that person into the row.',
    sources: ['lmc', 'mdu'],
  },

  reply: {
    caption: sections.respond.label,
    title: 'How to reply',
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

  complaint: {
    caption: sections.respond.label,
    title: 'Deal with it privately, as a complaint',
    body: [
      { type: 'p', text: 'Handle it through your complaints procedure, away from the site.' },
      { type: 'p', text: 'Look into what the post raises, as you would any complaint. There may be something to put right.' },
      {
        type: 'list',
        items: [
          "If a relative is raising a patient's care, get the patient's consent (or another lawful basis) before you discuss it with them.",
          "Once someone comes forward with a complaint, looking at their record to investigate it is normal. Don't use the clinical system to find out who wrote an anonymous post.",
        ],
      },
      {
        type: 'card',
        tone: 'info',
        title: 'Time limits and where else they can go',
        blocks: [
          {
            type: 'p',
            text: 'In England, NHS complaints are usually made within 12 months, to the practice or to the integrated care board (ICB), which has taken them since 1 July 2023. If they are still unhappy, they can go to the Parliamentary and Health Service Ombudsman. Wales, Scotland and Northern Ireland have their own systems.',
          },
        ],
      },
    ],
    why: 'Medical Protection advises treating a negative review like a complaint. Looking into it properly is fair to the patient and protects the practice.',
    sources: ['mps', 'mddus', 'lmc', 'corrections-2026'],
  },

  staffConcern: {
    caption: sections.staff.label,
    title: questions.staffConcern.legend,
    body: [
      {
        type: 'card',
        tone: 'warning',
        title: 'If the post shows patient information',
        blocks: [
          {
            type: 'p',
            text: 'Contain it first. Ask them now to take it down: a short, factual request, not a disciplinary talk. Note the time it came down and tell your data protection officer.',
          },
        ],
      },
      { type: 'p', text: "Then get HR advice. Don't decide on any disciplinary action now, and follow a fair process." },
      {
        type: 'p',
        text: 'A public post is a "wider disclosure", which the whistleblowing law protects only in limited conditions (Employment Rights Act 1996, sections 43G and 43H). If it raises a real concern, look into the concern itself and take advice before assuming either way.',
      },
      {
        type: 'p',
        text: 'Acas gives free advice to employers. Its helpline was 0300 123 1100 in 2018: check the current number on the Acas website.',
      },
    ],
    why: 'A member of staff posting about work is an employment matter. Someone raising a genuine concern may be protected as a whistleblower, and no agreement can take that protection away.',
    sources: ['acas', 'ico', 'lmc', 'corrections-2026'],
  },

  formerStaff: {
    caption: sections.staff.label,
    title: "Get HR advice about a former colleague's post",
    body: [
      { type: 'p', text: 'Talk to your HR adviser before you do anything.' },
      {
        type: 'p',
        text: 'If the post shows patient information, ask them first to take it down, in a short, factual message, and tell your data protection officer.',
      },
      {
        type: 'p',
        text: "Check whether they signed a settlement agreement when they left. It may limit what they can say about the practice, but no agreement can stop a disclosure the law protects (Employment Rights Act 1996, section 43J).",
      },
      {
        type: 'p',
        text: 'If the post raises a real concern about patient safety, wrongdoing or breaking the law, it may be whistleblowing. A public post is protected only in limited conditions (sections 43G and 43H), and former staff can still bring a claim after leaving if they are treated badly for it.',
      },
    ],
    why: 'Once someone has left, the practice has fewer options, but any agreement they signed may still apply, within the limits of whistleblowing law.',
    sources: ['acas', 'ico', 'lmc', 'corrections-2026'],
  },

  patientData: {
    caption: sections.staff.label,
    title: 'Tell your data protection officer now',
    body: [
      { type: 'p', text: 'The post may show information about a patient. That matters whoever posted it.' },
      {
        type: 'card',
        tone: 'warning',
        title: 'If a member of staff posted it',
        blocks: [
          {
            type: 'p',
            text: 'Contain it first. Ask them now to take it down: a short, factual request, not a disciplinary talk. Note the time it came down and tell your data protection officer. HR advice and a fair process come after that.',
          },
        ],
      },
      {
        type: 'p',
        text: "The practice decides whether it is a breach that must be reported, with your data protection officer involved and advising. This tool doesn't decide that.",
      },
      {
        type: 'p',
        text: 'Tell your Caldicott guardian too: the senior person responsible for protecting patient information and making sure it is used properly.',
      },
      {
        type: 'card',
        tone: 'info',
        title: 'Time may matter',
        blocks: [
          {
            type: 'p',
            text: "A breach that must be reported goes to the Information Commissioner's Office (ICO) within 72 hours of the practice becoming aware of it, weekends and bank holidays included. Ask your data protection officer whether that applies here.",
          },
          {
            type: 'p',
            text: 'Practices in England report through the incident tool in the Data Security and Protection Toolkit (DSPT). Wales, Scotland and Northern Ireland differ.',
          },
          {
            type: 'p',
            text: 'Your data protection officer also advises whether the patients affected must be told, which applies where the risk to them is high (UK GDPR Article 34).',
          },
        ],
      },
      {
        type: 'p',
        text: "Knowingly or recklessly disclosing personal data without the practice's consent can be an offence (Data Protection Act 2018, section 170). That is for the ICO to consider, not this tool.",
      },
    ],
    why: 'Patient information on social media can be a personal data breach. Whether to report it is for the practice to decide with its data protection officer, not this tool.',
    sources: ['ico', 'mdu-gdpr', 'gmc-conf', 'mdu', 'corrections-2026'],
  },

  law: {
    caption: sections.law.label,
    title: 'What the law says',
    body: [
      {
        type: 'p',
        text: 'Rude, unfair or wrong is usually not a crime. Threats, harassment, posted home addresses and hate may be: tell the police, and let them decide.',
      },
      { type: 'p', text: "The Crown Prosecution Service's 2016 guidance describes the kinds of post that may be a crime:" },
      {
        type: 'list',
        items: [
          'a believable threat of violence to someone, or to damage property',
          'posts aimed at a person that may be harassment or stalking',
          'posts that break a court order',
          'posts that are grossly offensive, indecent or obscene',
        ],
      },
      { type: 'p', text: 'The bar for the last kind is high. Offensive, rude or shocking is not enough.' },
      {
        type: 'p',
        text: 'Not confirmed: whether the CPS still groups posts in exactly these ways.',
      },
      {
        type: 'p',
        text: 'Since 31 January 2024, the Online Safety Act 2023 has two newer offences. A false message (section 179) counts only if the sender knows it is false and means to cause harm that is more than trivial. A threatening message (section 181) means a threat of death or serious harm. Both apply in England, Wales and Northern Ireland; Scotland has its own law.',
      },
      {
        type: 'p',
        text: 'Grossly offensive and indecent messages are still covered by the older laws: the Communications Act 2003 and the Malicious Communications Act 1988.',
      },
      {
        type: 'p',
        text: 'Sharing intimate images of someone, including faked ones (deepfakes), is an offence (Sexual Offences Act 2003, section 66B, added by the Online Safety Act). A newer offence of creating such images is in the Data (Use and Access) Act 2025; we have not confirmed whether it is in force yet.',
      },
      {
        type: 'card',
        tone: 'info',
        title: 'Who decides',
        blocks: [
          {
            type: 'p',
            text: 'The police and the Crown Prosecution Service decide whether it is a crime. Your job is to give them the facts: the post, when it appeared and who it is aimed at.',
          },
        ],
      },
      {
        type: 'p',
        text: 'Suing for defamation is rarely the best route. It is slow and costly, and the damage is already done. Anyone considering it should take advice early: a claim must be brought within a year of the post going up.',
      },
    ],
    why: "The LMC page's list of offences is missing, so this screen uses the CPS guidance and the Online Safety Act instead, with the facts re-checked in 2026.",
    sources: ['cps-sm', 'cps-comms', 'osa', 'lmc', 'mdu', 'corrections-2026'],
  },

  support: {
    caption: sections.prepared.label,
    title: questions.targetRole.legend,
    body: [
      {
        type: 'p',
        text: 'Being the target of a post hurts, even when it is unfair. Check in with your colleague today, and again over the next few days.',
      },
    ],
    why: 'The right support depends on role: doctors, for example, also have the BMA wellbeing line and their defence body. NHS Practitioner Health has covered all primary care staff in England since 2022.',
    sources: ['bma-abuse', 'practitioner-health', 'corrections-2026'],
  },

  prepared: {
    caption: sections.prepared.label,
    title: questions.monitoring.legend,
    body: [
      { type: 'p', text: 'Be ready for next time:' },
      {
        type: 'list',
        items: [
          'Set up alerts so you hear quickly when the practice is mentioned online.',
          "Agree a social media policy, if you don't have one.",
          'Build goodwill with patients and the local community, so supporters speak up of their own accord.',
        ],
      },
      {
        type: 'card',
        tone: 'warning',
        title: 'Never ask for reviews or defences',
        blocks: [
          {
            type: 'p',
            text: "Don't ask staff, their families or patients to post reviews or defend the practice. Review sites ban this, and the law on fake reviews may apply.",
          },
        ],
      },
    ],
    why: 'The guidance says supporters often defend a practice best, and that watching mentions lets you act quickly. That means goodwill earned, never reviews asked for.',
    sources: ['lmc', 'google-reviews'],
  },

  plan: {
    caption: sections.plan.label,
    title: 'Your action plan',
    body: [{ type: 'p', text: 'Start at the top: the most urgent steps come first.' }],
    why: 'Each step says where it comes from, so you can check it or show it to someone else.',
    sources: ['lmc', 'rcgp-sea'],
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
} as const satisfies Record<StepId, StepContent>;
