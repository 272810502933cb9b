//! The candidates' rules, without a database: the moves of the pipeline and what an enrolment
//! makes of a candidate.

use api_types::{CandidateStatus, ProblemCode};

use crate::error::ApiError;

/// 409 naming the allowed moves, unless `from` may become `to` (`CandidateStatus::next`).
pub fn check_move(from: CandidateStatus, to: CandidateStatus) -> Result<(), ApiError> {
    if from.next().contains(&to) {
        return Ok(());
    }
    let allowed: Vec<&str> = from.next().iter().map(|s| s.as_str()).collect();
    Err(ApiError::conflict(
        ProblemCode::InvalidStatusTransition,
        if allowed.is_empty() {
            format!("A candidate who is {} stays so.", from.as_str())
        } else {
            format!("A candidate who is {} can become: {}.", from.as_str(), allowed.join(", "))
        },
    ))
}

/// Where an enrolment takes a candidate: `in_training` with a training, `joined` without. Only an
/// `interested` or `contacted` candidate can be enrolled (409 otherwise).
pub fn enrolled_status(from: CandidateStatus, with_training: bool) -> Result<CandidateStatus, ApiError> {
    if !matches!(from, CandidateStatus::Interested | CandidateStatus::Contacted) {
        return Err(ApiError::conflict(
            ProblemCode::InvalidStatusTransition,
            format!("Only an interested or contacted candidate can be enrolled; this one is {}.", from.as_str()),
        ));
    }
    Ok(if with_training { CandidateStatus::InTraining } else { CandidateStatus::Joined })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enrolment_starts_from_interested_or_contacted() {
        assert_eq!(enrolled_status(CandidateStatus::Interested, true).ok(), Some(CandidateStatus::InTraining));
        assert_eq!(enrolled_status(CandidateStatus::Contacted, false).ok(), Some(CandidateStatus::Joined));
        assert!(enrolled_status(CandidateStatus::Declined, false).is_err());
        assert!(check_move(CandidateStatus::Interested, CandidateStatus::Contacted).is_ok());
        assert!(check_move(CandidateStatus::Joined, CandidateStatus::Interested).is_err());
    }
}
