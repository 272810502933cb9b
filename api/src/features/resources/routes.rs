//! Handlers of `resources` and `public/resources`, with their OpenAPI annotations.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    Collection, CrsList, FeatureCollectionType, FeatureType, GeoLink, GroupId, InvalidParam, NeighbourhoodId,
    NewResource, OpeningHoursFormat, Page, PersonId, Point, PublicResource, Resource, ResourceFeature,
    ResourceFeatureCollection, ResourceId, ResourceKind, ResourcePatch, ResourceStatus,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use super::represent::{self, View};
use super::rules;
use super::store::{self, Filter, ResourceRow, ResourceValues, Sight};
use crate::access::audit::{self, Action};
use crate::access::policy::{self, ResourceRelation};
use crate::access::{Caller, Principal};
use crate::db::{self, DbConnection};
use crate::error::{invalid, ApiError, ApiResult};
use crate::features::{groups, neighbourhoods, people, sync};
use crate::local_time;
use crate::web::body;
use crate::web::geo::{self, Crs};
use crate::web::http::{self, ChangesParams, IfMatch, PageParams};
use crate::web::state::AppState;

/// Filters of `GET /resources`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct ResourceFilter {
    /// Only resources of this neighbourhood.
    neighbourhood_id: Option<Uuid>,
    /// Only resources kept by this group.
    group_id: Option<Uuid>,
    /// Only resources of this kind.
    kind: Option<ResourceKind>,
    /// Only resources with this tag (any case).
    #[param(max_length = 50)]
    tag: Option<String>,
    /// Only resources with this status.
    status: Option<ResourceStatus>,
    /// Only located resources inside this box: `minX,minY,maxX,maxY`, in `bbox-crs` (default
    /// CRS84: `minLongitude,minLatitude,maxLongitude,maxLatitude`).
    #[param(example = "5.10,52.08,5.13,52.10")]
    bbox: Option<String>,
    /// The CRS of `bbox`: `http://www.opengis.net/def/crs/OGC/1.3/CRS84` (default) or
    /// `http://www.opengis.net/def/crs/EPSG/0/28992` (also written `EPSG:28992`). OGC API
    /// Features' spelling `bbox-crs` is read as well.
    #[serde(alias = "bbox-crs")]
    bbox_crs: Option<String>,
    /// The CRS of the locations in the answer (as `Accept-Crs`; this wins when both are given).
    crs: Option<String>,
    /// Only resources not checked on or after this day (never checked counts): the list to
    /// check. A resource counts as due six months after its last check.
    not_verified_since: Option<NaiveDate>,
}

/// Filters of `GET /public/resources`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct PublicResourceFilter {
    /// Only resources of this neighbourhood.
    neighbourhood_id: Option<Uuid>,
    /// Only resources kept by this group.
    group_id: Option<Uuid>,
    /// Only resources of this kind.
    kind: Option<ResourceKind>,
    /// Only resources with this tag (any case).
    #[param(max_length = 50)]
    tag: Option<String>,
    /// Only resources with this status.
    status: Option<ResourceStatus>,
    /// Only located resources inside this box: `minX,minY,maxX,maxY` in `bbox-crs` (default CRS84).
    #[param(example = "5.10,52.08,5.13,52.10")]
    bbox: Option<String>,
    /// The CRS of `bbox` (default CRS84; OGC's spelling `bbox-crs` is read as well).
    #[serde(alias = "bbox-crs")]
    bbox_crs: Option<String>,
    /// The CRS of the locations in the answer (as `Accept-Crs`).
    crs: Option<String>,
}

/// The `crs` query parameter of a single resource.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CrsParam {
    /// The CRS of the location in the answer (as `Accept-Crs`; this wins when both are given).
    crs: Option<String>,
}

/// What the caller is to resources: their groups and those groups' neighbourhoods.
struct Standing {
    groups: Vec<GroupId>,
    neighbourhoods: Vec<NeighbourhoodId>,
}

fn standing(conn: &mut DbConnection, caller: &Principal) -> ApiResult<Standing> {
    let groups = groups::caller_group_ids(conn, caller)?;
    let neighbourhoods = groups::neighbourhoods_of(conn, &groups)?;
    Ok(Standing { groups, neighbourhoods })
}

fn relation(caller: &Principal, standing: &Standing, row: &ResourceRow) -> ResourceRelation {
    relation_to(
        caller,
        standing,
        row.added_by.as_ref(),
        row.owner_person_id.as_ref(),
        row.group_id,
        row.neighbourhood_id,
    )
}

