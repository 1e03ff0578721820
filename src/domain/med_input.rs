//! Reading what a person types about medication: times, amounts, schedules and dates.
//! Every error says what was wrong in the person's words, so a form can show it at the field.

use chrono::{Days, NaiveDate, NaiveTime, Weekday};

use super::medication::{Pattern, Slot, fmt_num};

/// "8", "8:00", "08:00", "20.30", "8am", "8:30 pm".
pub fn parse_time(text: &str) -> Result<NaiveTime, String> {
    let t = text.trim().to_lowercase();
    let (t, pm, am) = if let Some(x) = t.strip_suffix("pm") {
        (x.trim().to_string(), true, false)
    } else if let Some(x) = t.strip_suffix("am") {
        (x.trim().to_string(), false, true)
    } else {
        (t, false, false)
    };
    let bad = || format!("“{}” is not a time; write it like 08:00 or 20:30", text.trim());
    let (h, m) = match t.split_once([':', '.', 'h']) {
        Some((h, m)) => (h.trim(), if m.trim().is_empty() { "0" } else { m.trim() }),
        None => (t.as_str(), "0"),
    };
    let mut h: u32 = h.parse().map_err(|_| bad())?;
    let m: u32 = m.parse().map_err(|_| bad())?;
    if (pm || am) && !(1..=12).contains(&h) {
        return Err(bad());
    }
    if pm && h < 12 {
        h += 12;
    }
    if am && h == 12 {
        h = 0;
    }
    NaiveTime::from_hms_opt(h, m, 0).ok_or_else(|| format!("{} is not a time of day (00:00 to 23:59)", text.trim()))
}

/// "1", "0.5", "1/2", "1,5" as a number of units, or "50mg" / "50 mg" in the strength's unit.
pub fn parse_units(text: &str, strength: f32, unit_label: &str) -> Result<f32, String> {
    let t = text.trim().to_lowercase().replace(',', ".");
    let (num, by_amount) = match t.strip_suffix(&unit_label.to_lowercase()) {
        Some(n) => (n.trim().to_string(), true),
        None => (t.clone(), false),
    };
    let value = if let Some((a, b)) = num.split_once('/') {
        let a: f32 = a.trim().parse().map_err(|_| format!("“{}” is not an amount", text.trim()))?;
        let b: f32 = b.trim().parse().map_err(|_| format!("“{}” is not an amount", text.trim()))?;
        if b == 0.0 {
            return Err(format!("“{}” is not an amount", text.trim()));
        }
        a / b
    } else {
        num.parse::<f32>().map_err(|_| format!("“{}” is not an amount; write 1, 0.5 or 50{unit_label}", text.trim()))?
    };
    if !value.is_finite() || value <= 0.0 {
        return Err("an amount must be more than zero".into());
    }
    if by_amount {
        if strength <= 0.0 {
            return Err("set the strength first".into());
        }
        return Ok(value / strength);
    }
    Ok(value)
}

/// "08:00 1, 20:00 0.5" or "8am 50mg; 8pm 25mg". One time alone means one unit.
pub fn parse_slots(text: &str, strength: f32, unit_label: &str) -> Result<Vec<Slot>, String> {
    let mut slots: Vec<Slot> = Vec::new();
    for part in text.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        // "8 am" is one time; "50 mg" is joined back below.
        let part = part.to_lowercase().replace(" am", "am").replace(" pm", "pm");
        let words = part.split_whitespace().collect::<Vec<_>>();
        let time = parse_time(words.first().copied().unwrap_or(""))?;
        let units = match &words[1..] {
            [] => 1.0,
            rest => parse_units(&rest.join(""), strength, unit_label)?,
        };
        if slots.iter().any(|s| s.time == time) {
            return Err(format!("{} is listed twice", time.format("%H:%M")));
        }
        slots.push(Slot { time, units });
    }
    if slots.is_empty() {
        return Err("give at least one time, like 08:00 1".into());
    }
    slots.sort_by_key(|s| s.time);
    Ok(slots)
}

