//! Members' time: their entries and the group's weeks against the band.

use api_types::{NewTimeEntry, TimeEntry, TimeWeeks};
use chrono::NaiveDate;
use gloo_net::http::Method;
use uuid::Uuid;

use super::{get, get_all, request, url, ApiError, ApiRequest};

/// `POST /time-entries`: time on a day, or "nothing this week".
pub async fn create_time_entry(new: &NewTimeEntry) -> Result<TimeEntry, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/time-entries")).json(new, "application/json")).await?.value)
}

/// `GET /time-entries?groupId=&personId=&from=`: the entries the caller reads, of one group and
/// person, from a day on (every page).
pub async fn time_entries(group_id: Uuid, person_id: Uuid, from: NaiveDate) -> Result<Vec<TimeEntry>, ApiError> {
    get_all(url(&format!("/time-entries?groupId={group_id}&personId={person_id}&from={from}&pageSize=100"))).await
}

/// `DELETE /time-entries/{id}` (only whoever wrote it).
pub async fn delete_time_entry(id: Uuid) -> Result<(), ApiError> {
    request::<()>(ApiRequest::new(Method::DELETE, url(&format!("/time-entries/{id}")))).await.map(|_| ())
}

/// `GET /groups/{id}/time-weeks?weeks=`: the group's weeks, ending with the current one.
pub async fn time_weeks(group_id: Uuid, weeks: u32) -> Result<TimeWeeks, ApiError> {
    get(url(&format!("/groups/{group_id}/time-weeks?weeks={weeks}"))).await
}
