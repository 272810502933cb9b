//! How the activity report counts, without a database: the period it covers and the rows of one
//! level from the facts the other features give.

use std::collections::{BTreeMap, HashMap, HashSet};

use api_types::{
    ActivityRow, CandidateStatus, EventStatus, EventType, EventTypeCount, GroupId, InvalidParam, MembershipKind,
    Neighbourhood, NeighbourhoodId, Occurrence, OrganisationId, OrganisationReferrals, OutcomeCount, PersonId,
    QuestionStatus, ReferralOutcome, ReportLevel, ReportUnit, ResidentsEveningReport, StatusCount, Topic, TopicCount,
};
use chrono::{NaiveDate, NaiveDateTime};

use crate::features::events::{EveningFigures, SignUpFigures};
use crate::features::groups::GroupFacts;
use crate::features::questions::{QuestionFact, ReferralFact};
use crate::features::resources::ResourceFact;
use crate::web::http;

/// The longest period a report covers, in days, its first and last both included: a year (the
/// event dates of a period are computed from their series).
pub const MAX_PERIOD_DAYS: i64 = 366;

/// The period of a request: `from` and `to` both (local dates, both included), or neither for the
/// last full quarter. Every problem is listed under `?from` / `?to`.
pub fn period(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(NaiveDate, NaiveDate), Vec<InvalidParam>> {
    match (from, to) {
        (None, None) => Ok(api_types::last_full_quarter(today)),
        (Some(_), None) => Err(vec![http::query_param(
            "to",
            "required",
            "Give the last day too, or neither for the last full quarter.",
        )]),
        (None, Some(_)) => Err(vec![http::query_param(
            "from",
            "required",
            "Give the first day too, or neither for the last full quarter.",
        )]),
        (Some(from), Some(to)) if !plausible(from) || !plausible(to) => Err([("from", from), ("to", to)]
            .into_iter()
            .filter(|(_, day)| !plausible(*day))
            .map(|(name, _)| http::query_param(name, "range", "Must lie in the years 2000 to 2100."))
            .collect()),
        (Some(from), Some(to)) if to < from => Err(vec![http::query_param("to", "range", "Cannot be before from.")]),
        (Some(from), Some(to)) if (to - from).num_days() + 1 > MAX_PERIOD_DAYS => Err(vec![http::query_param(
            "to",
            "range",
            format!("At most {MAX_PERIOD_DAYS} days, the first and the last included."),
        )]),
        (Some(from), Some(to)) => Ok((from, to)),
    }
}

fn plausible(day: NaiveDate) -> bool {
    api_types::rules::PLAUSIBLE_YEARS.contains(&chrono::Datelike::year(&day))
}

/// The median of some values; `None` for none.
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    Some(if values.len().is_multiple_of(2) { (values[middle - 1] + values[middle]) / 2.0 } else { values[middle] })
}

/// Days between two instants, to one decimal.
fn days_between(from: NaiveDateTime, to: NaiveDateTime) -> f64 {
    ((to - from).num_seconds() as f64 / 86_400.0 * 10.0).round() / 10.0
}

/// Everything a report of one period counts, as the features give it.
#[derive(Debug, Default)]
pub struct Facts {
    /// Every group, with its members in the period.
    pub groups: Vec<GroupFacts>,
    /// Every neighbourhood, with its CBS codes.
    pub neighbourhoods: Vec<Neighbourhood>,
    /// The questions asked in the period.
    pub questions: Vec<QuestionFact>,
    /// The referrals made in the period.
    pub referrals: Vec<ReferralFact>,
    /// The organisations' names.
    pub organisations: HashMap<OrganisationId, String>,
    /// The event dates in the period.
    pub dates: Vec<Occurrence>,
    /// Who took part in a training that ended in the period, and whether they completed it.
    pub training: Vec<(PersonId, bool)>,
    /// The candidates' statuses, by the residents' evening they came from.
    pub candidates: HashMap<uuid::Uuid, Vec<CandidateStatus>>,
    /// The confirmed sign-ups of the residents' evenings: people in each party, checked in when.
    pub sign_ups: HashMap<uuid::Uuid, Vec<SignUpFigures>>,
    /// The resources added or checked in the period.
    pub resources: Vec<ResourceFact>,
}

