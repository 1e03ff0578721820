//! One integration test binary; each module covers one layer.

mod store;
