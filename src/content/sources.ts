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
    supports: 'Treat a negative review like a complaint and look into what it raises.',
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
    supports: 'The offences of sending false communications (section 179) and threatening communications (section 181).',
  },
  police: {
    title: 'Police advice on when to call 999 or 101',
    publisher: 'UK police forces',
    date: null,
    supports: 'Call 999 if a life is at risk or a crime is happening now; otherwise 101 or report online.',
  },
  'google-reviews': {
    title: 'Google Business Profile help: reviews that break policy',
    publisher: 'Google',
    date: null,
    supports:
      'Google removes reviews that break its policies, does not settle factual disputes, and takes days to review a report.',
  },
  'nhs-reviews': {
    title: 'NHS website: managing patient feedback and reviews',
    publisher: 'NHS England',
    date: null,
    supports:
      'Reviews are moderated before they appear, must not name staff, can be reported, and the practice can reply through its profile.',
  },
  rhc: {
    title: 'Report Harmful Content',
    publisher: 'UK Safer Internet Centre (run by SWGfL)',
    date: null,
    supports: 'Help when a site has not acted on a report within 48 hours.',
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
    supports: 'Confidential mental health support for doctors and some other NHS staff, on 0300 0303 300.',
    unconfirmed: 'Who is eligible has changed since 2024; whether non-clinical practice staff qualify is not confirmed.',
  },
  'rcgp-sea': {
    title: 'Significant event analysis questions',
    publisher: 'Royal College of General Practitioners',
    date: null,
    supports: 'How to review the incident afterwards and learn from it.',
  },
} as const satisfies Record<string, SourceContent>;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as SourceId[];
