//! Reports for the municipality: what the programme did in a period, per group, per neighbourhood
//! or for the whole programme. Reports hold counts, never personal data; each row carries the CBS
//! codes of where it is, so a municipality joins it with its own figures.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{EventType, QuestionStatus, ReferralOutcome, ResidentsEveningReport, Topic};

/// The last full calendar quarter before `today` (first and last day): the period a report covers
/// when none is asked for (a municipality reports per quarter). The server and the web client's
/// default both take it from here.
pub fn last_full_quarter(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let this_quarter = NaiveDate::from_ymd_opt(today.year(), (today.month0() / 3) * 3 + 1, 1).unwrap_or(today);
    let to = this_quarter.pred_opt().unwrap_or(this_quarter);
    let from = NaiveDate::from_ymd_opt(to.year(), (to.month0() / 3) * 3 + 1, 1).unwrap_or(to);
    (from, to)
}

/// What one row of a report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportLevel {
    /// A row per group.
    Group,
    /// A row per neighbourhood, its groups together.
    Neighbourhood,
    /// One row per municipality: the whole programme.
    Programme,
}

crate::string_values!(ReportLevel {
    Group => "group",
    Neighbourhood => "neighbourhood",
    Programme => "programme",
});

/// Where a row is: its group and neighbourhood (as the level has them) with their CBS codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ReportUnit {
    /// The group (rows per group).
    pub group_id: Option<Uuid>,
    /// Its name.
    #[cfg_attr(feature = "server", schema(example = "Buurtverbinders De Linde"))]
    pub group_name: Option<String>,
    /// The neighbourhood (rows per group and per neighbourhood).
    pub neighbourhood_id: Option<Uuid>,
    /// Its name.
    #[cfg_attr(feature = "server", schema(example = "De Linde"))]
    pub neighbourhood_name: Option<String>,
    /// The municipality's name.
    #[cfg_attr(feature = "server", schema(example = "Voorbeeldstad"))]
    pub municipality: String,
    /// CBS buurtcode, e.g. `BU03630001` (rows per group and per neighbourhood, when known).
    #[cfg_attr(feature = "server", schema(example = "BU99010101"))]
    pub buurt_code: Option<String>,
    /// CBS wijkcode, e.g. `WK036300` (when known).
    #[cfg_attr(feature = "server", schema(example = "WK990101"))]
    pub wijk_code: Option<String>,
    /// CBS gemeentecode, e.g. `GM0363` (when known).
    #[cfg_attr(feature = "server", schema(example = "GM9901"))]
    pub gemeente_code: Option<String>,
}

/// A count of questions with one topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct TopicCount {
    /// The topic.
    pub topic: Topic,
    /// Questions asked in the period with it.
    pub count: i64,
}

/// A count of questions in one status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct StatusCount {
    /// The status now.
    pub status: QuestionStatus,
    /// Questions asked in the period that are in it.
    pub count: i64,
}

/// Dates of one kind of event, and the residents they reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct EventTypeCount {
    /// The kind of event.
    pub event_type: EventType,
    /// Dates that took place in the period (cancelled ones not counted).
    pub dates: i64,
    /// Residents reached at them, as recorded afterwards.
    pub residents_reached: i64,
}

/// Referrals to one organisation, by outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OrganisationReferrals {
    /// The organisation.
    pub organisation_id: Uuid,
    /// Its name.
    #[cfg_attr(feature = "server", schema(example = "Welzijn Voorbeeldstad"))]
    pub organisation_name: String,
    /// Referrals made in the period.
    pub total: i64,
    /// Of those, without an outcome yet.
    pub open: i64,
    /// With each outcome, every outcome listed.
    pub outcomes: Vec<OutcomeCount>,
}

/// A count of referrals with one outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct OutcomeCount {
    /// The outcome.
    pub outcome: ReferralOutcome,
    /// Referrals with it.
    pub count: i64,
}

/// What one group, neighbourhood or the programme did in the period. Every list holds every
/// value (zeros too), so rows compare column by column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ActivityRow {
    /// Where.
    pub unit: ReportUnit,
    /// Groups (1 in a row per group).
    pub groups: i64,
    /// Residents who were members (buurtverbinders) on any day of the period.
    pub active_connectors: i64,
    /// Professionals who were members on any day of the period.
    pub active_professionals: i64,
    /// Questions asked in the period.
    pub questions_asked: i64,
    /// Those by topic.
    pub questions_by_topic: Vec<TopicCount>,
    /// Those by their status now.
    pub questions_by_status: Vec<StatusCount>,
    /// Median days from asking to the first response, of those that had one (absent: none had).
    pub median_days_to_first_response: Option<f64>,
    /// Median days from asking to closing, of those closed (absent: none was).
    pub median_days_to_closing: Option<f64>,
    /// Referrals made in the period, per organisation.
    pub referrals: Vec<OrganisationReferrals>,
    /// Event dates in the period by kind, with the residents reached.
    pub events_by_type: Vec<EventTypeCount>,
    /// Members who took part in a training whose last day fell in the period.
    pub training_participants: i64,
    /// Of those, who attended every day.
    pub training_completed: i64,
    /// Candidates from residents' evenings held in the period.
    pub candidates: i64,
    /// Of those, now in a training.
    pub candidates_in_training: i64,
    /// Of those, joined a group.
    pub candidates_joined: i64,
    /// Each residents' evening held in the period, earliest first, with its funnel: signed up,
    /// came, candidates, in a training, joined (the CSV has the totals only).
    pub residents_evenings: Vec<ResidentsEveningReport>,
    /// Resources added in the period.
    pub resources_added: i64,
    /// Resources checked in the period.
    pub resources_checked: i64,
}

/// `GET /api/v1/reports/activity`: the rows of one level for a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ActivityReport {
    /// First day of the period (Europe/Amsterdam).
    pub from: NaiveDate,
    /// Last day of the period, included.
    pub to: NaiveDate,
    /// What each row is about.
    pub level: ReportLevel,
    /// A row per group, per neighbourhood, or per municipality, by name.
    pub rows: Vec<ActivityRow>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a day")
    }

    #[test]
    fn the_default_period_is_the_last_full_quarter() {
        assert_eq!(last_full_quarter(day("2027-05-14")), (day("2027-01-01"), day("2027-03-31")));
        assert_eq!(last_full_quarter(day("2027-01-01")), (day("2026-10-01"), day("2026-12-31")));
        assert_eq!(last_full_quarter(day("2027-12-31")), (day("2027-07-01"), day("2027-09-30")));
    }
}