fn relation_to(
    caller: &Principal,
    standing: &Standing,
    added_by: Option<&api_types::AccountId>,
    owner: Option<&PersonId>,
    group: Option<GroupId>,
    neighbourhood: NeighbourhoodId,
) -> ResourceRelation {
    ResourceRelation {
        added_it: added_by == Some(&caller.account_id),
        owns_it: owner.is_some_and(|o| caller.is(o)),
        member_of_its_group: group.is_some_and(|g| standing.groups.contains(&g)),
        works_in_its_neighbourhood: standing.neighbourhoods.contains(&neighbourhood),
        has_group: group.is_some(),
    }
}

/// Whether the caller may change this row. A skill is its owner's personal data: only who sees
/// its private side changes it (a form filled from what the public sees would erase the rest).
fn may_change(caller: &Principal, standing: &Standing, row: &ResourceRow) -> bool {
    let relation = relation(caller, standing, row);
    policy::changes_resource(caller, row.audience, relation)
        && (row.kind != ResourceKind::Skill || policy::sees_skill_details(caller, relation))
}

/// What the caller is to this row: whether they change it, whether they see a skill's private side.
fn view(caller: &Principal, standing: &Standing, row: &ResourceRow) -> View {
    View {
        may_change: may_change(caller, standing, row),
        private: policy::sees_skill_details(caller, relation(caller, standing, row)),
    }
}

/// The row the caller may read; 404 when there is none or they may not see it (a resource one
/// may not see is not shown to exist).
fn readable(conn: &mut DbConnection, caller: &Principal, id: &ResourceId) -> ApiResult<(ResourceRow, Standing)> {
    let not_found = || ApiError::NotFound("No resource with this id.".into());
    let row = store::find(conn, id)?.ok_or_else(not_found)?;
    let standing = standing(conn, caller)?;
    if !policy::reads_resource(caller, row.audience, relation(caller, &standing, &row)) {
        return Err(not_found());
    }
    Ok((row, standing))
}

/// The row the caller may change, locked; 404 as `readable`, 403 when they may read it only.
fn changeable(conn: &mut DbConnection, caller: &Principal, id: &ResourceId) -> ApiResult<(ResourceRow, Standing)> {
    if !store::lock(conn, id)? {
        return Err(ApiError::NotFound("No resource with this id.".into()));
    }
    let (row, standing) = readable(conn, caller, id)?;
    if !may_change(caller, &standing, &row) {
        return Err(ApiError::Forbidden(
            "Only members of a group of this resource's neighbourhood (or of the group that keeps it) and coordinators change it."
                .into(),
        ));
    }
    Ok((row, standing))
}

/// Audits who read skills (personal data) other than their own.
fn audit_skills(conn: &mut DbConnection, caller: &Principal, rows: &[ResourceRow]) -> ApiResult<()> {
    let shown: Vec<String> = rows
        .iter()
        .filter(|r| r.kind == ResourceKind::Skill && !r.owner_person_id.is_some_and(|o| caller.is(&o)))
        .map(|r| r.id.to_string())
        .collect();
    audit::record(conn, Some(caller.account_id.to_string().as_str()), Action::Read, "resource", &shown)
}

fn filter_of(
    neighbourhood_id: Option<Uuid>,
    group_id: Option<Uuid>,
    kind: Option<ResourceKind>,
    tag: Option<String>,
    status: Option<ResourceStatus>,
    bbox: Option<geo::Bbox>,
) -> Filter {
    Filter {
        neighbourhood_id: neighbourhood_id.map(Into::into),
        group_id: group_id.map(Into::into),
        kind,
        tag,
        status,
        bbox,
        not_verified_since: None,
    }
}

/// Something with an id and maybe a location: both representations.
trait Located: Serialize {
    fn id(&self) -> Uuid;
    fn location(&self) -> Option<Point>;
    /// When it last changed, where the representation says.
    fn updated_at(&self) -> Option<chrono::DateTime<chrono::Utc>>;
}

impl Located for Resource {
    fn id(&self) -> Uuid {
        self.id
    }
    fn location(&self) -> Option<Point> {
        self.location
    }
    fn updated_at(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        Some(self.updated_at)
    }
}

impl Located for PublicResource {
    fn id(&self) -> Uuid {
        self.id
    }
    fn location(&self) -> Option<Point> {
        self.location
    }
    fn updated_at(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        None
    }
}

