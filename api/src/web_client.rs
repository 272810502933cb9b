//! Serves the built web client at `/`. Unknown non-API paths get its `index.html`, so the
//! client's own routes work on reload and from bookmarks.

use actix_files::{Files, NamedFile};
use actix_web::dev::{fn_service, ServiceRequest, ServiceResponse};
use actix_web::{web, HttpResponse};

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
    cfg.service(Files::new("/", dir).index_file("index.html").default_handler(fn_service(
        move |req: ServiceRequest| {
            let index = index.clone();
            async move {
                let (req, _) = req.into_parts();
                let file = NamedFile::open_async(&index).await?;
                let response = file.into_response(&req);
                Ok(ServiceResponse::new(req, response))
            }
        },
    )));
}
