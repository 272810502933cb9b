//! Database access for both backends: one connection type over PostgreSQL and SQLite, chosen
//! explicitly from the `DATABASE_URL` scheme, an r2d2 pool, embedded migrations per backend, and
//! write transactions that take the write lock up front.

pub mod schema;

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{self, ManageConnection};
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, RunQueryDsl};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use api_types::ProblemCode;

use crate::error::{ApiError, ApiResult};

/// Migrations for SQLite, embedded at build time.
pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
/// Migrations for PostgreSQL, embedded at build time (same version names as SQLite's).
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

pub use multi::DbConnection;

mod multi {
    // The derive generates undocumented helper items.
    #![allow(missing_docs)]
    use diesel::pg::PgConnection;
    use diesel::sqlite::SqliteConnection;

    /// One connection to either backend. Queries written with diesel's DSL run on both.
    #[derive(diesel::MultiConnection)]
    pub enum DbConnection {
        /// PostgreSQL, the production database.
        Postgresql(PgConnection),
        /// SQLite, the embedded default.
        Sqlite(SqliteConnection),
    }
}

/// Which backend a `DATABASE_URL` selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// `postgres://…` or `postgresql://…`.
    Postgres(String),
    /// `sqlite://path`, `sqlite:path` or a plain file path.
    Sqlite(String),
}

impl DatabaseUrl {
    /// Parses a `DATABASE_URL`. A scheme other than `postgres`, `postgresql` or `sqlite` is an error.
    pub fn parse(url: &str) -> Result<Self, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DatabaseUrl::Postgres(url.to_string()));
        }
        if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
            if path.is_empty() {
                return Err("DATABASE_URL `sqlite://` needs a file path".into());
            }
            return Ok(DatabaseUrl::Sqlite(path.to_string()));
        }
        if let Some((scheme, _)) = url.split_once("://") {
            return Err(format!(
                "DATABASE_URL scheme `{scheme}` is not supported; use `postgres://…` or `sqlite://path`"
            ));
        }
        if url.is_empty() {
            return Err("DATABASE_URL is empty".into());
        }
        Ok(DatabaseUrl::Sqlite(url.to_string()))
    }

    /// `postgresql` or `sqlite`.
    pub fn backend_name(&self) -> &'static str {
        match self {
            DatabaseUrl::Postgres(_) => "postgresql",
            DatabaseUrl::Sqlite(_) => "sqlite",
        }
    }
}

/// Builds connections of the backend the URL names (never by trying each in turn), with SQLite's
/// per-connection settings.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    url: DatabaseUrl,
}

impl ConnectionManager {
    /// Opens one connection.
    pub fn connect(url: &DatabaseUrl) -> diesel::ConnectionResult<DbConnection> {
        match url {
            DatabaseUrl::Postgres(url) => PgConnection::establish(url).map(DbConnection::Postgresql),
            DatabaseUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(path)?;
                // WAL lets readers run beside the writer; the busy timeout makes writers queue
                // instead of failing; foreign keys are off by default in SQLite.
                conn.batch_execute(
                    "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
                )
                .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }
}

impl ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConnection, Self::Error> {
        ConnectionManager::connect(&self.url).map_err(diesel::r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), Self::Error> {
        conn.batch_execute("SELECT 1").map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConnection) -> bool {
        false
    }
}

/// The connection pool shared by all workers.
pub type Pool = r2d2::Pool<ConnectionManager>;
/// A connection taken from the pool.
pub type PooledConnection = r2d2::PooledConnection<ConnectionManager>;

/// Creates the pool and applies pending migrations. A missing SQLite folder is created.
pub fn connect_and_migrate(url: &DatabaseUrl, max_size: u32) -> Result<Pool, String> {
    if let DatabaseUrl::Sqlite(path) = url {
        if let Some(parent) = std::path::Path::new(path).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create the folder of the SQLite database {path}: {e}"))?;
            }
        }
    }
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        .min_idle(Some(1))
        .connection_timeout(std::time::Duration::from_secs(5))
        .build(ConnectionManager { url: url.clone() })
        .map_err(|e| format!("cannot connect to the {} database: {e}", url.backend_name()))?;
    let mut conn = pool.get().map_err(|e| format!("cannot connect to the database: {e}"))?;
    run_migrations(&mut conn)?;
    Ok(pool)
}