/// What one row counts while the facts are read.
#[derive(Debug, Default)]
struct Tally {
    groups: HashSet<GroupId>,
    connectors: HashSet<PersonId>,
    professionals: HashSet<PersonId>,
    topics: HashMap<Topic, i64>,
    statuses: HashMap<QuestionStatus, i64>,
    to_first_response: Vec<f64>,
    to_closing: Vec<f64>,
    referrals: BTreeMap<OrganisationId, (i64, HashMap<ReferralOutcome, i64>)>,
    dates: HashMap<EventType, (i64, i64)>,
    trained: HashMap<PersonId, bool>,
    candidates: Vec<CandidateStatus>,
    evenings: Vec<ResidentsEveningReport>,
    resources_added: i64,
    resources_checked: i64,
}

/// The key of a row: what it is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Group(GroupId),
    Neighbourhood(NeighbourhoodId),
    Municipality(String),
}

/// How facts find their row at a level.
struct Places<'a> {
    level: ReportLevel,
    neighbourhoods: HashMap<NeighbourhoodId, &'a Neighbourhood>,
    group_neighbourhood: HashMap<GroupId, NeighbourhoodId>,
}

impl Places<'_> {
    /// The row of something in `neighbourhood`, of `group` if it has one; `None` at the group
    /// level for what no group has.
    fn key(&self, group: Option<GroupId>, neighbourhood: Option<NeighbourhoodId>) -> Option<Key> {
        let neighbourhood = neighbourhood.or_else(|| group.and_then(|g| self.group_neighbourhood.get(&g).copied()));
        match self.level {
            ReportLevel::Group => group.map(Key::Group),
            ReportLevel::Neighbourhood => neighbourhood.map(Key::Neighbourhood),
            ReportLevel::Programme => neighbourhood
                .and_then(|n| self.neighbourhoods.get(&n))
                .map(|n| Key::Municipality(n.municipality.clone())),
        }
    }

    fn of_group(&self, group: GroupId) -> Option<Key> {
        self.key(Some(group), None)
    }
}

