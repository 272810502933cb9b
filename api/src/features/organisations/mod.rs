//! `organisations`: the local directory of professional organisations ("sociale kaart") that
//! questions are referred to. Everyone logged in reads it; coordinators, admins and professionals
//! keep it up to date.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{NewOrganisation, Organisation, OrganisationKind, OrganisationPatch, Page, Role, Topic};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;

use crate::access::Caller;
use crate::db::schema::{neighbourhoods, organisations};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::web::body::blank_to_none;
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
struct OrganisationRow {
    id: String,
    name: String,
    kind: OrganisationKind,
    topics: String,
    neighbourhood_ids: String,
    contact_person: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

const EDITORS: [Role; 3] = [Role::Admin, Role::Coordinator, Role::Professional];

fn to_organisation(row: OrganisationRow) -> ApiResult<Organisation> {
    Ok(Organisation {
        id: http::uuid(&row.id),
        name: row.name,
        kind: row.kind,
        topics: db::json_column("organisations.topics", &row.topics)?,
        neighbourhood_ids: db::json_column("organisations.neighbourhood_ids", &row.neighbourhood_ids)?,
        contact_person: row.contact_person,
        phone: row.phone,
        email: row.email,
        website: row.website,
        created_at: http::utc(row.created_at),
        updated_at: http::utc(row.updated_at),
    })
}

fn load_organisation(conn: &mut DbConnection, id: &str) -> ApiResult<Organisation> {
    organisations::table
        .find(id)
        .select(OrganisationRow::as_select())
        .first(conn)
        .optional()?
        .map(to_organisation)
        .ok_or_else(|| ApiError::NotFound("No organisation with this id.".into()))?
}

/// The topics and neighbourhoods as stored (JSON arrays), after checking the neighbourhoods exist.
fn lists(conn: &mut DbConnection, topics: &[Topic], neighbourhood_ids: &[uuid::Uuid]) -> ApiResult<(String, String)> {
    let ids: Vec<String> = neighbourhood_ids.iter().map(|n| n.to_string()).collect();
    let known: i64 = neighbourhoods::table.filter(neighbourhoods::id.eq_any(&ids)).count().get_result(conn)?;
    if usize::try_from(known).unwrap_or(0) != ids.len() {
        return Err(ApiError::invalid("/neighbourhoodIds", "not_found", "Every neighbourhood must exist."));
    }
    let topics: Vec<&str> = topics.iter().map(|t| t.as_str()).collect();
    Ok((serde_json::to_string(&topics).unwrap_or_default(), serde_json::to_string(&ids).unwrap_or_default()))
}

/// Filters of `GET /organisations`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct OrganisationFilter {
    /// Only organisations that help with this topic.
    topic: Option<Topic>,
    /// Only organisations of this kind.
    kind: Option<OrganisationKind>,
}

/// The directory, in order of entry; filter by topic or kind.
#[utoipa::path(
    get, path = "/organisations", tag = "organisations",
    params(OrganisationFilter, PageParams),
    responses((status = 200, description = "A page of organisations", body = Page<Organisation>)),
    security(("bearer" = []))
)]
pub async fn list_organisations(
    state: web::Data<AppState>,
    req: HttpRequest,
    _caller: Caller,
) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<OrganisationFilter>(&req)?;
    let items = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            let mut query = organisations::table
                .select(OrganisationRow::as_select())
                .order(organisations::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            if let Some(kind) = filter.kind {
                query = query.filter(organisations::kind.eq(kind));
            }
            if let Some(topic) = filter.topic {
                // Topics are stored as a JSON array of plain values; a quoted value matches one element.
                query = query.filter(organisations::topics.like(format!("%\"{}\"%", topic.as_str())));
            }
            if let Some(after) = &request.after {
                query = query.filter(organisations::id.gt(after.clone()));
            }
            let rows: Vec<OrganisationRow> = query.load(conn)?;
            rows.into_iter().map(to_organisation).collect::<ApiResult<Vec<_>>>()
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |o| o.id.to_string())))
}

