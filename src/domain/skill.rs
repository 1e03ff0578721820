//! Coping-skill cards: what a skill is for, its steps, why it helps and where it comes from,
//! and the guided exercise that walks through it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Category {
    Breathing,
    Grounding,
    Body,
    Thinking,
    Doing,
    DistressTolerance,
    SelfCompassion,
    Sleep,
    Other,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Breathing,
        Category::Grounding,
        Category::Body,
        Category::Thinking,
        Category::Doing,
        Category::DistressTolerance,
        Category::SelfCompassion,
        Category::Sleep,
        Category::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::Breathing => "Breathing",
            Category::Grounding => "Grounding",
            Category::Body => "Body",
            Category::Thinking => "Thinking",
            Category::Doing => "Doing",
            Category::DistressTolerance => "Distress tolerance",
            Category::SelfCompassion => "Self-compassion",
            Category::Sleep => "Sleep",
            Category::Other => "Other",
        }
    }
}

/// One phase of a breathing pattern ("in" for 4 seconds).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub name: String,
    pub seconds: f32,
}

/// One thing to notice or name, `count` times (5-4-3-2-1: "see", 5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    pub label: String,
    pub count: u8,
}

/// How a card is practised, guided by tend.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Exercise {
    /// Read and done in the person's own time.
    #[default]
    Reading,
    /// A breathing pacer: the phases repeat for `minutes`, or stop after `cycles` rounds.
    Breathing {
        phases: Vec<Phase>,
        minutes: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycles: Option<u32>,
    },
    /// The card's steps one after another, each for its `seconds`.
    TimedSteps,
    /// A field for each thing named; one prompt per step of the card.
    Prompts(Vec<Prompt>),
    /// Situation, emotions, thoughts, evidence, a balanced thought, re-rated emotions.
    ThoughtRecord,
    /// An activity, when, and afterwards mastery and pleasure 0–10.
    ActivityPlan,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub text: String,
    /// How long a timed exercise gives this step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CopingCard {
    /// A readable slug, unique among all cards ("box-breathing").
    pub id: String,
    pub title: String,
    pub category: Category,
    /// One line: what it is.
    pub summary: String,
    /// When to reach for it.
    pub when: String,
    /// About how long it takes.
    pub minutes: u32,
    pub steps: Vec<Step>,
    /// Why it helps, in plain words.
    pub why: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cautions: String,
    /// Where the skill and its parameters come from (REFERENCES.md).
    pub source: String,
    #[serde(default)]
    pub exercise: Exercise,
}

impl CopingCard {
    /// Everything that makes a card unusable, in words; empty when it is sound.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (field, value) in [
            ("id", &self.id),
            ("title", &self.title),
            ("summary", &self.summary),
            ("when", &self.when),
            ("why", &self.why),
            ("source", &self.source),
        ] {
            if value.trim().is_empty() {
                out.push(format!("{}: {field} is empty", self.id));
            }
        }
        if self.steps.is_empty() || self.steps.iter().any(|s| s.text.trim().is_empty()) {
            out.push(format!("{}: needs steps, none empty", self.id));
        }
        if self.minutes == 0 {
            out.push(format!("{}: minutes must be more than 0", self.id));
        }
        match &self.exercise {
            Exercise::Breathing { phases, minutes, .. } => {
                if phases.is_empty() || phases.iter().any(|p| !(p.seconds > 0.0 && p.seconds <= 20.0)) {
                    out.push(format!("{}: breathing phases need 0–20 seconds each", self.id));
                }
                if *minutes == 0 {
                    out.push(format!("{}: a breathing exercise needs minutes", self.id));
                }
            }
            Exercise::TimedSteps => {
                if self.steps.iter().any(|s| s.seconds.is_none_or(|x| x == 0)) {
                    out.push(format!("{}: every step of a timed exercise needs seconds", self.id));
                }
            }
            Exercise::Prompts(prompts) => {
                if prompts.len() != self.steps.len() || prompts.iter().any(|p| p.count == 0) {
                    out.push(format!("{}: one prompt (count ≥ 1) per step", self.id));
                }
            }
            Exercise::Reading | Exercise::ThoughtRecord | Exercise::ActivityPlan => {}
        }
        out
    }

    /// How long a breathing exercise runs: its minutes, or its rounds when fewer.
    pub fn breathing_seconds(&self) -> Option<f32> {
        let Exercise::Breathing { phases, minutes, cycles } = &self.exercise else { return None };
        let cycle: f32 = phases.iter().map(|p| p.seconds).sum();
        let by_minutes = *minutes as f32 * 60.0;
        Some(cycles.map_or(by_minutes, |c| (c as f32 * cycle).min(by_minutes)))
    }

    /// Whether the card matches a search: title, summary, when, steps, why (any case).
    pub fn matches(&self, query: &str) -> bool {
        use super::search::contains;
        query.trim().is_empty()
            || contains(&self.title, query)
            || contains(&self.summary, query)
            || contains(&self.when, query)
            || contains(&self.why, query)
            || self.steps.iter().any(|s| contains(&s.text, query))
    }
}

/// The fields of a thought record (Greenberger and Padesky's structure, our words): label, hint.
pub const THOUGHT_RECORD: [(&str, &str); 7] = [
    ("Situation", "what happened, where, when, with whom"),
    ("Emotions", "each with how strong, 0–100 (e.g. anxious 80)"),
    ("Thoughts", "what went through your mind; mark the hot one with *"),
    ("Evidence for", "facts that support the hot thought"),
    ("Evidence against", "facts that do not fit it"),
    ("Balanced thought", "a fairer view, and how much you believe it, 0–100"),
    ("Emotions now", "re-rate them, 0–100"),
];

/// The fields of a behavioural-activation plan (Dimidjian et al. 2006): label, hint.
pub const ACTIVITY_PLAN: [(&str, &str); 4] = [
    ("Activity", "small and specific: e.g. a ten-minute walk to the shop"),
    ("When", "a day and time"),
    ("Mastery", "afterwards: how much of an achievement, 0–10 (may be left empty)"),
    ("Pleasure", "afterwards: how enjoyable, 0–10 (may be left empty)"),
];

/// Favourites (card ids) and the person's own cards.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillsData {
    #[serde(default)]
    pub favourites: Vec<String>,
    #[serde(default)]
    pub custom: Vec<CopingCard>,
}
