//! Serves the built web client at `/`. Unknown non-API paths get its `index.html`, so the
//! client's own routes work on reload and from bookmarks.

use actix_files::NamedFile;
use actix_web::http::Method;
use actix_web::{web, HttpRequest, HttpResponse};

use crate::error::ApiError;

/// Registers the static files of `dir`, or a page saying how to build them when `dir` is missing.
pub fn configure(cfg: &mut web::ServiceConfig, dir: &str) {
    let index = std::path::Path::new(dir).join("index.html");
    if !index.is_file() {
        log::warn!("web client not found in {dir}; serving a placeholder page");
        cfg.default_service(web::to(|| async {
            HttpResponse::Ok().content_type("text/html; charset=utf-8").body(
                "<!doctype html><html lang=\"en\"><title>Buurtverbinders</title><main><h1>Buurtverbinders</h1>\
                 <p>The web client has not been built. Run <code>./run.sh</code>, or see the README.</p>\
                 <p>API documentation: <a href=\"/api/v1/docs/\">/api/v1/docs/</a></p></main></html>",
            )
        }));
        return;
    }
    let dir = std::path::PathBuf::from(dir);
    cfg.default_service(web::to(move |req: HttpRequest| {
        let file = built_file(&dir, req.path()).unwrap_or_else(|| index.clone());
        async move {
            // Another API version or an API path outside the versioned scope is not a page.
            if req.path() == "/api" || req.path().starts_with("/api/") {
                return Err(actix_web::Error::from(ApiError::NotFound("No such resource.".into())));
            }
            // The client's files and routes are only read.
            if req.method() != Method::GET && req.method() != Method::HEAD {
                return Err(actix_web::Error::from(ApiError::MethodNotAllowed));
            }
            NamedFile::open_async(file).await.map(|file| file.into_response(&req)).map_err(actix_web::Error::from)
        }
    }));
}

/// The built file a request path names, if there is one. The client's files have plain names, so
/// any path with other characters (a percent-encoded `<` or `/` in a client route, `..`) is a
/// client route, answered with `index.html` rather than an error.
fn built_file(dir: &std::path::Path, path: &str) -> Option<std::path::PathBuf> {
    let relative = path.trim_start_matches('/');
    let plain = relative.split('/').all(|segment| {
        !segment.is_empty()
            && !segment.starts_with('.')
            && segment.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
    });
    let file = dir.join(relative);
    (plain && file.is_file()).then_some(file)
}