/// Add an organisation (coordinators, admins and professionals).
#[utoipa::path(
    post, path = "/organisations", tag = "organisations",
    request_body = NewOrganisation,
    responses((status = 201, description = "The organisation was added", body = Organisation)),
    security(("bearer" = []))
)]
pub async fn create_organisation(
    state: web::Data<AppState>,
    caller: Caller,
    body: ValidJson<NewOrganisation>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&EDITORS)?;
    let new = body.0;
    let organisation = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let (topics, neighbourhood_ids) = lists(conn, &new.topics, &new.neighbourhood_ids)?;
            let id = http::new_id();
            let now = db::now();
            diesel::insert_into(organisations::table)
                .values((
                    organisations::id.eq(&id),
                    organisations::name.eq(new.name.trim()),
                    organisations::kind.eq(new.kind),
                    organisations::topics.eq(topics),
                    organisations::neighbourhood_ids.eq(neighbourhood_ids),
                    organisations::contact_person.eq(blank_to_none(new.contact_person.as_deref())),
                    organisations::phone.eq(blank_to_none(new.phone.as_deref())),
                    organisations::email.eq(blank_to_none(new.email.as_deref()).map(|e| e.to_lowercase())),
                    organisations::website.eq(blank_to_none(new.website.as_deref())),
                    organisations::created_at.eq(now),
                    organisations::updated_at.eq(now),
                ))
                .execute(conn)?;
            load_organisation(conn, &id)
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/organisations/{}", organisation.id), &organisation))
}

/// Read an organisation.
#[utoipa::path(
    get, path = "/organisations/{id}", tag = "organisations",
    params(("id" = uuid::Uuid, Path, description = "Organisation id")),
    responses((status = 200, description = "The organisation", body = Organisation)),
    security(("bearer" = []))
)]
pub async fn get_organisation(
    state: web::Data<AppState>,
    _caller: Caller,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "organisation")?;
    let organisation = db::run(&state.pool, move |conn| load_organisation(conn, &id)).await?;
    Ok(http::ok_with_etag(&organisation))
}

/// Change an organisation (coordinators, admins and professionals; JSON merge patch with
/// `If-Match`).
#[utoipa::path(
    patch, path = "/organisations/{id}", tag = "organisations",
    params(("id" = uuid::Uuid, Path, description = "Organisation id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = OrganisationPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed organisation", body = Organisation)),
    security(("bearer" = []))
)]
pub async fn patch_organisation(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    id: web::Path<String>,
    body: ValidJson<OrganisationPatch>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&EDITORS)?;
    let id = http::path_id(&id, "organisation")?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let organisation = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let current = load_organisation(conn, &id)?;
            if_match.check(&current)?;
            let (topics, neighbourhood_ids) = lists(
                conn,
                patch.topics.as_deref().unwrap_or(&current.topics),
                patch.neighbourhood_ids.as_deref().unwrap_or(&current.neighbourhood_ids),
            )?;
            diesel::update(organisations::table.find(&id))
                .set((
                    patch.name.as_deref().map(|n| organisations::name.eq(n.trim().to_string())),
                    patch.kind.map(|k| organisations::kind.eq(k)),
                    organisations::topics.eq(topics),
                    organisations::neighbourhood_ids.eq(neighbourhood_ids),
                    patch.contact_person.clone().map(|c| organisations::contact_person.eq(blank_to_none(c.as_deref()))),
                    patch.phone.clone().map(|p| organisations::phone.eq(blank_to_none(p.as_deref()))),
                    patch
                        .email
                        .clone()
                        .map(|e| organisations::email.eq(blank_to_none(e.as_deref()).map(|e| e.to_lowercase()))),
                    patch.website.clone().map(|w| organisations::website.eq(blank_to_none(w.as_deref()))),
                    organisations::updated_at.eq(db::now()),
                ))
                .execute(conn)?;
            load_organisation(conn, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&organisation))
}

/// Registers this module's handlers; one resource per path, so a wrong method gets 405.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/organisations").get(list_organisations).post(create_organisation))
        .service(web::resource("/organisations/{id}").get(get_organisation).patch(patch_organisation));
}
