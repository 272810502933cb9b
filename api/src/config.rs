//! Configuration from environment variables (12-factor), with defaults for a local run.

use crate::db::DatabaseUrl;

/// Default SQLite database file for a local run.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/buurtverbinders.sqlite3";

/// Everything the service reads from its environment.
#[derive(Debug, Clone)]
pub struct Config {
    /// `DATABASE_URL`: `postgres://…` selects PostgreSQL, `sqlite://path` (default
    /// `sqlite://data/buurtverbinders.sqlite3`) the embedded SQLite.
    pub database: DatabaseUrl,
    /// `BIND_ADDRESS`, default `127.0.0.1:8080`.
    pub bind_address: String,
    /// `JWT_SECRET`: the HS256 key (at least 32 bytes). For a local SQLite run it is generated
    /// and kept in the database's folder; otherwise it is required.
    pub jwt_secret: Vec<u8>,
    /// `CORS_ALLOWED_ORIGINS`: comma-separated origins allowed to call the API from a browser.
    pub cors_allowed_origins: Vec<String>,
    /// `WEB_CLIENT_DIR`: the built web client, default `web-client/dist`.
    pub web_client_dir: String,
    /// `ACCESS_TOKEN_TTL_SECONDS`: lifetime of access tokens, default 900 (15 minutes).
    pub access_token_ttl_secs: i64,
    /// `REFRESH_TOKEN_TTL_DAYS`: lifetime of refresh tokens, default 30.
    pub refresh_token_ttl_days: i64,
    /// `LOGIN_RATE_LIMIT_PER_MINUTE`: log-in attempts per client address per minute, default 10.
    pub login_rate_limit_per_minute: u32,
    /// `PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE`: writes without an account per client address per
    /// minute, default 30.
    pub public_write_rate_limit_per_minute: u32,
    /// `TOKEN_RATE_LIMIT_PER_MINUTE`: API clients' token requests per client address per minute,
    /// default 60 (apart from people's log-ins).
    pub token_rate_limit_per_minute: u32,
    /// `DATABASE_POOL_SIZE`: connections in the pool, default 10.
    pub pool_size: u32,
    /// `PUBLIC_URL`: where people reach the web client, without a trailing slash (default
    /// `http://` + `BIND_ADDRESS`); calendar feeds link back to event pages with it.
    pub public_url: String,
    /// `QUESTION_RETENTION_MONTHS`: months after closing a question before its personal data is
    /// erased, default 12.
    pub question_retention_months: u32,
    /// `MAP_TILE_URL`: the tile address of the web client's maps, a Leaflet URL template
    /// (`{z}/{x}/{y}`; default OpenStreetMap's, whose tile usage policy then applies).
    pub map_tile_url: String,
    /// `MAP_TILE_ATTRIBUTION`: the credit the tiles' licence asks for (default OpenStreetMap's).
    pub map_tile_attribution: String,
    /// The week band of members' time and the thresholds of its signals.
    pub time_band: TimeBand,
}

/// The band of a member's time per week and when the weeks signal something (issue 14). From the
/// programme: after the training connectors spend two to four hours a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeBand {
    /// `TIME_BAND_MINIMUM_MINUTES`, default 120.
    pub minimum_minutes: i32,
    /// `TIME_BAND_MAXIMUM_MINUTES`, default 240.
    pub maximum_minutes: i32,
    /// `OVERLOAD_WEEKS`: weeks above the band, of the last `OVERLOAD_WINDOW_WEEKS`, that make an
    /// overload; default 3.
    pub overload_weeks: usize,
    /// `OVERLOAD_WINDOW_WEEKS`, default 4.
    pub overload_window_weeks: usize,
    /// `DROP_OFF_WEEKS`: weeks without any entry that make a drop-off; default 3.
    pub drop_off_weeks: usize,
}

impl Default for TimeBand {
    fn default() -> Self {
        TimeBand {
            minimum_minutes: 120,
            maximum_minutes: 240,
            overload_weeks: 3,
            overload_window_weeks: 4,
            drop_off_weeks: 3,
        }
    }
}

/// OpenStreetMap's standard tiles: the default of `MAP_TILE_URL`.
pub const DEFAULT_MAP_TILE_URL: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
/// The credit OpenStreetMap's licence (ODbL) asks for.
pub const DEFAULT_MAP_TILE_ATTRIBUTION: &str = "© OpenStreetMap contributors";

/// Issuer and audience of access tokens.
pub const JWT_ISSUER: &str = "buurtverbinders";
/// Audience of access tokens.
pub const JWT_AUDIENCE: &str = "buurtverbinders-api";

