//! The person's settings (`config.ron`): crisis region and their own check-in symptoms.

use serde::{Deserialize, Serialize};

pub const CONFIG_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Config {
    pub version: u32,
    /// A region code from the crisis resources file ("US", "UK", …); unset lists all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crisis_region: Option<String>,
    /// The person's own symptoms, each rated none/mild/moderate/severe in the check-in.
    #[serde(default = "default_symptoms")]
    pub symptoms: Vec<String>,
    /// Hours either side of a dose's time that still count as on time (default 2).
    #[serde(default = "default_dose_window", skip_serializing_if = "is_default_window")]
    pub dose_window_hours: f32,
}

fn default_dose_window() -> f32 {
    crate::domain::dose::ON_TIME_HOURS
}

fn is_default_window(hours: &f32) -> bool {
    (*hours - crate::domain::dose::ON_TIME_HOURS).abs() < f32::EPSILON
}

pub fn default_symptoms() -> Vec<String> {
    ["low mood", "worry", "irritability", "trouble concentrating"].into_iter().map(String::from).collect()
}

impl Config {
    /// Settings that read but do not make sense, in words: an unknown crisis region, empty or
    /// repeated symptom names. tend still starts (a region it does not know lists all).
    pub fn problems(&self, regions: &[&str], file: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(code) = &self.crisis_region
            && !regions.iter().any(|r| r.eq_ignore_ascii_case(code))
        {
            out.push(format!(
                "{file}: crisis_region \"{code}\" is not one tend knows ({}); every region is listed",
                regions.join(", ")
            ));
        }
        if self.symptoms.iter().any(|s| s.trim().is_empty()) {
            out.push(format!("{file}: a symptom name is empty; it is left out of the check-in"));
        }
        let mut seen: Vec<String> = Vec::new();
        for s in self.symptoms.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()) {
            if seen.contains(&s) {
                out.push(format!("{file}: the symptom \"{s}\" is listed twice; it is asked once"));
            } else {
                seen.push(s);
            }
        }
        if !self.dose_window_hours.is_finite() || !(0.0..=24.0).contains(&self.dose_window_hours) {
            out.push(format!("{file}: dose_window_hours must be between 0 and 24; 2 is used"));
        }
        out
    }

    /// The symptoms to ask about: names trimmed, empty ones and repeats left out.
    pub fn clean_symptoms(&mut self) {
        let mut seen: Vec<String> = Vec::new();
        self.symptoms.retain(|s| {
            let key = s.trim().to_lowercase();
            let keep = !key.is_empty() && !seen.contains(&key);
            seen.push(key);
            keep
        });
        for s in &mut self.symptoms {
            *s = s.trim().to_string();
        }
    }
}

impl Default for Config {
    fn default() -> Config {
        Config {
            version: CONFIG_VERSION,
            crisis_region: None,
            symptoms: default_symptoms(),
            dose_window_hours: default_dose_window(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_settings_are_reported_and_cleaned() {
        let mut c = Config {
            crisis_region: Some("XX".into()),
            symptoms: vec!["worry".into(), " ".into(), "Worry ".into(), "sleep".into()],
            ..Config::default()
        };
        let p = c.problems(&["UK", "US"], "config.ron");
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[0].contains("\"XX\" is not one tend knows (UK, US)"));
        assert!(p[1].contains("empty") && p[2].contains("\"worry\" is listed twice"));
        c.clean_symptoms();
        assert_eq!(c.symptoms, ["worry", "sleep"]);
        assert!(
            Config { crisis_region: Some("uk".into()), ..Config::default() }.problems(&["UK"], "config.ron").is_empty()
        );
    }
}
