//! One integration test binary; each module covers one layer.

mod e2e;
mod pty;
mod store;
