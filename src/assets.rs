//! Built-in data compiled into the binary.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::crisis::{CrisisBook, CrisisRegion};
use crate::domain::skill::CopingCard;

const CRISIS_RON: &str = include_str!("../assets/crisis.ron");

/// The built-in coping-skill cards, one file per category, in the order the Skills tab lists them.
const SKILL_FILES: [(&str, &str); 9] = [
    ("breathing.ron", include_str!("../assets/skills/breathing.ron")),
    ("grounding.ron", include_str!("../assets/skills/grounding.ron")),
    ("body.ron", include_str!("../assets/skills/body.ron")),
    ("thinking.ron", include_str!("../assets/skills/thinking.ron")),
    ("doing.ron", include_str!("../assets/skills/doing.ron")),
    ("distress.ron", include_str!("../assets/skills/distress.ron")),
    ("compassion.ron", include_str!("../assets/skills/compassion.ron")),
    ("sleep.ron", include_str!("../assets/skills/sleep.ron")),
    ("other.ron", include_str!("../assets/skills/other.ron")),
];

/// One file of skill cards as written under `assets/skills/`.
#[derive(Debug, Deserialize)]
struct CardFile {
    version: u32,
    cards: Vec<CopingCard>,
}

fn parse_card_file(text: &str) -> Result<CardFile, ron::error::SpannedError> {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME).from_str(text)
}

/// The crisis resources. The file is part of the binary and checked by a test, so a parse
/// failure here is a build mistake; even then the app shows the fallback line, never panics.
/// The region codes the crisis file knows ("US", "UK", …).
pub fn crisis_regions() -> Vec<&'static str> {
    crisis().regions.iter().map(|r| r.code.as_str()).collect()
}

pub fn crisis() -> &'static CrisisBook {
    static BOOK: OnceLock<CrisisBook> = OnceLock::new();
    BOOK.get_or_init(|| {
        ron::from_str(CRISIS_RON).unwrap_or_else(|_| CrisisBook {
            version: 1,
            regions: vec![CrisisRegion {
                code: "ANY".into(),
                name: "Anywhere".into(),
                emergency: "your local emergency number".into(),
                lines: Vec::new(),
            }],
            elsewhere: "Call your local emergency number. findahelpline.com lists crisis lines by country.".into(),
        })
    })
}

/// The built-in coping-skill cards. The files are part of the binary and checked by tests, so
/// a file that fails to parse is a build mistake; even then the app gets the cards that did.
static CARDS: OnceLock<Vec<CopingCard>> = OnceLock::new();

/// The cards if they have been read already: Today's first frame does not wait for them.
pub fn builtin_cards_if_loaded() -> Option<&'static [CopingCard]> {
    CARDS.get().map(Vec::as_slice)
}

