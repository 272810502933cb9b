//! A group's agenda (members): the dates of the coming three months as a list, and a month at a
//! glance as a calendar grid with the previous and next month a button away. On a phone the
//! grid becomes a list of the days that have something on. The group's events as a calendar
//! file, and its public events as a feed to subscribe to.

use std::collections::BTreeMap;

use api_types::{EventStatus, Group, Occurrence};
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::events::{absolute_api_url, occurrences_by_month};
use crate::features::trainings::calendar_data_url;
use crate::hooks::use_loaded;
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;
use crate::session::use_session;

/// The query of `/events/new`: the group that holds the new event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewEventQuery {
    /// The group's id.
    pub group: Uuid,
}

/// Which view of the agenda shows: the coming dates as a list, or a month as a calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AgendaView {
    List,
    Month,
}

/// Properties of [`GroupAgendaPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct GroupAgendaPageProps {
    /// The group's id.
    pub id: Uuid,
}

/// The first day of a month.
fn first_of(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or_default()
}

/// The weeks (Monday to Sunday) a month's grid shows: from the Monday on or before the first
/// to the Sunday on or after the last day.
pub fn month_weeks(first: NaiveDate) -> Vec<[NaiveDate; 7]> {
    let start = first - Days::new(u64::from(first.weekday().num_days_from_monday()));
    let last = first.checked_add_months(Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(first);
    let mut weeks = Vec::new();
    let mut monday = start;
    while monday <= last {
        let mut week = [monday; 7];
        for (offset, day) in week.iter_mut().enumerate() {
            *day = monday + Days::new(offset as u64);
        }
        weeks.push(week);
        monday = monday + Days::new(7);
    }
    weeks
}

fn month_name(i18n: &I18n, first: NaiveDate) -> String {
    i18n.ta(
        "month-year",
        &[
            ("month", Arg::Text(i18n.t(&format!("month-{}", first.month())))),
            ("year", Arg::Number(i64::from(first.year()))),
        ],
    )
}

/// The group agenda page.
#[function_component]
pub fn GroupAgendaPage(props: &GroupAgendaPageProps) -> Html {
    let id = props.id;
    let i18n = use_locale();
    let session = use_session();
    let announce = use_announce();

    let group = use_state(|| None::<Result<Group, ApiError>>);
    let upcoming = use_state(|| None::<Result<Vec<Occurrence>, ApiError>>);
    let month = use_state(|| {
        let today = amsterdam::today();
        first_of(today.year(), today.month())
    });
    // The dates of the month shown, with the days of the weeks around it; the last month's stay
    // until the next month's are in.
    let month_items = use_loaded((id, *month), |(id, first)| async move {
        let weeks = month_weeks(first);
        let from = weeks.first().map(|w| w[0]).unwrap_or(first);
        let to = weeks.last().map(|w| w[6]).unwrap_or(first);
        api::occurrences(from, to, Some(id), None, None).await
    });
    let calendar = use_state(|| None::<String>);
    let location = use_location();
    let view = use_state(|| {
        let month = location.as_ref().is_some_and(|l| l.query_str().contains("view=month"));
        if month {
            AgendaView::Month
        } else {
            AgendaView::List
        }
    });

    use_title(match &*group {
        Some(Ok(g)) => i18n.ta("group-agenda-title", &[("group", Arg::Text(g.name.clone()))]),
        _ => i18n.t("group-agenda-title-plain"),
    });

    // The group, its coming dates and its calendar file load in a chain, each shown as soon as
    // it is in; that chain keeps its own effect rather than use_loaded.
    {
        let (group, upcoming, calendar) = (group.clone(), upcoming.clone(), calendar.clone());
        use_effect_with(id, move |id| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                group.set(Some(api::group(id).await.map(|reply| reply.value)));
                let from = amsterdam::today();
                let to = from.checked_add_days(Days::new(super::AGENDA_DAYS)).unwrap_or(from);
                upcoming.set(Some(api::occurrences(from, to, Some(id), None, None).await));
                // The calendar file is a convenience: without it the page still works.
                calendar.set(api::group_calendar(id).await.ok());
            });
        });
    }

    let g = match &*group {
        None => {
            return html! {
                <section class="page" aria-labelledby="page-title">
                    <h1 id="page-title">{ i18n.t("group-agenda-title-plain") }</h1>
                    <Loading />
                </section>
            }
        }
        Some(Err(e)) => {
            return html! {
                <section class="page" aria-labelledby="page-title">
                    <h1 id="page-title">{ i18n.t("group-agenda-title-plain") }</h1>
                    <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} />
                    <p><Link<Route> to={Route::Groups}>{ i18n.t("back-to-groups") }</Link<Route>></p>
                </section>
            }
        }
        Some(Ok(g)) => g.clone(),
    };

    let go_month = |months: i32| {
        let (month, announce, i18n) = (month.clone(), announce.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            let next = if months < 0 {
                month.checked_sub_months(Months::new(months.unsigned_abs()))
            } else {
                month.checked_add_months(Months::new(months.unsigned_abs()))
            };
            if let Some(next) = next {
                announce.emit(month_name(&i18n, next));
                month.set(next);
            }
        })
    };
    let this_month = {
        let (month, announce, i18n) = (month.clone(), announce.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            let today = amsterdam::today();
            let first = first_of(today.year(), today.month());
            announce.emit(month_name(&i18n, first));
            month.set(first);
        })
    };

    let upcoming_html = match &*upcoming {
        None => html! { <Loading /> },
        Some(Err(e)) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
        Some(Ok(items)) if items.is_empty() => html! { <p>{ i18n.t("group-agenda-empty") }</p> },
        Some(Ok(items)) => occurrences_by_month(&i18n, items, |o| Route::Event { id: o.event_id }, false),
    };

    let month_html = match (month_items.error(), month_items.value()) {
        (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
        (None, None) => html! { <Loading /> },
        (None, Some(items)) => month_grid(&i18n, *month, items),
    };

    let manages = session.manages_group(id);
    let file_name = format!("{}.ics", g.slug);
    let public_feed = absolute_api_url(&api::public_group_calendar_url(&g.slug));
    let show = |to: AgendaView| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(to))
    };
    let switch = html! {
        <div class="view-switch" role="group" aria-label={i18n.t("group-agenda-view")}>
            <button type="button" class="button" aria-pressed={(*view == AgendaView::List).to_string()}
                onclick={show(AgendaView::List)}>{ i18n.t("group-agenda-view-list") }</button>
            <button type="button" class="button" aria-pressed={(*view == AgendaView::Month).to_string()}
                onclick={show(AgendaView::Month)}>{ i18n.t("group-agenda-view-month") }</button>
        </div>
    };

    html! {
        <article class="page group-agenda" aria-labelledby="page-title">
            <p class="breadcrumb">
                <Link<Route> to={Route::Group { id }}>{ i18n.ta("back-to-group", &[("group", Arg::Text(g.name.clone()))]) }</Link<Route>>
            </p>
            <div class="page-head">
                <h1 id="page-title">{ i18n.ta("group-agenda-title", &[("group", Arg::Text(g.name.clone()))]) }</h1>
                if manages {
                    <Link<Route, NewEventQuery> classes="button button-primary" to={Route::NewEvent}
                        query={Some(NewEventQuery { group: id })}>
                        { i18n.t("event-new") }
                    </Link<Route, NewEventQuery>>
                }
            </div>
            { switch }

            if *view == AgendaView::List {
                <section class="card" aria-labelledby="upcoming-title">
                    <h2 id="upcoming-title">{ i18n.t("group-agenda-upcoming") }</h2>
                    <div class="agenda">{ upcoming_html }</div>
                </section>
            } else {
                <section class="card month" aria-labelledby="month-title">
                    <h2 id="month-title">{ i18n.t("group-agenda-month") }</h2>
                    <div class="month-head">
                        <button type="button" class="button" onclick={go_month(-1)}>
                            <span aria-hidden="true">{ "←\u{a0}" }</span>{ i18n.t("month-previous") }
                        </button>
                        <p class="month-name" id="month-name">{ month_name(&i18n, *month) }</p>
                        <button type="button" class="button" onclick={go_month(1)}>
                            { i18n.t("month-next") }<span aria-hidden="true">{ "\u{a0}→" }</span>
                        </button>
                        <button type="button" class="button button-quiet" onclick={this_month}>{ i18n.t("month-this") }</button>
                    </div>
                    { month_html }
                </section>
            }

            <section class="card feeds" aria-labelledby="feeds-title">
                <h2 id="feeds-title">{ i18n.t("group-agenda-feeds") }</h2>
                if let Some(ics) = &*calendar {
                    <p class="calendar-link">
                        <a href={calendar_data_url(ics)} download={file_name}>{ i18n.t("group-agenda-download") }</a>
                        <span class="hint">{ " " }{ i18n.t("group-agenda-download-hint") }</span>
                    </p>
                }
                <p>{ i18n.t("group-agenda-subscribe") }</p>
                <p class="feed-url"><a href={public_feed.clone()}>{ public_feed }</a></p>
            </section>
        </article>
    }
}

