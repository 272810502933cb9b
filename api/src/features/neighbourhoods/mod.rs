//! `neighbourhoods`: the buurten groups work in, with optional CBS codes.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::ProblemCode;
use api_types::{Neighbourhood, NeighbourhoodPatch, NewNeighbourhood, Page, Role};
use diesel::prelude::*;

use crate::access::Caller;
use crate::db::schema::neighbourhoods;
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = neighbourhoods)]
struct NeighbourhoodRow {
    id: String,
    name: String,
    municipality: String,
    buurt_code: Option<String>,
    wijk_code: Option<String>,
    gemeente_code: Option<String>,
    created_at: chrono::NaiveDateTime,
    updated_at: chrono::NaiveDateTime,
}

impl From<NeighbourhoodRow> for Neighbourhood {
    fn from(row: NeighbourhoodRow) -> Self {
        Neighbourhood {
            id: http::uuid(&row.id),
            name: row.name,
            municipality: row.municipality,
            buurt_code: row.buurt_code,
            wijk_code: row.wijk_code,
            gemeente_code: row.gemeente_code,
            created_at: http::utc(row.created_at),
            updated_at: http::utc(row.updated_at),
        }
    }
}

fn load(conn: &mut DbConnection, id: &str) -> ApiResult<Neighbourhood> {
    neighbourhoods::table
        .find(id)
        .select(NeighbourhoodRow::as_select())
        .first(conn)
        .optional()?
        .map(Neighbourhood::from)
        .ok_or_else(|| ApiError::NotFound("No neighbourhood with this id.".into()))
}

/// List neighbourhoods in creation order.
#[utoipa::path(
    get,
    path = "/neighbourhoods", tag = "neighbourhoods",
    params(PageParams),
    responses((status = 200, description = "A page of neighbourhoods", body = Page<Neighbourhood>)),
    security(("bearer" = []))
)]
pub async fn list_neighbourhoods(
    state: web::Data<AppState>,
    req: HttpRequest,
    _caller: Caller,
) -> ApiResult<HttpResponse> {
    let (http::NoFilter {}, request) = http::list_query(&req)?;
    let rows = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            let mut query = neighbourhoods::table
                .select(NeighbourhoodRow::as_select())
                .order(neighbourhoods::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            if let Some(after) = &request.after {
                query = query.filter(neighbourhoods::id.gt(after.clone()));
            }
            Ok(query.load::<NeighbourhoodRow>(conn)?.into_iter().map(Neighbourhood::from).collect::<Vec<_>>())
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, rows, |n| n.id.to_string())))
}

/// Create a neighbourhood (coordinators and admins).
#[utoipa::path(
    post,
    path = "/neighbourhoods", tag = "neighbourhoods",
    request_body = NewNeighbourhood,
    responses((status = 201, description = "The neighbourhood was created", body = Neighbourhood)),
    security(("bearer" = []))
)]
pub async fn create_neighbourhood(
    state: web::Data<AppState>,
    caller: Caller,
    body: ValidJson<NewNeighbourhood>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin, Role::Coordinator])?;
    let new = body.0;
    let neighbourhood = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            if let Some(code) = &new.buurt_code {
                let taken: i64 =
                    neighbourhoods::table.filter(neighbourhoods::buurt_code.eq(code)).count().get_result(conn)?;
                if taken > 0 {
                    return Err(ApiError::conflict(
                        ProblemCode::DuplicateBuurtCode,
                        format!("A neighbourhood with buurt code {code} exists already."),
                    ));
                }
            }
            let id = http::new_id();
            let now = db::now();
            diesel::insert_into(neighbourhoods::table)
                .values((
                    neighbourhoods::id.eq(&id),
                    neighbourhoods::name.eq(new.name.trim()),
                    neighbourhoods::municipality.eq(new.municipality.trim()),
                    neighbourhoods::buurt_code.eq(&new.buurt_code),
                    neighbourhoods::wijk_code.eq(&new.wijk_code),
                    neighbourhoods::gemeente_code.eq(&new.gemeente_code),
                    neighbourhoods::created_at.eq(now),
                    neighbourhoods::updated_at.eq(now),
                ))
                .execute(conn)?;
            load(conn, &id)
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/neighbourhoods/{}", neighbourhood.id), &neighbourhood))
}

/// Read a neighbourhood.
#[utoipa::path(
    get,
    path = "/neighbourhoods/{id}", tag = "neighbourhoods",
    params(("id" = uuid::Uuid, Path, description = "Neighbourhood id")),
    responses((status = 200, description = "The neighbourhood", body = Neighbourhood)),
    security(("bearer" = []))
)]
pub async fn get_neighbourhood(
    state: web::Data<AppState>,
    _caller: Caller,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "neighbourhood")?;
    let neighbourhood = db::run(&state.pool, move |conn| load(conn, &id)).await?;
    Ok(http::ok_with_etag(&neighbourhood))
}

/// Change a neighbourhood (coordinators and admins; JSON merge patch).
#[utoipa::path(
    patch,
    path = "/neighbourhoods/{id}", tag = "neighbourhoods",
    params(("id" = uuid::Uuid, Path, description = "Neighbourhood id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = NeighbourhoodPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed neighbourhood", body = Neighbourhood)),
    security(("bearer" = []))
)]
pub async fn patch_neighbourhood(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    id: web::Path<String>,
    body: ValidJson<NeighbourhoodPatch>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin, Role::Coordinator])?;
    let id = http::path_id(&id, "neighbourhood")?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let neighbourhood = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let current = load(conn, &id)?;
            if_match.check(&current)?;
            diesel::update(neighbourhoods::table.find(&id))
                .set((
                    patch.name.as_deref().map(|n| neighbourhoods::name.eq(n.trim().to_string())),
                    patch.municipality.as_deref().map(|m| neighbourhoods::municipality.eq(m.trim().to_string())),
                    patch.buurt_code.clone().map(|c| neighbourhoods::buurt_code.eq(c)),
                    patch.wijk_code.clone().map(|c| neighbourhoods::wijk_code.eq(c)),
                    patch.gemeente_code.clone().map(|c| neighbourhoods::gemeente_code.eq(c)),
                    neighbourhoods::updated_at.eq(db::now()),
                ))
                .execute(conn)?;
            load(conn, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&neighbourhood))
}

/// Registers this module's handlers; one resource per path, so a wrong method gets 405.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/neighbourhoods").get(list_neighbourhoods).post(create_neighbourhood))
        .service(web::resource("/neighbourhoods/{id}").get(get_neighbourhood).patch(patch_neighbourhood));
}
