//! tend: a private terminal companion for people treated for depression or anxiety
//! with therapy and medication together.

pub mod config;
pub mod domain;
