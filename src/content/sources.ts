/**
 * Every source the guidance rests on, as listed in the content brief. Actions and screens cite
 * these ids. `unconfirmed` marks facts the brief says must not be presented as settled.
 */
export interface SourceContent {
  readonly title: string;
  readonly publisher: string;
  /** ISO date (or year alone where that is all we know), or null where the source carries none. */
  readonly date: string | null;
  readonly dateNote?: string;
  readonly supports: string;
  readonly unconfirmed?: string;
}

export const sources = {
  lmc: {
    title: 'Social Media Policy (guidance page, crediting Wessex LMCs)',
    publisher: 'Local Medical Committee',
    date: '2018-07-27',
    supports:
      'The backbone of this tool: stay calm, decide whether to respond, save the posts, report and block, act quickly and take it offline, be prepared.',
  },
  'gmc-conf': {
    title: 'Confidentiality: responding to criticism in the media',
    publisher: 'General Medical Council',
    date: '2017-04-25',
    dateNote: 'in effect from',
    supports:
      'Criticism does not lift the duty of confidentiality, including towards former patients; replies give no patient information.',
  },
  'bma-abuse': {
    title: 'Dealing with abuse of practice staff on social media from patients',
    publisher: 'British Medical Association',
    date: '2024-06-28',
    dateNote: 'updated',
    supports: 'The difference between criticism and abuse, and when posts may amount to harassment.',
  },
  mdu: {
    title: 'Dealing with online criticism',
    publisher: 'Medical Defence Union',
    date: null,
    supports:
      'Replying can make things worse; keep replies general; the person criticised should not reply personally; suing is rarely worth it.',
  },
  mps: {
    title: 'Dealing with negative online reviews',
    publisher: 'Medical Protection',
    date: '2022-07-21',
    supports:
      'Treat a negative review like a complaint and look into what it raises. Do not use the clinical system to work out who an anonymous poster is; once someone comes forward with a complaint, looking at their record to investigate it is normal complaint handling.',
  },
  londonwide: {
    title: 'Advice on comments on the NHS website',
    publisher: 'Londonwide LMCs',
    date: null,
    supports: 'Reply through a role and the complaints route, not as the person criticised.',
  },
  'cps-sm': {
    title: 'Guidelines on prosecuting cases involving communications sent via social media',
    publisher: 'Crown Prosecution Service',
    date: '2016-10-06',
    dateNote: 'revised version in force from',
    supports: 'The four kinds of communication that may be criminal, and the high threshold for the last.',
    unconfirmed: 'Whether the CPS still uses the four categories word for word is not confirmed.',
  },
  'cps-comms': {
    title: 'Communications Offences (legal guidance)',
    publisher: 'Crown Prosecution Service',
    date: '2024',
    dateNote: 'updated for the Online Safety Act',
    supports: 'Which laws cover threatening, false, grossly offensive and indecent messages now.',
  },
  osa: {
    title: 'Online Safety Act 2023: communications offences',
    publisher: 'UK Parliament',
    date: '2024-01-31',
    dateNote: 'offences in force from',
    supports:
      'The offences of false communications (section 179: the sender knows it is false and means to cause harm that is more than trivial) and threatening communications (section 181: a threat of death or serious harm), which extend to England, Wales and Northern Ireland; Scotland has its own law. The Act also made sharing intimate images, deepfakes included, an offence (Sexual Offences Act 2003, section 66B).',
  },
  police: {
    title: 'Police advice on when to call 999 or 101',
    publisher: 'UK police forces',
    date: null,
    supports:
      'Call 999 if a life is at risk or a crime is happening now; otherwise 101 or report online. Deaf or speech-impaired callers can use the textphone number 18001 101.',
  },
  'google-reviews': {
    title: 'Google Business Profile help: reviews that break policy',
    publisher: 'Google',
    date: null,
    supports:
      "Google removes reviews that break its policies and does not settle factual disputes. A review may name a public-facing professional, so naming staff does not always break the rules; misinformation, defamatory language, personal attacks and fake engagement (many accounts pushing a rating down, or review bombing) are not allowed. Progress and one appeal are in Google's Reviews Management Tool, and false statements of fact can go through Google's legal removal request.",
  },
  'nhs-reviews': {
    title: 'NHS website: managing patient feedback and reviews',
    publisher: 'NHS England',
    date: null,
    supports:
      'Reviews are moderated, must not name or identify staff or other patients, and only cover experiences from the last two years. Reporting one as unsuitable hides it straight away while it is checked; a serious accusation that belongs in a formal complaint can be reported too. Practices may reply through their profile but do not have to.',
  },
  rhc: {
    title: 'Report Harmful Content',
    publisher: 'UK Safer Internet Centre (run by SWGfL)',
    date: null,
    supports:
      "For anyone over 13 in the UK, once the site's own reporting has been tried: it asks for the site's reply, and may help if the site refused or has not answered after about a week. It covers eight harms only: online abuse, bullying or harassment, threats, impersonation, unwanted sexual advances, violent content, self-harm or suicide content, and pornographic content. Possible crimes go to the police instead.",
  },
  acas: {
    title: 'Social media guidance for employers, and the Acas helpline',
    publisher: 'Acas',
    date: '2018',
    dateNote: 'as cited by the LMC page',
    supports: 'Staff posting about work is an employment matter: fair process, policies, discipline and grievance.',
    unconfirmed: 'The helpline number 0300 123 1100 comes from the 2018 page; check it is still current.',
  },
  'practitioner-health': {
    title: 'NHS Practitioner Health',
    publisher: 'NHS',
    date: null,
    supports:
      'Confidential mental health support that has covered all primary care staff in England, clinical and non-clinical, since 2022, and is funded to 2029.',
    unconfirmed: 'The phone number, 0300 0303 300, has not been re-checked: check it on the service’s website.',
  },
  'rcgp-sea': {
    title: 'Significant event analysis questions',
    publisher: 'Royal College of General Practitioners',
    date: null,
    supports: 'How to review the incident afterwards and learn from it.',
  },
  'bma-sas': {
    title: 'Special Allocation Scheme',
    publisher: 'British Medical Association',
    date: null,
    supports:
      'A registered patient who is violent or threatens violence, once reported to the police, can be removed at once to the Special Allocation Scheme.',
  },
  ico: {
    title: 'Personal data breaches: a guide, and the accountability framework',
    publisher: "Information Commissioner's Office",
    date: null,
    supports:
      'The practice, as controller, decides whether a breach is reportable, with its data protection officer involved; containment comes first when staff post patient information.',
  },
  'mdu-gdpr': {
    title: 'GDPR and data breaches',
    publisher: 'Medical Defence Union',
    date: null,
    supports:
      'Reportable breaches go to the ICO within 72 hours of the practice becoming aware, weekends included; practices in England report through the Data Security and Protection Toolkit.',
  },
  mddus: {
    title: 'Advice on breach notifications, and a relative asking about care',
    publisher: 'MDDUS',
    date: null,
    supports:
      "A relative raising a patient's care needs the patient's consent first; an MP or councillor asking about a named patient needs that patient's consent; press enquiries.",
  },
  'gmc-sm-2024': {
    title: 'Using social media as a medical professional',
    publisher: 'General Medical Council',
    date: '2024-01-30',
    dateNote: 'in effect from',
    supports: 'Small details add up to identify a patient or colleague; never confirm or deny that someone is a patient.',
  },
  'true-vision': {
    title: 'True Vision: report hate crime online',
    publisher: 'Police-backed service (report-it.org.uk)',
    date: null,
    supports: 'Racist, religious, homophobic, transphobic and disability hate can be reported to the police online.',
  },
  'corrections-2026': {
    title: 'Facts re-checked against current public sources (corrections and additions)',
    publisher: 'Social Media Incident Wizard team',
    date: '2026-11-30',
    dateNote: 'checked',
    supports:
      'The facts checked most recently against public sources, which take precedence over older wording: safety routes, confidentiality, platforms, the law and support.',
  },
} as const satisfies Record<string, SourceContent>;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as SourceId[];
