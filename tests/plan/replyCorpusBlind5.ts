// Blind corpus 5, written by a helper session on 30 November 2026 without seeing the reply rules, checks or other corpora.

/** One public reply sentence a practice might post, labelled by hand as unsafe or safe. */
export interface BlindEntry5 {
  readonly text: string;
  readonly unsafe: boolean;
  readonly category: string;
}

export const blindCorpus5: readonly BlindEntry5[] = [
  // --- relatives: mentions a relative's care ---
  {
    unsafe: true,
    category: 'relatives',
    text: 'So sorry to read this, and we do hope your mum is settling in well after her fall last month.',
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "Thanks for the feedback Karen, we hope your husband's chest infection has cleared up now x",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "We completely understand your frustration about your son's ADHD assessment, the waiting list is out of our hands though.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "Hiya, your daughter's repeat inhaler went over to the chemist on Friday so it should be ready to collect.",
  },
  { unsafe: true, category: 'relatives', text: "We're sorry your dad felt rushed, but his dementia review did take the full half hour." },
  {
    unsafe: true,
    category: 'relatives',
    text: 'As we explained to your wife, her blood pressure needed rechecking before anything could be issued.',
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "Really sorry about the mix-up with your little one's jabs, we'll make sure his 12 month boosters are done next week.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "We appreciate everything you do for your nan, and we're glad the district nurses have taken over her leg ulcer dressings.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: 'Thank you for your kind words about the care your late father recieved from us in his final weeks.',
  },
  { unsafe: true, category: 'relatives', text: 'Ur partners sick note was ready for collection on the 14th, sorry nobody rang to say.' },
  {
    unsafe: true,
    category: 'relatives',
    text: "We hope your brother's memory clinic referral comes through soon, we've chased it twice for him.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "Ta for the review, glad the health visitor sorted out the twins' feeding worries at their weigh-in.",
  },
  {
    unsafe: true,
    category: 'relatives',
    text: "Sorry for the upset, though your mother-in-law's scan genuinely couldn't be booked until her bloods were back.",
  },

  // --- pastContact: implies the person was seen, phoned, wrote or came in ---
  {
    unsafe: true,
    category: 'pastContact',
    text: "We're sorry you felt unheard when you rang us, the lines were extremely busy that morning.",
  },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'Thank you for coming in to see us, and apologies that the wait in reception was so long.',
  },
  { unsafe: true, category: 'pastContact', text: 'Our GP did call you back as promised, but unfortunately it went to voicemail twice.' },
  {
    unsafe: true,
    category: 'pastContact',
    text: "We're sorry the e-consult you sent didn't get a reply within the usual two working days.",
  },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'Apologies that the doctor reached you later than expected for the home visit, there was an emergency beforehand.',
  },
  { unsafe: true, category: 'pastContact', text: 'We did receive your letter of complaint and a full response is being prepared.' },
  {
    unsafe: true,
    category: 'pastContact',
    text: "I'm really sorry the person you spoke to on the phone came across as abrupt, that isn't how we want to sound.",
  },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'Thanks for putting your request through the app, sorry it got stuck in the queue over the weekend.',
  },
  {
    unsafe: true,
    category: 'pastContact',
    text: "As you were told at the desk, we can't book routine appointments more than a fortnight ahead.",
  },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'we looked into it and you were actually offered a slot at our Westgate site which you turned down',
  },
  {
    unsafe: true,
    category: 'pastContact',
    text: "Sorry the doctor kept you waiting when they came out to you at home, that's not the service we aim for.",
  },
  {
    unsafe: true,
    category: 'pastContact',
    text: 'It was lovely to meet you in person, and thank you for being so patient with the queue outside!',
  },
  {
    unsafe: true,
    category: 'pastContact',
    text: "We're sorry the consultation felt so short, the clinician should have given you more time to explain.",
  },

  // --- dates: a date or time pinning the person to a visit or contact ---
  { unsafe: true, category: 'dates', text: "We're sorry your appointment on 3/11 ran so late, Tuesday afternoons are always our busiest." },
  {
    unsafe: true,
    category: 'dates',
    text: 'Apologies about Weds, we had two clinicians off sick and had to rebook a lot of people including you.',
  },
  { unsafe: true, category: 'dates', text: "We've checked and your call at 8.02am on the 3rd Nov was answered within twelve minutes." },
  {
    unsafe: true,
    category: 'dates',
    text: 'Sorry your 4.40pm slot was cancelled at the last minute on Friday, we know how annoying that is.',
  },
  {
    unsafe: true,
    category: 'dates',
    text: 'Thank you for your patience on 21st October when our phones went down, we hope the rebooked time suited.',
  },
  { unsafe: true, category: 'dates', text: "We can see you waited from 10.15 until nearly 11 on Thursday and we're truly sorry." },
  { unsafe: true, category: 'dates', text: 'Hi, regarding your visit on 12/11/26, the practice manager has looked into the delay.' },
  { unsafe: true, category: 'dates', text: 'Sorry again for your wait last Monday morning, hope the rest of your day was better!' },
  { unsafe: true, category: 'dates', text: 'Really sorry that your 9am on the 28th was moved at such short notice.' },
  { unsafe: true, category: 'dates', text: "We did try ringing you back at 2.30 yesterday but couldn't get through." },
  { unsafe: true, category: 'dates', text: 'Apologies for the bank holiday confusion, your slot was rebooked for Tuesday 27th at 11:10.' },
  { unsafe: true, category: 'dates', text: 'Sorry the Saturday session on the 14th overran, you should have been seen by half nine.' },
  { unsafe: true, category: 'dates', text: 'Sorry your 15 Nov telephone slot came through so late in the day.' },

  // --- records: results, notes, letters, referrals on the system ---
  { unsafe: true, category: 'records', text: "We've checked your notes and there's no record of you asking for a home visit that day." },
  { unsafe: true, category: 'records', text: 'Your blood results came back normal, so there was no need for the GP to call you.' },
  {
    unsafe: true,
    category: 'records',
    text: "The discharge summary from the hospital hasn't reached us yet, which is why your meds weren't updated.",
  },
  { unsafe: true, category: 'records', text: "We're sorry for the worry, your referral is showing on the system as sent on the 2nd." },
  { unsafe: true, category: 'records', text: 'Looking at the records, your scan report was filed and reviewed by a GP the same day.' },
  {
    unsafe: true,
    category: 'records',
    text: "The consultant's letter about you was scanned on but the action wasn't picked up, and we apologise.",
  },
  { unsafe: true, category: 'records', text: 'We can confirm your medical record was updated as soon as the clinic letter arrived.' },
  { unsafe: true, category: 'records', text: 'Hi, good news, your x-ray report is in and nothing worrying was found!' },
  { unsafe: true, category: 'records', text: 'An audit of your file shows the prescription request was received and processed on time.' },
  {
    unsafe: true,
    category: 'records',
    text: 'Sorry for the stress, your MRI results are back but a GP needs to go through them with you first.',
  },
  { unsafe: true, category: 'records', text: 'The repeat template on your record was set to 28 days, which is why it ran out early.' },
  {
    unsafe: true,
    category: 'records',
    text: 'Having gone back through your notes, the clinician did document a full explanation of the side effects.',
  },
  { unsafe: true, category: 'records', text: 'Ur smear result has been on the system since last week hun, sorry nobody told you x' },

  // --- registration: confirms or denies they are or were a patient ---
  {
    unsafe: true,
    category: 'registration',
    text: "We're sorry you feel this way, but you were deregistered because you moved out of our catchment area.",
  },
  {
    unsafe: true,
    category: 'registration',
    text: "We can't find you on our list, so we don't believe this review relates to our practice.",
  },
  { unsafe: true, category: 'registration', text: "As a patient of ours for over ten years, you'll know we always try our best." },
  {
    unsafe: true,
    category: 'registration',
    text: 'Thanks for your review, your registration went through this morning so you can now book.',
  },
  { unsafe: true, category: 'registration', text: "We have checked and you are not registered with us, so we weren't able to see you." },
  {
    unsafe: true,
    category: 'registration',
    text: 'Welcome to the practice, and sorry the new patient questionnaire you filled in went missing.',
  },
  {
    unsafe: true,
    category: 'registration',
    text: "You left our practice in 2022, so the recent issues you describe can't have happened here.",
  },
  {
    unsafe: true,
    category: 'registration',
    text: 'This person has never been a patient at this surgery, so please treat the review with caution.',
  },
  {
    unsafe: true,
    category: 'registration',
    text: 'Sorry, your temporary registration ended after three months, which is why online booking stopped working.',
  },
  {
    unsafe: true,
    category: 'registration',
    text: "You're still on our list so there's no need to re-register, just give reception a ring.",
  },
  {
    unsafe: true,
    category: 'registration',
    text: "As you transferred to the Riverside practice in the summer, we'd suggest contacting them instead.",
  },
  {
    unsafe: true,
    category: 'registration',
    text: 'Glad you decided to stay with us rather than switching surgeries, thanks for giving us another chance.',
  },
  {
    unsafe: true,
    category: 'registration',
    text: "Your application to join the practice was refused because we couldn't verify you lived in the area.",
  },

  // --- careWords: names a treatment, test, medicine, clinic or condition they had ---
  {
    unsafe: true,
    category: 'careWords',
    text: "We're sorry the INR clinic was running behind, we know how important your warfarin checks are.",
  },
  {
    unsafe: true,
    category: 'careWords',
    text: "Sorry to hear the sertraline isn't agreeing with you, please do ring to talk about alternatives.",
  },
  { unsafe: true, category: 'careWords', text: "Hope the travel jabs for your Thailand trip didn't leave your arm too sore!" },
  { unsafe: true, category: 'careWords', text: 'Apologies that your minor op to remove the cyst was postponed, the surgeon was off sick.' },
  {
    unsafe: true,
    category: 'careWords',
    text: "The social prescriber is really looking forward to helping with the loneliness you've been struggling with.",
  },
  { unsafe: true, category: 'careWords', text: "Sorry your Mounjaro wasn't ready, there's a national shortage we have no control over." },
  { unsafe: true, category: 'careWords', text: 'We understand how upsetting the wait for your colonoscopy has been.' },
  { unsafe: true, category: 'careWords', text: 'So glad first contact physio could sort your frozen shoulder so quickly!' },
  {
    unsafe: true,
    category: 'careWords',
    text: 'Sorry for the delay with your HRT, the local pharmacies have been out of Oestrogel for weeks.',
  },
  {
    unsafe: true,
    category: 'careWords',
    text: 'The nurse was only following guidance when she said your diabetic foot check was overdue.',
  },
  {
    unsafe: true,
    category: 'careWords',
    text: "We're sorry Pharmacy First couldn't treat your UTI and you ended up having to come back to us.",
  },
  { unsafe: true, category: 'careWords', text: 'Hope the new Fostair inhaler is helping your asthma more than the last one did.' },
  {
    unsafe: true,
    category: 'careWords',
    text: "Sorry the coil fitting was so uncomfortable, we'll pass your comments on to the clinical team.",
  },
  { unsafe: true, category: 'careWords', text: 'We know your depression makes phoning difficult, so thank you for persevering with us.' },

  // --- staff: names or identifies a colleague ---
  { unsafe: true, category: 'staff', text: "I'm sorry Dr Patel came across as rushed, she was covering two clinics that day." },
  { unsafe: true, category: 'staff', text: "Thanks for the lovely comments about Sue on reception, we'll make sure she sees them!" },
  {
    unsafe: true,
    category: 'staff',
    text: 'Our apprentice was still learning the booking system at the time, so please accept our apologies.',
  },
  {
    unsafe: true,
    category: 'staff',
    text: "We've had a word with the doctor who was on on Tuesday and he's very sorry for any offence caused.",
  },
  {
    unsafe: true,
    category: 'staff',
    text: "The nurse with the tattoo you mentioned is one of our most experienced, but we'll feed this back.",
  },
  { unsafe: true, category: 'staff', text: "JB has been spoken to about the tone used, and it won't happen again." },
  { unsafe: true, category: 'staff', text: 'Big thanks for the shout out to Mo, our care navigator, he absolutely loves his job.' },
  { unsafe: true, category: 'staff', text: "The locum you're describing no longer works with us, so rest assured this won't be repeated." },
  { unsafe: true, category: 'staff', text: "Nurse Karen is on leave this week but she'll answer your comment when she's back." },
  { unsafe: true, category: 'staff', text: 'The new receptionist, the young lad with the glasses, is still finding his feet, sorry.' },
  { unsafe: true, category: 'staff', text: "I'll pass this straight on to Dr H, who was duty doctor that morning." },
  { unsafe: true, category: 'staff', text: 'Priya, our clinical pharmacist, has asked me to say sorry for the confusion.' },
  { unsafe: true, category: 'staff', text: "The tall male GP you mention is our registrar and he's really upset to read this." },

  // --- identifiers: asks for identifying details publicly ---
  { unsafe: true, category: 'identifiers', text: 'Could you please reply with your date of birth so we can look into this?' },
  { unsafe: true, category: 'identifiers', text: "Please pop your NHS number in the comments and we'll check what went wrong." },
  {
    unsafe: true,
    category: 'identifiers',
    text: 'To help us investigate, can you confirm your full name and the first line of your address below?',
  },
  { unsafe: true, category: 'identifiers', text: 'Can you post a photo of the prescription so we can see which item was missed?' },
  {
    unsafe: true,
    category: 'identifiers',
    text: "Before we can respond, please confirm who you are, as this name doesn't match anyone we can find.",
  },
  { unsafe: true, category: 'identifiers', text: 'If you leave your mobile number on here one of the team will ring you today.' },
  { unsafe: true, category: 'identifiers', text: 'Hi, which surname would you be under? Then we can check the booking for you.' },
  {
    unsafe: true,
    category: 'identifiers',
    text: 'Could you share a picture of the hospital letter on here so we can work out the next step?',
  },
  { unsafe: true, category: 'identifiers', text: "Please comment with your DOB and postcode and we'll get back to you asap." },
  {
    unsafe: true,
    category: 'identifiers',
    text: "We'd need your full name and date of birth to respond properly, could you add them underneath?",
  },
  { unsafe: true, category: 'identifiers', text: "What's your maiden name? You might still be down under that one." },
  {
    unsafe: true,
    category: 'identifiers',
    text: "Please reply with your house number and postcode so the team can confirm it's really you.",
  },
  {
    unsafe: true,
    category: 'identifiers',
    text: 'Could you upload a photo of your repeat slip here so we can see which medication is missing?',
  },
  {
    unsafe: true,
    category: 'identifiers',
    text: 'To verify your identity, please reply to this comment with the last four digits of your NHS number.',
  },

  // --- legal: threats, reporting, removal, final warnings ---
  { unsafe: true, category: 'legal', text: 'This review is defamatory and has been passed to our solicitors.' },
  { unsafe: true, category: 'legal', text: 'Please be aware that abusive posts about our staff will be reported to the police.' },
  { unsafe: true, category: 'legal', text: "We've asked Google to remove this review as it breaches their guidelines." },
  { unsafe: true, category: 'legal', text: 'If this continues you will be removed from our practice list.' },
  { unsafe: true, category: 'legal', text: 'Consider this your final warning about your conduct towards our receptionists.' },
  { unsafe: true, category: 'legal', text: 'We are taking legal advice about the false claims made in this post.' },
  { unsafe: true, category: 'legal', text: 'Your comments have been reported to Facebook and we expect them to be taken down shortly.' },
  { unsafe: true, category: 'legal', text: 'Any further posts like this will be referred to our legal team for action.' },
  { unsafe: true, category: 'legal', text: 'We have reported this to the police and an officer will be in touch with you.' },
  { unsafe: true, category: 'legal', text: "Making false allegations online is libel and we won't hesitate to take action." },
  { unsafe: true, category: 'legal', text: "We've reported this review to the NHS website moderators and asked for it to be taken down." },
  { unsafe: true, category: 'legal', text: "Posting a member of staff's name like this could land you in court, please delete it now." },
  { unsafe: true, category: 'legal', text: "Unless this post comes down by Friday we will be instructing our defence union's lawyers." },

  // --- safeGeneral: thanks and apology in general terms ---
  {
    unsafe: false,
    category: 'safeGeneral',
    text: "Thank you for taking the time to leave feedback, we're sorry to read that things fell short.",
  },
  { unsafe: false, category: 'safeGeneral', text: "We're really sorry to hear this, it's not the experience we want anyone to have." },
  { unsafe: false, category: 'safeGeneral', text: 'Thanks so much for the kind words, they mean a lot to the whole team x' },
  { unsafe: false, category: 'safeGeneral', text: 'We are sorry that you feel let down, and we take comments like this seriously.' },
  { unsafe: false, category: 'safeGeneral', text: 'Thank you for your honest review, we will use it to look at how we can improve.' },
  { unsafe: false, category: 'safeGeneral', text: 'Aw, thank you! Comments like this really brighten our day.' },
  { unsafe: false, category: 'safeGeneral', text: 'Sorry to read this. We never want anyone to feel dismissed.' },
  { unsafe: false, category: 'safeGeneral', text: 'We apprecaite the feedback and apologise for the frustration this has caused.' },
  { unsafe: false, category: 'safeGeneral', text: "Thank you, we'll share your lovely message at our next team meeting." },
  {
    unsafe: false,
    category: 'safeGeneral',
    text: "We're sorry, that sounds really stressful and we'd like to put things right if we can.",
  },
  { unsafe: false, category: 'safeGeneral', text: "Really sorry to hear you're unhappy, feedback like this helps us get better." },
  { unsafe: false, category: 'safeGeneral', text: "Thanks for the feedback, it's been shared with the management team." },
  { unsafe: false, category: 'safeGeneral', text: "We hear you, and we're sorry. Waiting is never easy when you're worried." },
  { unsafe: false, category: 'safeGeneral', text: 'Cheers for the positive review, the team will be chuffed to bits.' },
  { unsafe: false, category: 'safeGeneral', text: "We're gutted to read this and truly sorry for the upset." },
  { unsafe: false, category: 'safeGeneral', text: 'Many thanks for your comments, we always welcome feedback good or bad.' },
  { unsafe: false, category: 'safeGeneral', text: "We apologise for any distress, it's never our intention to make anyone feel that way." },
  { unsafe: false, category: 'safeGeneral', text: 'Thanks ever so much for the five stars, we do our best!' },
  { unsafe: false, category: 'safeGeneral', text: 'Thank you for raising this, we understand why people feel strongly.' },
  {
    unsafe: false,
    category: 'safeGeneral',
    text: 'Sorry you feel this way. Your feedback has been noted and will be looked at carefully.',
  },
  { unsafe: false, category: 'safeGeneral', text: "Thankyou for letting us know how you feel, we're sorry things weren't better." },

  // --- safeInvite: invitation to phone or email, or ask for the practice manager ---
  {
    unsafe: false,
    category: 'safeInvite',
    text: "We'd really like to talk this through, please ring the surgery and ask for the practice manager.",
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: "If you'd like to discuss this further, please email our practice manager at the address on our website.",
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'Our practice manager would welcome a conversation, and the surgery phones are staffed Monday to Friday 8am to 6.30pm.',
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'Anyone with concerns about our service is welcome to contact the practice directly by phone or email.',
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: "We can't discuss individual circumstances here, but please call us and ask for the practice manager.",
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'If you ring the surgery and ask for the practice manager, we can look into this properly.',
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'Please contact us at the practice email address, marked for the attention of the practice manager.',
  },
  { unsafe: false, category: 'safeInvite', text: 'Happy to chat, just ring reception and ask to be put through to the manager.' },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'For anything like this, the best route is our complaints email address, listed on our website.',
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: "We'd value the chance to understand more, so please get in touch by phone when it suits you.",
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: "Please don't hesitate to phone the practice and ask for the practice manager, we'd like to help.",
  },
  { unsafe: false, category: 'safeInvite', text: "You're very welcome to email us, and the practice manager will respond personally." },
  {
    unsafe: false,
    category: 'safeInvite',
    text: "To protect everyone's privacy we don't discuss details online, but please do contact the practice by telephone.",
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: "Drop us an email through the contact form on our website and it'll go straight to the manager.",
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'If you would like to make a formal complaint, please phone or write to the practice manager.',
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: "We'd love to hear more, please ring after 10am when the lines are quieter and ask for the manager.",
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'Please feel free to contact the surgery and ask for the practice manager, who will be glad to speak with you.',
  },
  {
    unsafe: false,
    category: 'safeInvite',
    text: "Could you give us a bell and ask for the practice manager? We'd like to understand your concerns properly.",
  },
  { unsafe: false, category: 'safeInvite', text: 'Please get in touch with the practice by email so we can look into your concerns.' },
  {
    unsafe: false,
    category: 'safeInvite',
    text: 'The practice manager is available most weekdays, so do phone the main number and ask for them by title.',
  },

  // --- safePolicy: general policy and service information ---
  { unsafe: false, category: 'safePolicy', text: 'Our phone lines open at 8am and we release same-day appointments throughout the day.' },
  { unsafe: false, category: 'safePolicy', text: 'Routine appointments can be booked up to four weeks in advance online or by phone.' },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'Repeat prescription requests take two working days to process, so please allow time before collecting.',
  },
  { unsafe: false, category: 'safePolicy', text: 'We offer extended access appointments on weekday evenings and Saturday mornings.' },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'Our reception team are trained to ask a few questions so they can direct people to the right clinician.',
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'Online consultations can be submitted through our website between 8am and 6pm on weekdays.',
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'Many minor illnesses can now be treated at local pharmacies through the Pharmacy First scheme.',
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: "Sick notes aren't needed for the first seven days of illness, as employees can self-certify.",
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'Home visits are prioritised for housebound patients and are decided by the duty clinician.',
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'The surgery is closed on bank holidays, and NHS 111 is available whenever we are closed.',
  },
  { unsafe: false, category: 'safePolicy', text: 'All our GPs see a wide range of problems, and several have special interests.' },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'We are a training practice, so appointments may sometimes be offered with a GP registrar.',
  },
  { unsafe: false, category: 'safePolicy', text: 'Interpreters can be arranged for appointments, just let reception know when booking.' },
  { unsafe: false, category: 'safePolicy', text: 'The car park has four disabled bays close to the main entrance.' },
  { unsafe: false, category: 'safePolicy', text: 'Prescriptions can be sent electronically to any pharmacy you nominate.' },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'We close for staff training one Wednesday afternoon each month, and the dates are posted on our website.',
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'Fit notes can also be issued by physiotherapists and practice nurses where appropriate.',
  },
  {
    unsafe: false,
    category: 'safePolicy',
    text: 'We aim to respond to complaints within 10 working days, following the NHS complaints procedure.',
  },
  { unsafe: false, category: 'safePolicy', text: 'A hearing loop is available at the front desk for anyone who needs it.' },
  { unsafe: false, category: 'safePolicy', text: 'Our waiting room has baby changing facilities and step-free access throughout.' },
  { unsafe: false, category: 'safePolicy', text: 'Opening hours and out-of-hours arrangements are published on the practice website.' },

  // --- safeLookalike: risky-sounding words used only in general terms ---
  { unsafe: false, category: 'safeLookalike', text: 'Anyone can ask for a copy of their own medical records by contacting the practice.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "You don't need photo ID or proof of address to register with a GP in England, and everyone in our area is welcome.",
  },
  { unsafe: false, category: 'safeLookalike', text: 'Test results usually come back within a week and can be viewed in the NHS App.' },
  { unsafe: false, category: 'safeLookalike', text: 'Like all NHS services, we have a zero tolerance policy on abuse towards our staff.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "Family members can be set up as proxy users on the NHS App with the patient's consent.",
  },
  { unsafe: false, category: 'safeLookalike', text: "Our baby clinic runs every Thursday morning for any parents who'd like support." },
  { unsafe: false, category: 'safeLookalike', text: 'Flu clinics run on Saturdays through October for anyone who is eligible.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "We never discuss anyone's care, appointments or records on social media, to protect everyone's confidentiality.",
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "We can't confirm or deny whether anyone is a patient here, as that would breach confidentiality.",
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'Carers can ask to join our carers register for extra support and flexible appointments.',
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "Our whole team of doctors, nurses and receptionists works incredibly hard, and we're proud of every one of them.",
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'Hospital waiting times after a referral are set by the hospital trust, not by the surgery.',
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "If you rely on a regular medicine such as an inhaler, it's best to order it a week before you run out.",
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'Please never share personal details such as your NHS number or date of birth on social media.',
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'The law requires us to keep all clinical information strictly private, which is why our replies here are general.',
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'Our social prescriber can help anyone with things like loneliness, debt or housing worries.',
  },
  { unsafe: false, category: 'safeLookalike', text: 'The INR clinic now runs on Mondays and Thursdays at both of our sites.' },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'Appointments are released at 8am daily, and Monday morning is always our busiest time.',
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "Relatives or friends can collect prescriptions on someone's behalf if they know the person's name and address.",
  },
  { unsafe: false, category: 'safeLookalike', text: "We're a small family practice that has served this town since 1974." },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'If someone you look after becomes seriously unwell, please call 999 or NHS 111 straight away.',
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "We're registered with the Care Quality Commission and our latest inspection report is on their website.",
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'We never name individual staff online, but every comment is read by the management team.',
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: "We don't ask for reviews to be removed, we welcome all feedback even when it's critical.",
  },
  {
    unsafe: false,
    category: 'safeLookalike',
    text: 'Adults can refer themselves to first contact physio for muscle and joint problems without seeing a GP first.',
  },
];
