//! Handlers of members' time and the group's weeks, with their OpenAPI annotations.

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    EventId, GroupId, GroupWeek, MemberWeeks, MembershipKind, NewTimeEntry, Page, PersonId, QuestionId, TimeEntry,
    TimeEntryId, TimeEntryPatch, TimeWeeks,
};
use chrono::NaiveDate;
use serde::Deserialize;

use super::rules::{self, Tally};
use super::store::{self, EntryFilter, EntryRow, EntryValues};
use crate::access::{self, policy, Principal};
use crate::db::{self, DbConnection};
use crate::error::{invalid, ApiError, ApiResult};
use crate::features::{events, groups, people, questions};
use crate::local_time;
use crate::web::body::{self, ValidJson};
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

/// How the caller stands to a group's time.
struct Standing {
    /// A current member of the group.
    member: bool,
    /// Looks after the group's time (`policy::looks_after_time`).
    looks_after: bool,
}

/// How the caller stands among the group's current memberships (person, kind, joined on).
fn standing_among(caller: &Principal, memberships: &[(PersonId, MembershipKind, NaiveDate)]) -> Standing {
    let kind = caller
        .person_id
        .and_then(|person| memberships.iter().find(|(member, _, _)| *member == person).map(|(_, kind, _)| *kind));
    Standing {
        member: kind.is_some(),
        looks_after: policy::looks_after_time(caller, kind == Some(MembershipKind::Professional)),
    }
}

fn standing(conn: &mut DbConnection, caller: &Principal, group: &GroupId) -> ApiResult<Standing> {
    Ok(standing_among(caller, &groups::current_memberships(conn, group)?))
}

/// Whether the caller reads this entry: whose it is, who wrote it, and who looks after the group.
fn reads(conn: &mut DbConnection, caller: &Principal, row: &EntryRow) -> ApiResult<bool> {
    if caller.is(&row.person_id) || row.entered_by.as_ref() == Some(&caller.account_id) {
        return Ok(true);
    }
    Ok(standing(conn, caller, &row.group_id)?.looks_after)
}

/// The representations of entries, with the names of whose time it is and who wrote it.
fn to_entries(conn: &mut DbConnection, caller: &Principal, rows: Vec<EntryRow>) -> ApiResult<Vec<TimeEntry>> {
    let people: Vec<PersonId> = rows.iter().map(|r| r.person_id).collect();
    let names = people::name_map(conn, &people)?;
    let author_ids: Vec<_> = rows.iter().filter_map(|r| r.entered_by).collect();
    let authors = access::account_names(conn, &author_ids)?;
    let authors_people = access::account_people(conn, &author_ids)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let author = row.entered_by.and_then(|a| authors.get(&a)).map(|(name, _)| name.clone());
            // Someone else wrote it when its author is not the member's own account.
            let for_member = row.entered_by.and_then(|a| authors_people.get(&a)) != Some(&row.person_id);
            TimeEntry {
                id: row.id.uuid(),
                person_id: row.person_id.uuid(),
                person_name: names.get(&row.person_id).cloned().unwrap_or_default(),
                group_id: row.group_id.uuid(),
                date: row.worked_on,
                week: rules::week_label(row.worked_on),
                minutes: row.minutes,
                duration: api_types::format_duration(row.minutes),
                activity: row.activity,
                nothing_this_week: row.nothing_this_week,
                event_id: row.event_id.map(EventId::uuid),
                question_id: row.question_id.map(QuestionId::uuid),
                note: row.note,
                entered_by_name: author,
                entered_for_member: for_member,
                may_change: policy::changes_time_entry(caller, row.entered_by.as_ref()),
                created_at: http::utc(row.created_at),
                updated_at: http::utc(row.updated_at),
            }
        })
        .collect())
}

fn to_entry(conn: &mut DbConnection, caller: &Principal, row: EntryRow) -> ApiResult<TimeEntry> {
    to_entries(conn, caller, vec![row])?.pop().ok_or_else(|| ApiError::Internal("an entry vanished".into()))
}

fn not_found() -> ApiError {
    ApiError::NotFound("No time entry with this id.".into())
}

