//! The store of API clients: the only code that touches the `api_clients` table. Clients live in
//! `access` beside accounts because the principal of a request is read from here.

use api_types::{AccountId, ApiClient, ApiClientId, Scope};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::api_clients;
use crate::db::{self, DbConnection, PageRequest};
use crate::error::{ApiError, ApiResult};
use crate::web::http;

/// One row of `api_clients`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_clients)]
pub struct ClientRow {
    /// Id, also the OAuth `client_id`.
    pub id: ApiClientId,
    /// Who calls with it.
    pub name: String,
    /// Space-separated scopes.
    scopes: String,
    /// Argon2id PHC string of the secret.
    pub secret_hash: String,
    /// When the secret was made or last rotated: tokens issued before no longer work.
    pub secret_set_at: NaiveDateTime,
    /// When it stops working.
    pub expires_at: Option<NaiveDateTime>,
    /// A disabled client gets no tokens.
    pub disabled: bool,
    /// When it last obtained a token.
    pub last_used_at: Option<NaiveDateTime>,
    created_by: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    /// Tokens issued before this no longer work: the client was disabled or lost a scope since.
    tokens_valid_from: Option<NaiveDateTime>,
}

impl ClientRow {
    /// Its scopes; a stored word that is not a scope is a 500, never dropped quietly.
    pub fn scopes(&self) -> ApiResult<Vec<Scope>> {
        Scope::split(&self.scopes).map_err(|word| ApiError::Internal(format!("`{word}` is not a scope")))
    }

    /// Whether it may get and use tokens at `now`: enabled and not past its end.
    pub fn usable_at(&self, now: NaiveDateTime) -> bool {
        !self.disabled && self.expires_at.is_none_or(|end| now < end)
    }

    /// Whether a token issued at `issued_at` (seconds since 1970, a JWT's `iat`) still counts: not
    /// when the client was disabled or lost a scope after it was issued (in a later second).
    pub fn accepts_token_issued_at(&self, issued_at: i64) -> bool {
        self.tokens_valid_from.is_none_or(|from| issued_at >= from.and_utc().timestamp())
    }

    /// What a token names of the secret it was got with: the first 16 hex digits of the SHA-256
    /// of the secret's hash. A rotation changes it, so tokens got with the old secret end at once.
    pub fn secret_mark(&self) -> String {
        super::tokens::secret_hash(&self.secret_hash)[..16].to_string()
    }

    /// Its representation (never the secret's hash).
    pub fn to_client(&self) -> ApiResult<ApiClient> {
        let _ = &self.created_by;
        Ok(ApiClient {
            id: self.id.uuid(),
            name: self.name.clone(),
            scopes: self.scopes()?,
            expires_at: self.expires_at.map(http::utc),
            disabled: self.disabled,
            last_used_at: self.last_used_at.map(http::utc),
            created_at: http::utc(self.created_at),
            updated_at: http::utc(self.updated_at),
        })
    }
}

/// What a change of a client writes: `None` keeps a column as it is.
#[derive(Default)]
pub struct ClientChange {
    /// New name, trimmed.
    pub name: Option<String>,
    /// New scopes.
    pub scopes: Option<Vec<Scope>>,
    /// New end, or `Some(None)` for none.
    pub expires_at: Option<Option<NaiveDateTime>>,
    /// Disable or enable.
    pub disabled: Option<bool>,
    /// New secret hash (rotation).
    pub secret_hash: Option<String>,
    /// End every token issued so far (the client is disabled or loses a scope).
    pub end_tokens: bool,
}

/// One client; 404 when there is none.
pub fn find(conn: &mut DbConnection, id: &ApiClientId) -> ApiResult<ClientRow> {
    find_optional(conn, id)?.ok_or_else(|| ApiError::NotFound("No API client with this id.".into()))
}

/// One client, if it exists.
pub fn find_optional(conn: &mut DbConnection, id: &ApiClientId) -> ApiResult<Option<ClientRow>> {
    Ok(api_clients::table.find(id.to_string()).select(ClientRow::as_select()).first(conn).optional()?)
}

/// One client, its row locked until the transaction ends (a no-op write takes the row lock on
/// PostgreSQL and the write lock on SQLite), so a change compares `If-Match` against what no one
/// else changes meanwhile.
pub fn lock(conn: &mut DbConnection, id: &ApiClientId) -> ApiResult<ClientRow> {
    let key = id.to_string();
    diesel::update(api_clients::table.find(&key)).set(api_clients::id.eq(&key)).execute(conn)?;
    find(conn, id)
}

/// A page of clients in id order: up to `size + 1` rows.
pub fn page(conn: &mut DbConnection, request: &PageRequest) -> ApiResult<Vec<ClientRow>> {
    let mut query = api_clients::table
        .select(ClientRow::as_select())
        .order(api_clients::id.asc())
        .limit(request.size + 1)
        .into_boxed();
    if let Some(after) = &request.after {
        query = query.filter(api_clients::id.gt(after.clone()));
    }
    Ok(query.load(conn)?)
}

/// Stores a new client with the hash of its secret; `id` is given so the demo data can name one.
pub fn insert(
    conn: &mut DbConnection,
    id: &ApiClientId,
    name: &str,
    scopes: &[Scope],
    secret_hash: &str,
    expires_at: Option<NaiveDateTime>,
    created_by: Option<&AccountId>,
) -> ApiResult<()> {
    let now = db::now();
    diesel::insert_into(api_clients::table)
        .values((
            api_clients::id.eq(id.to_string()),
            api_clients::name.eq(name),
            api_clients::scopes.eq(Scope::join(scopes)),
            api_clients::secret_hash.eq(secret_hash),
            api_clients::secret_set_at.eq(now),
            api_clients::expires_at.eq(expires_at),
            api_clients::disabled.eq(false),
            api_clients::created_by.eq(created_by.map(ToString::to_string)),
            api_clients::created_at.eq(now),
            api_clients::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Writes a change of a client.
pub fn update(conn: &mut DbConnection, id: &ApiClientId, change: &ClientChange) -> ApiResult<()> {
    let now = db::now();
    diesel::update(api_clients::table.find(id.to_string()))
        .set((
            change.name.as_deref().map(|n| api_clients::name.eq(n)),
            change.scopes.as_deref().map(|s| api_clients::scopes.eq(Scope::join(s))),
            change.expires_at.map(|e| api_clients::expires_at.eq(e)),
            change.disabled.map(|d| api_clients::disabled.eq(d)),
            change.secret_hash.as_deref().map(|h| api_clients::secret_hash.eq(h)),
            change.secret_hash.as_ref().map(|_| api_clients::secret_set_at.eq(now)),
            change.end_tokens.then_some(api_clients::tokens_valid_from.eq(Some(now))),
            api_clients::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records that the client obtained a token now (not a change of the client: `updated_at` stays).
pub fn touch(conn: &mut DbConnection, id: &ApiClientId) -> ApiResult<()> {
    diesel::update(api_clients::table.find(id.to_string()))
        .set(api_clients::last_used_at.eq(Some(db::now())))
        .execute(conn)?;
    Ok(())
}
