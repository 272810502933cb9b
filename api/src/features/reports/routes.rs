//! Handlers of `reports`, with their OpenAPI annotations.

use std::collections::HashSet;

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{ActivityReport, EventId, EventType, OrganisationId, Page, ReportLevel, ResidentsEveningReport};
use serde::Deserialize;

use super::activity::{self, Facts};
use super::csv::{self, Dialect};
use super::rules;
use crate::access::{policy, Caller};
use crate::db;
use crate::error::{ApiError, ApiResult};
use crate::features::{candidates, events, groups, neighbourhoods, organisations, questions, resources, trainings};
use crate::local_time;
use crate::web::http::{self, PageParams};
use crate::web::state::AppState;

/// What an activity report covers.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct ActivityParams {
    /// A row per `group` (default), per `neighbourhood`, or for the whole `programme` (per
    /// municipality).
    level: Option<ReportLevel>,
    /// First day (Europe/Amsterdam), e.g. `2027-01-01`; with `to`. Neither: the last full quarter.
    from: Option<chrono::NaiveDate>,
    /// Last day, included; with `from`; the period at most 366 days, both days included.
    to: Option<chrono::NaiveDate>,
}

/// How the caller asks for the answer (RFC 9110 §12.5.1): CSV when `Accept` prefers `text/csv`
/// (or `text/*`) to JSON by its `q` values, JSON otherwise (also without `Accept`, on a tie, or
/// when it names neither); `text/csv; dialect=excel-nl` for Dutch Excel.
fn wanted_csv(req: &HttpRequest) -> Option<Dialect> {
    let accept = req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let (mut csv, mut json) = (None::<(f32, Dialect)>, None::<f32>);
    for range in accept.split(',') {
        let mut parts = range.split(';').map(str::trim);
        let media = parts.next().unwrap_or_default().to_ascii_lowercase();
        let parameters: Vec<String> = parts.map(|p| p.replace(' ', "").to_ascii_lowercase()).collect();
        let q = parameters
            .iter()
            .find_map(|p| p.strip_prefix("q=").map(|q| q.parse::<f32>().unwrap_or(0.0)))
            .unwrap_or(1.0);
        match media.as_str() {
            "text/csv" | "text/*" => {
                let excel = parameters.iter().any(|p| p == "dialect=excel-nl" || p == "dialect=\"excel-nl\"");
                let dialect = if excel { Dialect::ExcelNl } else { Dialect::Rfc4180 };
                if csv.is_none_or(|(best, _)| q > best) {
                    csv = Some((q, dialect));
                }
            }
            "application/json" | "*/*" | "application/*" => json = Some(json.map_or(q, |best: f32| best.max(q))),
            _ => {}
        }
    }
    match (csv, json) {
        (Some((q, dialect)), json) if q > 0.0 && q > json.unwrap_or(0.0) => Some(dialect),
        _ => None,
    }
}

