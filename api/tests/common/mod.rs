//! Test harness: the real app (same configuration and middleware as `serve`) on a fresh SQLite
//! file or a fresh PostgreSQL database per test, and helpers to call it and read the database.
#![allow(dead_code, missing_docs, clippy::unwrap_used)]

use actix_web::body::MessageBody;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::{header::HeaderMap, Method, StatusCode};
use actix_web::{test, App};
use api::config::Config;
use api::db::{self, DatabaseUrl, DbConnection, Pool};
use api::web::state::AppState;
use diesel::connection::SimpleConnection;
use diesel::Connection;
use serde_json::{json, Value};

/// The two backends every API test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Server URL of the PostgreSQL used for tests (`TEST_POSTGRES_URL`, default the local server).
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A fresh, empty database, removed when dropped.
pub struct TestDb {
    pub url: DatabaseUrl,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestDb {
    pub fn new(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let path = dir.path().join("test.sqlite3");
                TestDb { url: DatabaseUrl::Sqlite(path.to_string_lossy().into_owned()), _dir: Some(dir), pg_name: None }
            }
            Backend::Postgres => {
                let admin = postgres_admin_url();
                let name = format!("bv_test_{}", uuid::Uuid::now_v7().simple());
                let mut conn = diesel::PgConnection::establish(&admin)
                    .unwrap_or_else(|e| panic!("PostgreSQL for tests is not reachable at {admin}: {e}"));
                conn.batch_execute(&format!("CREATE DATABASE {name}")).expect("create test database");
                let base = admin.rsplit_once('/').map(|(base, _)| base.to_string()).expect("database url");
                TestDb { url: DatabaseUrl::Postgres(format!("{base}/{name}")), _dir: None, pg_name: Some(name) }
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_name {
            if let Ok(mut conn) = diesel::PgConnection::establish(&postgres_admin_url()) {
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

/// The app under test with its database.
pub struct TestApp<S> {
    pub service: S,
    pub pool: Pool,
    pub config: Config,
    _db: TestDb,
}

/// A response, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

pub async fn app(
    backend: Backend,
) -> TestApp<impl Service<actix_http::Request, Response = ServiceResponse<impl MessageBody>, Error = actix_web::Error>>
{
    app_with(backend, |_| {}).await
}

pub async fn app_with(
    backend: Backend,
    adjust: impl FnOnce(&mut Config),
) -> TestApp<impl Service<actix_http::Request, Response = ServiceResponse<impl MessageBody>, Error = actix_web::Error>>
{
    let database = TestDb::new(backend);
    let mut config = Config::for_tests(database.url.clone());
    adjust(&mut config);
    let pool = db::connect_and_migrate(&config.database, config.pool_size).expect("database");
    let state = AppState::new(pool.clone(), config.clone());
    let service = test::init_service(api::wrap_middleware!(App::new().configure(api::app::configure_app(state)))).await;
    TestApp { service, pool, config, _db: database }
}

impl<S, B> TestApp<S>
where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    /// A connection for checking the database's state.
    pub fn conn(&self) -> db::PooledConnection {
        self.pool.get().expect("connection")
    }

    /// Seeds the demo data.
    pub fn seed(&self) {
        api::seed::seed_demo(&mut self.conn()).expect("seed");
    }

    /// Sends a request and reads the whole response. Every response is held to the OpenAPI
    /// document (see [`documented`]): a test that gets an undocumented status or header fails.
    pub async fn send(&self, req: test::TestRequest) -> Reply {
        let request = req.peer_addr("127.0.0.1:40000".parse().unwrap()).to_request();
        let method = request.method().clone();
        let path = request.uri().path().to_string();
        let response = test::call_service(&self.service, request).await;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = test::read_body(response).await;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        let reply = Reply { status, headers, body, text };
        if let Err(problem) = documented(&method, &path, &reply) {
            panic!("{method} {path} answered {status}, which the OpenAPI document does not say: {problem}");
        }
        reply
    }

    /// A JSON request with an optional bearer token.
    pub async fn call(&self, method: Method, path: &str, token: Option<&str>, body: Option<Value>) -> Reply {
        let mut req = test::TestRequest::default().method(method).uri(path);
        if let Some(token) = token {
            req = req.insert_header(("authorization", format!("Bearer {token}")));
        }
        if let Some(body) = body {
            req = req.set_json(body);
        }
        self.send(req).await
    }

    pub async fn get(&self, path: &str, token: &str) -> Reply {
        self.call(Method::GET, path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::POST, path, Some(token), Some(body)).await
    }

    pub async fn patch(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::PATCH, path, Some(token), Some(body)).await
    }

    /// A JSON merge patch with `If-Match`.
    pub async fn patch_if_match(&self, path: &str, token: &str, etag: &str, body: Value) -> Reply {
        self.send(
            test::TestRequest::patch()
                .uri(path)
                .insert_header(("authorization", format!("Bearer {token}")))
                .insert_header(("if-match", etag))
                .set_json(body),
        )
        .await
    }

    pub async fn login_reply(&self, email: &str, password: &str) -> Reply {
        self.call(Method::POST, "/api/v1/auth/login", None, Some(json!({"email": email, "password": password}))).await
    }

    /// Logs in and returns the access token; panics unless the log-in succeeds.
    pub async fn login(&self, email: &str) -> String {
        let reply = self.login_reply(email, api::seed::DEMO_PASSWORD).await;
        assert_eq!(reply.status, StatusCode::OK, "login {email}: {}", reply.text);
        reply.body["accessToken"].as_str().expect("token").to_string()
    }

    /// Creates an account with a role (and optionally a linked person) and returns its token.
    pub async fn account(&self, email: &str, role: &str, person_id: Option<&str>) -> String {
        let admin = self.login("admin@example.org").await;
        let reply = self
            .post(
                "/api/v1/accounts",
                &admin,
                json!({"email": email, "displayName": email, "role": role, "password": api::seed::DEMO_PASSWORD, "personId": person_id}),
            )
            .await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
        self.login(email).await
    }

    pub async fn neighbourhood(&self, token: &str) -> String {
        let reply =
            self.post("/api/v1/neighbourhoods", token, json!({"name": "Testbuurt", "municipality": "Testdam"})).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
        reply.body["id"].as_str().unwrap().to_string()
    }

    pub async fn group(&self, token: &str, name: &str) -> String {
        let neighbourhood = self.neighbourhood(token).await;
        let reply = self.post("/api/v1/groups", token, json!({"name": name, "neighbourhoodId": neighbourhood})).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
        reply.body["id"].as_str().unwrap().to_string()
    }

    pub async fn person(&self, token: &str, name: &str) -> String {
        let reply = self
            .post(
                "/api/v1/people",
                token,
                json!({"name": name, "email": format!("{}@example.org", name.to_lowercase().replace(' ', "."))}),
            )
            .await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
        reply.body["id"].as_str().unwrap().to_string()
    }

    /// The id of a (seeded) group by its slug.
    pub async fn group_by_slug(&self, token: &str, slug: &str) -> String {
        let groups = self.get("/api/v1/groups?pageSize=100", token).await;
        let group = groups.body["items"].as_array().expect("groups").iter().find(|g| g["slug"] == slug);
        group.and_then(|g| g["id"].as_str()).unwrap_or_else(|| panic!("no group {slug}")).to_string()
    }

    /// Adds a new person as a member; returns the reply.
    pub async fn add_member(&self, token: &str, group: &str, name: &str, professional: bool) -> Reply {
        let person = self.person(token, name).await;
        let body = if professional {
            json!({"personId": person, "kind": "professional", "professionalRole": "social_worker", "organisation": "Welzijn"})
        } else {
            json!({"personId": person, "kind": "resident"})
        };
        self.post(&format!("/api/v1/groups/{group}/members"), token, body).await
    }

    /// Adds `residents` residents and `professionals` professionals, asserting each succeeds.
    pub async fn fill(&self, token: &str, group: &str, residents: usize, professionals: usize) {
        for i in 0..residents {
            let reply = self.add_member(token, group, &format!("Bewoner {i} {}", &group[30..]), false).await;
            assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
        }
        for i in 0..professionals {
            let reply = self.add_member(token, group, &format!("Professional {i} {}", &group[30..]), true).await;
            assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
        }
    }
}

/// Counts rows of a table with a raw SQL condition, on either backend.
pub fn count(conn: &mut DbConnection, table: &str, condition: &str) -> i64 {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table} WHERE {condition}"))
        .get_result::<Count>(conn)
        .expect("count")
        .n
}

/// Runs an async test body once on SQLite and once on PostgreSQL, as two tests.
#[macro_export]
macro_rules! on_both {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[actix_web::test]
            async fn sqlite() {
                ($body)($crate::common::Backend::Sqlite).await
            }
            #[actix_web::test]
            async fn postgres() {
                ($body)($crate::common::Backend::Postgres).await
            }
        }
    };
}

