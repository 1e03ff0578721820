//! Deleting what the person recorded: a check-in, a note, a practice, a side effect or a
//! medication. Always after a question that names what goes; the rest of the day stays.

use chrono::NaiveDate;

use super::{App, Confirm, Effect, FileId, Overlay};
use crate::app::journal::view::{Entry, Focus, JournalView};
use crate::domain::MedId;

/// What a yes would delete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Doomed {
    CheckIn(NaiveDate),
    Note(NaiveDate, usize),
    Practice(NaiveDate, usize),
    SideEffect(String),
    Medication(MedId),
    /// A question or an appointment on the Progress tab.
    Appointment(super::sessions::Row),
}

/// The first 40 characters of a text, with … when there is more: how a question names it.
pub fn beginning(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    s
}

impl App {
    /// Asks before deleting the selected entry of the Journal's day.
    pub fn ask_delete_entry(&mut self, date: NaiveDate, entry: usize) {
        let Some(day) = self.journal.days.day(date) else { return };
        let Some(what) = JournalView::entry(day, entry) else { return };
        if let Err(e) = self.writable(date) {
            self.set_error(e);
            return;
        }
        let day_words = date.format("%a %-d %b");
        let (doomed, question) = match what {
            Entry::CheckIn => (
                Doomed::CheckIn(date),
                format!("Delete the check-in of {day_words}? Its answers go; notes and practices stay."),
            ),
            Entry::Note(i) => {
                let first = beginning(day.notes[i].first_line());
                (Doomed::Note(date, i), format!("Delete this note (\u{201c}{first}\u{201d})?"))
            }
            Entry::Practice(i) => {
                let p = &day.practices[i];
                let title = self.card(&p.card).map_or_else(|| p.card.to_string(), |c| c.title.clone());
                (Doomed::Practice(date, i), format!("Delete the practice {title} at {}?", p.at.format("%H:%M")))
            }
        };
        self.overlay = Some(Overlay::Confirm(Confirm::Delete { doomed, question }));
    }

    /// Asks before deleting the side effect selected on its tab.
    pub fn ask_delete_effect(&mut self) {
        if let Some(why) = self.locked(FileId::SideEffects) {
            self.set_error(why);
            return;
        }
        let Some(e) = self.effects.selected() else { return };
        let n = e.ratings.len();
        let question = format!(
            "Delete the side effect {} with its {n} rating{} and its history?",
            e.name,
            if n == 1 { "" } else { "s" }
        );
        let doomed = Doomed::SideEffect(e.id.clone());
        self.overlay = Some(Overlay::Confirm(Confirm::Delete { doomed, question }));
    }

    /// Asks before deleting the medication selected on its tab.
    pub fn ask_delete_med(&mut self) {
        if let Some(why) = self.locked(FileId::Medications) {
            self.set_error(why);
            return;
        }
        let Some(m) = self.meds.selected(self.today) else { return };
        let question = format!(
            "Delete {} with its plan, dose changes and supply? Doses already logged stay in your days.",
            m.name
        );
        let doomed = Doomed::Medication(m.id.clone());
        self.overlay = Some(Overlay::Confirm(Confirm::Delete { doomed, question }));
    }

    /// The person said yes.
    pub fn delete(&mut self, doomed: Doomed) -> Vec<Effect> {
        match doomed {
            Doomed::CheckIn(date) => {
                self.journal.days.day_mut(date).check_in = None;
                self.set_info("Check-in deleted.");
                self.after_entry_deleted(date)
            }
            Doomed::Note(date, i) if self.journal.days.day(date).is_some_and(|d| i < d.notes.len()) => {
                self.journal.days.day_mut(date).notes.remove(i);
                self.set_info("Note deleted.");
                self.after_entry_deleted(date)
            }
            Doomed::Practice(date, i) if self.journal.days.day(date).is_some_and(|d| i < d.practices.len()) => {
                self.journal.days.day_mut(date).practices.remove(i);
                self.set_info("Practice deleted.");
                self.after_entry_deleted(date)
            }
            Doomed::SideEffect(id) => {
                self.effects.list.edit().retain(|e| e.id != id);
                self.set_info("Side effect deleted.");
                vec![Effect::Save(crate::app::FileId::SideEffects)]
            }
            Doomed::Medication(id) => {
                self.meds.list.edit().retain(|m| m.id != id);
                self.set_info("Medication deleted; the doses logged stay in your days.");
                vec![Effect::Save(crate::app::FileId::Medications)]
            }
            Doomed::Appointment(row) => super::sessions::delete(self, row),
            _ => Vec::new(),
        }
    }

    fn after_entry_deleted(&mut self, date: NaiveDate) -> Vec<Effect> {
        let remaining = JournalView::entry_count(self.journal.days.day(date));
        self.journal.view.focus = if remaining == 0 { Focus::Days } else { Focus::Entries { entry: remaining - 1 } };
        let effects = self.journal.day_changed(date);
        if self.journal.view.is_filtering() {
            self.journal.view.refilter(&self.journal.days);
        }
        effects
    }
}

#[cfg(test)]
mod tests;
