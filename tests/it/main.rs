//! One integration test binary; each module covers one layer.

mod e2e;
mod meds_store;
mod pty;
mod store;
