//! Candidates (residents who would like to become a buurtverbinder) and the residents' evenings
//! that bring them in.

use api_types::{Candidate, CandidatePatch, Enrolment, NewCandidate, ResidentsEveningReport};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{get_all, request, url, ApiError, ApiRequest, MERGE_PATCH_JSON};

/// `GET /candidates` (coordinators and admins): every candidate (all pages).
pub async fn candidates() -> Result<Vec<Candidate>, ApiError> {
    get_all(url("/candidates?pageSize=100")).await
}

/// `POST /candidates`: someone met elsewhere.
pub async fn create_candidate(new: &NewCandidate) -> Result<Candidate, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/candidates")).json(new, "application/json")).await?.value)
}

/// `PATCH /candidates/{id}`: a move in the pipeline and/or a note.
pub async fn patch_candidate(id: Uuid, patch: &CandidatePatch) -> Result<Candidate, ApiError> {
    let path = url(&format!("/candidates/{id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// `POST /candidates/{id}/enrolment`: makes the candidate a member of a forming group, and a
/// participant of a training when one is given.
pub async fn enrol_candidate(id: Uuid, enrolment: &Enrolment) -> Result<Candidate, ApiError> {
    let path = url(&format!("/candidates/{id}/enrolment"));
    Ok(request(ApiRequest::new(Method::POST, path).json(enrolment, "application/json")).await?.value)
}

/// `GET /reports/residents-evenings` (coordinators and admins): every evening's figures.
pub async fn residents_evening_reports() -> Result<Vec<ResidentsEveningReport>, ApiError> {
    get_all(url("/reports/residents-evenings?pageSize=100")).await
}
