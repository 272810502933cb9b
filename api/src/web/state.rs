//! State shared by all workers.

use std::num::NonZeroU32;
use std::sync::Arc;

use actix_web::HttpRequest;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::{ApiError, ApiResult};

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
    /// Writes without an account (availability answers, later questions and registrations) per
    /// client address.
    pub public_write_limiter: Arc<DefaultKeyedRateLimiter<String>>,
    /// Token requests of API clients per client address: apart from people's log-ins, so that a
    /// sync job behind a municipality's address never locks its staff out, nor the other way.
    pub token_limiter: Arc<DefaultKeyedRateLimiter<String>>,
}

impl AppState {
    /// Builds the state around a pool.
    pub fn new(pool: Pool, config: Config) -> Self {
        let quota = |per_minute: u32| Quota::per_minute(NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN));
        AppState {
            pool,
            login_limiter: Arc::new(RateLimiter::keyed(quota(config.login_rate_limit_per_minute))),
            public_write_limiter: Arc::new(RateLimiter::keyed(quota(config.public_write_rate_limit_per_minute))),
            token_limiter: Arc::new(RateLimiter::keyed(quota(config.token_rate_limit_per_minute))),
            config: Arc::new(config),
        }
    }

    /// 429 with the wait in seconds when the client address has used up its log-in attempts.
    pub fn check_login(&self, req: &HttpRequest) -> ApiResult<()> {
        check(&self.login_limiter, req)
    }

    /// 429 with the wait in seconds when the client address has used up its token requests.
    pub fn check_token_request(&self, req: &HttpRequest) -> ApiResult<()> {
        check(&self.token_limiter, req)
    }

    /// 429 with the wait in seconds when the client address has used up its public writes.
    pub fn check_public_write(&self, req: &HttpRequest) -> ApiResult<()> {
        check(&self.public_write_limiter, req)
    }
}

fn check(limiter: &DefaultKeyedRateLimiter<String>, req: &HttpRequest) -> ApiResult<()> {
    let key = req.peer_addr().map(|a| a.ip().to_string()).unwrap_or_else(|| "unknown".into());
    limiter.check_key(&key).map_err(|not_until| {
        let wait = not_until.wait_time_from(DefaultClock::default().now());
        ApiError::TooManyRequests { retry_after_secs: wait.as_secs().max(1) }
    })
}