/// The entry the caller reads; 404 for one they may not read (it is not shown to exist).
fn readable(conn: &mut DbConnection, caller: &Principal, id: &TimeEntryId) -> ApiResult<EntryRow> {
    let row = store::find(conn, id)?.ok_or_else(not_found)?;
    if !reads(conn, caller, &row)? {
        return Err(not_found());
    }
    Ok(row)
}

/// Checks what an entry refers to: an event and a question of its group; an event of a single
/// date gives the day when none is given.
fn references(
    conn: &mut DbConnection,
    group: &GroupId,
    event: Option<EventId>,
    question: Option<QuestionId>,
    date: Option<NaiveDate>,
) -> ApiResult<Result<NaiveDate, Vec<api_types::InvalidParam>>> {
    let mut problems = Vec::new();
    let mut day = date;
    if let Some(event) = event {
        match events::timing(conn, &event)? {
            Some(timing) if timing.group_id.as_ref() == Some(group) => {
                if day.is_none() && !timing.series {
                    day = Some(local_time::local_date(timing.starts_at));
                }
            }
            _ => problems.push(invalid("/eventId", "not_found", "No event of this group with this id.")),
        }
    }
    if let Some(question) = question {
        if !questions::belongs_to_group(conn, &question, group)? {
            problems.push(invalid("/questionId", "not_found", "No question of this group with this id."));
        }
    }
    match day {
        Some(day) if problems.is_empty() => Ok(Ok(day)),
        Some(_) => Ok(Err(problems)),
        None => {
            if problems.is_empty() {
                problems.push(invalid(
                    "/date",
                    "required",
                    "Which day? Give the date (for a weekly event: the date you were there).",
                ));
            }
            Ok(Err(problems))
        }
    }
}

/// Filters of `GET /time-entries`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct EntryQuery {
    /// Only of this group.
    group_id: Option<uuid::Uuid>,
    /// Only of this person.
    person_id: Option<uuid::Uuid>,
    /// From this day on (Dutch local date).
    from: Option<NaiveDate>,
    /// Up to this day.
    to: Option<NaiveDate>,
}

/// List time entries
///
/// Time entries, in the order they were written: a member's own and those they wrote for a member
/// without an account; with `groupId`, also every entry of a group whose professional the caller
/// is; coordinators and admins every entry.
#[utoipa::path(
    get, path = "/time-entries", tag = "time",
    params(EntryQuery, PageParams),
    responses((status = 200, description = "A page of time entries", body = Page<TimeEntry>)),
    security(("bearer" = []))
)]
pub async fn list_time_entries(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
) -> ApiResult<HttpResponse> {
    let (query, request) = http::list_query::<EntryQuery>(&req)?;
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let group = query.group_id.map(GroupId::from);
            let readable_by = if caller.sees_everything() {
                None
            } else {
                let looked_after = match &group {
                    Some(group) if standing(conn, &caller, group)?.looks_after => vec![*group],
                    _ => Vec::new(),
                };
                Some((caller.person_id, caller.account_id, looked_after))
            };
            let filter = EntryFilter {
                group,
                person: query.person_id.map(PersonId::from),
                from: query.from,
                to: query.to,
                readable_by,
            };
            let rows = store::page(conn, &filter, &request)?;
            to_entries(conn, &caller, rows)
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |e| e.id.to_string())))
}

