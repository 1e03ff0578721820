//! tend: a private terminal companion for people treated for depression or anxiety
//! with therapy and medication together.

pub mod app;
pub mod assets;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod sample;
pub mod store;
pub mod tui;
pub mod ui;
