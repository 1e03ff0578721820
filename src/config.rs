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
