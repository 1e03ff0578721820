//! Crisis resources by region, one data file for every number (see assets/crisis.ron).

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CrisisLine {
    pub name: String,
    pub contact: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CrisisRegion {
    pub code: String,
    pub name: String,
    pub emergency: String,
    pub lines: Vec<CrisisLine>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CrisisBook {
    pub version: u32,
    pub regions: Vec<CrisisRegion>,
    pub elsewhere: String,
}

impl CrisisBook {
    /// The person's region (case-insensitive code match), if set and known.
    pub fn region(&self, code: Option<&str>) -> Option<&CrisisRegion> {
        let code = code?;
        self.regions.iter().find(|r| r.code.eq_ignore_ascii_case(code))
    }
}
