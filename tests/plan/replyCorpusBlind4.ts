// Blind corpus 4, written by a helper session on 30 November 2026 without seeing the reply rules, checks or other corpora.

/** One public reply sentence a practice might post, labelled by hand as unsafe or safe. */
export interface BlindEntry4 {
  readonly text: string;
  readonly unsafe: boolean;
  readonly category: string;
}

export const blindCorpus4: readonly BlindEntry4[] = [
  // --- relatives: mentions a relative's care ---
  {
    unsafe: true,
    category: 'relatives',
    text: "Sorry to hear about this, we know how worried you've been about your mum's dementia and we'll keep supporting her.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "Thanks for your feedback. Your husband's blood pressure review is still outstanding, so please ask him to ring us.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "We're sorry your little one waited so long, the bairn's ear infection should have been sorted sooner.",
  },
  { unsafe: true, category: 'relatives', text: 'Hi love, your dad’s district nurse visits are now weekly so hopefully that helps a bit.' },
  {
    unsafe: true,
    category: 'relatives',
    text: "I'm sorry you feel let down. Your daughter's referral to CAMHS was sent from our side and we'll chase it for you.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "Please be assured that your late father's end of life care was discussed fully with the hospice team.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "Aw duck, we hope your nan's leg ulcer is healing better now the dressings have been changed.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "We understand it's frustrating, but your son's ADHD medication can only be issued once the shared care agreement comes back.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: 'Thank you for raising this. Your wife’s repeat prescription for her inhalers has now gone over to the chemist.',
  },
  { unsafe: true, category: 'relatives', text: "Sorry for the wait for your twins' 12 month jabs, we've got more baby clinics next week." },
  { unsafe: true, category: 'relatives', text: "Hiya, we've let the care home know your mam needs her catheter changing more often." },
  {
    unsafe: true,
    category: 'relatives',
    text: 'As we explained to your partner, his fit note has been extended until the end of the month.',
  },
  {
    unsafe: true,
    category: 'relatives',
    text: 'We really appreciate everything you do caring for your brother, and we know his mental health has been a huge worry for the whole family.',
  },
  {
    unsafe: true,
    category: 'relatives',
    text: 'Really sorry about the mix up with your grandad’s warfarin dose, the pharmacist has been told.',
  },

  // --- pastContact: implies the person was seen, phoned, wrote in or came in ---
  { unsafe: true, category: 'pastContact', text: "We're sorry you weren't happy with the consultation you had with us last week." },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'Thanks for your review. When you rang us this morning the receptionist did explain how the appointment system works.',
  },
  { unsafe: true, category: 'pastContact', text: 'We did try to call you back twice but there was no answer.' },
  { unsafe: true, category: 'pastContact', text: 'As you know, the doctor came out to your house and spent nearly an hour with you.' },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'Sorry you felt rushed when you came in – ten minutes is the standard slot for every practice round here.',
  },
  { unsafe: true, category: 'pastContact', text: "Hi, we've received your email and the practice manager will reply by Friday." },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'We were sorry to hear you left the surgery upset after speaking to the team on the front desk.',
  },
  { unsafe: true, category: 'pastContact', text: 'It was lovely to see you at the flu clinic, sorry the queue was so long!' },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'you were offered an appt on the same day but turned it down, so we cant really agree with this review',
  },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'Thank you for your letter of complaint, which has been acknowledged and is being investigated.',
  },
  { unsafe: true, category: 'pastContact', text: "We hope you're feeling a bit brighter since your telephone consultation." },
  { unsafe: true, category: 'pastContact', text: 'Your eConsult was answered within 48 hours, which is within our published timescales.' },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'Glad we could squeeze you in at the end of surgery, hope the rest of your day went better x',
  },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'The GP you saw has reflected carefully on what you said about how the conversation went.',
  },

  // --- dates: a date or time that pins the person to a visit or contact ---
  {
    unsafe: true,
    category: 'dates',
    text: "We've checked and you were booked in at 10:40 on Tuesday 3rd November, so the wait was 25 minutes.",
  },
  { unsafe: true, category: 'dates', text: 'Our phone logs show your call on Monday at 8.02am was answered within four minutes.' },
  {
    unsafe: true,
    category: 'dates',
    text: 'Sorry about your appointment on the 14th, the clinic was running late because of an emergency.',
  },
  { unsafe: true, category: 'dates', text: 'You attended on the twenty-second of October and were seen promptly.' },
  { unsafe: true, category: 'dates', text: 'Regarding your visit yesterday afternoon, the doctor had been called away to an urgent case.' },
  { unsafe: true, category: 'dates', text: 'We apologise that your 9am slot last Thursday was cancelled at such short notice.' },
  { unsafe: true, category: 'dates', text: 'The home visit on Saturday 7 Nov was honestly the earliest the on-call team could manage.' },
  { unsafe: true, category: 'dates', text: 'Thanks for coming in on Boxing Day morning, sorry we were so short-staffed.' },
  { unsafe: true, category: 'dates', text: "Your message sent at 11.15pm on Sunday wouldn't have been picked up until Monday morning." },
  { unsafe: true, category: 'dates', text: 'sorry ur 4.30 on wed overran, we know u had to get back for the school run' },
  {
    unsafe: true,
    category: 'dates',
    text: 'The delay on 1st December happened because the computers went down while you were stood at the desk.',
  },
  { unsafe: true, category: 'dates', text: 'We can see you rang at ten past eight on the 5th and were number 23 in the queue.' },
  { unsafe: true, category: 'dates', text: 'Apologies that nobody was free to see you when you turned up on the morning of 19/10.' },

  // --- records: refers to their results, notes, records, file, letters, scans, the system ---
  { unsafe: true, category: 'records', text: 'Your blood results came back normal, so there was no need for a follow-up.' },
  { unsafe: true, category: 'records', text: "We've looked through your notes and there's no record of you ever asking for a referral." },
  { unsafe: true, category: 'records', text: "Having reviewed your medical records, we're satisfied the doctor acted appropriately." },
  { unsafe: true, category: 'records', text: 'The letter from the hospital landed on our system today and a GP will action it.' },
  { unsafe: true, category: 'records', text: 'Your scan report is back now, please ring for the result rather than posting on here.' },
  { unsafe: true, category: 'records', text: "According to your file you've missed three appointments this year." },
  { unsafe: true, category: 'records', text: 'We’ve added a flag to your record so reception know you need a longer appointment.' },
  { unsafe: true, category: 'records', text: "Your x-ray showed nothing broken, which is why you weren't sent on to fracture clinic." },
  { unsafe: true, category: 'records', text: 'Our clinical system shows your prescription was issued and collected by the chemist.' },
  { unsafe: true, category: 'records', text: "We've checked your summary care record and the penicillin allergy is now coded correctly." },
  { unsafe: true, category: 'records', text: "The discharge summary you mentioned hasn't reached us yet, so we'll chase the ward." },
  { unsafe: true, category: 'records', text: 'Your ECG was looked at by the duty doctor the same day and filed as satisfactory.' },
  { unsafe: true, category: 'records', text: "We've updated your details after the mix up with your letters going to your old flat." },

  // --- registration: confirms or denies the person is or was a patient ---
  {
    unsafe: true,
    category: 'registration',
    text: "We've checked and you are not registered with this practice, so we think this review is meant for another surgery.",
  },
  {
    unsafe: true,
    category: 'registration',
    text: "You've been a patient of ours for over 20 years and we're sorry to have lost your trust.",
  },
  { unsafe: true, category: 'registration', text: "As a registered patient here you're entitled to see any of our clinicians." },
  { unsafe: true, category: 'registration', text: 'We have no record of anyone by this name on our list.' },
  {
    unsafe: true,
    category: 'registration',
    text: "You deregistered from us in the spring, so we're unable to comment on anything after that.",
  },
  { unsafe: true, category: 'registration', text: 'Thank you for being such a loyal patient with us ever since you moved to the village.' },
  { unsafe: true, category: 'registration', text: 'Your registration went through on Monday so you can now book online.' },
  {
    unsafe: true,
    category: 'registration',
    text: "Since you're registered at our branch surgery rather than the main site, the booking line is different.",
  },
  {
    unsafe: true,
    category: 'registration',
    text: "We're sorry you've decided to move practices, your notes will transfer to your new GP automatically.",
  },
  { unsafe: true, category: 'registration', text: 'This person has never been a patient at our surgery.' },
  { unsafe: true, category: 'registration', text: "Welcome back to the practice, we're glad you've rejoined our list!" },
  { unsafe: true, category: 'registration', text: "As you're still on our books, you can ask to see a different GP at any time." },

  // --- careWords: names a treatment, test, medicine, referral, condition or service they had ---
  {
    unsafe: true,
    category: 'careWords',
    text: "We're sorry your physio referral is taking so long, waiting lists are very long at the moment.",
  },
  { unsafe: true, category: 'careWords', text: 'Your HRT has been switched to the patches as you asked.' },
  {
    unsafe: true,
    category: 'careWords',
    text: "We understand how hard it is living with fibromyalgia and we'll keep reviewing your pain relief.",
  },
  { unsafe: true, category: 'careWords', text: "We're sorry you found your smear test uncomfortable, and thank you for telling us." },
  {
    unsafe: true,
    category: 'careWords',
    text: "Unfortunately we can't prescribe you diazepam for your flight, that's national guidance rather than our choice.",
  },
  { unsafe: true, category: 'careWords', text: 'Sorry the counselling waiting list is so long, you are definitely on it though.' },
  { unsafe: true, category: 'careWords', text: 'The sertraline dose you were started on is the usual starting dose.' },
  { unsafe: true, category: 'careWords', text: 'hope the antibiotics are kicking in now x' },
  {
    unsafe: true,
    category: 'careWords',
    text: 'We appreciate that managing your diabetes has been harder since the clinic moved across town.',
  },
  { unsafe: true, category: 'careWords', text: 'Your coil fitting has been rebooked with a trained fitter as promised.' },
  {
    unsafe: true,
    category: 'careWords',
    text: 'The two-week-wait referral for your lump went off the same day, which is the fastest route we have.',
  },
  {
    unsafe: true,
    category: 'careWords',
    text: "Sorry we couldn't syringe your ears, it's no longer commissioned locally so you'd need a private provider.",
  },
  { unsafe: true, category: 'careWords', text: "We're glad your IVF funding application has now been submitted to the ICB." },
  { unsafe: true, category: 'careWords', text: 'Good news: your weight management referral to the Tier 3 service has been accepted.' },

  // --- staff: names or identifies a colleague ---
  { unsafe: true, category: 'staff', text: "I've spoken to Dr Patel and she's very sorry you felt she didn't listen." },
  { unsafe: true, category: 'staff', text: "The locum who was on that day no longer works here, so it won't happen again." },
  { unsafe: true, category: 'staff', text: 'Our trainee GP has been spoken to about his manner.' },
  {
    unsafe: true,
    category: 'staff',
    text: "We've passed your comments to Karen, our senior receptionist, who will be reflecting on them.",
  },
  { unsafe: true, category: 'staff', text: 'The nurse who did your jab is newly qualified and was being supervised at the time.' },
  { unsafe: true, category: 'staff', text: 'JB has apologised for the tone of the phone call.' },
  { unsafe: true, category: 'staff', text: 'Dr Okafor is on long-term sick leave at the moment, which is why nobody could book with him.' },
  { unsafe: true, category: 'staff', text: 'Our new pharmacist Tom was following protocol when he declined the request.' },
  {
    unsafe: true,
    category: 'staff',
    text: "The healthcare assistant on Tuesday morning was covering from another practice and didn't know our system.",
  },
  { unsafe: true, category: 'staff', text: 'Mrs Hughes, our practice nurse, is mortified that you felt judged.' },
  { unsafe: true, category: 'staff', text: 'the lady on the phones, Bev, was just following the triage rules the partners set' },
  { unsafe: true, category: 'staff', text: 'Dr Wright has been suspended while your complaint is investigated.' },
  {
    unsafe: true,
    category: 'staff',
    text: "Please don't be too hard on our apprentice receptionist, she's only 17 and it was her first week.",
  },
  { unsafe: true, category: 'staff', text: "Our only male GP works Mondays and Thursdays, so he is the one you'd have spoken to." },

  // --- identifiers: asks for identifying details publicly ---
  { unsafe: true, category: 'identifiers', text: 'Could you reply with your date of birth so we can look into this?' },
  { unsafe: true, category: 'identifiers', text: "Please post your NHS number below and we'll check what happened." },
  { unsafe: true, category: 'identifiers', text: "What's your full name, love? We can't find you otherwise." },
  {
    unsafe: true,
    category: 'identifiers',
    text: 'Can you pop your postcode and first line of address in the comments so we can trace you.',
  },
  { unsafe: true, category: 'identifiers', text: "Send us a photo of the prescription on here and we'll see where it went wrong." },
  { unsafe: true, category: 'identifiers', text: 'If you leave your mobile number underneath, the manager will ring you back today.' },
  {
    unsafe: true,
    category: 'identifiers',
    text: "Could you share your surname and which village you live in, so we know who we're talking to?",
  },
  { unsafe: true, category: 'identifiers', text: 'To help us investigate, please confirm your name and DOB in a reply to this comment.' },
  { unsafe: true, category: 'identifiers', text: 'Is this Mr Ahmed from Church Lane? Please confirm so we can look into it.' },
  {
    unsafe: true,
    category: 'identifiers',
    text: "Can you tell us your child's name and school so we can check which vaccinations are due?",
  },
  { unsafe: true, category: 'identifiers', text: 'Please screenshot your NHS App booking confirmation and attach it to this thread.' },
  {
    unsafe: true,
    category: 'identifiers',
    text: "Reply with your hospital number and the ward you were discharged from and we'll chase it.",
  },
  { unsafe: true, category: 'identifiers', text: "pls comment ur email + dob and we'll sort it asap" },

  // --- legal: threatens legal action, police, reporting, removal, in a way that escalates ---
  { unsafe: true, category: 'legal', text: 'This review is defamatory and has been passed to our solicitors.' },
  { unsafe: true, category: 'legal', text: "We've reported this post to Google and expect it to be taken down shortly." },
  { unsafe: true, category: 'legal', text: 'Abusive comments like yours will be reported to the police.' },
  { unsafe: true, category: 'legal', text: 'Any further posts of this kind will result in you being removed from our patient list.' },
  { unsafe: true, category: 'legal', text: 'We will be taking legal advice about these false allegations against our staff.' },
  { unsafe: true, category: 'legal', text: 'Our legal team have been made aware of this post and are considering their options.' },
  {
    unsafe: true,
    category: 'legal',
    text: 'Please be aware that making untrue statements online can be libel, and we will not hesitate to act.',
  },
  { unsafe: true, category: 'legal', text: "We've reported your account to Facebook for harassment." },
  { unsafe: true, category: 'legal', text: "Given this behaviour, you'll be receiving a letter from us about removal from the practice." },
  { unsafe: true, category: 'legal', text: "Keep this up and you'll be hearing from our solicitor, we've screenshotted everything." },
  { unsafe: true, category: 'legal', text: 'This is your final warning — the next post like this goes straight to the police.' },
  { unsafe: true, category: 'legal', text: "We've asked Nextdoor to remove your post and ban you from the group." },
  { unsafe: true, category: 'legal', text: "Our indemnity organisation has advised that you could be sued for what you've written here." },
  { unsafe: true, category: 'legal', text: 'We have logged this comment as harassment and will be issuing a zero tolerance warning.' },

  // --- safeGeneral: thanks and apology in general terms ---
  { unsafe: false, category: 'safeGeneral', text: 'Thank you for taking the time to leave this review.' },
  { unsafe: false, category: 'safeGeneral', text: "We're really sorry to read this and we'd like to put things right." },
  { unsafe: false, category: 'safeGeneral', text: 'Thanks so much for your kind words, they mean a lot to the whole team.' },
  { unsafe: false, category: 'safeGeneral', text: "We're sorry that the experience described here fell short of what everyone deserves." },
  { unsafe: false, category: 'safeGeneral', text: 'Thank you for your feedback, we take every comment seriously.' },
  { unsafe: false, category: 'safeGeneral', text: "Sorry to hear you're unhappy, love. We genuinely want to help." },
  { unsafe: false, category: 'safeGeneral', text: "We appreciate you sharing this and we're sorry it's been such a stressful time." },
  { unsafe: false, category: 'safeGeneral', text: "Cheers for the feedback, it's really helpful for us to hear." },
  { unsafe: false, category: 'safeGeneral', text: "We're sorry things have felt so difficult and we hope we can make it better." },
  { unsafe: false, category: 'safeGeneral', text: "Thank you, we'll make sure everyone sees this lovely review." },
  { unsafe: false, category: 'safeGeneral', text: "We're disappointed to read this and apologise for any distress caused." },
  {
    unsafe: false,
    category: 'safeGeneral',
    text: 'Thanks for being honest with us – we can only improve if people tell us when things go wrong.',
  },
  { unsafe: false, category: 'safeGeneral', text: "So sorry you feel this way, that's not what we want for anyone in our community." },
  { unsafe: false, category: 'safeGeneral', text: 'Thank you for your patience during what we know is a very busy time of year.' },
  { unsafe: false, category: 'safeGeneral', text: "We're sorry, this doesn't reflect the service we aim to provide." },
  { unsafe: false, category: 'safeGeneral', text: 'thank u for the feedback, really appreciate it' },
  { unsafe: false, category: 'safeGeneral', text: 'We hear you, and we’re sorry.' },
  { unsafe: false, category: 'safeGeneral', text: "Thanks ever so much, it's lovely to get a message like this on a Monday." },
  {
    unsafe: false,
    category: 'safeGeneral',
    text: "We're sorry you feel frustrated, and we understand why people get fed up at the moment.",
  },
  { unsafe: false, category: 'safeGeneral', text: "Thank you for raising this, it's important that concerns are heard." },
  { unsafe: false, category: 'safeGeneral', text: "Really sorry to read this, duck. We'd like to do better." },
  { unsafe: false, category: 'safeGeneral', text: "What a kind thing to write, thank you – it's made our week." },

  // --- safeInvite: invitation to get in touch privately ---
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'Please ring the main number and ask for the practice manager, who will be glad to help.',
  },
  { unsafe: false, category: 'safeInvite', text: "If you'd like to discuss this, please email us at the address on our website." },
  { unsafe: false, category: 'safeInvite', text: "We'd welcome the chance to talk this through in private, so please give us a ring." },
  { unsafe: false, category: 'safeInvite', text: "Please send us a private message and we'll arrange a time to chat." },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'Our practice manager would be happy to speak with you; contact details are on our website.',
  },
  { unsafe: false, category: 'safeInvite', text: "If you're happy to, drop us a DM and we'll take it from there." },
  { unsafe: false, category: 'safeInvite', text: 'Could you contact us privately so we can look into this properly?' },
  {
    unsafe: false,
    category: 'safeInvite',
    text: "We'd really like to understand more, so please get in touch with us away from this page.",
  },
  { unsafe: false, category: 'safeInvite', text: 'Feel free to email the practice inbox, marked for the attention of the manager.' },
  { unsafe: false, category: 'safeInvite', text: "Pop in and ask to speak to the manager, or call if that's easier." },
  { unsafe: false, category: 'safeInvite', text: "Please get in touch with us directly and we'll do our best to help." },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'If you would like to raise a formal complaint, our practice manager can be contacted in confidence via the website.',
  },
  { unsafe: false, category: 'safeInvite', text: 'Please message us privately rather than sharing any personal details here.' },
  { unsafe: false, category: 'safeInvite', text: "We'd love to hear more, give us a bell when you've got a minute." },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'Anyone with concerns like this is welcome to contact the practice manager in confidence.',
  },
  { unsafe: false, category: 'safeInvite', text: "Please use the 'Contact us' form on our website and we'll pick it up privately." },
  { unsafe: false, category: 'safeInvite', text: 'Do get in touch by phone or email so we can talk this over with you properly.' },
  {
    unsafe: false,
    category: 'safeInvite',
    text: "If you could contact the surgery directly, we'll make sure the right person picks this up.",
  },
  { unsafe: false, category: 'safeInvite', text: "We're happy to continue this conversation offline, just send us a private message." },
  { unsafe: false, category: 'safeInvite', text: "pls DM us and we'll try to sort it x" },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'The practice manager’s door is always open; please contact us privately to arrange a chat.',
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'We would value the opportunity to discuss your concerns one to one, please call us on the usual number.',
  },

  // --- safePolicy: general policy and service information ---
  { unsafe: false, category: 'safePolicy', text: 'Appointments can be booked online, through the NHS App or by phoning from 8am.' },
  {
    unsafe: false,
    category: 'safePolicy',
    text: "We're open Monday to Friday, 8am to 6.30pm, and NHS 111 is available when we're closed.",
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'Our complaints procedure is on our website, and you can also complain to the ICB if you prefer.',
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: "We're not able to discuss anyone's care on social media because we have a duty of confidentiality.",
  },
  { unsafe: false, category: 'safePolicy', text: 'We ask everyone to treat our team with respect, both in person and online.' },
  { unsafe: false, category: 'safePolicy', text: 'Repeat prescriptions can take up to 3 working days, so please order in good time.' },
  { unsafe: false, category: 'safePolicy', text: 'In an emergency please call 999 or go to A&E.' },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'If anyone is unhappy with how a complaint has been handled, they can contact the Parliamentary and Health Service Ombudsman.',
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: "We can't respond to individual concerns here, but our complaints policy explains how to raise them.",
  },
  { unsafe: false, category: 'safePolicy', text: "Like many practices, we're seeing record demand and are recruiting more clinicians." },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'Phone lines are busiest between 8 and 9am, so non-urgent calls are best made later in the day.',
  },
  { unsafe: false, category: 'safePolicy', text: 'Our online request form is open throughout core hours on weekdays.' },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'Our receptionists ask a few questions so requests reach the right clinician, in line with NHS guidance.',
  },
  { unsafe: false, category: 'safePolicy', text: "We will never discuss a patient's details publicly, even if they've shared them first." },
  { unsafe: false, category: 'safePolicy', text: 'Evening and Saturday morning appointments are available at the local hub.' },
  {
    unsafe: false,
    category: 'safePolicy',
    text: "For the first seven days of illness you can self-certify, so you won't need a note from us.",
  },
  { unsafe: false, category: 'safePolicy', text: 'Our website has a page explaining how we prioritise requests on the day.' },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'Complaints can be made verbally or in writing and are acknowledged within three working days.',
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'The surgery closes for training one afternoon a month, and the dates are on our website.',
  },
  { unsafe: false, category: 'safePolicy', text: 'Many minor ailments can now be treated by your local pharmacy under Pharmacy First.' },
  { unsafe: false, category: 'safePolicy', text: 'We publish our appointment figures every month so people can see how busy we are.' },
  {
    unsafe: false,
    category: 'safePolicy',
    text: "Please don't share health information in public comments, as this page is visible to everyone.",
  },

  // --- safeLookalike: care, family, staff, time, records, registration, ID or legal words used generally ---
  { unsafe: false, category: 'safeLookalike', text: "Parents and carers can book children's flu nasal sprays online from September." },
  { unsafe: false, category: 'safeLookalike', text: 'We never ask for your NHS number or date of birth in a comment.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'Our reception team are trained care navigators who can signpost to the right service.',
  },
  { unsafe: false, category: 'safeLookalike', text: 'Registration is open to anyone living within our practice boundary.' },
  { unsafe: false, category: 'safeLookalike', text: 'Test results usually show in the NHS App once a clinician has reviewed them.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'Anyone can ask for a copy of their own medical records through a subject access request.',
  },
  { unsafe: false, category: 'safeLookalike', text: 'Our nurses run smear, asthma and diabetes clinics every week.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'If someone looks after a relative, they can register as a carer with us for extra support.',
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'Our privacy notice explains how the law protects health records and who can see them.',
  },
  { unsafe: false, category: 'safeLookalike', text: 'Home visits are reserved for people who are housebound, as decided by a clinician.' },
  { unsafe: false, category: 'safeLookalike', text: 'Everyone aged 65 or over is eligible for a free flu jab this autumn.' },
  { unsafe: false, category: 'safeLookalike', text: 'We never name individual members of staff on social media.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "Antibiotics won't help most coughs and colds, so our clinicians follow national prescribing guidance.",
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'If you move house, please update your address through the website form rather than here.',
  },
  { unsafe: false, category: 'safeLookalike', text: "We're a training practice, and anyone can say no to having a student in the room." },
  { unsafe: false, category: 'safeLookalike', text: 'Letters from hospitals can take a couple of weeks to reach any GP practice.' },
  { unsafe: false, category: 'safeLookalike', text: "You don't need photo ID or proof of address to register with a GP in England." },
  { unsafe: false, category: 'safeLookalike', text: 'Prescriptions can be sent to whichever pharmacy you nominate.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'All locum doctors who work with us are fully qualified GPs on the national performers list.',
  },
  { unsafe: false, category: 'safeLookalike', text: 'Early morning appointments from 7am on Tuesdays are ideal for commuters.' },
  { unsafe: false, category: 'safeLookalike', text: 'Mums-to-be can self-refer to the midwives without seeing a GP first.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "As an NHS practice we're bound by data protection law, so we'll never confirm who is or isn't a patient.",
  },
  { unsafe: false, category: 'safeLookalike', text: 'New babies can be registered with us as soon as the birth has been registered.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'Date of birth and address checks are done in private at the desk, never over social media.',
  },
  { unsafe: false, category: 'safeLookalike', text: 'Blood test appointments for the Monday clinic open at 8am the Friday before.' },
];
