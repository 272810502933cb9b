//! State shared by all workers.

use std::num::NonZeroU32;
use std::sync::Arc;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::config::Config;
use crate::db::Pool;

/// What every handler can reach: the pool, the configuration and the rate limiters.
#[derive(Clone)]
pub struct AppState {
    /// Database connections.
    pub pool: Pool,
    /// The configuration read at start.
    pub config: Arc<Config>,
    /// Log-in attempts per client address (from DESIGN.md §5: login is rate-limited).
    pub login_limiter: Arc<DefaultKeyedRateLimiter<String>>,
}

impl AppState {
    /// Builds the state around a pool.
    pub fn new(pool: Pool, config: Config) -> Self {
        let per_minute =
            NonZeroU32::new(config.login_rate_limit_per_minute).unwrap_or(NonZeroU32::MIN);
        AppState {
            pool,
            login_limiter: Arc::new(RateLimiter::keyed(Quota::per_minute(per_minute))),
            config: Arc::new(config),
        }
    }
}
