//! Phrase banks for sample notes, in our own words: calm, ordinary diary sentences.
//!
//! Each topic keeps its own words ("walk" lives in `WALK`, "therapy" in `THERAPY` and
//! `HOMEWORK`, "sleep" in the sleep banks) so a search for them finds a sensible subset.

pub const SLEEP_GOOD: &[&str] = &[
    "Slept through the night for once and woke up before the alarm.",
    "Good sleep last night, and the morning felt less heavy because of it.",
    "Went to bed at a sensible time and actually fell asleep quickly.",
    "Woke rested, which still surprises me a little.",
    "Sleep was deep and I only remember waking once.",
];

pub const SLEEP_POOR: &[&str] = &[
    "Slept badly again, awake around three with my mind running.",
    "Not much sleep, so I kept the day small and gentle.",
    "Lay awake for a long time going over tomorrow.",
    "Woke too early and could not get back to sleep.",
    "Tired from a broken night, moving slowly this morning.",
    "Sleep was light and restless, lots of odd dreams.",
];

pub const WORK: &[&str] = &[
    "Work was busy but I got through the list one thing at a time.",
    "Managed a long meeting without drifting off into worry.",
    "Sent the email I had been putting off, and the reply was kind.",
    "Hard to concentrate at work in the afternoon, so I took short breaks.",
    "Finished the report and left on time.",
    "A colleague asked how I was doing and I gave an honest answer.",
    "Too many messages at work today, I turned notifications off for an hour.",
    "Work felt manageable, which is new.",
];

pub const WALK: &[&str] = &[
    "Took a walk around the park at lunch and noticed the trees changing.",
    "Short walk before dinner, the air helped clear my head.",
    "Walked to the shop instead of driving, slow pace, no headphones.",
    "Went for a long walk by the river and felt a bit lighter after.",
    "A walk in the evening light, counted five things I could see.",
];

pub const EXERCISE: &[&str] = &[
    "Did a short workout at home, twenty minutes was enough.",
    "Went for a swim, slow lengths, and felt calmer afterwards.",
    "Cycled to the station, legs tired but mind quieter.",
    "Stretched for ten minutes before bed.",
    "Made it to the gym even though I nearly talked myself out of it.",
];

pub const THERAPY: &[&str] = &[
    "Therapy session today, we talked about noticing thoughts without arguing with them.",
    "In therapy we looked at the week and found a pattern around Sunday evenings.",
    "Therapy felt hard today but useful, a lot came up about work.",
    "My therapist asked what a good enough day looks like, still thinking about it.",
    "Therapy today was mostly about sleep and routines.",
    "We planned small steps in therapy, nothing big, just one thing a day.",
];

pub const HOMEWORK: &[&str] = &[
    "Did the therapy homework: wrote down a worry and what actually happened.",
    "Filled in a thought record about the meeting, the evidence was kinder than my head.",
    "Practised the breathing exercise from therapy for five minutes.",
    "Tried the homework of planning one pleasant thing, and did it.",
    "Wrote three things that went fine today, as the therapy homework suggests.",
];

pub const MEDS_EARLY: &[&str] = &[
    "Some nausea in the morning after the tablet, taking it with breakfast helps.",
    "Felt a bit jittery in the afternoon, side effects are still settling.",
    "Dry mouth again today, keeping water on the desk.",
    "Mild headache after the dose, it faded by lunch.",
    "Noted the side effects to mention at the next appointment.",
];

pub const MEDS_LATER: &[&str] = &[
    "The side effects have mostly eased, barely notice the tablet now.",
    "Took my medication on time, it is just part of the morning now.",
    "Nausea has gone, which makes breakfast easier.",
    "Wrote down questions for the prescriber appointment next week.",
];

pub const FAMILY: &[&str] = &[
    "Called my mum, we talked for half an hour about nothing much, it was nice.",
    "Family dinner, a bit loud but I stayed and enjoyed parts of it.",
    "My sister sent photos of the kids, they made me smile.",
    "Helped my dad with his computer and he made tea.",
];

pub const FRIENDS: &[&str] = &[
    "Met a friend for coffee, I almost cancelled but glad I went.",
    "Long phone call with an old friend, felt connected.",
    "Friends came over for a film, I did not have to perform being fine.",
    "Replied to messages I had been avoiding, nobody was upset.",
];

pub const RAIN: &[&str] = &[
    "Rain all day, stayed in with a book and a blanket.",
    "Grey and wet outside, the light makes everything slower.",
    "Listened to the rain on the window while cooking.",
];

pub const WEEKEND: &[&str] = &[
    "Slow weekend morning, pancakes and no plans.",
    "Tidied the flat a little, one room at a time.",
    "Did some gardening, hands in the soil felt grounding.",
    "Spent the afternoon at the library, quiet and warm.",
];

pub const LOW: &[&str] = &[
    "Heavy day, everything took longer than it should.",
    "Felt flat and far away from things, kept to the basics.",
    "Low mood most of the day, ate properly and rested.",
    "Hard to get started this morning, I did one small task and let that count.",
    "The day felt grey inside and out, I reminded myself that days like this pass.",
    "Kept expectations low today and tried not to be hard on myself about it.",
];

pub const WORRY: &[&str] = &[
    "Worried about money again, wrote it down so it was not only in my head.",
    "Kept thinking about what I said in the meeting, probably nobody noticed.",
    "Anxious before the appointment, chest tight, it eased once I was there.",
    "Worry loop in the evening, named it and went back to the dishes.",
    "Restless and on edge this afternoon without a clear reason.",
];

pub const GOOD: &[&str] = &[
    "A genuinely good day, laughed properly at something.",
    "Cooked a real meal and enjoyed eating it.",
    "Felt more like myself today.",
    "Noticed I had not thought about my mood for hours.",
    "Read a few chapters and lost track of time in a good way.",
    "Played music while cleaning and sang along a little.",
];

pub const WINS: &[&str] = &[
    "Small win: made the phone call I had been dreading.",
    "Small win: washed up before bed, the kitchen looks kind in the morning.",
    "Small win: went outside even though I did not feel like it.",
    "Small win: booked the dentist.",
    "Small win: answered a message the same day.",
];

pub const GENERAL: &[&str] = &[
    "Made a cup of tea and sat by the window for a while.",
    "Watered the plants and opened the curtains early.",
    "Made a list for tomorrow so it does not have to live in my head.",
    "Ate lunch away from the screen.",
    "Had a shower and got dressed properly, it helped.",
    "Listened to a podcast while cooking.",
    "Quiet evening, early night planned.",
    "Spent some time sorting old photos.",
];

pub const STEADY: &[&str] = &[
    "The day was ordinary, and ordinary is fine.",
    "A steady sort of day, nothing stood out and that was restful.",
    "Mood somewhere in the middle today, neither up nor down.",
    "Got through the usual things without much fuss.",
    "Some tiredness in the afternoon but the evening was calm.",
];

pub const SHORT_GOOD: &[&str] = &[
    "Good day overall.",
    "Felt lighter today.",
    "Calm and steady.",
    "Better than expected.",
    "Nice time with people.",
];

pub const SHORT_MID: &[&str] =
    &["Okay day.", "Tired but fine.", "A bit up and down.", "Busy, nothing special.", "Quiet day at home."];

pub const SHORT_LOW: &[&str] =
    &["Low and tired.", "Hard day, resting.", "Anxious afternoon.", "Not much energy today.", "Slow start, slow day."];