/// Report what the programme did in a period
///
/// What the programme did in a period, per group, per neighbourhood or for the whole programme
/// (coordinators, admins, and API clients with `reports`): active buurtverbinders and
/// professionals, questions by topic and status with the median days to a first response and to
/// closing, referrals per organisation with their outcomes, event dates by kind with the
/// residents reached, training completion, the candidates of the residents' evenings (and each
/// evening's funnel: signed up, came, candidates, in a training, joined), and the resources added
/// and checked. Each row carries the CBS codes of where it is. Counts only, never
/// personal data.
///
/// JSON by default; `Accept: text/csv` gives CSV (RFC 4180, UTF-8, a header row, the lists as a
/// column per value), and `Accept: text/csv; dialect=excel-nl` the variant Dutch Excel opens as it
/// is (`;`, a decimal comma, a byte-order mark). The period is local days (Europe/Amsterdam),
/// both included; without `from` and `to`, the last full quarter.
#[utoipa::path(
    get, path = "/reports/activity", tag = "reports",
    params(ActivityParams),
    responses((status = 200, description = "The report: JSON, or CSV as `Accept` asks",
               content((ActivityReport = "application/json"), (String = "text/csv")),
               headers(("Content-Disposition" = String, description = "With CSV: `attachment; filename=\"activity-<level>-<from>-<to>.csv\"`, the name to save it under"),
                       ("Vary" = String, description = "`Accept`: the same address answers JSON or CSV")))),
    security(("bearer" = []), ("oauth2" = ["reports"]))
)]
pub async fn activity_report(state: web::Data<AppState>, req: HttpRequest, caller: Caller) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let (params, _) = http::list_query::<ActivityParams>(&req)?;
    let (from, to) = activity::period(params.from, params.to, local_time::today()).map_err(ApiError::InvalidInput)?;
    let level = params.level.unwrap_or(ReportLevel::Group);
    let rows = db::run(&state.pool, move |conn| {
        let instants =
            (local_time::start_of_local_day(from), local_time::start_of_local_day(to + chrono::Days::new(1)));
        let (questions, referrals) = questions::report_facts(conn, instants.0, instants.1)?;
        let organisation_ids: Vec<OrganisationId> =
            referrals.iter().map(|r| r.organisation_id).collect::<HashSet<_>>().into_iter().collect();
        let dates = events::dates_between(conn, from, to)?;
        let evenings: Vec<EventId> = dates
            .iter()
            .filter(|d| d.event_type == EventType::ResidentsEvening)
            .map(|d| EventId::from(d.event_id))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let facts = Facts {
            groups: groups::report_facts(conn, from, to)?,
            neighbourhoods: neighbourhoods::all(conn)?,
            questions,
            organisations: organisations::names(conn, &organisation_ids)?,
            referrals,
            dates,
            training: trainings::report_facts(conn, from, to)?,
            candidates: candidates::statuses_by_event(conn, &evenings)?
                .into_iter()
                .map(|(event, statuses)| (event.uuid(), statuses))
                .collect(),
            sign_ups: events::sign_ups_of(conn, &evenings)?
                .into_iter()
                .map(|(event, sign_ups)| (event.uuid(), sign_ups))
                .collect(),
            resources: resources::report_facts(conn, instants, (from, to))?,
        };
        Ok(activity::activity(level, &facts, db::now()))
    })
    .await?;
    let report = ActivityReport { from, to, level, rows };
    match wanted_csv(&req) {
        None => Ok(HttpResponse::Ok().insert_header((header::VARY, "Accept")).json(report)),
        Some(dialect) => Ok(HttpResponse::Ok()
            .insert_header((header::VARY, "Accept"))
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"activity-{}-{from}-{to}.csv\"", level.as_str()),
            ))
            .content_type(dialect.content_type())
            .body(csv::activity(&report, dialect)?)),
    }
}

/// Report each residents' evening's funnel
///
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
    residents_evenings, activity_report,
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn asked(accept: &str) -> Option<Dialect> {
        wanted_csv(&TestRequest::default().insert_header((header::ACCEPT, accept)).to_http_request())
    }

    #[test]
    fn the_higher_q_value_wins_and_json_is_the_default() {
        assert_eq!(asked("text/csv"), Some(Dialect::Rfc4180));
        assert_eq!(asked("text/csv; dialect=excel-nl"), Some(Dialect::ExcelNl));
        assert_eq!(asked("text/csv;q=0.5, application/json"), None);
        assert_eq!(asked("application/json;q=0.1, text/csv"), Some(Dialect::Rfc4180));
        assert_eq!(asked("text/*"), Some(Dialect::Rfc4180));
        assert_eq!(asked("application/json, text/csv"), None, "a tie goes to JSON");
        assert_eq!(asked("text/csv;q=0"), None);
        assert_eq!(asked("application/xml"), None);
        assert_eq!(wanted_csv(&TestRequest::default().to_http_request()), None);
    }
}
