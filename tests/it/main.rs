//! One integration test binary; each module covers one layer.

mod drafts;
mod e2e;
mod folders;
mod meds_store;
mod progress;
mod pty;
mod store;