/// A page of resources as JSON, or as a GeoJSON `FeatureCollection` when `Accept` asks for it;
/// with `Content-Crs` either way.
fn list_response<T: Located>(req: &HttpRequest, request: &http::PageRequest, items: Vec<T>, crs: Crs) -> HttpResponse {
    // A public list never takes `updatedSince`, so its items need no `updatedAt` for the cursor.
    let page: Page<T> =
        http::changes_page(req, request, items, |r| (r.id().to_string(), r.updated_at().unwrap_or_default()));
    if !geo::wants_geo_json(req) {
        return HttpResponse::Ok().insert_header(crs.header()).insert_header((header::VARY, geo::VARY)).json(page);
    }
    let total = page.items.len();
    let features: Vec<ResourceFeature<T>> = page
        .items
        .into_iter()
        .filter_map(|item| {
            let geometry = item.location()?;
            Some(ResourceFeature { type_: FeatureType::Feature, id: item.id(), geometry, properties: item })
        })
        .collect();
    let link = |rel: &str, href: String| GeoLink { rel: rel.into(), type_: geo::GEO_JSON.into(), href };
    let mut links = vec![link("self", page.links.self_.href)];
    if let Some(next) = page.links.next {
        links.push(link("next", next.href));
    }
    let collection = ResourceFeatureCollection {
        type_: FeatureCollectionType::FeatureCollection,
        number_without_location: total - features.len(),
        features,
        links,
    };
    HttpResponse::Ok()
        .insert_header(crs.header())
        .insert_header((header::VARY, geo::VARY))
        .content_type(geo::GEO_JSON)
        .body(serde_json::to_string(&collection).unwrap_or_default())
}

/// A public resource as an API client sees it: a skill never with its address or location (a
/// resident's home is not published); without `personal_data` only the contact details marked
/// public, and neither the skill's owner nor who added or checked it.
fn for_client(mut resource: Resource, caller: &Caller) -> Resource {
    resource.may_change = false;
    if resource.kind == ResourceKind::Skill {
        resource.address = None;
        resource.location = None;
    }
    if !caller.may_see_personal_data() {
        if !resource.contact_name_public {
            resource.contact_name = None;
        }
        if !resource.email_public {
            resource.email = None;
        }
        if !resource.phone_public {
            resource.phone = None;
        }
        resource.owner = None;
        resource.added_by = None;
        resource.verified_by = None;
    }
    resource
}

/// An API client's view of a row: it changes nothing and sees no skill's private side.
const CLIENT_VIEW: View = View { may_change: false, private: false };

/// List resources
///
/// What the neighbourhood has, as far as the caller may see it: `public` resources, the `group`
/// ones of the caller's groups, what they added, their own skills (coordinators: everything; an
/// API client the public ones, see `for_client`).
/// Send `Accept: application/geo+json` for a GeoJSON `FeatureCollection` of the located ones.
#[utoipa::path(
    get, path = "/resources", tag = "resources",
    params(ResourceFilter, PageParams, ChangesParams,
           ("Accept-Crs" = Option<String>, Header, description = "The CRS of the locations: `EPSG:28992` (RD New) or CRS84 (default); see `GET /crss`")),
    responses(
        (status = 200, description = "A page of resources, with `Content-Crs`",
         headers(("Content-Crs" = String, description = "The URI of the CRS of the locations"), ("Vary" = String, description = "The request headers the answer depends on: `Accept, Accept-Crs`")),
         content(
            (Page<Resource> = "application/json"),
            (ResourceFeatureCollection<Resource> = "application/geo+json"),
         )),
        (status = 406, description = "`Accept-Crs` names a CRS this API does not answer in", body = api_types::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn list_resources(state: web::Data<AppState>, req: HttpRequest, caller: Caller) -> ApiResult<HttpResponse> {
    let (params, request) = http::list_query::<ResourceFilter>(&req)?;
    let geo = geo::geo_query(&req, params.crs.as_deref(), params.bbox.as_deref(), params.bbox_crs.as_deref())?;
    let crs = geo.crs;
    let mut filter =
        filter_of(params.neighbourhood_id, params.group_id, params.kind, params.tag, params.status, geo.bbox);
    filter.not_verified_since = params.not_verified_since;
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            // From here on the caller is a person.
            let caller = match caller.person() {
                Some(person) => person,
                None => {
                    let rows = store::page(conn, &Sight::Public, &filter, &request)?;
                    let shown = represent::resources(conn, rows, crs, |_| CLIENT_VIEW)?;
                    return Ok(shown.into_iter().map(|r| for_client(r, &caller)).collect());
                }
            };
            let standing = standing(conn, caller)?;
            let sight = if caller.sees_everything() {
                Sight::Everything
            } else {
                Sight::Member {
                    account: caller.account_id,
                    person: caller.person_id,
                    groups: standing.groups.clone(),
                    neighbourhoods: standing.neighbourhoods.clone(),
                }
            };
            let rows = store::page(conn, &sight, &filter, &request)?;
            audit_skills(conn, caller, &rows[..rows.len().min(request.size as usize)])?;
            represent::resources(conn, rows, crs, |row| view(caller, &standing, row))
        }
    })
    .await?;
    Ok(list_response(&req, &request, items, crs))
}

/// A member of the raw body read as `T`; `None` when absent or of another shape (the body's own
/// parse reports that).
fn member<T: serde::de::DeserializeOwned>(body: &Value, pointer: &str) -> Option<T> {
    serde_json::from_value(body.pointer(pointer)?.clone()).ok()
}