/// The rows of a level from the facts, by name: one per group, per neighbourhood or per
/// municipality, also where nothing happened. `now` (UTC) leaves out dates yet to come.
pub fn activity(level: ReportLevel, facts: &Facts, now: NaiveDateTime) -> Vec<ActivityRow> {
    let places = Places {
        level,
        neighbourhoods: facts.neighbourhoods.iter().map(|n| (NeighbourhoodId::from(n.id), n)).collect(),
        group_neighbourhood: facts.groups.iter().map(|g| (g.group.id, g.group.neighbourhood_id)).collect(),
    };
    let mut tallies: HashMap<Key, Tally> = HashMap::new();
    // Every unit has a row, also without activity.
    let units: Vec<Key> = match level {
        ReportLevel::Group => facts.groups.iter().map(|g| Key::Group(g.group.id)).collect(),
        ReportLevel::Neighbourhood => facts.neighbourhoods.iter().map(|n| Key::Neighbourhood(n.id.into())).collect(),
        ReportLevel::Programme => {
            facts.neighbourhoods.iter().map(|n| Key::Municipality(n.municipality.clone())).collect()
        }
    };
    for unit in units {
        tallies.entry(unit).or_default();
    }
    let mut groups_of_person: HashMap<PersonId, Vec<GroupId>> = HashMap::new();
    for group in &facts.groups {
        let Some(key) = places.of_group(group.group.id) else { continue };
        let tally = tallies.entry(key).or_default();
        tally.groups.insert(group.group.id);
        for (person, kind) in &group.members {
            match kind {
                MembershipKind::Resident => tally.connectors.insert(*person),
                MembershipKind::Professional => tally.professionals.insert(*person),
            };
            groups_of_person.entry(*person).or_default().push(group.group.id);
        }
    }
    for question in &facts.questions {
        let Some(key) = places.of_group(question.group_id) else { continue };
        let tally = tallies.entry(key).or_default();
        *tally.topics.entry(question.topic).or_default() += 1;
        *tally.statuses.entry(question.status).or_default() += 1;
        if let Some(at) = question.first_response_at {
            tally.to_first_response.push(days_between(question.asked_at, at));
        }
        if let Some(at) = question.closed_at {
            tally.to_closing.push(days_between(question.asked_at, at));
        }
    }
    for referral in &facts.referrals {
        let Some(key) = places.of_group(referral.group_id) else { continue };
        let (total, outcomes) = tallies.entry(key).or_default().referrals.entry(referral.organisation_id).or_default();
        *total += 1;
        if let Some(outcome) = referral.outcome {
            *outcomes.entry(outcome).or_default() += 1;
        }
    }
    for date in &facts.dates {
        // Only what took place: not called off, and begun by now.
        if date.status == EventStatus::Cancelled || date.starts_at.naive_utc() > now {
            continue;
        }
        let Some(key) = places.key(date.group_id.map(GroupId::from), Some(date.neighbourhood_id.into())) else {
            continue;
        };
        let tally = tallies.entry(key).or_default();
        let (dates, reached) = tally.dates.entry(date.event_type).or_default();
        *dates += 1;
        *reached += i64::from(date.residents_reached.unwrap_or(0));
        if date.event_type == EventType::ResidentsEvening {
            let statuses = facts.candidates.get(&date.event_id).cloned().unwrap_or_default();
            tally.candidates.extend(statuses.iter().copied());
            let figures = EveningFigures {
                id: date.event_id.into(),
                title: date.title.clone(),
                starts_at: date.starts_at.naive_utc(),
                residents_reached: date.residents_reached,
                sign_ups: facts.sign_ups.get(&date.event_id).cloned().unwrap_or_default(),
            };
            tally.evenings.push(super::rules::residents_evening(figures, &statuses));
        }
    }
    for (person, completed) in &facts.training {
        let keys: HashSet<Key> =
            groups_of_person.get(person).into_iter().flatten().filter_map(|g| places.of_group(*g)).collect();
        for key in keys {
            let trained = tallies.entry(key).or_default().trained.entry(*person).or_default();
            *trained |= *completed;
        }
    }
    for resource in &facts.resources {
        let Some(key) = places.key(resource.group_id, Some(resource.neighbourhood_id)) else { continue };
        let tally = tallies.entry(key).or_default();
        tally.resources_added += i64::from(resource.added);
        tally.resources_checked += i64::from(resource.checked);
    }

    let mut rows: Vec<ActivityRow> = tallies.into_iter().map(|(key, tally)| row(&key, tally, facts, &places)).collect();
    rows.sort_by(|a, b| {
        let name = |r: &ActivityRow| {
            (r.unit.group_name.clone(), r.unit.neighbourhood_name.clone(), r.unit.municipality.clone())
        };
        name(a).cmp(&name(b)).then(a.unit.group_id.cmp(&b.unit.group_id))
    });
    rows
}

