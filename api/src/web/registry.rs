//! One registry for the routes and the OpenAPI document: each feature lists its handlers once
//! (`operations!`), and both the routing table and the document are made from that list. A
//! handler cannot be routed without being documented, and the path and method it is routed on are
//! the ones its `#[utoipa::path]` documents.

use std::collections::{BTreeMap, HashMap};

use actix_web::body::BoxBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{web, Resource, Route};
use api_types::Scope;
use utoipa::openapi::path::{Operation, ParameterIn, PathItem};

use crate::error::ApiError;
use crate::web::http;
use utoipa::openapi::OpenApi;

/// One handler of a feature: the name the document gives its operation (`operationId`, the
/// handler's function name) and how to route a request of a method to it.
#[derive(Clone, Copy)]
pub struct Handler {
    /// The handler's function name, which utoipa takes as the `operationId`.
    pub name: &'static str,
    /// A route for `method` to the handler.
    pub route: fn(Method) -> Route,
}

/// A feature's operations: its part of the OpenAPI document and its handlers, from one list.
pub trait Operations: utoipa::OpenApi {
    /// The handlers, by the names their operations have in [`utoipa::OpenApi::openapi`].
    fn handlers() -> Vec<Handler>;
}

/// Declares a feature's operations from one list of its handlers (functions annotated with
/// `#[utoipa::path]`, in scope where the macro is used):
///
/// ```text
/// crate::operations! {
///     /// The groups feature's operations.
///     pub struct GroupsApi;
///     list_groups, create_group, get_group,
/// }
/// ```
#[macro_export]
macro_rules! operations {
    ($(#[$doc:meta])* $vis:vis struct $name:ident; $($handler:ident),+ $(,)?) => {
        $(#[$doc])*
        #[derive(utoipa::OpenApi)]
        #[openapi(paths($($handler),+))]
        $vis struct $name;

        impl $crate::web::registry::Operations for $name {
            fn handlers() -> Vec<$crate::web::registry::Handler> {
                vec![$($crate::web::registry::Handler {
                    name: stringify!($handler),
                    route: |method| actix_web::web::method(method).to($handler),
                }),+]
            }
        }
    };
}

/// A feature's part, as the registry keeps it.
pub struct Part {
    document: OpenApi,
    handlers: Vec<Handler>,
}

/// The part of the operations `O`.
pub fn part<O: Operations>() -> Part {
    Part { document: O::openapi(), handlers: O::handlers() }
}

/// The documented operations of a path item, with their methods.
fn operations(item: &PathItem) -> Vec<(Method, &Operation)> {
    [
        (Method::GET, &item.get),
        (Method::POST, &item.post),
        (Method::PUT, &item.put),
        (Method::PATCH, &item.patch),
        (Method::DELETE, &item.delete),
        (Method::HEAD, &item.head),
        (Method::OPTIONS, &item.options),
    ]
    .into_iter()
    .filter_map(|(method, operation)| operation.as_ref().map(|operation| (method, operation)))
    .collect()
}

/// The parts' documents merged into `base`.
pub fn document(mut base: OpenApi, parts: &[Part]) -> OpenApi {
    for part in parts {
        base.merge(part.document.clone());
    }
    base
}

/// The scopes an API client needs for each method of one path, from the operations' `oauth2`
/// security requirements: the document says it and the server holds to it, from one source. A
/// method without an entry is for people's accounts only. Kept as each resource's app data.
#[derive(Debug, Clone, Default)]
pub struct ClientAccess(HashMap<Method, Vec<Scope>>);

impl ClientAccess {
    /// The scopes an API client needs for `method`; `None` when API clients may not use it.
    pub fn scopes(&self, method: &Method) -> Option<Vec<Scope>> {
        self.0.get(method).cloned()
    }
}

/// The scopes of an operation's `oauth2` requirement, if it has one.
///
/// # Panics
/// When it names a scope that is not a [`Scope`]: a typo in an annotation, caught at start.
pub fn client_scopes(operation: &Operation) -> Option<Vec<Scope>> {
    let requirements = serde_json::to_value(operation.security.as_ref()?).ok()?;
    let scopes = requirements.as_array()?.iter().find_map(|r| r.get(OAUTH2))?;
    Some(
        scopes
            .as_array()?
            .iter()
            .map(|s| {
                let word = s.as_str().unwrap_or_default();
                Scope::parse(word).unwrap_or_else(|| panic!("`{word}` is not a scope"))
            })
            .collect(),
    )
}

/// The query parameters an operation documents, by name.
fn query_parameters(operation: &Operation) -> Vec<String> {
    operation
        .parameters
        .iter()
        .flatten()
        .filter(|p| matches!(p.parameter_in, ParameterIn::Query))
        .map(|p| p.name.clone())
        .collect()
}

/// The query parameters each method of one path documents. A request naming any other is refused
/// with 400, each unknown name listed (`?name`, code `unknown_parameter`): a mistyped filter would
/// otherwise silently return everything. Values with control characters are refused the same way,
/// before any handler or database sees them.
#[derive(Debug, Clone, Default)]
pub struct DocumentedQuery(HashMap<Method, Vec<String>>);

impl DocumentedQuery {
    /// The problems of a query string for `method`: unknown names, and control characters in a
    /// value. Empty when the method has no documented operation (routing answers 405 then).
    pub fn problems(&self, method: &Method, query: &str) -> Vec<api_types::InvalidParam> {
        let Some(known) = self.0.get(method) else {
            return Vec::new();
        };
        let mut problems: Vec<api_types::InvalidParam> = Vec::new();
        for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let pointer = format!("?{name}");
            if problems.iter().any(|p| p.pointer == pointer) {
                continue;
            }
            if !known.iter().any(|k| *k == name) {
                let detail = if known.is_empty() {
                    "This operation takes no query parameters.".to_string()
                } else {
                    format!("Unknown parameter; this operation takes {}.", known.join(", "))
                };
                problems.push(http::query_param(&name, "unknown_parameter", detail));
            } else if value.chars().any(char::is_control) {
                problems.push(http::query_param(&name, "invalid_value", "Must not contain control characters."));
            }
        }
        problems
    }
}

/// The name of the OAuth 2.0 client-credentials security scheme in the document.
pub const OAUTH2: &str = "oauth2";

/// Every documented operation of the parts as `(path, method, handler)`, in path order.
///
/// # Panics
/// When a documented operation has no handler of that name, or a handler no documented
/// operation: the list and the document disagree, which the tests catch at once.
pub fn routing_table(parts: &[Part]) -> Vec<RoutedOperation> {
    let mut table = Vec::new();
    for part in parts {
        let mut handlers: HashMap<&str, Handler> = part.handlers.iter().map(|h| (h.name, *h)).collect();
        for (path, item) in &part.document.paths.paths {
            for (method, operation) in operations(item) {
                let id = operation.operation_id.as_deref().unwrap_or_default();
                let handler = handlers
                    .remove(id)
                    .unwrap_or_else(|| panic!("{method} {path} (`{id}`) is documented but has no handler"));
                table.push(RoutedOperation {
                    path: path.clone(),
                    method,
                    handler,
                    scopes: client_scopes(operation),
                    query: query_parameters(operation),
                });
            }
        }
        let mut left: Vec<&str> = handlers.into_keys().collect();
        left.sort_unstable();
        assert!(left.is_empty(), "handlers without a documented operation: {left:?}");
    }
    table.sort_by(|a, b| a.path.cmp(&b.path));
    table
}

/// Registers every operation of the parts: one resource per path with a route per method, so a
/// method the path does not take gets 405.
pub fn configure(cfg: &mut web::ServiceConfig, parts: &[Part]) {
    let mut resources: BTreeMap<String, (Resource, ClientAccess, DocumentedQuery)> = BTreeMap::new();
    for route in routing_table(parts) {
        let (resource, mut access, mut query) = resources.remove(&route.path).unwrap_or_else(|| {
            (web::resource(route.path.clone()), ClientAccess::default(), DocumentedQuery::default())
        });
        if let Some(scopes) = route.scopes {
            access.0.insert(route.method.clone(), scopes);
        }
        query.0.insert(route.method.clone(), route.query);
        resources.insert(route.path, (resource.route((route.handler.route)(route.method)), access, query));
    }
    for (_, (resource, access, query)) in resources {
        let query = std::rc::Rc::new(query);
        cfg.service(resource.app_data(access).wrap(actix_web::middleware::from_fn(
            move |req: ServiceRequest, next: Next<BoxBody>| {
                let problems = query.problems(req.method(), req.query_string());
                refuse_or_call(problems, req, next)
            },
        )));
    }
}

async fn refuse_or_call(
    problems: Vec<api_types::InvalidParam>,
    req: ServiceRequest,
    next: Next<BoxBody>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if problems.is_empty() {
        next.call(req).await
    } else {
        // Answered here as a handler's error is, so the problem keeps every entry.
        Ok(req.error_response(ApiError::InvalidInput(problems)))
    }
}

/// One row of the routing table: a documented operation, its handler, the scopes an API client
/// needs for it (`None`: people only) and the query parameters it documents.
pub struct RoutedOperation {
    /// The path as documented, e.g. `/groups/{id}`.
    pub path: String,
    /// The method.
    pub method: Method,
    /// The handler.
    pub handler: Handler,
    /// The scopes of its `oauth2` requirement.
    pub scopes: Option<Vec<Scope>>,
    /// Its documented query parameters, by name.
    pub query: Vec<String>,
}
