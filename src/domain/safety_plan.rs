//! The person's own safety plan, in the structure of the Stanley–Brown safety planning
//! intervention: shown with the crisis lines under `!` from every screen.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyPlan {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub warning_signs: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub on_my_own: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub distractions: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub people_to_ask: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub professionals: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub safer_surroundings: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reasons_for_living: String,
}

/// Short names of the sections, for form labels.
pub const SHORT: [&str; 7] = [
    "Warning signs",
    "On my own",
    "Distractions",
    "People to ask",
    "Professionals",
    "Safer surroundings",
    "Reasons for living",
];

/// The sections in order, with their headings (Stanley & Brown's structure, our words).
pub const SECTIONS: [&str; 7] = [
    "Warning signs that a crisis may be coming",
    "Things I can do on my own to feel calmer",
    "People and places that take my mind off things",
    "People I can ask for help",
    "Professionals and crisis lines I can contact",
    "Making my surroundings safer",
    "My reasons for living",
];

impl SafetyPlan {
    pub fn sections(&self) -> [&str; 7] {
        [
            &self.warning_signs,
            &self.on_my_own,
            &self.distractions,
            &self.people_to_ask,
            &self.professionals,
            &self.safer_surroundings,
            &self.reasons_for_living,
        ]
    }

    pub fn set(&mut self, i: usize, text: String) {
        let slot = match i {
            0 => &mut self.warning_signs,
            1 => &mut self.on_my_own,
            2 => &mut self.distractions,
            3 => &mut self.people_to_ask,
            4 => &mut self.professionals,
            5 => &mut self.safer_surroundings,
            _ => &mut self.reasons_for_living,
        };
        *slot = text;
    }

    pub fn is_empty(&self) -> bool {
        self.sections().iter().all(|s| s.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_set_and_read_in_order() {
        let mut p = SafetyPlan::default();
        assert!(p.is_empty());
        p.set(3, "Sam, 07700 900123".into());
        p.set(6, "my niece".into());
        assert!(!p.is_empty());
        assert_eq!(p.sections()[3], "Sam, 07700 900123");
        assert_eq!(p.sections()[6], "my niece");
        assert_eq!(SECTIONS.len(), p.sections().len());
    }
}
