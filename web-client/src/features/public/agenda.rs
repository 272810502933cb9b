//! The public agenda, without log-in: every public event of the coming three months. A weekly
//! series (the walk-in hour) is shown once, with its usual day and time, its next date and the
//! dates that change; single events follow by month. Residents narrow it to a neighbourhood or a
//! group, and each group links to its own page where they ask it a question. The feed to follow
//! it in a calendar app closes the page.

use api_types::{EventStatus, Occurrence, Recurrence};
use chrono::Days;
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::api;
use crate::components::field::SelectField;
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::events::{
    absolute_api_url, location_text, occurrences_by_month, EventStatusBadge, GroupLink, AGENDA_DAYS,
};
use crate::hooks::use_loaded;
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;

/// A weekly series as the agenda shows it: once.
#[derive(Debug, PartialEq)]
pub struct Series<'a> {
    /// A date at the series' own day and time (the first one not moved), for "every Tuesday
    /// 10:00–12:00".
    pub usual: &'a Occurrence,
    /// The next date that goes ahead, if any in the window.
    pub next: Option<&'a Occurrence>,
    /// The dates in the window that are called off or moved, earliest first.
    pub changed: Vec<&'a Occurrence>,
}

/// Splits the agenda's dates (earliest first) into its series, each once, in the order of
/// their next date, and its single events.
pub fn series_and_singles(items: &[Occurrence]) -> (Vec<Series<'_>>, Vec<&Occurrence>) {
    let mut series: Vec<(Uuid, Vec<&Occurrence>)> = Vec::new();
    let mut singles = Vec::new();
    for o in items {
        if !o.recurring {
            singles.push(o);
        } else if let Some((_, dates)) = series.iter_mut().find(|(id, _)| *id == o.event_id) {
            dates.push(o);
        } else {
            series.push((o.event_id, vec![o]));
        }
    }
    let mut series: Vec<Series<'_>> = series
        .into_iter()
        .map(|(_, dates)| Series {
            usual: dates.iter().find(|o| !o.moved).copied().unwrap_or(dates[0]),
            next: dates.iter().find(|o| o.status == EventStatus::Scheduled).copied(),
            changed: dates.iter().filter(|o| o.moved || o.status == EventStatus::Cancelled).copied().collect(),
        })
        .collect();
    // A series with nothing ahead goes last; otherwise the soonest first.
    series.sort_by_key(|s| s.next.map_or((1, s.usual.starts_at), |n| (0, n.starts_at)));
    (series, singles)
}

/// The choices of one filter: (id, name), by name.
pub type Choices = Vec<(Uuid, String)>;

/// The neighbourhoods and the groups the agenda's dates belong to, each once, by name: the
/// choices of its filters.
pub fn filter_choices(items: &[Occurrence]) -> (Choices, Choices) {
    let mut neighbourhoods: Vec<(Uuid, String)> = Vec::new();
    let mut groups: Vec<(Uuid, String)> = Vec::new();
    for o in items {
        if let Some(name) = &o.neighbourhood_name {
            if !neighbourhoods.iter().any(|(id, _)| *id == o.neighbourhood_id) {
                neighbourhoods.push((o.neighbourhood_id, name.clone()));
            }
        }
        if let (Some(id), Some(name)) = (o.group_id, &o.group_name) {
            if !groups.iter().any(|(g, _)| *g == id) {
                groups.push((id, name.clone()));
            }
        }
    }
    neighbourhoods.sort_by(|a, b| a.1.cmp(&b.1));
    groups.sort_by(|a, b| a.1.cmp(&b.1));
    (neighbourhoods, groups)
}

/// What the resident narrowed the agenda to.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Narrowed {
    neighbourhood: Option<Uuid>,
    group: Option<Uuid>,
}

impl Narrowed {
    fn keeps(&self, o: &Occurrence) -> bool {
        self.neighbourhood.is_none_or(|n| n == o.neighbourhood_id) && self.group.is_none_or(|g| o.group_id == Some(g))
    }
}

/// The public agenda page.
#[function_component]
pub fn PublicAgendaPage() -> Html {
    let i18n = use_locale();
    use_title(i18n.t("agenda-title"));
    let narrowed = use_state(Narrowed::default);

    let list = use_loaded((), |_| async {
        let from = amsterdam::today();
        let to = from.checked_add_days(Days::new(AGENDA_DAYS)).unwrap_or(from);
        api::public_occurrences(from, to, None).await
    });

    let body = match (list.error(), list.value()) {
        (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
        (None, None) => html! { <Loading /> },
        (None, Some(items)) if items.is_empty() => html! { <p>{ i18n.t("agenda-empty") }</p> },
        (None, Some(items)) => {
            let kept: Vec<Occurrence> = items.iter().filter(|o| narrowed.keeps(o)).cloned().collect();
            html! {
                <>
                    { filters(&i18n, items, &narrowed) }
                    <div aria-live="polite">{ agenda(&i18n, &kept) }</div>
                </>
            }
        }
    };
    let feed = absolute_api_url(&api::public_calendar_url());

    html! {
        <section class="page agenda" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("agenda-title") }</h1>
            <p class="lead">{ i18n.t("agenda-intro") }</p>
            { body }
            <section class="card feed" aria-labelledby="feed-title">
                <h2 id="feed-title">{ i18n.t("agenda-feed-title") }</h2>
                <p>{ i18n.t("agenda-feed-intro") }</p>
                <p class="feed-url"><a href={feed.clone()}>{ feed }</a></p>
            </section>
        </section>
    }
}

