//! The plain types and rules of tend: no IO, no clock, no terminal, no file format.

pub mod assessment;
pub mod checkin;
pub mod crisis;
pub mod day;
pub mod dose;
pub mod draft;
pub mod journal;
pub mod med_input;
pub mod medication;
pub mod month;
pub(crate) mod name;
pub mod patterns;
pub mod practice;
pub mod questionnaire;
pub mod safety_plan;
pub mod search;
pub mod session;
pub mod side_effect;
pub mod skill;
pub mod trends;

pub use checkin::{CheckIn, Severity, SymptomRating, Tag};
pub use day::{Day, Note};
pub use journal::{Journal, MonthSummary};
pub use medication::MedId;
pub use month::YearMonth;
