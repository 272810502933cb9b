//! How a report counts, without a database.

use api_types::{CandidateStatus, ResidentsEveningReport};

use crate::features::events::EveningFigures;
use crate::local_time::local;

/// One residents' evening in the report: people signed up, people who came (checked in at the
/// door, or the residents reached as recorded when nobody was checked in), the candidates it
/// brought in and how many of those are in a training or joined a group.
pub fn residents_evening(evening: EveningFigures, candidates: &[CandidateStatus]) -> ResidentsEveningReport {
    let registered: i64 = evening.sign_ups.iter().map(|(people, _)| i64::from(*people)).sum();
    let checked_in: i64 =
        evening.sign_ups.iter().filter(|(_, at)| at.is_some()).map(|(people, _)| i64::from(*people)).sum();
    let came = if checked_in > 0 { checked_in } else { i64::from(evening.residents_reached.unwrap_or(0)) };
    let count = |status: CandidateStatus| candidates.iter().filter(|s| **s == status).count() as i64;
    ResidentsEveningReport {
        event_id: evening.id.uuid(),
        title: evening.title,
        starts_at: local(evening.starts_at),
        registered,
        came,
        interested: candidates.len() as i64,
        in_training: count(CandidateStatus::InTraining),
        joined: count(CandidateStatus::Joined),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn evening(sign_ups: Vec<(i32, Option<NaiveDateTime>)>, reached: Option<i32>) -> EveningFigures {
        EveningFigures {
            id: api_types::EventId(uuid::Uuid::nil()),
            title: "Inwonersavond".into(),
            starts_at: NaiveDateTime::default(),
            residents_reached: reached,
            sign_ups,
        }
    }

    #[test]
    fn came_counts_the_door_and_else_the_figures_afterwards() {
        let at = Some(NaiveDateTime::default());
        let report = residents_evening(evening(vec![(2, at), (3, None)], Some(40)), &[CandidateStatus::Joined]);
        assert_eq!((report.registered, report.came, report.interested, report.joined), (5, 2, 1, 1));
        let report = residents_evening(evening(vec![(2, None)], Some(40)), &[]);
        assert_eq!((report.registered, report.came), (2, 40));
    }
}
