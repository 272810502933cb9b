//! Members' time: "My time" (log it in two taps from a recent date of the group's agenda, or by
//! hand; this week against the band of two to four hours; the last eight weeks as a small chart
//! with its table), and the group's weeks with their signals for whoever looks after the group.
//! A care signal, never a ranking: members are listed by name. The group's table shows the newest
//! week first, so the weeks that matter are in view on a phone.

use api_types::{
    format_duration, parse_duration, BandPosition, EventStatus, EventType, MemberWeeks, NewTimeEntry, Occurrence,
    SignalKind, TimeActivity, TimeEntry, TimeWeeks,
};
use chrono::{Duration, NaiveDate};
use uuid::Uuid;
use yew::prelude::*;

use crate::amsterdam;
use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::focus_by_id;
use crate::components::field::{setter, SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::hooks::{run_action, use_loaded, use_save, LocalProblem};
use crate::i18n::{use_locale, Arg, I18n};
use crate::session::use_session;

/// The weeks "My time" shows.
const WEEKS: u32 = 8;

/// What the log form holds, as typed.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    date: String,
    duration: String,
    activity: Option<TimeActivity>,
    event_id: Option<Uuid>,
    note: String,
}

impl Values {
    fn today() -> Self {
        Values {
            date: amsterdam::today().to_string(),
            duration: String::new(),
            activity: None,
            event_id: None,
            note: String::new(),
        }
    }

    /// Filled in from a date of the group's agenda: its day, its length, what it was.
    fn from_occurrence(o: &Occurrence) -> Self {
        let minutes = (o.ends_at - o.starts_at).num_minutes().clamp(5, 24 * 60) as i32;
        // To five minutes, as people count their time.
        let minutes = (minutes + 2) / 5 * 5;
        Values {
            date: o.occurrence_date.to_string(),
            duration: format_duration(minutes),
            activity: Some(activity_of(o.event_type)),
            event_id: Some(o.event_id),
            note: String::new(),
        }
    }
}

/// What time at an event of this type was spent on.
fn activity_of(event_type: EventType) -> TimeActivity {
    match event_type {
        EventType::Gathering => TimeActivity::WalkInHour,
        EventType::ConnectorMeeting => TimeActivity::Meeting,
        EventType::Interview => TimeActivity::Interview,
        _ => TimeActivity::Event,
    }
}