/// "daily", "mon wed fri", "weekdays", "weekends", "every 2 days", "as needed".
pub fn parse_pattern(text: &str) -> Result<Pattern, String> {
    let t = text.trim().to_lowercase();
    if t.is_empty() || t == "daily" || t == "every day" {
        return Ok(Pattern::Daily);
    }
    if matches!(t.as_str(), "as needed" | "prn" | "when needed") {
        return Ok(Pattern::AsNeeded { max_per_day: None, min_hours: None });
    }
    if t == "weekdays" {
        return Ok(Pattern::Weekdays(vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri]));
    }
    if t == "weekends" {
        return Ok(Pattern::Weekdays(vec![Weekday::Sat, Weekday::Sun]));
    }
    if let Some(rest) = t.strip_prefix("every ") {
        let n = rest.trim_end_matches("days").trim_end_matches("day").trim();
        let n: u32 = n.parse().map_err(|_| format!("“{}”: write it like every 2 days", text.trim()))?;
        return match n {
            0 => Err("every 0 days is not a schedule".into()),
            1 => Ok(Pattern::Daily),
            n => Ok(Pattern::EveryNDays(n)),
        };
    }
    let mut days: Vec<Weekday> = Vec::new();
    for w in t.split([',', ' ', '/']).filter(|w| !w.is_empty()) {
        let day: Weekday = w
            .get(..3)
            .and_then(|p| p.parse().ok())
            .ok_or_else(|| format!("“{w}” is not a day; write daily, mon wed fri, every 2 days or as needed"))?;
        if !days.contains(&day) {
            days.push(day);
        }
    }
    days.sort_by_key(Weekday::num_days_from_monday);
    Ok(Pattern::Weekdays(days))
}

/// A "most per day" limit: empty is none; below one is refused.
pub fn parse_max_per_day(text: &str) -> Result<Option<u32>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<i64>() {
        Ok(n) if n >= 1 => Ok(Some(u32::try_from(n).unwrap_or(u32::MAX))),
        Ok(_) => Err("the most per day must be at least 1 (or leave it empty)".into()),
        Err(_) => Err(format!("“{t}” is not a whole number")),
    }
}

/// Hours between doses: empty is none; must be more than zero.
pub fn parse_min_hours(text: &str) -> Result<Option<f32>, String> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() {
        return Ok(None);
    }
    match t.trim_end_matches('h').trim().parse::<f32>() {
        Ok(h) if h.is_finite() && h > 0.0 && h <= 72.0 => Ok(Some(h)),
        Ok(_) => Err("hours between doses must be more than 0 (and at most 72)".into()),
        Err(_) => Err(format!("“{t}” is not a number of hours")),
    }
}

/// "today", "yesterday", "tomorrow", "+7" (days after `base`), "-3", or "2026-12-01".
pub fn parse_date(text: &str, today: NaiveDate, base: NaiveDate) -> Result<NaiveDate, String> {
    let t = text.trim().to_lowercase();
    let shift = |d: NaiveDate, n: i64| {
        if n >= 0 {
            d.checked_add_days(Days::new(n.unsigned_abs()))
        } else {
            d.checked_sub_days(Days::new(n.unsigned_abs()))
        }
    };
    let r = match t.as_str() {
        "" | "today" => Some(today),
        "yesterday" => today.pred_opt(),
        "tomorrow" => today.succ_opt(),
        _ if t.starts_with('+') || t.starts_with('-') => {
            let n: i64 = t.trim_end_matches('d').parse().map_err(|_| format!("“{}” is not a date", text.trim()))?;
            shift(base, n)
        }
        _ => NaiveDate::parse_from_str(&t, "%Y-%m-%d").ok(),
    };
    r.ok_or_else(|| format!("“{}” is not a date; write 2026-12-01, today, or +7 for a week later", text.trim()))
}