/// The two drop-downs, each only when there is something to choose between. The groups are
/// those of the neighbourhood chosen; choosing another neighbourhood keeps the group only if it
/// is one of that neighbourhood's.
fn filters(i18n: &I18n, items: &[Occurrence], narrowed: &UseStateHandle<Narrowed>) -> Html {
    let (neighbourhoods, all_groups) = filter_choices(items);
    let in_neighbourhood: Vec<Occurrence> = match narrowed.neighbourhood {
        Some(n) => items.iter().filter(|o| o.neighbourhood_id == n).cloned().collect(),
        None => items.to_vec(),
    };
    let (_, groups) = filter_choices(&in_neighbourhood);
    if neighbourhoods.len() < 2 && all_groups.len() < 2 {
        return Html::default();
    }
    let options = |all: &str, list: &[(Uuid, String)]| {
        let mut options = vec![(AttrValue::from(""), AttrValue::from(i18n.t(all)))];
        options.extend(list.iter().map(|(id, name)| (AttrValue::from(id.to_string()), AttrValue::from(name.clone()))));
        options
    };
    let value = |id: Option<Uuid>| AttrValue::from(id.map(|id| id.to_string()).unwrap_or_default());
    let set = |change: fn(&mut Narrowed, Option<Uuid>)| {
        let narrowed = narrowed.clone();
        let items = items.to_vec();
        Callback::from(move |text: String| {
            let mut next = *narrowed;
            change(&mut next, text.parse().ok());
            if let (Some(n), Some(g)) = (next.neighbourhood, next.group) {
                if !items.iter().any(|o| o.neighbourhood_id == n && o.group_id == Some(g)) {
                    next.group = None;
                }
            }
            narrowed.set(next);
        })
    };
    html! {
        <section class="card filters agenda-filters" aria-labelledby="filters-title">
            <h2 id="filters-title">{ i18n.t("agenda-filters") }</h2>
            <div class="filter-fields">
                if neighbourhoods.len() >= 2 {
                    <SelectField id="agenda-neighbourhood" label={i18n.t("agenda-filter-neighbourhood")}
                        options={options("agenda-all-neighbourhoods", &neighbourhoods)} value={value(narrowed.neighbourhood)}
                        onchange={set(|n, id| n.neighbourhood = id)} />
                }
                if all_groups.len() >= 2 && !groups.is_empty() {
                    <SelectField id="agenda-group" label={i18n.t("agenda-filter-group")}
                        options={options("agenda-all-groups", &groups)} value={value(narrowed.group)}
                        onchange={set(|n, id| n.group = id)} />
                }
            </div>
        </section>
    }
}

/// The series once each, then the single events by month.
pub(crate) fn agenda(i18n: &I18n, items: &[Occurrence]) -> Html {
    if items.is_empty() {
        return html! { <p class="agenda-none">{ i18n.t("agenda-none-chosen") }</p> };
    }
    let (series, singles) = series_and_singles(items);
    let singles: Vec<Occurrence> = singles.into_iter().cloned().collect();
    html! {
        <>
            if !series.is_empty() {
                <section class="agenda-series" aria-labelledby="series-title">
                    <h2 id="series-title" class="agenda-month-title">{ i18n.t("agenda-series-title") }</h2>
                    <ul class="occurrences" role="list">
                        { for series.iter().map(|s| series_item(i18n, s)) }
                    </ul>
                </section>
            }
            if !singles.is_empty() {
                { occurrences_by_month(i18n, &singles, |o| Route::PublicEvent { id: o.event_id }, true) }
            }
        </>
    }
}

