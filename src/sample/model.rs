//! The person's underlying day-to-day state, and the seeded random numbers behind it.

use std::f64::consts::{PI, TAU};

use chrono::{Datelike, NaiveDate, Weekday};

/// A seeded SplitMix64: tiny, fast and good enough for sample data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x7465_6e64_7361_6d70)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Uniform in 0..n (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Roughly standard normal: a scaled sum of four uniforms.
    pub fn normal(&mut self) -> f64 {
        (self.unit() + self.unit() + self.unit() + self.unit() - 2.0) * 3f64.sqrt()
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}

/// A stretch of lower mood: a bad week or, over years, a relapse that recovers.
#[derive(Debug, Clone, Copy)]
struct Episode {
    start: usize,
    len: usize,
    depth: f64,
    relapse: bool,
}

impl Episode {
    fn drop_at(&self, i: usize) -> f64 {
        let x = (i - self.start) as f64 / self.len as f64;
        let shape = if self.relapse {
            // A quick slide, then a slow recovery.
            if x < 0.2 { x / 0.2 } else { (1.0 - x) / 0.8 }
        } else {
            (x * PI).sin()
        };
        self.depth * shape
    }
}

#[derive(Debug, Default)]
pub struct Model {
    mood_noise: f64,
    anxiety_noise: f64,
    episode: Option<Episode>,
}

/// The day's underlying state on continuous scales; rounded and clamped when recorded.
pub struct State {
    pub mood: f64,
    pub anxiety: f64,
    pub energy: f64,
    pub sleep: f64,
    pub quality: f64,
    pub weekend: bool,
    pub winter: bool,
}

impl Model {
    pub fn step(&mut self, i: usize, date: NaiveDate, rng: &mut Rng) -> State {
        let t = i as f64;
        // Little change for two weeks, then steady improvement levelling off by week 8.
        let treatment = 2.9 + 3.5 * (1.0 - (-(t / 28.0).powi(2)).exp());
        let weekday = date.weekday();
        let weekend = matches!(weekday, Weekday::Sat | Weekday::Sun);
        let weekly = match weekday {
            Weekday::Sat | Weekday::Sun => 0.35,
            Weekday::Fri => 0.15,
            Weekday::Mon => -0.3,
            _ => 0.0,
        };
        // Lowest in mid-January, highest in mid-July; it shows once treatment has settled.
        let phase = (TAU * (f64::from(date.ordinal()) - 196.0) / 365.25).cos();
        let season = 0.6 * (t / 180.0).min(1.0) * phase;
        if self.episode.is_some_and(|e| i >= e.start + e.len) {
            self.episode = None;
        }
        if self.episode.is_none() {
            if i > 200 && rng.chance(1.0 / 700.0) {
                let len = 25 + rng.below(45);
                self.episode = Some(Episode { start: i, len, depth: 1.8 + rng.unit(), relapse: true });
            } else if i > 14 && rng.chance(1.0 / 45.0) {
                let len = 4 + rng.below(6);
                self.episode = Some(Episode { start: i, len, depth: 1.2 + rng.unit(), relapse: false });
            }
        }
        let episode = self.episode.map_or(0.0, |e| e.drop_at(i));
        self.mood_noise = 0.7 * self.mood_noise + 0.5 * rng.normal();
        self.anxiety_noise = 0.6 * self.anxiety_noise + 0.5 * rng.normal();
        let base = treatment + weekly + season - episode;
        let sleep = 7.0 + 0.25 * (base - 5.5) + if weekend { 0.5 } else { 0.0 } + 0.75 * rng.normal();
        let sleep = ((sleep.clamp(4.5, 9.5)) * 4.0).round() / 4.0;
        let mood = base + self.mood_noise + 0.4 * rng.normal() + 0.25 * (sleep - 7.0);
        let work = if weekend { 0.0 } else { 0.25 };
        let anxiety = 9.3 - 0.72 * mood + work + self.anxiety_noise + 0.4 * rng.normal();
        let energy = 0.75 * mood + 1.0 + 0.35 * (sleep - 7.0) + 0.6 * rng.normal();
        let quality = 5.5 + 1.1 * (sleep - 7.0) + 0.3 * (mood - 5.0) + 0.8 * rng.normal();
        let winter = phase < -0.5;
        State { mood, anxiety, energy, sleep, quality, weekend, winter }
    }
}