/// One planned step: from a date, these doses.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub effective: NaiveDate,
    pub doses: Vec<Slot>,
}

/// Steps of a plan, one a line: DATE TIMES ("today 08:00 1", "+7 08:00 2, 20:00 1").
pub fn parse_steps(text: &str, today: NaiveDate, strength: f32, unit_label: &str) -> Result<Vec<Step>, String> {
    dated_lines(text, today, "today 08:00 1", |rest| parse_slots(rest, strength, unit_label))
}

/// Steps of an "as needed" plan, one a line: DATE AMOUNT ("today 2", "+7 25mg"); the amount
/// is the usual dose, never a time.
pub fn parse_prn_steps(text: &str, today: NaiveDate, strength: f32, unit_label: &str) -> Result<Vec<Step>, String> {
    dated_lines(text, today, "today 1", |rest| {
        if rest.contains(':') {
            return Err("as needed has no set time; give the usual amount, like today 1".into());
        }
        let units = match rest.trim() {
            "" => 1.0,
            amount => parse_units(amount, strength, unit_label)?,
        };
        Ok(vec![Slot { time: NaiveTime::MIN, units }])
    })
}

/// Lines that each start with a date (today, 2026-12-01, or +7 from the line above), in
/// order, the rest of each line read by `doses`; errors name their line.
fn dated_lines(
    text: &str,
    today: NaiveDate,
    example: &str,
    doses: impl Fn(&str) -> Result<Vec<Slot>, String>,
) -> Result<Vec<Step>, String> {
    let mut steps: Vec<Step> = Vec::new();
    for (i, line) in text.lines().map(str::trim).enumerate().filter(|(_, l)| !l.is_empty()) {
        let (date, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let base = steps.last().map_or(today, |s| s.effective);
        let effective = parse_date(date, today, base).map_err(|e| format!("line {}: {e}", i + 1))?;
        if steps.last().is_some_and(|prev| effective <= prev.effective) {
            return Err(format!("line {}: each step must start after the one above", i + 1));
        }
        let doses = doses(rest).map_err(|e| format!("line {}: {e}", i + 1))?;
        steps.push(Step { effective, doses });
    }
    if steps.is_empty() {
        return Err(format!("give at least one step, like: {example}"));
    }
    Ok(steps)
}

/// How an "as needed" step reads back in the form ("2026-12-01 2").
pub fn prn_step_text(effective: NaiveDate, doses: &[Slot]) -> String {
    format!("{effective} {}", fmt_num(doses.first().map_or(1.0, |s| s.units)))
}

/// How a step reads back in the form ("2026-12-01 08:00 1, 20:00 0.5").
pub fn step_text(effective: NaiveDate, doses: &[Slot]) -> String {
    let d: Vec<String> = doses.iter().map(|s| format!("{} {}", s.time.format("%H:%M"), fmt_num(s.units))).collect();
    format!("{effective} {}", d.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("time")
    }
    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).expect("date")
    }

    #[test]
    fn as_needed_steps_take_an_amount_not_a_time() {
        let steps = parse_prn_steps("today 2\n+7 25mg", d(11, 27), 50.0, "mg").expect("steps");
        assert_eq!(steps[0].doses, vec![Slot { time: NaiveTime::MIN, units: 2.0 }]);
        assert_eq!((steps[1].effective, steps[1].doses[0].units), (d(12, 4), 0.5));
        assert!(parse_prn_steps("today 08:00 1", d(11, 27), 50.0, "mg").expect_err("no").contains("no set time"));
        assert_eq!(prn_step_text(d(11, 27), &steps[0].doses), "2026-11-27 2");
    }

    #[test]
    fn times_in_common_forms_and_impossible_ones() {
        assert_eq!(parse_time("8"), Ok(t(8, 0)));
        assert_eq!(parse_time("08:30"), Ok(t(8, 30)));
        assert_eq!(parse_time("20.15"), Ok(t(20, 15)));
        assert_eq!(parse_time("8pm"), Ok(t(20, 0)));
        assert_eq!(parse_time("12am"), Ok(t(0, 0)));
        assert!(parse_time("25:00").expect_err("no").contains("not a time of day"));
        assert!(parse_time("08:61").is_err());
        assert!(parse_time("noonish").is_err());
        assert!(parse_time("13pm").is_err());
    }

    #[test]
    fn amounts_as_units_fractions_or_strength() {
        assert_eq!(parse_units("0.5", 50.0, "mg"), Ok(0.5));
        assert_eq!(parse_units("1/2", 50.0, "mg"), Ok(0.5));
        assert_eq!(parse_units("100mg", 50.0, "mg"), Ok(2.0));
        assert_eq!(parse_units("25 MG", 50.0, "mg"), Ok(0.5));
        assert!(parse_units("0", 50.0, "mg").is_err());
        assert!(parse_units("-1", 50.0, "mg").is_err());
        assert!(parse_units("1/0", 50.0, "mg").is_err());
        assert!(parse_units("lots", 50.0, "mg").is_err());
    }

    #[test]
    fn slots_and_patterns() {
        let s = parse_slots("20:00 0.5, 08:00 1", 50.0, "mg").expect("slots");
        assert_eq!(s, vec![Slot { time: t(8, 0), units: 1.0 }, Slot { time: t(20, 0), units: 0.5 }]);
        assert_eq!(parse_slots("8 am 50 mg", 50.0, "mg").expect("slots"), vec![Slot { time: t(8, 0), units: 1.0 }]);
        assert!(parse_slots("08:00, 08:00 2", 50.0, "mg").expect_err("dup").contains("twice"));
        assert!(parse_slots("  ", 50.0, "mg").is_err());
        assert!(parse_slots("25:00 1", 50.0, "mg").is_err());
        assert_eq!(parse_pattern("daily"), Ok(Pattern::Daily));
        assert_eq!(
            parse_pattern("Fri, mon wed"),
            Ok(Pattern::Weekdays(vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]))
        );
        assert_eq!(parse_pattern("every 3 days"), Ok(Pattern::EveryNDays(3)));
        assert_eq!(parse_pattern("PRN"), Ok(Pattern::AsNeeded { max_per_day: None, min_hours: None }));
        assert!(parse_pattern("every 0 days").is_err());
        assert!(parse_pattern("fortnightly-ish").is_err());
        assert_eq!(parse_max_per_day("3"), Ok(Some(3)));
        assert!(parse_max_per_day("0").is_err());
        assert_eq!(parse_max_per_day(""), Ok(None));
        assert_eq!(parse_min_hours("4h"), Ok(Some(4.0)));
        assert!(parse_min_hours("-1").is_err());
    }

    #[test]
    fn dates_and_planned_steps() {
        let today = d(11, 27);
        assert_eq!(parse_date("today", today, today), Ok(today));
        assert_eq!(parse_date("+7", today, d(12, 1)), Ok(d(12, 8)));
        assert_eq!(parse_date("2026-10-01", today, today), Ok(d(10, 1)));
        assert!(parse_date("soon", today, today).is_err());
        let steps = parse_steps("today 08:00 1\n+7 08:00 2\n\n2027-01-01 08:00 150mg", today, 50.0, "mg").expect("ok");
        assert_eq!(steps.len(), 3);
        assert_eq!(steps[1].effective, d(12, 4));
        assert_eq!(steps[2].doses[0].units, 3.0);
        assert!(parse_steps("+7 08:00 1\ntoday 08:00 2", today, 50.0, "mg").expect_err("order").starts_with("line 2"));
        assert!(parse_steps("today 25:00 1", today, 50.0, "mg").expect_err("time").starts_with("line 1"));
        assert_eq!(step_text(d(12, 4), &steps[1].doses), "2026-12-04 08:00 2");
    }
}