/// Log time
///
/// Log time for a group the member belongs to: a duration (`1:30`) with an activity on a day, or
/// `nothingThisWeek`. Without `personId` it is the caller's own time; a member of the group logs
/// for a member without an account, a coordinator for anyone, and the entry names who wrote it.
#[utoipa::path(
    post, path = "/time-entries", tag = "time",
    request_body = NewTimeEntry,
    responses((status = 201, description = "The entry", body = TimeEntry,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_time_entry(
    state: web::Data<AppState>,
    caller: Principal,
    body: web::Json<serde_json::Value>,
) -> ApiResult<HttpResponse> {
    // The rules on several members (time or "nothing this week", a day not in the future) are
    // listed with the schema's problems, in one answer.
    let new: NewTimeEntry = body::parse_with(body.into_inner(), |raw| {
        let text = |name: &str| raw.get(name).and_then(serde_json::Value::as_str);
        let (_, problems) = rules::entry_problems(
            text("duration"),
            raw.get("activity").is_some_and(|a| !a.is_null()),
            raw.get("nothingThisWeek").and_then(serde_json::Value::as_bool).unwrap_or(false),
            text("date").and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            local_time::today(),
        );
        problems.into_iter().map(|(pointer, code, detail)| invalid(pointer, code, detail)).collect()
    })?;
    let entry = db::run_write(&state.pool, move |conn| {
        let group = GroupId::from(new.group_id);
        if groups::summary(conn, &group)?.is_none() {
            return Err(ApiError::invalid("/groupId", "not_found", "No group with this id."));
        }
        let person = match new.person_id.map(PersonId::from).or(caller.person_id) {
            Some(person) => person,
            None => {
                return Err(ApiError::invalid(
                    "/personId",
                    "required",
                    "Your account is not linked to a person: say whose time it is.",
                ))
            }
        };
        let members = groups::current_memberships(conn, &group)?;
        let is_member = |p: &PersonId| members.iter().any(|(member, _, _)| member == p);
        let caller_in_group = caller.person_id.as_ref().is_some_and(is_member);
        // Access first: whether the caller may log for this person at all.
        if !caller.sees_everything() && !caller_in_group {
            return Err(ApiError::Forbidden("You log time only for a group you are a member of.".into()));
        }
        let has_account = access::people_with_account(conn, &[person])?.contains(&person);
        if !policy::logs_time_for(&caller, &person, caller_in_group, has_account) {
            return Err(ApiError::Forbidden(
                "A member logs their own time; you log for another member only when they have no account.".into(),
            ));
        }
        let today = local_time::today();
        // The body's rules passed already (`parse_with` above): the duration reads.
        let minutes = new.duration.as_deref().and_then(|d| api_types::parse_duration(d).ok());
        let mut problems = Vec::new();
        if !is_member(&person) {
            problems.push(invalid("/personId", "invalid_value", "This person is not a current member of the group."));
        }
        let date = match references(
            conn,
            &group,
            new.event_id.map(EventId::from),
            new.question_id.map(QuestionId::from),
            new.date,
        )? {
            Ok(date) => Some(date),
            Err(more) => {
                let fresh: Vec<_> =
                    more.into_iter().filter(|m| !problems.iter().any(|p| p.pointer == m.pointer)).collect();
                problems.extend(fresh);
                None
            }
        };
        if date.is_some_and(|d| d > today) && !problems.iter().any(|p| p.pointer == "/date") {
            problems.push(invalid("/date", "range", "Log time afterwards: the day cannot be in the future."));
        }
        let (Some(date), true) = (date, problems.is_empty()) else {
            return Err(ApiError::InvalidInput(problems));
        };
        let values = EntryValues {
            worked_on: date,
            minutes: minutes.unwrap_or(0),
            activity: new.activity,
            nothing_this_week: new.nothing_this_week,
            event_id: new.event_id.map(EventId::from),
            question_id: new.question_id.map(QuestionId::from),
            note: new.note,
        };
        let id = store::insert(conn, &group, &person, &caller.account_id, &values)?;
        let row = store::find(conn, &id)?.ok_or_else(not_found)?;
        to_entry(conn, &caller, row)
    })
    .await?;
    Ok(http::created(format!("/api/v1/time-entries/{}", entry.id), &entry))
}

/// Read a time entry
///
/// One time entry, with its ETag for `If-Match`: for whose time it is, who wrote it, and who
/// looks after the group.
#[utoipa::path(
    get, path = "/time-entries/{id}", tag = "time",
    params(("id" = uuid::Uuid, Path, description = "Time entry id")),
    responses((status = 200, description = "The entry", body = TimeEntry)),
    security(("bearer" = []))
)]
pub async fn get_time_entry(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: TimeEntryId = http::id(&id)?;
    let entry = db::run(&state.pool, move |conn| {
        let row = readable(conn, &caller, &id)?;
        to_entry(conn, &caller, row)
    })
    .await?;
    Ok(http::ok_with_etag(&entry))
}

/// The entry the caller changes: 404 when they cannot read it, 403 unless they wrote it; locked.
fn changeable(conn: &mut DbConnection, caller: &Principal, id: &TimeEntryId) -> ApiResult<EntryRow> {
    if !store::lock(conn, id)? {
        return Err(not_found());
    }
    let row = readable(conn, caller, id)?;
    if !policy::changes_time_entry(caller, row.entered_by.as_ref()) {
        return Err(ApiError::Forbidden("Only whoever wrote a time entry corrects or deletes it.".into()));
    }
    Ok(row)
}

