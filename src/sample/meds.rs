//! The sample person's medications and every change to them, as they would have recorded
//! them: a scheduled antidepressant with a planned titration, a later increase to twice a
//! day and, over years, agreed reductions; a second scheduled one added for sleep a few
//! weeks in, with a short pause; and one taken as needed. Every change is recorded as
//! decided with the prescriber, in plain neutral words; nothing here reads as advice.

use chrono::{Days, NaiveDate, NaiveTime};

use super::model::Rng;
use crate::domain::medication::{DoseChange, Form, Medication, Pattern, Pause, Regimen, Slot, Supply, Unit};

pub const PRESCRIBER: &str = "Dr Okafor";

/// Tablets in one pack: refills come in whole packs.
pub const PACK: f32 = 28.0;

fn time(hour: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN)
}

/// Every day at these hours, with these numbers of tablets.
fn daily(doses: &[(u32, f32)]) -> Regimen {
    Regimen { pattern: Pattern::Daily, doses: doses.iter().map(|&(h, units)| Slot { time: time(h), units }).collect() }
}

/// Planned changes as (days after the start, regimen, reason); kept while they fall on or
/// before the last day and after the one before.
fn changes(start: NaiveDate, span: u64, plan: Vec<(u64, Regimen, String)>) -> Vec<DoseChange> {
    let mut out: Vec<DoseChange> = Vec::new();
    for (offset, regimen, reason) in plan {
        let Some(effective) = start.checked_add_days(Days::new(offset)) else { break };
        if offset > span || out.last().is_some_and(|c| c.effective >= effective) {
            break;
        }
        out.push(DoseChange { effective, regimen, reason, with_prescriber: true });
    }
    out
}

fn medication(id: &str, name: &str, strength: f32, start: NaiveDate, changes: Vec<DoseChange>) -> Medication {
    Medication {
        id: id.into(),
        name: name.into(),
        strength,
        unit: Unit::Mg,
        form: Form::Tablet,
        purpose: String::new(),
        prescriber: PRESCRIBER.into(),
        instructions: String::new(),
        start,
        changes,
        pauses: Vec::new(),
        supply: None,
    }
}

/// The medications for the `days` calendar days from `start`: all start within the range
/// (short histories bring the later starts forward) and no change falls after its end.
pub fn medications(rng: &mut Rng, start: NaiveDate, days: u32) -> Vec<Medication> {
    if days == 0 {
        return Vec::new();
    }
    let span = u64::from(days - 1);
    let on = |offset: u64| start.checked_add_days(Days::new(offset.min(span))).unwrap_or(start);
    let dr = PRESCRIBER;

    // Sertraline: 50 mg, a planned step to 100 mg after two weeks, a third or fourth month
    // increase to twice a day, and over years two reductions agreed at reviews.
    let increase = 91 + rng.below(28) as u64;
    let reduction = 1100 + rng.below(400) as u64;
    let step_down = 2200 + rng.below(400) as u64;
    let plan = vec![
        (0, daily(&[(8, 1.0)]), format!("starting dose, as discussed with {dr}")),
        (14, daily(&[(8, 2.0)]), format!("planned step, as discussed with {dr}")),
        (increase, daily(&[(8, 2.0), (20, 1.0)]), format!("agreed increase after review with {dr}")),
        (reduction, daily(&[(8, 2.0)]), format!("agreed reduction after a long steady stretch, reviewed with {dr}")),
        (step_down, daily(&[(8, 1.0)]), format!("agreed step down at the yearly review with {dr}")),
    ];
    let mut sertraline = medication("sertraline", "Sertraline", 50.0, start, changes(start, span, plan));
    sertraline.purpose = "depression and anxiety".into();
    sertraline.instructions = "with breakfast".into();
    // Counted when a new pack was opened: at the start, or about half a year before the end
    // of a long history (refills follow as the days are generated).
    sertraline.supply = Some(if span <= 240 {
        Supply { counted: PACK, counted_on: start, counted_at: None, warn_days: 7, refills: Vec::new() }
    } else {
        let counted_on = on(span - 180 - rng.below(30) as u64);
        Supply { counted: (10 + rng.below(40)) as f32, counted_on, counted_at: None, warn_days: 7, refills: Vec::new() }
    });

    // Mirtazapine: added for sleep five to eight weeks in, once a day at 22:00; paused for
    // a few days while unwell a couple of months later.
    let added = (35 + rng.below(21) as u64).min(span / 3);
    let plan = vec![(0, daily(&[(22, 1.0)]), format!("added for sleep, as discussed with {dr}"))];
    let mut mirtazapine =
        medication("mirtazapine", "Mirtazapine", 15.0, on(added), changes(on(added), span - added, plan));
    mirtazapine.purpose = "sleep".into();
    mirtazapine.instructions = "at bedtime".into();
    let stop = added + 60 + rng.below(40) as u64;
    let restart = stop + 3 + rng.below(4) as u64;
    if restart < span {
        mirtazapine.pauses.push(Pause {
            stopped: on(stop),
            reason: format!("stomach bug; paused for a few days after a call with {dr}"),
            restarted: Some(on(restart)),
            restart_reason: "restarted as agreed".into(),
        });
    }

    // Propranolol: as needed for the physical side of anxiety, from the first week.
    let from = (3 + rng.below(5) as u64).min(span / 5);
    let prn = Regimen {
        pattern: Pattern::AsNeeded { max_per_day: Some(3), min_hours: Some(4.0) },
        doses: vec![Slot { time: NaiveTime::MIN, units: 1.0 }],
    };
    let plan = vec![(0, prn, format!("as needed, as discussed with {dr}"))];
    let mut propranolol =
        medication("propranolol", "Propranolol", 10.0, on(from), changes(on(from), span - from, plan));
    propranolol.purpose = "racing heart and shaking when anxious".into();

    vec![sertraline, mirtazapine, propranolol]
}