/// The OpenAPI document as JSON, made once per test binary.
fn document() -> &'static Value {
    static DOCUMENT: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    DOCUMENT.get_or_init(api::app::openapi_document)
}

/// Whether the document says what the server answered: the operation of `method` and `path`
/// documents the status, the response's content type, and each of the headers an integrator acts
/// on (`ETag`, `Location`, `Retry-After`, `Content-Crs`, `WWW-Authenticate`). Paths the document
/// does not have (unknown ones, the web client's) and methods it does not route (405) are left to
/// the tests that send them.
pub fn documented(method: &Method, path: &str, reply: &Reply) -> Result<(), String> {
    let Some(relative) = path.strip_prefix(api_types::API_BASE) else {
        return Ok(());
    };
    let paths = document()["paths"].as_object().expect("paths");
    let segments: Vec<&str> = relative.split('/').collect();
    // The template matching the most literal segments: `/resources/to-check` before `/resources/{id}`.
    let template = paths
        .iter()
        .filter_map(|(template, item)| {
            let parts: Vec<&str> = template.split('/').collect();
            if parts.len() != segments.len() {
                return None;
            }
            let mut literal = 0;
            for (part, segment) in parts.iter().zip(&segments) {
                if part.starts_with('{') {
                    continue;
                }
                if part != segment {
                    return None;
                }
                literal += 1;
            }
            Some((literal, item))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, item)| item);
    let Some(operation) = template.and_then(|item| item.get(method.as_str().to_lowercase())) else {
        return Ok(());
    };
    let Some(response) = operation["responses"].get(reply.status.as_str()) else {
        return Err(format!("status {} is not documented", reply.status.as_u16()));
    };
    let declared: Vec<String> =
        response["headers"].as_object().map(|h| h.keys().map(|k| k.to_lowercase()).collect()).unwrap_or_default();
    let mut problems = Vec::new();
    for name in ["etag", "location", "retry-after", "content-crs", "www-authenticate"] {
        if reply.headers.contains_key(name) && !declared.iter().any(|d| d == name) {
            problems.push(format!("header `{name}` is not documented"));
        }
    }
    if let Some(content_type) = reply.header("content-type") {
        let media = content_type.split(';').next().unwrap_or_default().trim();
        let contents = response["content"].as_object();
        if !reply.text.is_empty() && !contents.is_some_and(|c| c.keys().any(|k| k == media)) {
            problems.push(format!("content type `{media}` is not documented"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}