/// Correct a time entry
///
/// Correct a time entry (JSON merge patch; `If-Match` guards against lost updates): only whoever
/// wrote it. "Nothing this week" stays what it is: delete it and log time instead.
#[utoipa::path(
    patch, path = "/time-entries/{id}", tag = "time",
    params(("id" = uuid::Uuid, Path, description = "Time entry id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = TimeEntryPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The corrected entry", body = TimeEntry,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_time_entry(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<TimeEntryPatch>,
) -> ApiResult<HttpResponse> {
    let id: TimeEntryId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let entry = db::run_write(&state.pool, move |conn| {
        let row = changeable(conn, &caller, &id)?;
        let current = to_entry(conn, &caller, row.clone())?;
        if_match.check(&current)?;
        let today = local_time::today();
        let mut problems = Vec::new();
        if row.nothing_this_week && (patch.duration.is_some() || patch.activity.is_some()) {
            let pointer = if patch.duration.is_some() { "/duration" } else { "/activity" };
            problems.push(invalid(
                pointer,
                "invalid_value",
                "\"Nothing this week\" has no time: delete it and log time instead.",
            ));
        }
        let minutes = match patch.duration.as_deref().map(api_types::parse_duration) {
            Some(Ok(minutes)) => minutes,
            Some(Err(words)) => {
                problems.push(invalid("/duration", "invalid_value", words));
                row.minutes
            }
            None => row.minutes,
        };
        let date = patch.date.unwrap_or(row.worked_on);
        if date > today {
            problems.push(invalid("/date", "range", "Log time afterwards: the day cannot be in the future."));
        }
        let event = patch.event_id.map(|e| e.map(EventId::from)).unwrap_or(row.event_id);
        let question = patch.question_id.map(|q| q.map(QuestionId::from)).unwrap_or(row.question_id);
        if let Err(more) = references(conn, &row.group_id, event, question, Some(date))? {
            problems.extend(more);
        }
        if !problems.is_empty() {
            return Err(ApiError::InvalidInput(problems));
        }
        let values = EntryValues {
            worked_on: date,
            minutes,
            activity: patch.activity.or(row.activity),
            nothing_this_week: row.nothing_this_week,
            event_id: event,
            question_id: question,
            note: match &patch.note {
                Some(note) => note.clone(),
                None => row.note.clone(),
            },
        };
        db::unless_unchanged(conn, current, |conn| {
            store::update(conn, &id, &values)?;
            let row = store::find(conn, &id)?.ok_or_else(not_found)?;
            to_entry(conn, &caller, row)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&entry))
}

/// Delete a time entry
///
/// Delete a time entry: only whoever wrote it; with `If-Match`, only the version read.
#[utoipa::path(
    delete, path = "/time-entries/{id}", tag = "time",
    params(("id" = uuid::Uuid, Path, description = "Time entry id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    responses((status = 204, description = "Deleted")),
    security(("bearer" = []))
)]
pub async fn delete_time_entry(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: TimeEntryId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    db::run_write(&state.pool, move |conn| {
        let row = changeable(conn, &caller, &id)?;
        if_match.check(&to_entry(conn, &caller, row)?)?;
        store::delete(conn, &id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Parameters of `GET /groups/{id}/time-weeks`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct WeeksQuery {
    /// How many weeks, ending with the current one: 1 to 26, default 8.
    #[param(minimum = 1, maximum = 26)]
    weeks: Option<u32>,
}

/// Read a group's weeks
///
/// The group's weeks against the band of two to four hours (Europe/Amsterdam ISO weeks, oldest
/// first, ending with the current week): the group's totals and the caller's own weeks for a
/// member; every current resident member's weeks with their signals (overload, drop-off, back,
/// each with the weeks it comes from) for the group's professionals and the coordinators.
#[utoipa::path(
    get, path = "/groups/{id}/time-weeks", tag = "time",
    params(("id" = uuid::Uuid, Path, description = "Group id"), WeeksQuery),
    responses((status = 200, description = "The group's weeks", body = TimeWeeks)),
    security(("bearer" = []))
)]
pub async fn group_time_weeks(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let group: GroupId = http::id(&id)?;
    let (query, _) = http::list_query::<WeeksQuery>(&req)?;
    let count = query.weeks.unwrap_or(8);
    if !(1..=26).contains(&count) {
        return Err(ApiError::InvalidInput(vec![http::query_param("weeks", "range", "From 1 to 26 weeks.")]));
    }
    let band = state.config.time_band;
    let weeks = db::run(&state.pool, move |conn| {
        if groups::summary(conn, &group)?.is_none() {
            return Err(ApiError::NotFound("No group with this id.".into()));
        }
        let memberships = groups::current_memberships(conn, &group)?;
        let standing = standing_among(&caller, &memberships);
        if !standing.member && !standing.looks_after {
            return Err(ApiError::Forbidden("Only the group's members and coordinators see its weeks.".into()));
        }
        let current = rules::current_week_start(chrono::Utc::now());
        // The signals need the weeks before the window too (an overload over 4 weeks).
        let needed = (count as usize).max(band.overload_window_weeks.max(band.drop_off_weeks) + 2);
        let mondays = rules::mondays_ending(current, needed);
        let first = mondays[0];
        let entries = store::of_group_between(conn, &group, first, current + chrono::Duration::days(6))?;
        let mut tallies: HashMap<(PersonId, NaiveDate), Tally> = HashMap::new();
        for (person, day, minutes, nothing) in entries {
            let tally = tallies.entry((person, rules::week_start(day))).or_default();
            tally.minutes += minutes;
            tally.entries += 1;
            tally.nothing |= nothing;
        }
        let residents: Vec<(PersonId, NaiveDate)> = memberships
            .into_iter()
            .filter(|(_, kind, _)| *kind == MembershipKind::Resident)
            .map(|(person, _, joined)| (person, joined))
            .collect();
        let shown_weeks = &mondays[mondays.len() - count as usize..];
        let totals = shown_weeks
            .iter()
            .map(|monday| {
                let of_week: Vec<&Tally> =
                    tallies.iter().filter(|((_, m), _)| m == monday).map(|(_, tally)| tally).collect();
                GroupWeek {
                    week: rules::week_label(*monday),
                    starts_on: *monday,
                    minutes: of_week.iter().map(|t| t.minutes).sum(),
                    members_logged: of_week.len() as i32,
                }
            })
            .collect();
        let shown: Vec<(PersonId, NaiveDate)> = if standing.looks_after {
            residents
        } else {
            caller
                .person_id
                .into_iter()
                .map(|p| (p, residents.iter().find(|(r, _)| *r == p).map(|(_, j)| *j).unwrap_or(current)))
                .collect()
        };
        let ids: Vec<PersonId> = shown.iter().map(|(p, _)| *p).collect();
        let names = people::name_map(conn, &ids)?;
        let with_account = access::people_with_account(conn, &ids)?;
        let mut members: Vec<MemberWeeks> = shown
            .into_iter()
            .map(|(person, joined)| {
                let all: Vec<(NaiveDate, Tally)> = mondays
                    .iter()
                    .map(|monday| (*monday, tallies.get(&(person, *monday)).copied().unwrap_or_default()))
                    .collect();
                MemberWeeks {
                    person_id: person.uuid(),
                    name: names.get(&person).cloned().unwrap_or_default(),
                    has_account: with_account.contains(&person),
                    weeks: all[all.len() - count as usize..]
                        .iter()
                        .map(|(monday, tally)| rules::member_week(*monday, *tally, &band))
                        .collect(),
                    signals: if standing.looks_after { rules::signals(&all, joined, &band) } else { Vec::new() },
                }
            })
            .collect();
        // By name, never by hours: the weeks are a care signal, not a ranking.
        members.sort_by_key(|m| m.name.to_lowercase());
        Ok(TimeWeeks {
            group_id: group.uuid(),
            band_minimum_minutes: band.minimum_minutes,
            band_maximum_minutes: band.maximum_minutes,
            current_week: rules::week_label(current),
            weeks: totals,
            members,
            looks_after: standing.looks_after,
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(weeks))
}

crate::operations! {
    /// The operations of members' time: one list for their routes and their part of the OpenAPI document.
    pub struct TimeApi;
    list_time_entries, create_time_entry, get_time_entry, patch_time_entry, delete_time_entry, group_time_weeks,
}