pub fn builtin_cards() -> &'static [CopingCard] {
    CARDS.get_or_init(|| {
        SKILL_FILES
            .iter()
            .filter_map(|(_, text)| parse_card_file(text).ok())
            .filter(|file| file.version == 1)
            .flat_map(|file| file.cards)
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_has_an_emergency_number_and_a_line() {
        let book: CrisisBook = ron::from_str(CRISIS_RON).expect("assets/crisis.ron parses");
        assert!(book.regions.len() >= 9);
        for r in &book.regions {
            assert!(r.emergency.chars().any(|c| c.is_ascii_digit()), "{} emergency", r.code);
            assert!(!r.lines.is_empty(), "{} has no line", r.code);
            for l in &r.lines {
                assert!(l.contact.chars().any(|c| c.is_ascii_digit()), "{} {} has no number", r.code, l.name);
            }
        }
        let us = book.region(Some("us")).expect("US");
        assert!(us.lines.iter().any(|l| l.contact.contains("988")));
        let uk = book.region(Some("UK")).expect("UK");
        assert!(uk.lines.iter().any(|l| l.contact.contains("116 123")));
        assert!(book.region(Some("XX")).is_none());
        assert_eq!(crisis().regions.len(), book.regions.len());
    }

    /// Each region's lines as REFERENCES.md gives them (checked 2026-12-02).
    #[test]
    fn each_region_has_the_lines_the_references_give() {
        let book: CrisisBook = ron::from_str(CRISIS_RON).expect("assets/crisis.ron parses");
        let contacts = |code: &str| -> String {
            let r = book.region(Some(code)).unwrap_or_else(|| panic!("no region {code}"));
            let lines: Vec<_> = r.lines.iter().map(|l| format!("{}: {} ({})", l.name, l.contact, l.note)).collect();
            format!("emergency {} · {}", r.emergency, lines.join(" · "))
        };
        // Shout serves UK residents only; Ireland has its own region, chosen with "IE".
        let uk = contacts("UK");
        for want in ["116 123", "text SHOUT to 85258 (UK only)", "choose the mental health option", "999", "112"] {
            assert!(uk.contains(want), "UK lacks {want}: {uk}");
        }
        assert!(!uk.contains("option 2") && !uk.contains("50808") && !uk.contains("Ireland"), "{uk}");
        let ie = contacts("ie");
        for want in ["116 123", "text 50808", "112", "999"] {
            assert!(ie.contains(want), "Ireland lacks {want}: {ie}");
        }
        assert!(!ie.contains("85258") && !ie.contains("NHS"), "Shout and NHS 111 are not for Ireland: {ie}");
        assert_eq!(book.region(Some("IE")).map(|r| r.name.as_str()), Some("Ireland"));
        let india = contacts("IN");
        assert!(india.contains("14416") && india.contains("1-800-891-4416"), "{india}");
        let au = contacts("AU");
        assert!(au.contains("13 11 14") && au.contains("text 0477 13 11 14") && au.contains("000"), "{au}");
        let codes: Vec<_> = book.regions.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(codes, ["US", "UK", "IE", "CA", "AU", "NZ", "DE", "IN", "EU"]);
    }

    #[test]
    fn every_skill_file_parses_at_version_1() {
        for (name, text) in SKILL_FILES {
            let file = parse_card_file(text).unwrap_or_else(|e| panic!("assets/skills/{name}: {e}"));
            assert_eq!(file.version, 1, "{name}");
            assert!(!file.cards.is_empty(), "{name} has no cards");
            let first = file.cards[0].category;
            assert!(file.cards.iter().all(|c| c.category == first), "{name} mixes categories");
        }
    }

    #[test]
    fn cards_are_sound_unique_and_sourced() {
        let cards = builtin_cards();
        assert!(cards.len() >= 24, "{} cards", cards.len());
        let total: usize = SKILL_FILES.iter().map(|(_, t)| parse_card_file(t).map_or(0, |f| f.cards.len())).sum();
        assert_eq!(cards.len(), total, "a file failed to load");
        let mut ids = std::collections::HashSet::new();
        for c in cards {
            assert!(ids.insert(c.id.as_str()), "duplicate id {}", c.id);
            assert!(c.problems().is_empty(), "{:?}", c.problems());
            assert!(c.source.trim().len() > 5, "{} has no source", c.id);
            let slug = c.id.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
            assert!(slug, "{} is not a slug", c.id);
        }
    }

    /// The source ../shared/REFERENCES.md gives for each card's skill (that file is outside this
    /// repository, so its names are copied here). Every card cites all of its own, and a new card
    /// must be added here with its source.
    const CARD_SOURCES: [(&str, &[&str]); 27] = [
        ("paced-breathing", &["NHS, 'Breathing exercises for stress'"]),
        ("cyclic-sighing", &["Balban et al. 2023", "doi:10.1016/j.xcrm.2022.100895"]),
        ("box-breathing", &["Balban et al. 2023"]),
        ("breathing-4-7-8", &["Weil"]),
        ("grounding-5-4-3-2-1", &["University of Rochester Medical Center"]),
        (
            "feet-on-the-floor",
            &["Our NHS People, 'Simple grounding technique'", "University of Rochester Medical Center"],
        ),
        ("colour-hunt", &["Najavits 2002, Seeking Safety"]),
        ("mindful-walking", &["Mindwell Leeds, 'Try mindful walking'"]),
        ("progressive-muscle-relaxation", &["Mindwell Leeds", "NHS"]),
        ("short-muscle-relaxation", &["Mindwell Leeds", "NHS"]),
        ("tipp", &["Linehan 2015"]),
        ("thought-record", &["Greenberger and Padesky, Mind Over Mood"]),
        ("thinking-traps", &["Burns 1980, Feeling Good"]),
        ("worry-time", &["Mindwell Leeds"]),
        ("behavioural-activation", &["Dimidjian et al. 2006"]),
        ("small-steps", &["Dimidjian et al. 2006"]),
        ("pleasant-activities", &["MacPhillamy and Lewinsohn 1982", "NHS Talking Therapies Southwark"]),
        ("good-enough-day", &["Lovell and Richards, A Recovery Programme for Depression", "CEDAR"]),
        ("opposite-action", &["Linehan 2015", "emotion-regulation"]),
        ("stop-skill", &["Linehan 2015", "distress-tolerance"]),
        ("accepts", &["Linehan 2015", "distress-tolerance"]),
        ("self-soothe", &["Linehan 2015", "distress-tolerance"]),
        ("self-compassion-break", &["Neff", "self-compassion.org"]),
        ("kind-friend", &["Neff", "How would you treat a friend?", "Greater Good in Action"]),
        ("sleep-wind-down", &["NHS Every Mind Matters", "Scullin et al. 2018", "Edinger et al. 2021"]),
        ("cannot-sleep", &["Edinger et al. 2021", "Carney and Waters 2006"]),
        ("suds-check-in", &["Wolpe 1969"]),
    ];

    #[test]
    fn every_card_cites_its_source_from_the_references() {
        let cards = builtin_cards();
        assert_eq!(cards.len(), CARD_SOURCES.len(), "every card needs its REFERENCES.md source listed here");
        for (id, sources) in CARD_SOURCES {
            let c = card(id);
            for s in sources {
                assert!(c.source.contains(s), "{id}: its source should name {s}: {}", c.source);
            }
            assert!(c.source.to_lowercase().contains("our own"), "{id}: say the wording is ours: {}", c.source);
            // NPS MedicineWise closed in 2022; "common practice" was the wording for a source
            // REFERENCES.md did not cover, and every card now has one.
            assert!(!c.source.contains("MedicineWise") && !c.source.to_lowercase().contains("common practice"), "{id}");
        }
    }

    #[test]
    fn cards_speak_calmly() {
        for c in builtin_cards() {
            let texts = [&c.title, &c.summary, &c.when, &c.why, &c.cautions, &c.source];
            let steps = c.steps.iter().map(|s| &s.text);
            for t in texts.into_iter().chain(steps) {
                assert!(!t.contains('!'), "{}: no exclamation marks: {t}", c.id);
            }
        }
    }

    fn card(id: &str) -> &'static CopingCard {
        builtin_cards().iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no card {id}"))
    }

    #[test]
    fn the_required_skills_are_there() {
        use crate::domain::skill::{Category, Exercise};
        for id in [
            "paced-breathing",
            "cyclic-sighing",
            "box-breathing",
            "breathing-4-7-8",
            "grounding-5-4-3-2-1",
            "progressive-muscle-relaxation",
            "tipp",
            "thought-record",
            "thinking-traps",
            "worry-time",
            "behavioural-activation",
            "small-steps",
            "stop-skill",
            "accepts",
            "self-compassion-break",
            "sleep-wind-down",
            "suds-check-in",
            "opposite-action",
        ] {
            card(id);
        }
        for category in Category::ALL {
            assert!(builtin_cards().iter().any(|c| c.category == category), "no {category:?} card");
        }
        let Exercise::Breathing { phases, .. } = &card("box-breathing").exercise else { panic!("box pacer") };
        assert_eq!(phases.iter().map(|p| p.seconds).collect::<Vec<_>>(), [4.0; 4]);
        let Exercise::Breathing { phases, .. } = &card("breathing-4-7-8").exercise else { panic!("4-7-8 pacer") };
        assert_eq!(phases.iter().map(|p| p.seconds).collect::<Vec<_>>(), [4.0, 7.0, 8.0]);
        let Exercise::Breathing { phases, minutes, .. } = &card("paced-breathing").exercise else { panic!("pacer") };
        assert!(phases.iter().all(|p| p.name != "hold" && p.seconds <= 5.0) && (3..=5).contains(minutes));
        assert!(
            matches!(&card("cyclic-sighing").exercise, Exercise::Breathing { phases, minutes: 5, .. } if phases.len() == 3)
        );
        let Exercise::Prompts(prompts) = &card("grounding-5-4-3-2-1").exercise else { panic!("5-4-3-2-1 prompts") };
        let counts: Vec<_> = prompts.iter().map(|p| (p.label.as_str(), p.count)).collect();
        assert_eq!(counts, [("see", 5), ("touch", 4), ("hear", 3), ("smell", 2), ("taste", 1)]);
        let pmr = card("progressive-muscle-relaxation");
        assert_eq!(pmr.exercise, Exercise::TimedSteps);
        assert!(pmr.steps.iter().filter_map(|s| s.seconds).all(|s| (5..=60).contains(&s)));
        assert_eq!(card("thought-record").exercise, Exercise::ThoughtRecord);
        assert_eq!(card("behavioural-activation").exercise, Exercise::ActivityPlan);
        assert_eq!(card("stop-skill").steps.len(), 4);
        assert_eq!(card("accepts").steps.len(), 7);
    }

    #[test]
    fn cautions_and_honesty_where_the_references_ask() {
        let tipp = card("tipp").cautions.to_lowercase();
        for word in ["heart", "beta-blocker", "eating disorder"] {
            assert!(tipp.contains(word), "TIPP cautions miss {word}");
        }
        let weil = card("breathing-4-7-8");
        assert!(
            format!("{} {}", weil.why, weil.source).to_lowercase().contains("evidence") && weil.why.contains("thin")
        );
        assert!(card("cyclic-sighing").source.contains("Balban"));
        assert!(card("cyclic-sighing").cautions.contains("light-headed"), "cyclic sighing: light-headedness");
        assert!(card("worry-time").steps.iter().any(|s| s.text.contains("two weeks")));
        // What a skill may do, not a promise that it will.
        assert!(card("worry-time").why.contains("can show that you have more say"), "{}", card("worry-time").why);
        assert!(card("accepts").why.contains("can let the peak"), "{}", card("accepts").why);
        // Mindful walking keeps its source's safety caution, on the card and in a step (the
        // steps are what the guided walk shows).
        let walk = card("mindful-walking");
        assert!(walk.cautions.contains("traffic") && walk.cautions.contains("surroundings"), "{}", walk.cautions);
        assert!(walk.steps.iter().any(|s| s.text.contains("traffic")), "a step mentions traffic");
        let soothe = card("self-soothe");
        assert!(soothe.cautions.contains("skip the taste step") && soothe.steps[3].text.contains("skip"));
    }

    /// Sleep cards follow the AASM guideline: go to bed when sleepy, and after about 20 minutes
    /// awake get up, do something calm elsewhere and come back when sleepy. No card keeps the
    /// person lying awake in bed.
    #[test]
    fn sleep_cards_follow_the_guideline() {
        let text = |id: &str| {
            let c = card(id);
            let steps: Vec<_> = c.steps.iter().map(|s| s.text.as_str()).collect();
            format!("{} {}", c.summary, steps.join(" "))
        };
        let awake = text("cannot-sleep");
        for want in ["about 20 minutes", "get up", "another room", "dim light", "Go back to bed when you feel sleepy"] {
            assert!(awake.contains(want), "cannot-sleep lacks {want:?}: {awake}");
        }
        let wind = text("sleep-wind-down");
        for want in ["Go to bed when you feel sleepy", "to-do list", "winding down"] {
            assert!(wind.contains(want), "sleep-wind-down lacks {want:?}: {wind}");
        }
    }

    #[test]
    fn searching_box_finds_box_breathing() {
        let found: Vec<_> = builtin_cards().iter().filter(|c| c.matches("box")).map(|c| c.id.as_str()).collect();
        assert!(found.contains(&"box-breathing"), "{found:?}");
        assert!(builtin_cards().iter().filter(|c| c.matches("BREATH")).count() >= 4);
        assert_eq!(builtin_cards().iter().filter(|c| c.matches("zzqx")).count(), 0);
    }
}

#[cfg(test)]
mod timing_tests {
    use super::builtin_cards;

    #[test]
    fn four_7_8_stops_after_four_rounds_and_others_run_their_minutes() {
        let card = |id: &str| builtin_cards().iter().find(|c| c.id == id).expect("card");
        assert_eq!(card("breathing-4-7-8").breathing_seconds(), Some(76.0), "4 rounds of 4 + 7 + 8 seconds");
        assert_eq!(card("box-breathing").breathing_seconds(), Some(240.0));
        assert_eq!(card("thought-record").breathing_seconds(), None);
    }
}