/// One series: every Tuesday 10:00–12:00, the title, where, who, the next date and the changed
/// dates.
fn series_item(i18n: &I18n, series: &Series<'_>) -> Html {
    let usual = series.usual;
    let rule = Recurrence { interval_weeks: usual.interval_weeks.unwrap_or(1), until: usual.last_date, count: None };
    let every = i18n.recurrence_with_time(&rule, &usual.starts_at, &usual.ends_at);
    let to = Route::PublicEvent { id: usual.event_id };
    let changed = |o: &Occurrence| {
        let date = i18n.date_with_weekday(o.occurrence_date);
        let text = if o.status == EventStatus::Cancelled {
            match &o.cancellation_reason {
                Some(reason) => i18n.ta(
                    "agenda-series-off-because",
                    &[("date", Arg::Text(date)), ("reason", Arg::Text(reason.clone()))],
                ),
                None => i18n.ta("agenda-series-off", &[("date", Arg::Text(date))]),
            }
        } else {
            i18n.ta(
                "agenda-series-moved",
                &[("date", Arg::Text(date)), ("when", Arg::Text(i18n.event_when(&o.starts_at, &o.ends_at)))],
            )
        };
        html! { <li>{ text }</li> }
    };
    html! {
        <li class="occurrence occurrence-series">
            <p class="occurrence-when">{ every }</p>
            <h3 class="occurrence-title"><Link<Route> to={to}>{ usual.title.clone() }</Link<Route>></h3>
            <p class="occurrence-meta">
                <span class="badge badge-neutral">{ i18n.event_type(usual.event_type) }</span>
                if series.next.is_none() {
                    { " " }<EventStatusBadge status={EventStatus::Cancelled} />
                }
            </p>
            <p class="occurrence-where">{ location_text(&usual.location) }</p>
            <GroupLink occurrence={usual.clone()} />
            if let Some(next) = series.next {
                <p class="occurrence-next">
                    { i18n.ta("agenda-series-next", &[("when", Arg::Text(i18n.event_when(&next.starts_at, &next.ends_at)))]) }
                </p>
            }
            if !series.changed.is_empty() {
                <ul class="occurrence-changes">{ for series.changed.iter().map(|o| changed(o)) }</ul>
            }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use api_types::{EventType, Location, Visibility};
    use chrono::{DateTime, NaiveDate};

    fn date(event: u128, day: u32, recurring: bool) -> Occurrence {
        let at = |hour: u32| {
            DateTime::parse_from_rfc3339(&format!("2027-03-{day:02}T{hour:02}:00:00+01:00")).expect("a valid instant")
        };
        Occurrence {
            event_id: Uuid::from_u128(event),
            occurrence_date: NaiveDate::from_ymd_opt(2027, 3, day).expect("a valid date"),
            event_type: EventType::ConnectorMeeting,
            title: format!("Event {event}"),
            starts_at: at(10),
            ends_at: at(12),
            location: Location::default(),
            group_id: Some(Uuid::from_u128(100 + event % 2)),
            group_name: Some(format!("Groep {}", event % 2)),
            group_slug: Some(format!("groep-{}", event % 2)),
            neighbourhood_id: Uuid::from_u128(200),
            neighbourhood_name: Some("De Linde".into()),
            visibility: Visibility::Public,
            status: EventStatus::Scheduled,
            cancellation_reason: None,
            moved: false,
            recurring,
            interval_weeks: recurring.then_some(1),
            last_date: None,
            residents_reached: None,
            notes: None,
        }
    }

    #[test]
    fn a_series_is_shown_once_with_its_next_date_and_its_changes() {
        let mut off = date(1, 9, true);
        off.status = EventStatus::Cancelled;
        let mut moved = date(1, 16, true);
        moved.moved = true;
        let items = vec![date(2, 1, false), date(1, 2, true), off.clone(), moved.clone(), date(1, 23, true)];
        let (series, singles) = series_and_singles(&items);
        assert_eq!(series.len(), 1);
        assert_eq!(series[0].usual.occurrence_date.to_string(), "2027-03-02");
        assert_eq!(series[0].next.map(|n| n.occurrence_date.to_string()).as_deref(), Some("2027-03-02"));
        assert_eq!(series[0].changed, vec![&off, &moved]);
        assert_eq!(singles, vec![&items[0]]);
    }

    #[test]
    fn a_series_with_every_date_off_goes_last_and_has_no_next_date() {
        let mut off = date(3, 1, true);
        off.status = EventStatus::Cancelled;
        let items = vec![off, date(5, 8, true)];
        let (series, _) = series_and_singles(&items);
        assert_eq!(series.iter().map(|s| s.usual.event_id.as_u128()).collect::<Vec<_>>(), vec![5, 3]);
        assert!(series[1].next.is_none());
    }

    #[test]
    fn the_filters_offer_each_neighbourhood_and_group_once_by_name() {
        let items = vec![date(1, 2, true), date(1, 9, true), date(2, 3, false)];
        let (neighbourhoods, groups) = filter_choices(&items);
        assert_eq!(neighbourhoods, vec![(Uuid::from_u128(200), "De Linde".to_string())]);
        assert_eq!(groups.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(), vec!["Groep 0", "Groep 1"]);
        let narrowed = Narrowed { neighbourhood: None, group: Some(Uuid::from_u128(100)) };
        assert_eq!(items.iter().filter(|o| narrowed.keeps(o)).count(), 1);
    }
}