/// What is wrong with the form, before it is sent: (pointer, message), or the entry to send.
fn new_entry(group_id: Uuid, v: &Values, today: NaiveDate) -> Result<NewTimeEntry, Vec<LocalProblem>> {
    let mut problems = Vec::new();
    let date = NaiveDate::parse_from_str(v.date.trim(), "%Y-%m-%d").ok();
    match date {
        None => problems.push(("/date", "field-error-date")),
        Some(d) if d > today => problems.push(("/date", "time-error-future")),
        Some(_) => {}
    }
    // The same reading as the server's (`parse_duration` is shared); the words are the page's.
    if parse_duration(&v.duration).is_err() {
        let key = if v.duration.trim().is_empty() { "time-error-duration-missing" } else { "time-error-duration" };
        problems.push(("/duration", key));
    }
    if v.activity.is_none() {
        problems.push(("/activity", "time-error-activity"));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(NewTimeEntry {
        group_id,
        person_id: None,
        date,
        duration: Some(v.duration.trim().to_string()),
        activity: v.activity,
        nothing_this_week: false,
        event_id: v.event_id,
        question_id: None,
        note: Some(v.note.trim().to_string()).filter(|n| !n.is_empty()),
    })
}

/// The "My time" page of a member.
#[function_component]
pub fn MyTimePage() -> Html {
    let i18n = use_locale();
    let session = use_session();
    use_title(i18n.t("time-title"));
    let person = session.me().and_then(|me| me.account.person_id);
    let groups: Vec<Uuid> = session.me().map(|me| me.group_ids.clone()).unwrap_or_default();
    let group = use_state(|| groups.first().copied());
    let today = amsterdam::today();
    let reloads = use_state(|| 0_u32);
    let weeks = use_loaded(((*group), *reloads), |(group, _)| async move {
        match group {
            Some(group) => api::time_weeks(group, WEEKS).await.map(Some),
            None => Ok(None),
        }
    });
    let recent = use_loaded(*group, move |group| async move {
        match group {
            Some(group) => api::occurrences(today - Duration::days(14), today, Some(group), None, None).await,
            None => Ok(Vec::new()),
        }
    });
    let entries = use_loaded(((*group), person, *reloads), move |(group, person, _)| async move {
        match (group, person) {
            (Some(group), Some(person)) => api::time_entries(group, person, today - Duration::weeks(8)).await,
            _ => Ok(Vec::new()),
        }
    });
    // The names of the groups, to choose one when the member is in several.
    let names = use_loaded(groups.clone(), |ids| async move {
        if ids.len() < 2 {
            return Ok(Vec::new());
        }
        Ok(api::all_groups()
            .await?
            .into_iter()
            .filter(|g| ids.contains(&g.id))
            .map(|g| (g.id, g.name))
            .collect::<Vec<_>>())
    });
    let values = use_state(Values::today);
    let save = use_save("error-precondition-failed", Callback::noop());
    let action_error = use_state(|| None::<ApiError>);
    let announce = use_announce();

    let (Some(_), Some(group_id)) = (person, *group) else {
        return html! {
            <section class="page narrow" aria-labelledby="page-title">
                <h1 id="page-title">{ i18n.t("time-title") }</h1>
                <p>{ i18n.t("time-no-group") }</p>
            </section>
        };
    };
    let reload = {
        let reloads = reloads.clone();
        move || reloads.set(*reloads + 1)
    };

    let onsubmit = {
        let (values, save, reload) = (values.clone(), save.clone(), reload.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            match new_entry(group_id, &values, amsterdam::today()) {
                Err(found) => {
                    save.invalid(found);
                    focus_by_id("time-log-title");
                }
                Ok(new) => {
                    let (values, reload) = (values.clone(), reload.clone());
                    save.run(
                        async move { api::create_time_entry(&new).await },
                        |i18n, entry: &TimeEntry| {
                            i18n.ta(
                                "time-logged",
                                &[
                                    ("duration", Arg::Text(entry.duration.clone())),
                                    ("date", Arg::Text(i18n.date(entry.date))),
                                ],
                            )
                        },
                        move |_| {
                            values.set(Values::today());
                            reload();
                        },
                    );
                }
            }
        })
    };
    let nothing = {
        let (action_error, reload, announce, i18n) =
            (action_error.clone(), reload.clone(), announce.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            let new = NewTimeEntry {
                group_id,
                person_id: None,
                date: Some(amsterdam::today()),
                duration: None,
                activity: None,
                nothing_this_week: true,
                event_id: None,
                question_id: None,
                note: None,
            };
            let (reload, announce, i18n) = (reload.clone(), announce.clone(), i18n.clone());
            run_action(
                async move { api::create_time_entry(&new).await },
                action_error.clone(),
                "time-week-title",
                move |_| {
                    announce.emit(i18n.t("time-nothing-logged"));
                    reload();
                },
            );
        })
    };
    let remove = {
        let (action_error, reload, announce, i18n) =
            (action_error.clone(), reload.clone(), announce.clone(), i18n.clone());
        Callback::from(move |id: Uuid| {
            let (reload, announce, i18n) = (reload.clone(), announce.clone(), i18n.clone());
            run_action(api::delete_time_entry(id), action_error.clone(), "time-entries-title", move |_| {
                announce.emit(i18n.t("time-entry-deleted"));
                reload();
            });
        })
    };

    let now = chrono::Utc::now();
    let chips: Vec<Occurrence> = recent
        .value()
        .map(|list| {
            let mut past: Vec<Occurrence> = list
                .iter()
                .filter(|o| o.status != EventStatus::Cancelled && o.starts_at.with_timezone(&chrono::Utc) <= now)
                .cloned()
                .collect();
            past.sort_by_key(|o| std::cmp::Reverse(o.starts_at));
            past.truncate(4);
            past
        })
        .unwrap_or_default();
    let prefill = |o: &Occurrence| {
        let (values, o) = (values.clone(), o.clone());
        Callback::from(move |_: MouseEvent| {
            values.set(Values::from_occurrence(&o));
            focus_by_id("time-save");
        })
    };
    let activities: Vec<(AttrValue, AttrValue)> =
        std::iter::once((AttrValue::from(""), AttrValue::from(i18n.t("time-activity-choose"))))
            .chain(
                TimeActivity::ALL
                    .iter()
                    .map(|a| (AttrValue::from(a.as_str()), AttrValue::from(i18n.time_activity(*a)))),
            )
            .collect();
    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let v = (*values).clone();
    let group_choice = if let Some(names) = names.value().filter(|n| n.len() > 1) {
        let names: Vec<(AttrValue, AttrValue)> =
            names.iter().map(|(id, name)| (AttrValue::from(id.to_string()), AttrValue::from(name.clone()))).collect();
        let group = group.clone();
        html! {
            <SelectField id="time-group" label={i18n.t("time-group")} value={AttrValue::from(group_id.to_string())} options={names}
                onchange={Callback::from(move |x: String| group.set(x.parse().ok()))} />
        }
    } else {
        Html::default()
    };

    html! {
        <article class="page time-page" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("time-title") }</h1>
            <p class="lead">{ i18n.t("time-intro") }</p>
            { group_choice }
            <section class="card" aria-labelledby="time-week-title">
                <h2 id="time-week-title" tabindex="-1">{ i18n.t("time-week") }</h2>
                <ErrorAlert message={action_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
                { match (weeks.error(), weeks.value()) {
                    (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
                    (None, Some(Some(w))) => this_week(&i18n, w),
                    _ => html! { <Loading /> },
                } }
                <button type="button" class="button" onclick={nothing}>{ i18n.t("time-nothing") }</button>
            </section>
            <form class="form card" {onsubmit} novalidate=true aria-labelledby="time-log-title">
                <h2 id="time-log-title" tabindex="-1">{ i18n.t("time-log") }</h2>
                if !chips.is_empty() {
                    <p class="hint" id="time-recent-hint">{ i18n.t("time-recent-hint") }</p>
                    <ul class="chip-list" role="list" aria-describedby="time-recent-hint">
                        { for chips.iter().map(|o| {
                            let chosen = v.event_id == Some(o.event_id) && v.date == o.occurrence_date.to_string();
                            html! {
                                <li>
                                    <button type="button" class={classes!("chip", chosen.then_some("chosen"))}
                                        aria-pressed={if chosen { "true" } else { "false" }} onclick={prefill(o)}>
                                        { format!("{} · {}", o.title, i18n.date_short(o.occurrence_date)) }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                }
                <ErrorAlert message={save.form_error()} details={save.other_errors(&["/date", "/duration", "/activity", "/note"])} />
                <div class="field-row">
                    <TextField id="time-date" label={i18n.t("time-date")} value={v.date.clone()} input_type="date" required=true
                        error={save.field_error("/date")} oninput={set(|v, x| v.date = x)} />
                    <TextField id="time-duration" label={i18n.t("time-duration")} value={v.duration.clone()} required=true
                        hint={Some(AttrValue::from(i18n.t("time-duration-hint")))} autocomplete={Some(AttrValue::Static("off"))}
                        error={save.field_error("/duration")} oninput={set(|v, x| v.duration = x)} />
                </div>
                <SelectField id="time-activity" label={i18n.t("time-activity")} required=true
                    value={AttrValue::from(v.activity.map(|a| a.as_str()).unwrap_or(""))} options={activities}
                    error={save.field_error("/activity")} onchange={set(|v, x| v.activity = TimeActivity::parse(&x))} />
                <TextField id="time-note" label={i18n.t("time-note")} value={v.note.clone()}
                    error={save.field_error("/note")} oninput={set(|v, x| v.note = x)} />
                <div class="actions">
                    <button id="time-save" type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>
                        { i18n.t("time-save") }
                    </button>
                </div>
            </form>
            <section class="card" aria-labelledby="time-weeks-title">
                <h2 id="time-weeks-title">{ i18n.ta("time-weeks", &[("count", Arg::Number(WEEKS as i64))]) }</h2>
                if let Some(Some(w)) = weeks.value() {
                    { own_weeks(&i18n, w) }
                }
            </section>
            <section class="card" aria-labelledby="time-entries-title">
                <h2 id="time-entries-title" tabindex="-1">{ i18n.t("time-entries") }</h2>
                { match (entries.error(), entries.value()) {
                    (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
                    (None, None) => html! { <Loading /> },
                    (None, Some(list)) if list.is_empty() => html! { <p>{ i18n.t("time-entries-none") }</p> },
                    (None, Some(list)) => entry_list(&i18n, list, &remove),
                } }
            </section>
        </article>
    }
}

/// The member's own row, if the weeks hold it.
fn own(w: &TimeWeeks) -> Option<&MemberWeeks> {
    w.members.first()
}

/// This week against the band, in words and as a meter.
fn this_week(i18n: &I18n, w: &TimeWeeks) -> Html {
    let minutes = own(w).and_then(|m| m.weeks.last()).map(|week| week.minutes).unwrap_or(0);
    let band = (format_duration(w.band_minimum_minutes), format_duration(w.band_maximum_minutes));
    html! {
        <>
            <p class="time-now">
                <strong>{ format_duration(minutes) }</strong>{ " " }
                { i18n.ta("time-week-band", &[("min", Arg::Text(band.0)), ("max", Arg::Text(band.1))]) }
            </p>
            <meter min="0" max={(w.band_maximum_minutes * 3 / 2).to_string()} low={w.band_minimum_minutes.to_string()}
                high={w.band_maximum_minutes.to_string()} optimum={((w.band_minimum_minutes + w.band_maximum_minutes) / 2).to_string()}
                value={minutes.to_string()} aria-label={i18n.t("time-week")}>{ format_duration(minutes) }</meter>
        </>
    }
}

/// The member's last weeks: a small bar chart (hidden from screen readers) with its table.
fn own_weeks(i18n: &I18n, w: &TimeWeeks) -> Html {
    let Some(member) = own(w) else { return Html::default() };
    let top = member.weeks.iter().map(|week| week.minutes).max().unwrap_or(0).max(w.band_maximum_minutes) as f64;
    let (width, height, gap) = (40.0, 80.0, 6.0);
    let y = |minutes: i32| height - (minutes as f64 / top * height);
    html! {
        <div class="time-chart">
            <svg viewBox={format!("0 0 {} {}", member.weeks.len() as f64 * (width + gap), height + 16.0)} aria-hidden="true" focusable="false">
                <rect class="band" x="0" width="100%" y={y(w.band_maximum_minutes).to_string()}
                    height={(y(w.band_minimum_minutes) - y(w.band_maximum_minutes)).to_string()} />
                { for member.weeks.iter().enumerate().map(|(i, week)| {
                    let x = i as f64 * (width + gap);
                    html! {
                        <>
                            <rect class={classes!("bar", week.position.as_str().to_string())} x={x.to_string()} y={y(week.minutes).to_string()}
                                width={width.to_string()} height={(height - y(week.minutes)).to_string()} />
                            <text x={(x + width / 2.0).to_string()} y={(height + 13.0).to_string()} text-anchor="middle">
                                { week.week.rsplit('-').next().unwrap_or_default().to_string() }
                            </text>
                        </>
                    }
                }) }
            </svg>
            <table class="table compact">
                <caption class="visually-hidden">{ i18n.t("time-weeks-caption") }</caption>
                <thead><tr><th scope="col">{ i18n.t("time-week-column") }</th><th scope="col">{ i18n.t("time-duration") }</th><th scope="col">{ i18n.t("time-position") }</th></tr></thead>
                <tbody>
                    { for member.weeks.iter().map(|week| html! {
                        <tr>
                            <th scope="row">{ i18n.date_short(week.starts_on) }</th>
                            <td>{ format_duration(week.minutes) }</td>
                            <td>{ i18n.t(&format!("time-position-{}", week.position.as_str())) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The member's entries, newest first, each with a delete for its author.
fn entry_list(i18n: &I18n, list: &[TimeEntry], remove: &Callback<Uuid>) -> Html {
    let mut list = list.to_vec();
    list.sort_by_key(|e| std::cmp::Reverse((e.date, e.created_at)));
    // The latest; the weeks above hold the rest.
    list.truncate(10);
    html! {
        <ul class="entry-list" role="list">
            { for list.iter().map(|e| {
                let what = match e.activity {
                    Some(activity) => format!("{} · {}", format_duration(e.minutes), i18n.time_activity(activity)),
                    None => i18n.t("time-nothing-entry"),
                };
                let id = e.id;
                let remove = remove.clone();
                html! {
                    <li class="entry">
                        <span class="entry-date">{ i18n.date_short(e.date) }</span>
                        <span class="entry-what">{ what }</span>
                        if let Some(note) = &e.note { <span class="hint">{ note.clone() }</span> }
                        if e.may_change {
                            <button type="button" class="button button-small" onclick={Callback::from(move |_| remove.emit(id))}>
                                { i18n.t("time-delete") }
                                <span class="visually-hidden">{ " " }{ i18n.date(e.date) }</span>
                            </button>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

/// Properties of [`GroupTimePage`].
#[derive(Debug, Properties, PartialEq)]
pub struct GroupTimePageProps {
    /// The group's id.
    pub id: Uuid,
}

/// The group's weeks: every resident's weeks against the band with the signals, for the group's
/// professionals and the coordinators (a member sees the totals and their own row).
#[function_component]
pub fn GroupTimePage(props: &GroupTimePageProps) -> Html {
    let i18n = use_locale();
    use_title(i18n.t("time-group-title"));
    let weeks = use_loaded(props.id, |id| api::time_weeks(id, WEEKS));
    let content = match (weeks.error(), weeks.value()) {
        (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
        (None, None) => html! { <Loading /> },
        (None, Some(w)) => group_weeks(&i18n, w),
    };
    html! {
        <article class="page time-page" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("time-group-title") }</h1>
            <p class="lead">{ i18n.t("time-group-intro") }</p>
            { content }
        </article>
    }
}

fn group_weeks(i18n: &I18n, w: &TimeWeeks) -> Html {
    let signal_words = |kind: SignalKind, weeks: &[String]| {
        let list = weeks
            .iter()
            .map(|week| week.rsplit('-').next().unwrap_or_default().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        i18n.ta(
            &format!("time-signal-{}", kind.as_str()),
            &[
                ("max", Arg::Text(format_duration(w.band_maximum_minutes))),
                ("count", Arg::Number(weeks.len() as i64 - i64::from(kind == SignalKind::Back))),
                ("weeks", Arg::Text(list)),
                ("week", Arg::Text(weeks.last().cloned().unwrap_or_default())),
            ],
        )
    };
    let with_signals: Vec<&MemberWeeks> = w.members.iter().filter(|m| !m.signals.is_empty()).collect();
    html! {
        <>
            if w.looks_after {
                <section class="card" aria-labelledby="time-signals-title">
                    <h2 id="time-signals-title">{ i18n.t("time-signals") }</h2>
                    if with_signals.is_empty() {
                        <p>{ i18n.t("time-signals-none") }</p>
                    } else {
                        <ul class="signal-list" role="list">
                            { for with_signals.iter().flat_map(|m| m.signals.iter().map(move |s| (m, s))).map(|(m, s)| html! {
                                <li class={classes!("signal", s.kind.as_str().to_string())}>
                                    <strong>{ m.name.clone() }{ ": " }{ i18n.t(&format!("time-signal-kind-{}", s.kind.as_str())) }</strong>
                                    { " — " }{ signal_words(s.kind, &s.weeks) }
                                </li>
                            }) }
                        </ul>
                    }
                </section>
            }
            <section class="card" aria-labelledby="time-table-title">
                <h2 id="time-table-title">{ i18n.ta("time-weeks", &[("count", Arg::Number(w.weeks.len() as i64))]) }</h2>
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="time-table-title">
                    <table class="table time-table">
                        <thead>
                            <tr>
                                <th scope="col">{ i18n.t("time-member") }</th>
                                { for w.weeks.iter().rev().map(|week| html! {
                                    <th scope="col"><abbr title={i18n.ta("time-week-of", &[("date", Arg::Text(i18n.date(week.starts_on)))])}>
                                        { week.week.rsplit('-').next().unwrap_or_default().to_string() }
                                    </abbr></th>
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for w.members.iter().map(|m| html! {
                                <tr>
                                    <th scope="row">
                                        { m.name.clone() }
                                        if !m.has_account { <span class="hint">{ " " }{ i18n.t("time-no-account") }</span> }
                                    </th>
                                    { for m.weeks.iter().rev().map(|week| html! {
                                        <td class={classes!("position", week.position.as_str().to_string())}>
                                            { match week.position {
                                                BandPosition::NoEntry => "–".to_string(),
                                                BandPosition::Nothing => i18n.t("time-nothing-short"),
                                                _ => format_duration(week.minutes),
                                            } }
                                            <span class="visually-hidden">{ " " }{ i18n.t(&format!("time-position-{}", week.position.as_str())) }</span>
                                        </td>
                                    }) }
                                </tr>
                            }) }
                            <tr class="total">
                                <th scope="row">{ i18n.t("time-group-total") }</th>
                                { for w.weeks.iter().rev().map(|week| html! { <td>{ format_duration(week.minutes) }</td> }) }
                            </tr>
                        </tbody>
                    </table>
                </div>
                <p class="hint">{ i18n.ta("time-band-hint", &[("min", Arg::Text(format_duration(w.band_minimum_minutes))), ("max", Arg::Text(format_duration(w.band_maximum_minutes)))]) }</p>
            </section>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_says_what_is_missing_before_sending() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let group = Uuid::nil();
        let empty = Values {
            date: "2026-12-05".into(),
            duration: String::new(),
            activity: None,
            event_id: None,
            note: String::new(),
        };
        let pointers: Vec<&str> = new_entry(group, &empty, today).unwrap_err().iter().map(|(p, _)| *p).collect();
        assert_eq!(pointers, vec!["/date", "/duration", "/activity"]);
        let wrong = Values {
            duration: "1:75".into(),
            date: "2026-12-04".into(),
            activity: Some(TimeActivity::Other),
            ..empty.clone()
        };
        assert_eq!(new_entry(group, &wrong, today).unwrap_err(), vec![("/duration", "time-error-duration")]);
        let fine = Values { duration: "1:30".into(), note: "  ".into(), ..wrong };
        let entry = new_entry(group, &fine, today).unwrap();
        assert_eq!((entry.duration.as_deref(), entry.note), (Some("1:30"), None));
    }

    #[test]
    fn time_at_an_event_is_what_the_event_is() {
        assert_eq!(activity_of(EventType::Gathering), TimeActivity::WalkInHour);
        assert_eq!(activity_of(EventType::ConnectorMeeting), TimeActivity::Meeting);
        assert_eq!(activity_of(EventType::ResidentsEvening), TimeActivity::Event);
    }
}