impl Config {
    /// Reads the environment. Errors name the variable and what is wrong with it.
    pub fn from_env() -> Result<Self, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let database = DatabaseUrl::parse(&var("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into()))?;
        let jwt_secret = match (var("JWT_SECRET"), &database) {
            (Some(secret), _) if secret.len() >= 32 => secret.into_bytes(),
            (Some(_), _) => return Err("JWT_SECRET must be at least 32 characters".into()),
            (None, DatabaseUrl::Sqlite(path)) => local_secret(path)?,
            (None, DatabaseUrl::Postgres(_)) => {
                return Err("JWT_SECRET is required with PostgreSQL (at least 32 characters)".into())
            }
        };
        let number = |name: &str, default: i64| -> Result<i64, String> {
            match var(name) {
                None => Ok(default),
                Some(v) => v
                    .parse::<i64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("{name} must be a positive whole number, not `{v}`")),
            }
        };
        let bind_address = var("BIND_ADDRESS").unwrap_or_else(|| "127.0.0.1:8080".into());
        let public_url = var("PUBLIC_URL").unwrap_or_else(|| format!("http://{bind_address}"));
        let public_url = match url::Url::parse(&public_url) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => public_url.trim_end_matches('/').to_string(),
            _ => return Err(format!("PUBLIC_URL must be an http(s) address, not `{public_url}`")),
        };
        Ok(Config {
            database,
            bind_address,
            public_url,
            jwt_secret,
            cors_allowed_origins: var("CORS_ALLOWED_ORIGINS")
                .map(|v| v.split(',').map(|o| o.trim().to_string()).filter(|o| !o.is_empty()).collect())
                .unwrap_or_default(),
            web_client_dir: var("WEB_CLIENT_DIR").unwrap_or_else(|| "web-client/dist".into()),
            access_token_ttl_secs: number("ACCESS_TOKEN_TTL_SECONDS", 900)?,
            refresh_token_ttl_days: number("REFRESH_TOKEN_TTL_DAYS", 30)?,
            login_rate_limit_per_minute: u32::try_from(number("LOGIN_RATE_LIMIT_PER_MINUTE", 10)?)
                .map_err(|_| "LOGIN_RATE_LIMIT_PER_MINUTE is too large".to_string())?,
            public_write_rate_limit_per_minute: u32::try_from(number("PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE", 30)?)
                .map_err(|_| "PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE is too large".to_string())?,
            token_rate_limit_per_minute: u32::try_from(number("TOKEN_RATE_LIMIT_PER_MINUTE", 60)?)
                .map_err(|_| "TOKEN_RATE_LIMIT_PER_MINUTE is too large".to_string())?,
            pool_size: u32::try_from(number("DATABASE_POOL_SIZE", 10)?)
                .map_err(|_| "DATABASE_POOL_SIZE is too large".to_string())?,
            question_retention_months: u32::try_from(number("QUESTION_RETENTION_MONTHS", 12)?)
                .ok()
                .filter(|m| *m <= 120)
                .ok_or_else(|| "QUESTION_RETENTION_MONTHS must be at most 120".to_string())?,
            map_tile_url: var("MAP_TILE_URL").unwrap_or_else(|| DEFAULT_MAP_TILE_URL.into()),
            map_tile_attribution: var("MAP_TILE_ATTRIBUTION").unwrap_or_else(|| DEFAULT_MAP_TILE_ATTRIBUTION.into()),
            time_band: time_band(&number)?,
        })
    }

    /// A configuration for tests: the given database, a fixed secret, no web client.
    pub fn for_tests(database: DatabaseUrl) -> Self {
        Config {
            database,
            bind_address: "127.0.0.1:0".into(),
            jwt_secret: b"test-secret-test-secret-test-secret!".to_vec(),
            cors_allowed_origins: vec!["http://localhost:3000".into()],
            web_client_dir: "does-not-exist".into(),
            access_token_ttl_secs: 900,
            refresh_token_ttl_days: 30,
            login_rate_limit_per_minute: 10,
            public_write_rate_limit_per_minute: 30,
            token_rate_limit_per_minute: 60,
            pool_size: 4,
            public_url: "https://buurt.example.org".into(),
            question_retention_months: 12,
            map_tile_url: DEFAULT_MAP_TILE_URL.into(),
            map_tile_attribution: DEFAULT_MAP_TILE_ATTRIBUTION.into(),
            time_band: TimeBand::default(),
        }
    }
}

/// The time band from the environment, its defaults where a variable is not set.
fn time_band(number: &dyn Fn(&str, i64) -> Result<i64, String>) -> Result<TimeBand, String> {
    let defaults = TimeBand::default();
    let minutes = |name: &str, default: i32| -> Result<i32, String> {
        i32::try_from(number(name, i64::from(default))?)
            .ok()
            .filter(|m| *m <= 7 * 24 * 60)
            .ok_or_else(|| format!("{name} must be at most a week's minutes (10080)"))
    };
    let weeks = |name: &str, default: usize| -> Result<usize, String> {
        usize::try_from(number(name, default as i64)?)
            .ok()
            .filter(|w| *w <= 26)
            .ok_or_else(|| format!("{name} must be at most 26 weeks"))
    };
    let band = TimeBand {
        minimum_minutes: minutes("TIME_BAND_MINIMUM_MINUTES", defaults.minimum_minutes)?,
        maximum_minutes: minutes("TIME_BAND_MAXIMUM_MINUTES", defaults.maximum_minutes)?,
        overload_weeks: weeks("OVERLOAD_WEEKS", defaults.overload_weeks)?,
        overload_window_weeks: weeks("OVERLOAD_WINDOW_WEEKS", defaults.overload_window_weeks)?,
        drop_off_weeks: weeks("DROP_OFF_WEEKS", defaults.drop_off_weeks)?,
    };
    if band.minimum_minutes >= band.maximum_minutes {
        return Err("TIME_BAND_MINIMUM_MINUTES must be less than TIME_BAND_MAXIMUM_MINUTES".into());
    }
    if band.overload_weeks > band.overload_window_weeks {
        return Err("OVERLOAD_WEEKS must be at most OVERLOAD_WINDOW_WEEKS".into());
    }
    Ok(band)
}

/// Reads, or creates once, the JWT secret kept beside a local SQLite database, so tokens survive
/// a restart without any setup.
fn local_secret(database_path: &str) -> Result<Vec<u8>, String> {
    use base64::Engine;
    let folder = std::path::Path::new(database_path).parent().filter(|p| !p.as_os_str().is_empty());
    let folder = folder.unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let file = folder.join("jwt-secret");
    if let Ok(secret) = std::fs::read_to_string(&file) {
        if secret.trim().len() >= 32 {
            return Ok(secret.trim().as_bytes().to_vec());
        }
    }
    let bytes: [u8; 48] = rand::random();
    let secret = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    std::fs::write(&file, &secret).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    Ok(secret.into_bytes())
}