fn row(key: &Key, tally: Tally, facts: &Facts, places: &Places<'_>) -> ActivityRow {
    let neighbourhood = match key {
        Key::Group(g) => places.group_neighbourhood.get(g).and_then(|n| places.neighbourhoods.get(n)).copied(),
        Key::Neighbourhood(n) => places.neighbourhoods.get(n).copied(),
        Key::Municipality(_) => None,
    };
    let group = match key {
        Key::Group(g) => facts.groups.iter().find(|f| f.group.id == *g),
        _ => None,
    };
    // A programme row has the municipality's code when its neighbourhoods agree on one.
    let municipality = match key {
        Key::Municipality(name) => name.clone(),
        _ => neighbourhood.map(|n| n.municipality.clone()).unwrap_or_default(),
    };
    let gemeente_code = match key {
        Key::Municipality(name) => {
            let codes: HashSet<&Option<String>> =
                facts.neighbourhoods.iter().filter(|n| &n.municipality == name).map(|n| &n.gemeente_code).collect();
            if codes.len() == 1 {
                codes.into_iter().next().cloned().flatten()
            } else {
                None
            }
        }
        _ => neighbourhood.and_then(|n| n.gemeente_code.clone()),
    };
    let unit = ReportUnit {
        group_id: group.map(|g| g.group.id.uuid()),
        group_name: group.map(|g| g.group.name.clone()),
        neighbourhood_id: neighbourhood.map(|n| n.id),
        neighbourhood_name: neighbourhood.map(|n| n.name.clone()),
        municipality,
        buurt_code: neighbourhood.and_then(|n| n.buurt_code.clone()),
        wijk_code: neighbourhood.and_then(|n| n.wijk_code.clone()),
        gemeente_code,
    };
    let count = |status: CandidateStatus| tally.candidates.iter().filter(|s| **s == status).count() as i64;
    let mut referrals: Vec<OrganisationReferrals> = tally
        .referrals
        .iter()
        .map(|(organisation, (total, outcomes))| {
            let outcomes: Vec<OutcomeCount> = ReferralOutcome::ALL
                .iter()
                .map(|o| OutcomeCount { outcome: *o, count: outcomes.get(o).copied().unwrap_or(0) })
                .collect();
            OrganisationReferrals {
                organisation_id: organisation.uuid(),
                organisation_name: facts.organisations.get(organisation).cloned().unwrap_or_default(),
                total: *total,
                open: total - outcomes.iter().map(|o| o.count).sum::<i64>(),
                outcomes,
            }
        })
        .collect();
    referrals.sort_by(|a, b| a.organisation_name.cmp(&b.organisation_name));
    ActivityRow {
        unit,
        groups: tally.groups.len() as i64,
        active_connectors: tally.connectors.len() as i64,
        active_professionals: tally.professionals.len() as i64,
        questions_asked: tally.topics.values().sum(),
        questions_by_topic: Topic::ALL
            .iter()
            .map(|t| TopicCount { topic: *t, count: tally.topics.get(t).copied().unwrap_or(0) })
            .collect(),
        questions_by_status: QuestionStatus::ALL
            .iter()
            .map(|s| StatusCount { status: *s, count: tally.statuses.get(s).copied().unwrap_or(0) })
            .collect(),
        median_days_to_first_response: median(tally.to_first_response),
        median_days_to_closing: median(tally.to_closing),
        referrals,
        events_by_type: EventType::ALL
            .iter()
            .map(|t| {
                let (dates, residents_reached) = tally.dates.get(t).copied().unwrap_or((0, 0));
                EventTypeCount { event_type: *t, dates, residents_reached }
            })
            .collect(),
        training_participants: tally.trained.len() as i64,
        training_completed: tally.trained.values().filter(|c| **c).count() as i64,
        candidates: tally.candidates.len() as i64,
        candidates_in_training: count(CandidateStatus::InTraining),
        candidates_joined: count(CandidateStatus::Joined),
        residents_evenings: {
            let mut evenings = tally.evenings;
            evenings.sort_by_key(|e| e.starts_at);
            evenings
        },
        resources_added: tally.resources_added,
        resources_checked: tally.resources_checked,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn without_days_the_period_is_the_last_full_quarter() {
        assert_eq!(period(None, None, day("2027-04-01")), Ok((day("2027-01-01"), day("2027-03-31"))));
    }

    #[test]
    fn a_period_is_both_days_in_order_and_at_most_a_year() {
        let pointers = |r: Result<(NaiveDate, NaiveDate), Vec<InvalidParam>>| {
            r.unwrap_err().into_iter().map(|p| (p.pointer, p.code)).collect::<Vec<_>>()
        };
        let today = day("2027-04-01");
        assert_eq!(pointers(period(Some(day("2027-01-01")), None, today)), vec![("?to".into(), "required".into())]);
        assert_eq!(pointers(period(None, Some(day("2027-01-01")), today)), vec![("?from".into(), "required".into())]);
        assert_eq!(
            pointers(period(Some(day("2027-02-01")), Some(day("2027-01-01")), today)),
            vec![("?to".into(), "range".into())]
        );
        assert_eq!(
            pointers(period(Some(day("2026-01-01")), Some(day("2027-01-03")), today)),
            vec![("?to".into(), "range".into())]
        );
        assert!(period(Some(day("2026-01-01")), Some(day("2027-01-01")), today).is_ok(), "366 days, both included");
        assert_eq!(
            pointers(period(Some(day("2026-01-01")), Some(day("2027-01-02")), today)),
            vec![("?to".into(), "range".into())],
            "367 days"
        );
        assert_eq!(
            pointers(period(Some(day("1999-01-01")), Some(day("1999-02-01")), today)),
            vec![("?from".into(), "range".into()), ("?to".into(), "range".into())]
        );
    }

    #[test]
    fn the_median_of_an_even_count_is_the_middle_two_averaged() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(
            days_between(
                day("2027-01-01").and_hms_opt(0, 0, 0).unwrap(),
                day("2027-01-02").and_hms_opt(12, 0, 0).unwrap()
            ),
            1.5
        );
    }
}