/// Applies every pending migration of the connection's backend.
pub fn run_migrations(conn: &mut DbConnection) -> Result<(), String> {
    let result = match conn {
        DbConnection::Postgresql(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|_| ()),
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|_| ()),
    };
    result.map_err(|e| format!("migrations failed: {e}"))
}

/// Reverts every applied migration of the connection's backend (used by the migration tests).
pub fn revert_all_migrations(conn: &mut DbConnection) -> Result<(), String> {
    let result = match conn {
        DbConnection::Postgresql(c) => c.revert_all_migrations(POSTGRES_MIGRATIONS).map(|_| ()),
        DbConnection::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(|_| ()),
    };
    result.map_err(|e| format!("reverting migrations failed: {e}"))
}

/// Runs `f` in a write transaction and commits when it returns `Ok`, rolls back otherwise.
///
/// On SQLite the transaction starts with `BEGIN IMMEDIATE`, so the write lock is taken before the
/// first read: a read-then-write transaction can then never fail on a concurrent writer (WAL
/// would answer `SQLITE_BUSY_SNAPSHOT`, which the busy timeout does not retry). On PostgreSQL it
/// is an ordinary transaction; functions that check-then-write lock the row they depend on first.
pub fn write<T>(conn: &mut DbConnection, f: impl FnOnce(&mut DbConnection) -> ApiResult<T>) -> ApiResult<T> {
    match conn {
        DbConnection::Postgresql(_) => conn.transaction(|conn| f(conn)),
        DbConnection::Sqlite(_) => {
            conn.batch_execute("BEGIN IMMEDIATE")?;
            match f(conn) {
                Ok(value) => {
                    conn.batch_execute("COMMIT")?;
                    Ok(value)
                }
                Err(error) => {
                    if let Err(rollback) = conn.batch_execute("ROLLBACK") {
                        log::error!("rollback failed: {rollback}");
                    }
                    Err(error)
                }
            }
        }
    }
}

/// Runs `change` in a savepoint of the current write transaction and undoes it when the
/// representation it returns equals `before` apart from `updatedAt`: a change that changes
/// nothing writes nothing, so `updatedAt`, the ETag and a mirror's `updatedSince` stay as they
/// were (API-DESIGN.md, "A `PATCH` that changes nothing"). Returns `before` when undone, the
/// changed representation otherwise; an error of `change` leaves the rollback to [`write`].
pub fn unless_unchanged<T: serde::Serialize>(
    conn: &mut DbConnection,
    before: T,
    change: impl FnOnce(&mut DbConnection) -> ApiResult<T>,
) -> ApiResult<T> {
    // A savepoint by hand: on SQLite the transaction was begun by hand too (see `write`).
    conn.batch_execute("SAVEPOINT unless_unchanged")?;
    let after = change(conn)?;
    if same_apart_from_updated_at(&before, &after)? {
        conn.batch_execute("ROLLBACK TO SAVEPOINT unless_unchanged; RELEASE SAVEPOINT unless_unchanged")?;
        Ok(before)
    } else {
        conn.batch_execute("RELEASE SAVEPOINT unless_unchanged")?;
        Ok(after)
    }
}

/// Whether two representations are equal once their top-level `updatedAt` is left out.
fn same_apart_from_updated_at<T: serde::Serialize>(a: &T, b: &T) -> ApiResult<bool> {
    let without = |value: &T| -> ApiResult<serde_json::Value> {
        let mut value = serde_json::to_value(value).map_err(|e| ApiError::Internal(e.to_string()))?;
        if let Some(object) = value.as_object_mut() {
            object.remove("updatedAt");
        }
        Ok(value)
    };
    Ok(without(a)? == without(b)?)
}

/// Runs blocking database work on actix's blocking pool with a pooled connection.
pub async fn run<T, F>(pool: &Pool, f: F) -> ApiResult<T>
where
    F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    T: Send + 'static,
{
    let pool = pool.clone();
    actix_web::web::block(move || {
        let mut conn = pool.get()?;
        f(&mut conn)
    })
    .await?
}

/// Runs `f` in a write transaction (see [`write`]) on actix's blocking pool: the shape of every
/// handler that changes something.
pub async fn run_write<T, F>(pool: &Pool, f: F) -> ApiResult<T>
where
    F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    T: Send + 'static,
{
    run(pool, move |conn| write(conn, f)).await
}

