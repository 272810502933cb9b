//! Resident questions: the inbox, one question with its history and referrals, and the public
//! pages where residents ask and follow a question without log-in.

use api_types::{
    NewQuestion, NewReferral, NewResidentReaction, PublicGroup, PublicQuestion, Question, QuestionHistoryEntry,
    QuestionPatch, QuestionStatus, QuestionTracking, Referral, ReferralPatch, Topic,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{encode, get, get_all, request, url, ApiError, ApiRequest, Reply, MERGE_PATCH_JSON};

/// Filters of the question inbox (`GET /questions`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuestionFilter {
    /// Only this group's questions.
    pub group_id: Option<Uuid>,
    /// Only questions with this status.
    pub status: Option<QuestionStatus>,
    /// Only questions on this topic.
    pub topic: Option<Topic>,
    /// Only questions assigned to this member (person).
    pub assignee_id: Option<Uuid>,
    /// Only questions whose follow-up date has passed.
    pub follow_up_due: bool,
}

impl QuestionFilter {
    /// The query string, without the `?`.
    pub fn query(&self) -> String {
        let mut parts = vec!["pageSize=100".to_string()];
        if let Some(group) = self.group_id {
            parts.push(format!("groupId={group}"));
        }
        if let Some(status) = self.status {
            parts.push(format!("status={}", status.as_str()));
        }
        if let Some(topic) = self.topic {
            parts.push(format!("topic={}", topic.as_str()));
        }
        if let Some(assignee) = self.assignee_id {
            parts.push(format!("assigneeId={assignee}"));
        }
        if self.follow_up_due {
            parts.push("followUpDue=true".into());
        }
        parts.join("&")
    }
}

/// `GET /questions`: every question (all pages) that matches the filter, oldest first.
pub async fn questions(filter: &QuestionFilter) -> Result<Vec<Question>, ApiError> {
    get_all(url(&format!("/questions?{}", filter.query()))).await
}

/// `POST /questions`: a member takes a question in.
pub async fn create_question(new: &NewQuestion) -> Result<Question, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/questions")).json(new, "application/json")).await?.value)
}

/// `GET /questions/{id}` with its ETag.
pub async fn question(id: Uuid) -> Result<Reply<Question>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/questions/{id}")))).await
}

/// `PATCH /questions/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_question(
    id: Uuid,
    patch: &QuestionPatch,
    etag: Option<String>,
) -> Result<Reply<Question>, ApiError> {
    let path = url(&format!("/questions/{id}"));
    request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON).if_match(etag)).await
}

/// `GET /questions/{id}/history`, oldest first.
pub async fn question_history(id: Uuid) -> Result<Vec<QuestionHistoryEntry>, ApiError> {
    get(url(&format!("/questions/{id}/history"))).await
}

/// `GET /questions/{id}/referrals`, oldest first.
pub async fn referrals(question_id: Uuid) -> Result<Vec<Referral>, ApiError> {
    get(url(&format!("/questions/{question_id}/referrals"))).await
}

/// `POST /questions/{id}/referrals`: answers the new referral.
pub async fn create_referral(question_id: Uuid, new: &NewReferral) -> Result<Referral, ApiError> {
    let path = url(&format!("/questions/{question_id}/referrals"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `PATCH /questions/{id}/referrals/{referralId}`: answers the changed referral.
pub async fn patch_referral(question_id: Uuid, referral_id: Uuid, patch: &ReferralPatch) -> Result<Referral, ApiError> {
    let path = url(&format!("/questions/{question_id}/referrals/{referral_id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// `GET /public/groups/{slug}`, without log-in.
pub async fn public_group(slug: &str) -> Result<PublicGroup, ApiError> {
    let path = url(&format!("/public/groups/{}", encode(slug)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}

/// `POST /public/groups/{slug}/questions`, without log-in: a resident asks; answers the tracking
/// code.
pub async fn ask_question(slug: &str, new: &PublicQuestion) -> Result<QuestionTracking, ApiError> {
    let path = url(&format!("/public/groups/{}/questions", encode(slug)));
    Ok(request(ApiRequest::new(Method::POST, path).anonymous().json(new, "application/json")).await?.value)
}

/// `POST /public/questions/{trackingCode}/reactions`, without log-in.
pub async fn react_to_question(code: &str, new: &NewResidentReaction) -> Result<QuestionTracking, ApiError> {
    let path = url(&format!("/public/questions/{}/reactions", encode(code)));
    Ok(request(ApiRequest::new(Method::POST, path).anonymous().json(new, "application/json")).await?.value)
}

/// `GET /public/questions/{trackingCode}`, without log-in.
pub async fn track_question(code: &str) -> Result<QuestionTracking, ApiError> {
    let path = url(&format!("/public/questions/{}", encode(code)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}