/// Whether the raw body gives `name` a value other than `null`.
fn given(body: &Value, name: &str) -> bool {
    body.get(name).is_some_and(|v| !v.is_null())
}

/// The problem of a location not in the range of its CRS (`crs` is `Content-Crs`, or its problem).
fn location_problem(crs: &Result<Crs, InvalidParam>, body: &Value) -> Option<InvalidParam> {
    if !given(body, "location") {
        return None;
    }
    let crs = match crs {
        Ok(crs) => *crs,
        Err(problem) => return Some(problem.clone()),
    };
    let coordinates: [f64; 2] = member(body, "/location/coordinates")?;
    // The neighbourhoods are in the Netherlands: a point elsewhere is a mistake (swapped
    // coordinates, a missing digit), and in RD New it would mean nothing.
    geo::to_crs84(crs, coordinates).filter(|p| geo::in_rd_grid(*p)).is_none().then(|| {
        invalid(
            "/location/coordinates",
            "range",
            match crs {
                Crs::Crs84 => "Must be [longitude, latitude] of a place in the Netherlands, such as [5.1450, 52.0930].",
                Crs::RdNew => "Must be RD New [x, y] in metres, inside the Netherlands' grid.",
            },
        )
    })
}

/// The problem of opening hours not in the syntax their format names.
fn hours_problem(hours: Option<&str>, format: OpeningHoursFormat) -> Option<InvalidParam> {
    let text = hours?;
    (format == OpeningHoursFormat::Osm && !text.trim().is_empty() && !rules::osm_opening_hours(text)).then(|| {
        invalid(
            "/openingHours",
            "pattern",
            "Is not OpenStreetMap opening_hours syntax (such as `Mo-Fr 09:00-17:00; Sa 10:00-12:00`); choose the format `text` to write it freely.",
        )
    })
}

/// What is wrong with a new resource beyond its schema, read from the raw body so that it is
/// listed with the schema's problems: the location's range, the opening hours' syntax, a skill's
/// owner and group, and where it is.
fn new_resource_problems(crs: &Result<Crs, InvalidParam>, body: &Value) -> Vec<InvalidParam> {
    let mut problems: Vec<InvalidParam> = location_problem(crs, body).into_iter().collect();
    let format = member(body, "/openingHoursFormat").unwrap_or_default();
    problems.extend(hours_problem(body.get("openingHours").and_then(Value::as_str), format));
    if let Some(kind) = member::<ResourceKind>(body, "/kind") {
        problems.extend(
            rules::owner_problems(kind, given(body, "ownerPersonId"), given(body, "groupId"))
                .into_iter()
                .map(|(pointer, code, detail)| invalid(pointer, code, detail)),
        );
    }
    if !given(body, "neighbourhoodId") && !given(body, "groupId") {
        problems.push(invalid("/neighbourhoodId", "required", "Name the neighbourhood, or the group that keeps it."));
    }
    problems
}

/// The checked location in CRS84; call after `location_problem` found none.
fn crs84_location(crs: &Result<Crs, InvalidParam>, location: Option<Point>) -> Option<[f64; 2]> {
    let crs = crs.as_ref().ok()?;
    geo::to_crs84(*crs, location?.coordinates)
}

