//! Handlers of `reports`, with their OpenAPI annotations.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{EventId, Page, ResidentsEveningReport};

use super::rules;
use crate::access::{policy, Caller};
use crate::db;
use crate::error::ApiResult;
use crate::features::{candidates, events};
use crate::web::http::{self, PageParams};
use crate::web::state::AppState;

/// Per residents' evening, oldest first: people signed up, people who came (checked in at the
/// door, or the residents reached as recorded when nobody was checked in), candidates, and how many
/// of those are in a training or joined a group (coordinators and admins).
#[utoipa::path(
    get, path = "/reports/residents-evenings", tag = "candidates",
    params(PageParams),
    responses((status = 200, description = "A page of residents' evenings", body = Page<ResidentsEveningReport>)),
    security(("bearer" = []), ("oauth2" = ["reports"]))
)]
pub async fn residents_evenings(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let (http::NoFilter {}, request) = http::list_query(&req)?;
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let evenings = events::residents_evenings(conn, &request)?;
            let ids: Vec<EventId> = evenings.iter().map(|e| e.id).collect();
            let mut statuses = candidates::statuses_by_event(conn, &ids)?;
            Ok(evenings
                .into_iter()
                .map(|evening| {
                    let theirs = statuses.remove(&evening.id).unwrap_or_default();
                    rules::residents_evening(evening, &theirs)
                })
                .collect::<Vec<ResidentsEveningReport>>())
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |r| r.event_id.to_string())))
}

crate::operations! {
    /// The operations of reports: one list for their routes and their part of the OpenAPI document.
    pub struct ReportsApi;
    residents_evenings,
}