/// Whether the database answers a trivial query.
pub fn ping(conn: &mut DbConnection) -> ApiResult<()> {
    diesel::sql_query("SELECT 1").execute(conn).map(|_| ()).map_err(|e| ApiError::Unavailable(e.to_string()))
}

/// The current instant, in UTC, truncated to microseconds so that it survives both backends
/// unchanged (and so does every ETag computed from it).
pub fn now() -> chrono::NaiveDateTime {
    let now = chrono::Utc::now().naive_utc();
    chrono::DurationRound::duration_trunc(now, chrono::TimeDelta::microseconds(1)).unwrap_or(now)
}

/// Reads a list kept as JSON in one text column. What does not parse is an internal error
/// (logged with the column's name), never an empty list.
pub fn json_column<T: serde::de::DeserializeOwned>(column: &str, text: &str) -> ApiResult<T> {
    serde_json::from_str(text).map_err(|e| ApiError::Internal(format!("stored {column} cannot be read: {e}")))
}

/// A new id of any kind: a UUID v7, time-ordered, so keyset pagination on ids follows creation.
pub fn new_id<T: From<uuid::Uuid>>() -> T {
    T::from(uuid::Uuid::now_v7())
}

/// Ids as the text they are stored as, for `eq_any` (stores keep typed ids; columns are text).
pub fn texts<T: ToString>(ids: &[T]) -> Vec<String> {
    ids.iter().map(ToString::to_string).collect()
}

/// A validated page request for keyset pagination: `size` items after the id `after`. A store
/// fetches `size + 1` rows in id order; the extra row only tells that a next page exists. With
/// `changed` (a collection's `updatedSince`), the order is `updated_at` then id instead, from that
/// instant on: what a mirror follows. [`keyset_page!`](crate::keyset_page) applies either.
#[derive(Debug, Clone, Default)]
pub struct PageRequest {
    /// Items per page.
    pub size: i64,
    /// Keyset position in id order: the page holds items whose id sorts after this one.
    pub after: Option<String>,
    /// The order of changes, when the request asked for it.
    pub changed: Option<Changes>,
}

/// The changes order of a page: rows updated at or after `since`, by `updated_at` then id.
#[derive(Debug, Clone)]
pub struct Changes {
    /// `updatedSince`, in UTC.
    pub since: chrono::NaiveDateTime,
    /// Keyset position: after this `(updated_at, id)`.
    pub after: Option<(chrono::NaiveDateTime, String)>,
}

/// Orders, positions and limits a boxed query of `$table` (with columns `id` and `updated_at`) as
/// the page request says: id order after `after`, or the changes order after its position. Takes
/// `size + 1` rows.
#[macro_export]
macro_rules! keyset_page {
    ($query:expr, $table:ident, $request:expr) => {{
        let request: &$crate::db::PageRequest = $request;
        let mut query = $query;
        match &request.changed {
            None => {
                query = query.order($table::id.asc());
                if let Some(after) = &request.after {
                    query = query.filter($table::id.gt(after.clone()));
                }
            }
            Some(changed) => {
                query = query
                    .filter($table::updated_at.ge(changed.since))
                    .order(($table::updated_at.asc(), $table::id.asc()));
                if let Some((at, id)) = &changed.after {
                    query = query.filter(
                        $table::updated_at.gt(*at).or($table::updated_at.eq(*at).and($table::id.gt(id.clone()))),
                    );
                }
            }
        }
        query.limit(request.size + 1)
    }};
}

/// Today's date in UTC.
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

impl From<diesel::result::Error> for ApiError {
    fn from(error: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match &error {
            Error::NotFound => ApiError::NotFound("The resource does not exist.".into()),
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                ApiError::conflict(ProblemCode::Duplicate, "A resource with this unique value exists already.")
            }
            Error::DatabaseError(DatabaseErrorKind::SerializationFailure, _) => {
                ApiError::Unavailable(error.to_string())
            }
            Error::DatabaseError(_, info) if info.message().contains("database is locked") => {
                ApiError::Unavailable(error.to_string())
            }
            _ => ApiError::Internal(error.to_string()),
        }
    }
}

impl From<diesel::r2d2::PoolError> for ApiError {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        ApiError::Unavailable(error.to_string())
    }
}