/// Add a resource
///
/// Add a resource. Members of a group add them for their group (or a neighbourhood their
/// groups work in), coordinators anywhere. A `skill` needs its owner and a group; its
/// `audience` is the owner's consent, recorded with this moment. The location is read in the
/// CRS of `Content-Crs` (default CRS84).
#[utoipa::path(
    post, path = "/resources", tag = "resources",
    params(CrsParam,
           ("Content-Crs" = Option<String>, Header, description = "The CRS of `location` in the body (default CRS84)"),
           ("Accept-Crs" = Option<String>, Header, description = "The CRS of the location in the answer (default CRS84)")),
    request_body = NewResource,
    responses(
        (status = 201, description = "The resource was added", body = Resource,
         headers(("Location" = String, description = "The new resource"), ("ETag" = String, description = "Its ETag"),
                 ("Content-Crs" = String, description = "The URI of the CRS of the location"), ("Vary" = String, description = "The request headers the answer depends on: `Accept, Accept-Crs`"))),
        (status = 406, description = "`Accept-Crs` names a CRS this API does not answer in", body = api_types::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn create_resource(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    query: web::Query<CrsParam>,
    body: web::Json<Value>,
) -> ApiResult<HttpResponse> {
    let out_crs = geo::response_crs(&req, query.crs.as_deref())?;
    let in_crs = geo::request_crs(&req);
    let new: NewResource = body::parse_with(body.into_inner(), |raw| new_resource_problems(&in_crs, raw))?;
    let location = crs84_location(&in_crs, new.location);
    let resource = db::run_write(&state.pool, move |conn| {
        let mut problems = Vec::new();
        let group = match new.group_id {
            Some(id) => {
                let group = groups::summary(conn, &id.into())?;
                if group.is_none() {
                    problems.push(invalid("/groupId", "not_found", "No group with this id."));
                }
                group
            }
            None => None,
        };
        let neighbourhood = new.neighbourhood_id.map(NeighbourhoodId::from).or(group.as_ref().map(|g| g.neighbourhood_id));
        if let Some(neighbourhood) = &neighbourhood {
            if !neighbourhoods::exists(conn, neighbourhood)? {
                problems.push(invalid("/neighbourhoodId", "not_found", "No neighbourhood with this id."));
            }
        }
        let owner: Option<PersonId> = new.owner_person_id.map(Into::into);
        if let Some(owner) = &owner {
            if !people::exists(conn, owner)? {
                problems.push(invalid("/ownerPersonId", "not_found", "No person with this id."));
            }
        }
        let Some(neighbourhood) = neighbourhood.filter(|_| problems.is_empty()) else {
            return Err(ApiError::InvalidInput(problems));
        };
        let standing = standing(conn, &caller)?;
        let relation = relation_to(&caller, &standing, None, None, group.as_ref().map(|g| g.id), neighbourhood);
        if !policy::adds_resource(&caller, relation) {
            return Err(ApiError::Forbidden(
                "You add resources for a group you are a member of, in its neighbourhood; coordinators add them anywhere."
                    .into(),
            ));
        }
        if let (Some(owner), Some(group)) = (&owner, &group) {
            let entered = people::entered_by(conn, owner)?.flatten() == Some(caller.account_id);
            let member = groups::is_current_member(conn, &group.id, owner)?;
            if !policy::records_skill_of(&caller, owner, entered, member) {
                return Err(ApiError::Forbidden(
                    "You record the skill of someone you entered or of a member of the group; a coordinator records others'."
                        .into(),
                ));
            }
        }
        let values = ResourceValues {
            name: new.name,
            description: new.description,
            kind: new.kind,
            tags: rules::tags(&new.tags),
            status: new.status,
            audience: new.audience,
            contact_name: new.contact_name,
            contact_name_public: new.contact_name_public,
            email: new.email,
            email_public: new.email_public,
            phone: new.phone,
            phone_public: new.phone_public,
            website: new.website,
            website_public: new.website_public,
            address: new.address,
            location,
            neighbourhood_id: neighbourhood,
            group_id: group.map(|g| g.id),
            opening_hours: new.opening_hours,
            opening_hours_format: new.opening_hours_format,
            accessibility: new.accessibility,
            languages: rules::languages(&new.languages),
        };
        let consent_at = rules::records_consent(values.kind, None, values.audience).then(db::now);
        let id = store::insert(conn, &values, owner.as_ref(), consent_at, Some(&caller.account_id))?;
        let row = store::find(conn, &id)?.ok_or_else(|| ApiError::Internal("an added resource is gone".into()))?;
        let view = view(&caller, &standing, &row);
        represent::resource(conn, row, out_crs, view)
    })
    .await?;
    Ok(with_crs(http::created(format!("/api/v1/resources/{}", resource.id), &resource), out_crs))
}

/// The response with `Content-Crs` for a body whose geometry is in `crs`, and `Vary` (the CRS
/// was negotiated on `Accept-Crs`).
fn with_crs(mut response: HttpResponse, crs: Crs) -> HttpResponse {
    let (name, value) = crs.header();
    response.headers_mut().insert(name, value);
    response.headers_mut().insert(header::VARY, header::HeaderValue::from_static(geo::VARY));
    response
}

/// 200 with the resource, its ETag and `Content-Crs`.
fn resource_response(resource: &Resource, crs: Crs) -> HttpResponse {
    with_crs(http::ok_with_etag(resource), crs)
}

/// Read a resource
///
/// Read a resource (404 also when the caller may not see it).
#[utoipa::path(
    get, path = "/resources/{id}", tag = "resources",
    params(("id" = uuid::Uuid, Path, description = "Resource id"), CrsParam,
           ("Accept-Crs" = Option<String>, Header, description = "The CRS of the location (default CRS84)")),
    responses(
        (status = 200, description = "The resource", body = Resource,
         headers(("ETag" = String, description = "Its ETag"), ("Content-Crs" = String, description = "The URI of the CRS of the location"), ("Vary" = String, description = "The request headers the answer depends on: `Accept, Accept-Crs`"))),
        (status = 406, description = "`Accept-Crs` names a CRS this API does not answer in", body = api_types::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn get_resource(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    id: web::Path<String>,
    query: web::Query<CrsParam>,
) -> ApiResult<HttpResponse> {
    let id: ResourceId = http::id(&id)?;
    let crs = geo::response_crs(&req, query.crs.as_deref())?;
    let resource = db::run(&state.pool, move |conn| {
        let caller = match caller.person() {
            Some(person) => person,
            None => {
                let row = store::find(conn, &id)?
                    .filter(|row| row.audience == api_types::Audience::Public)
                    .ok_or_else(|| ApiError::NotFound("No resource with this id.".into()))?;
                return Ok(for_client(represent::resource(conn, row, crs, CLIENT_VIEW)?, &caller));
            }
        };
        let (row, standing) = readable(conn, caller, &id)?;
        audit_skills(conn, caller, std::slice::from_ref(&row))?;
        let view = view(caller, &standing, &row);
        represent::resource(conn, row, crs, view)
    })
    .await?;
    Ok(resource_response(&resource, crs))
}

/// Change a resource
///
/// Change a resource (JSON merge patch with `If-Match`): members of a group of its
/// neighbourhood or of the group that keeps it, whoever added it, its owner, coordinators. A
/// skill stays a skill with its owner and a group; a new `audience` of a skill records the
/// owner's consent anew.
#[utoipa::path(
    patch, path = "/resources/{id}", tag = "resources",
    params(("id" = uuid::Uuid, Path, description = "Resource id"), CrsParam,
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on"),
           ("Content-Crs" = Option<String>, Header, description = "The CRS of `location` in the body (default CRS84)"),
           ("Accept-Crs" = Option<String>, Header, description = "The CRS of the location in the answer (default CRS84)")),
    request_body(content = ResourcePatch, content_type = "application/merge-patch+json"),
    responses(
        (status = 200, description = "The changed resource", body = Resource,
         headers(("ETag" = String, description = "Its ETag"), ("Content-Crs" = String, description = "The URI of the CRS of the location"), ("Vary" = String, description = "The request headers the answer depends on: `Accept, Accept-Crs`"))),
        (status = 406, description = "`Accept-Crs` names a CRS this API does not answer in", body = api_types::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn patch_resource(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    query: web::Query<CrsParam>,
    body: web::Json<Value>,
) -> ApiResult<HttpResponse> {
    let id: ResourceId = http::id(&id)?;
    let out_crs = geo::response_crs(&req, query.crs.as_deref())?;
    let in_crs = geo::request_crs(&req);
    let if_match = IfMatch::from_request(&req);
    let patch: ResourcePatch =
        body::parse_with(body.into_inner(), |raw| location_problem(&in_crs, raw).into_iter().collect())?;
    let new_location = crs84_location(&in_crs, patch.location.flatten());
    let resource = db::run_write(&state.pool, move |conn| {
        let (row, standing) = changeable(conn, &caller, &id)?;
        let before = represent::resource(conn, row.clone(), out_crs, view(&caller, &standing, &row))?;
        if_match.check(&before)?;
        let current = represent::values(&row)?;
        let format = patch.opening_hours_format.unwrap_or(current.opening_hours_format);
        let hours = match &patch.opening_hours {
            Some(hours) => hours.clone(),
            None => current.opening_hours.clone(),
        };
        let location = if patch.location.is_some() { new_location } else { current.location };
        let kind = patch.kind.unwrap_or(current.kind);
        let group_id = match patch.group_id {
            Some(group) => group.map(GroupId::from),
            None => current.group_id,
        };
        // The hours' format may come from the stored resource: checked here, with the other rules.
        let mut problems: Vec<InvalidParam> = hours_problem(hours.as_deref(), format).into_iter().collect();
        if (kind == ResourceKind::Skill) != (current.kind == ResourceKind::Skill) {
            problems.push(invalid(
                "/kind",
                "invalid_value",
                "A skill stays a skill, and nothing else becomes one: add it anew.",
            ));
        }
        if current.kind == ResourceKind::Skill && group_id.is_none() {
            problems.push(invalid("/groupId", "required", "A skill is kept by a group: name the group."));
        }
        let neighbourhood = patch.neighbourhood_id.map(NeighbourhoodId::from).unwrap_or(current.neighbourhood_id);
        if neighbourhood != current.neighbourhood_id && !neighbourhoods::exists(conn, &neighbourhood)? {
            problems.push(invalid("/neighbourhoodId", "not_found", "No neighbourhood with this id."));
        }
        if group_id != current.group_id {
            if let Some(group) = &group_id {
                if groups::summary(conn, group)?.is_none() {
                    problems.push(invalid("/groupId", "not_found", "No group with this id."));
                }
            }
        }
        if !problems.is_empty() {
            return Err(ApiError::InvalidInput(problems));
        }
        // A new place or group must be one the caller may add to.
        if neighbourhood != current.neighbourhood_id || group_id != current.group_id {
            let relation = relation_to(&caller, &standing, None, None, group_id, neighbourhood);
            if !policy::adds_resource(&caller, relation) {
                return Err(ApiError::Forbidden(
                    "You move a resource only to a group you are a member of, or a neighbourhood your groups work in."
                        .into(),
                ));
            }
        }
        let audience = patch.audience.unwrap_or(current.audience);
        let consent_at = rules::records_consent(kind, Some(current.audience), audience).then(db::now);
        let values = ResourceValues {
            name: patch.name.unwrap_or(current.name),
            description: patch.description.unwrap_or(current.description),
            kind,
            tags: patch.tags.map(|t| rules::tags(&t)).unwrap_or(current.tags),
            status: patch.status.unwrap_or(current.status),
            audience,
            contact_name: patch.contact_name.unwrap_or(current.contact_name),
            contact_name_public: patch.contact_name_public.unwrap_or(current.contact_name_public),
            email: patch.email.unwrap_or(current.email),
            email_public: patch.email_public.unwrap_or(current.email_public),
            phone: patch.phone.unwrap_or(current.phone),
            phone_public: patch.phone_public.unwrap_or(current.phone_public),
            website: patch.website.unwrap_or(current.website),
            website_public: patch.website_public.unwrap_or(current.website_public),
            address: patch.address.unwrap_or(current.address),
            location,
            neighbourhood_id: neighbourhood,
            group_id,
            opening_hours: hours,
            opening_hours_format: format,
            accessibility: patch.accessibility.unwrap_or(current.accessibility),
            languages: patch.languages.map(|l| rules::languages(&l)).unwrap_or(current.languages),
        };
        // Whoever changes a resource sees all of it (`may_change`), so the comparison sees every change.
        db::unless_unchanged(conn, before, |conn| {
            store::update(conn, &id, &values, consent_at)?;
            if current.audience == api_types::Audience::Public && audience != api_types::Audience::Public {
                // A public mirror must take it down: a skill's owner may have withdrawn consent.
                sync::record_no_longer_public(conn, Collection::Resources, id.uuid())?;
            }
            let row = store::find(conn, &id)?.ok_or_else(|| ApiError::Internal("a changed resource is gone".into()))?;
            let view = view(&caller, &standing, &row);
            represent::resource(conn, row, out_crs, view)
        })
    })
    .await?;
    Ok(resource_response(&resource, out_crs))
}

/// Record that a resource was checked
///
/// Record that the resource was checked today (Europe/Amsterdam) by the caller: it is still
/// there, and what it says is current.
#[utoipa::path(
    post, path = "/resources/{id}/verification", tag = "resources",
    params(("id" = uuid::Uuid, Path, description = "Resource id"), CrsParam,
           ("Accept-Crs" = Option<String>, Header, description = "The CRS of the location in the answer (default CRS84)")),
    responses(
        (status = 200, description = "The checked resource", body = Resource,
         headers(("ETag" = String, description = "Its ETag"), ("Content-Crs" = String, description = "The URI of the CRS of the location"), ("Vary" = String, description = "The request headers the answer depends on: `Accept, Accept-Crs`"))),
        (status = 406, description = "`Accept-Crs` names a CRS this API does not answer in", body = api_types::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn verify_resource(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    query: web::Query<CrsParam>,
) -> ApiResult<HttpResponse> {
    let id: ResourceId = http::id(&id)?;
    let crs = geo::response_crs(&req, query.crs.as_deref())?;
    let resource = db::run_write(&state.pool, move |conn| {
        let (_, standing) = changeable(conn, &caller, &id)?;
        store::verify(conn, &id, local_time::today(), &caller.account_id)?;
        let row = store::find(conn, &id)?.ok_or_else(|| ApiError::Internal("a checked resource is gone".into()))?;
        let view = view(&caller, &standing, &row);
        represent::resource(conn, row, crs, view)
    })
    .await?;
    Ok(resource_response(&resource, crs))
}

/// Remove a resource
///
/// Remove a resource (who may change it; for a skill also its owner, withdrawing it). A
/// tombstone in `GET /deletions` tells mirrors.
#[utoipa::path(
    delete, path = "/resources/{id}", tag = "resources",
    params(("id" = uuid::Uuid, Path, description = "Resource id")),
    responses((status = 204, description = "The resource was removed")),
    security(("bearer" = []))
)]
pub async fn delete_resource(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: ResourceId = http::id(&id)?;
    db::run_write(&state.pool, move |conn| {
        changeable(conn, &caller, &id)?;
        store::delete(conn, &id)?;
        // A mirror learns of it from `GET /deletions`.
        sync::record_deletion(conn, Collection::Resources, id.uuid())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// List the public resources
///
/// What the neighbourhood has, for everyone: resources whose audience is `public`, with only the
/// contact details marked public (a skill without its owner's public consent never shows).
/// Send `Accept: application/geo+json` for a GeoJSON `FeatureCollection`.
#[utoipa::path(
    get, path = "/public/resources", tag = "public",
    params(PublicResourceFilter, PageParams,
           ("Accept-Crs" = Option<String>, Header, description = "The CRS of the locations: `EPSG:28992` (RD New) or CRS84 (default)")),
    responses(
        (status = 200, description = "A page of public resources, with `Content-Crs`",
         headers(("Content-Crs" = String, description = "The URI of the CRS of the locations"), ("Vary" = String, description = "The request headers the answer depends on: `Accept, Accept-Crs`")),
         content(
            (Page<PublicResource> = "application/json"),
            (ResourceFeatureCollection<PublicResource> = "application/geo+json"),
         )),
        (status = 406, description = "`Accept-Crs` names a CRS this API does not answer in", body = api_types::Problem, content_type = "application/problem+json"),
    ),
    security(())
)]
pub async fn list_public_resources(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let (params, request) = http::list_query::<PublicResourceFilter>(&req)?;
    let geo = geo::geo_query(&req, params.crs.as_deref(), params.bbox.as_deref(), params.bbox_crs.as_deref())?;
    let crs = geo.crs;
    let filter = filter_of(params.neighbourhood_id, params.group_id, params.kind, params.tag, params.status, geo.bbox);
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let rows = store::page(conn, &Sight::Public, &filter, &request)?;
            represent::public_resources(conn, rows, crs)
        }
    })
    .await?;
    Ok(list_response(&req, &request, items, crs))
}

/// Read a public resource
///
/// One public resource (404 unless its audience is `public`).
#[utoipa::path(
    get, path = "/public/resources/{id}", tag = "public",
    params(("id" = uuid::Uuid, Path, description = "Resource id"), CrsParam,
           ("Accept-Crs" = Option<String>, Header, description = "The CRS of the location (default CRS84)")),
    responses(
        (status = 200, description = "The resource", body = PublicResource,
         headers(("ETag" = String, description = "Its ETag"), ("Content-Crs" = String, description = "The URI of the CRS of the location"), ("Vary" = String, description = "The request headers the answer depends on: `Accept, Accept-Crs`"))),
        (status = 406, description = "`Accept-Crs` names a CRS this API does not answer in", body = api_types::Problem, content_type = "application/problem+json"),
    ),
    security(())
)]
pub async fn get_public_resource(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<String>,
    query: web::Query<CrsParam>,
) -> ApiResult<HttpResponse> {
    let id: ResourceId = http::id(&id)?;
    let crs = geo::response_crs(&req, query.crs.as_deref())?;
    let resource = db::run(&state.pool, move |conn| {
        let row = store::find(conn, &id)?
            .filter(|r| r.audience == api_types::Audience::Public)
            .ok_or_else(|| ApiError::NotFound("No resource with this id.".into()))?;
        let mut shown = represent::public_resources(conn, vec![row], crs)?;
        shown.pop().ok_or_else(|| ApiError::Internal("a public resource did not show".into()))
    })
    .await?;
    Ok(with_crs(http::ok_with_etag(&resource), crs))
}

/// List the coordinate reference systems
///
/// The coordinate reference systems this API reads and writes locations in (ADR geospatial
/// module, `/geo/crs-list`): CRS84 (the default, GeoJSON's) and RD New (EPSG:28992).
#[utoipa::path(
    get, path = "/crss", tag = "public",
    responses((status = 200, description = "The supported CRSs, the default first", body = CrsList)),
    security(())
)]
pub async fn list_crss() -> HttpResponse {
    let crs = geo::SUPPORTED.iter().map(|c| c.uri().to_string()).collect();
    HttpResponse::Ok().json(CrsList { crs })
}

/// Read how maps are drawn
///
/// How maps are drawn: the tile address and its credit (configuration: `MAP_TILE_URL`,
/// `MAP_TILE_ATTRIBUTION`; OpenStreetMap's by default).
#[utoipa::path(
    get, path = "/public/map", tag = "public",
    responses((status = 200, description = "The map settings", body = api_types::MapSettings)),
    security(())
)]
pub async fn get_map_settings(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(api_types::MapSettings {
        tile_url: state.config.map_tile_url.clone(),
        attribution: state.config.map_tile_attribution.clone(),
    })
}

crate::operations! {
    /// The operations of resources: one list for their routes and their part of the OpenAPI document.
    pub struct ResourcesApi;
    list_resources, create_resource, get_resource, patch_resource, verify_resource, delete_resource,
    list_public_resources, get_public_resource, list_crss, get_map_settings,
}
