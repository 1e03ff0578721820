//! Where tend keeps its files: flag, then environment, then the platform's usual place.

use std::ffi::OsString;
use std::path::PathBuf;

use super::StoreError;
use crate::domain::YearMonth;

pub const DATA_DIR_ENV: &str = "TEND_DATA_DIR";
pub const CONFIG_ENV: &str = "TEND_CONFIG";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub data_dir: PathBuf,
    pub config_file: PathBuf,
}

impl Paths {
    /// `--data-dir`/`--config` flags win over `TEND_DATA_DIR`/`TEND_CONFIG`, which win
    /// over the platform folders (Linux: `~/.local/share/tend`, `~/.config/tend/config.ron`).
    pub fn resolve(data_dir: Option<PathBuf>, config: Option<PathBuf>) -> Result<Paths, StoreError> {
        resolve_from(
            Chosen { data_dir, config },
            Chosen {
                data_dir: std::env::var_os(DATA_DIR_ENV).and_then(non_empty),
                config: std::env::var_os(CONFIG_ENV).and_then(non_empty),
            },
            platform_dirs,
        )
    }

    /// Everything in one folder, config included (tests and the demo).
    pub fn in_dir(data_dir: PathBuf) -> Paths {
        let config_file = data_dir.join("config.ron");
        Paths { data_dir, config_file }
    }

    pub fn days_dir(&self) -> PathBuf {
        self.data_dir.join("days")
    }

    /// `skills.ron`: favourite cards and the person's own cards.
    pub fn skills_file(&self) -> PathBuf {
        self.data_dir.join("skills.ron")
    }

    /// `safety_plan.ron`: the person's own safety plan.
    pub fn safety_plan_file(&self) -> PathBuf {
        self.data_dir.join("safety_plan.ron")
    }

    /// `side_effects.ron`: every side effect and its ratings.
    pub fn side_effects_file(&self) -> PathBuf {
        self.data_dir.join("side_effects.ron")
    }

    pub fn sessions_file(&self) -> PathBuf {
        self.data_dir.join("sessions.ron")
    }

    pub fn assessments_file(&self) -> PathBuf {
        self.data_dir.join("assessments.ron")
    }

    /// `drafts.ron`: what was typed and not yet saved.
    pub fn drafts_file(&self) -> PathBuf {
        self.data_dir.join("drafts.ron")
    }

    /// `medications.ron`: every medication and its history.
    pub fn medications_file(&self) -> PathBuf {
        self.data_dir.join("medications.ron")
    }

    /// `days/2026-11.ron`.
    pub fn month_file(&self, ym: YearMonth) -> PathBuf {
        self.days_dir().join(format!("{ym}.ron"))
    }
}

/// The folders one source (flags or environment) asks for.
#[derive(Debug, Default)]
struct Chosen {
    data_dir: Option<PathBuf>,
    config: Option<PathBuf>,
}

fn non_empty(value: OsString) -> Option<PathBuf> {
    (!value.is_empty()).then(|| PathBuf::from(value))
}

/// The platform's data folder and config file, if there is a home to put them in.
fn platform_dirs() -> Option<(PathBuf, PathBuf)> {
    let dirs = directories::ProjectDirs::from("", "", "tend")?;
    Some((dirs.data_dir().to_path_buf(), dirs.config_dir().join("config.ron")))
}

/// Kept free of the process environment so the precedence can be tested.
fn resolve_from(
    flags: Chosen,
    env: Chosen,
    platform: impl FnOnce() -> Option<(PathBuf, PathBuf)>,
) -> Result<Paths, StoreError> {
    let data_dir = flags.data_dir.or(env.data_dir);
    let config = flags.config.or(env.config);
    if let (Some(data_dir), Some(config_file)) = (&data_dir, &config) {
        return Ok(Paths { data_dir: data_dir.clone(), config_file: config_file.clone() });
    }
    match (platform(), data_dir) {
        (Some((default_data, default_config)), data_dir) => {
            Ok(Paths { data_dir: data_dir.unwrap_or(default_data), config_file: config.unwrap_or(default_config) })
        }
        // No home, but the person named a data folder: keep the config beside the data.
        (None, Some(data_dir)) => {
            Ok(Paths { config_file: config.unwrap_or_else(|| data_dir.join("config.ron")), data_dir })
        }
        (None, None) => Err(StoreError::NoHome),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<PathBuf> {
        Some(PathBuf::from(s))
    }

    fn chosen(data_dir: Option<PathBuf>, config: Option<PathBuf>) -> Chosen {
        Chosen { data_dir, config }
    }

    fn home() -> Option<(PathBuf, PathBuf)> {
        Some((PathBuf::from("/home/a/.local/share/tend"), PathBuf::from("/home/a/.config/tend/config.ron")))
    }

    #[test]
    fn flag_beats_env_beats_platform() {
        let got = resolve_from(chosen(p("/flag"), None), chosen(p("/env"), p("/env.ron")), home).expect("paths");
        assert_eq!(got.data_dir, PathBuf::from("/flag"));
        assert_eq!(got.config_file, PathBuf::from("/env.ron"));

        let got = resolve_from(chosen(None, p("/flag.ron")), chosen(p("/env"), p("/env.ron")), home).expect("paths");
        assert_eq!(got.data_dir, PathBuf::from("/env"));
        assert_eq!(got.config_file, PathBuf::from("/flag.ron"));

        let got = resolve_from(Chosen::default(), Chosen::default(), home).expect("paths");
        assert_eq!(Some((got.data_dir, got.config_file)), home());
    }

    #[test]
    fn platform_is_not_asked_when_both_are_chosen() {
        let got =
            resolve_from(chosen(p("/d"), None), chosen(None, p("/c.ron")), || panic!("platform folders looked up"))
                .expect("paths");
        assert_eq!(got, Paths { data_dir: PathBuf::from("/d"), config_file: PathBuf::from("/c.ron") });
    }

    #[test]
    fn without_a_home_a_chosen_data_dir_still_works() {
        let got = resolve_from(Chosen::default(), chosen(p("/d"), None), || None).expect("paths");
        assert_eq!(got, Paths::in_dir(PathBuf::from("/d")));
        let err = resolve_from(Chosen::default(), chosen(None, p("/c.ron")), || None);
        assert!(matches!(err, Err(StoreError::NoHome)));
    }

    #[test]
    fn empty_env_values_count_as_unset() {
        assert_eq!(non_empty(OsString::new()), None);
        assert_eq!(non_empty(OsString::from("/x")), p("/x"));
    }

    #[test]
    fn month_files_live_in_days() {
        let paths = Paths::in_dir(PathBuf::from("/d"));
        let ym = YearMonth::new(2026, 3).expect("month");
        assert_eq!(paths.days_dir(), PathBuf::from("/d/days"));
        assert_eq!(paths.month_file(ym), PathBuf::from("/d/days/2026-03.ron"));
        assert_eq!(paths.config_file, PathBuf::from("/d/config.ron"));
    }
}