/// A month as a table: a column per weekday, a row per week, and in each day of the month its
/// events as links. Screen readers hear the full date in each cell; on a phone it shows.
fn month_grid(i18n: &I18n, first: NaiveDate, items: &[Occurrence]) -> Html {
    let mut by_day: BTreeMap<NaiveDate, Vec<&Occurrence>> = BTreeMap::new();
    for o in items {
        by_day.entry(o.starts_at.date_naive()).or_default().push(o);
    }
    let today = amsterdam::today();
    let in_month = |d: &NaiveDate| d.month() == first.month() && d.year() == first.year();
    let any = by_day.keys().any(in_month);
    let caption = i18n.ta("month-caption", &[("month", Arg::Text(month_name(i18n, first)))]);
    html! {
        <>
            <table class="month-grid" aria-describedby="month-name">
                <caption class="visually-hidden">{ caption }</caption>
                <thead>
                    <tr>
                        { for (1..=7).map(|day| html! {
                            <th scope="col">
                                <abbr title={i18n.t(&format!("weekday-{day}"))}>{ i18n.t(&format!("weekday-short-{day}")) }</abbr>
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for month_weeks(first).into_iter().map(|week| html! {
                        <tr>
                            { for week.into_iter().map(|day| {
                                if !in_month(&day) {
                                    return html! { <td class="day outside"></td> };
                                }
                                let events = by_day.get(&day).cloned().unwrap_or_default();
                                let is_today = day == today;
                                html! {
                                    <td class={classes!("day", events.is_empty().then_some("empty"), is_today.then_some("today"))}>
                                        <p class="day-label">
                                            <span class="day-number" aria-hidden="true">{ day.day() }</span>
                                            <span class="day-full">
                                                { i18n.date_with_weekday(day) }
                                                if is_today { { " " }{ i18n.t("month-today") } }
                                            </span>
                                        </p>
                                        if !events.is_empty() {
                                            <ul class="day-events" role="list">
                                                { for events.into_iter().map(|o| {
                                                    let cancelled = o.status == EventStatus::Cancelled;
                                                    html! {
                                                        <li class={classes!(cancelled.then_some("is-cancelled"))}>
                                                            <Link<Route> to={Route::Event { id: o.event_id }}>
                                                                <span class="day-event-time">{ i18n.clock(&o.starts_at) }</span>
                                                                { " " }{ o.title.clone() }
                                                                if cancelled {
                                                                    { " " }<span class="day-event-status">{ i18n.t("occurrence-cancelled-short") }</span>
                                                                }
                                                            </Link<Route>>
                                                        </li>
                                                    }
                                                }) }
                                            </ul>
                                        }
                                    </td>
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            if !any {
                <p class="month-empty">{ i18n.t("month-empty") }</p>
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_grid_runs_from_monday_to_sunday() {
        // March 2026 starts on a Sunday and ends on a Tuesday: six rows.
        let weeks = month_weeks(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        assert_eq!(weeks.len(), 6);
        assert_eq!(weeks[0][0], NaiveDate::from_ymd_opt(2026, 2, 23).unwrap());
        assert_eq!(weeks[5][6], NaiveDate::from_ymd_opt(2026, 4, 5).unwrap());
        // February 2027 starts on a Monday and has exactly four weeks.
        let weeks = month_weeks(NaiveDate::from_ymd_opt(2027, 2, 1).unwrap());
        assert_eq!(weeks.len(), 4);
        assert_eq!(weeks[3][6], NaiveDate::from_ymd_opt(2027, 2, 28).unwrap());
    }
}
