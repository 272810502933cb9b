//! `candidates`: residents who would like to become a buurtverbinder, mostly from a residents'
//! evening, followed by coordinators from `interested` to `joined` with a note trail; and their
//! enrolment into a forming group and a training in one go. Coordinators and admins only:
//! candidates are not members yet.

mod routes;
mod rules;
mod store;

use std::collections::HashMap;

use api_types::{CandidateId, CandidateStatus, EventId, RegistrationId};

pub use routes::CandidatesApi;

use crate::db::DbConnection;
use crate::error::ApiResult;
use crate::features::events::SignUp;

/// A sign-up at a residents' evening that says "I would like to become a buurtverbinder" makes the
/// resident a candidate, in the sign-up's transaction (a port of events).
pub fn on_sign_up(conn: &mut DbConnection, sign_up: &SignUp) -> ApiResult<()> {
    if !sign_up.wants_to_become_connector {
        return Ok(());
    }
    let id = store::insert(
        conn,
        &store::NewCandidateRow {
            registration_id: Some(&sign_up.registration_id),
            event_id: Some(&sign_up.event_id),
            name: &sign_up.name,
            email: sign_up.email.as_deref(),
            phone: sign_up.phone.as_deref(),
            motivation: sign_up.motivation.as_deref(),
            group_id: None,
        },
    )?;
    store::add_note(conn, &id, None, None, Some((None, CandidateStatus::Interested)))
}

/// Stores a candidate as an import gives them (the demo data): from a sign-up at an evening, with
/// their status and the trail that led there (note, from, to), written by nobody; returns the id.
pub fn import(
    conn: &mut DbConnection,
    sign_up: (&RegistrationId, &EventId),
    name: &str,
    motivation: Option<&str>,
    status: CandidateStatus,
    trail: &[(Option<&str>, Option<CandidateStatus>, CandidateStatus)],
) -> ApiResult<CandidateId> {
    let id = store::insert(
        conn,
        &store::NewCandidateRow {
            registration_id: Some(sign_up.0),
            event_id: Some(sign_up.1),
            name,
            email: None,
            phone: None,
            motivation,
            group_id: None,
        },
    )?;
    if status != CandidateStatus::Interested {
        store::set_status(conn, &id, Some(status))?;
    }
    for (body, from, to) in trail {
        store::add_note(conn, &id, None, *body, Some((*from, *to)))?;
    }
    Ok(id)
}

/// The statuses of the candidates each of these evenings brought in.
pub fn statuses_by_event(
    conn: &mut DbConnection,
    events: &[EventId],
) -> ApiResult<HashMap<EventId, Vec<CandidateStatus>>> {
    let mut by_event: HashMap<EventId, Vec<CandidateStatus>> = HashMap::new();
    for (event, status) in store::statuses_by_event(conn, events)? {
        if let Some(event) = event {
            by_event.entry(event).or_default().push(status);
        }
    }
    Ok(by_event)
}
