//! The fixed days of a scheduled training: each day with its date and times, a link to its
//! attendance register and a form to move it; and the days as a calendar file.

use api_types::{NewDateOption, TrainingSession};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::announce::use_announce;
use crate::api;
use crate::features::trainings::calendar_data_url;
use crate::features::trainings::date_options::{slot_html, slot_text, SlotForm, SlotFuture};
use crate::i18n::{use_locale, Arg};
use crate::route::Route;

/// Properties of [`SessionsSection`].
#[derive(Debug, Properties, PartialEq)]
pub struct SessionsSectionProps {
    /// The training.
    pub training_id: Uuid,
    /// The training's title, for the calendar file's name.
    pub title: String,
    /// The days, in order.
    pub sessions: Vec<TrainingSession>,
    /// The days as iCalendar text, once loaded.
    pub calendar: Option<String>,
    /// Whether the account may move days and keep attendance (a coordinator).
    pub manages: bool,
    /// Whether days can still be moved (the training is scheduled, not completed or cancelled).
    pub movable: bool,
    /// Called after a day moved.
    pub on_changed: Callback<()>,
}

/// The days section of the planner.
#[function_component]
pub fn SessionsSection(props: &SessionsSectionProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let moving = use_state(|| None::<Uuid>);

    let file_name = {
        let slug: String = props
            .title
            .chars()
            .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        format!("{slug}.ics")
    };

    html! {
        <>
            <ol class="sessions" role="list">
                { for props.sessions.iter().map(|s| {
                    let number = i64::from(s.day_number);
                    let open_move = {
                        let (moving, id) = (moving.clone(), s.id);
                        Callback::from(move |_: MouseEvent| moving.set(Some(id)))
                    };
                    let close = {
                        let moving = moving.clone();
                        Callback::from(move |_| moving.set(None))
                    };
                    let send = {
                        let (training_id, session_id) = (props.training_id, s.id);
                        Callback::from(move |slot: NewDateOption| -> SlotFuture {
                            Box::pin(async move { api::move_session(training_id, session_id, &slot).await.map(|_| ()) })
                        })
                    };
                    let on_done = {
                        let (moving, announce, i18n, on_changed) =
                            (moving.clone(), announce.clone(), i18n.clone(), props.on_changed.clone());
                        Callback::from(move |slot: NewDateOption| {
                            moving.set(None);
                            let when = slot_text(&i18n, slot.date, &slot.start_time, &slot.end_time);
                            announce.emit(i18n.ta("session-moved", &[("day", Arg::Number(number)), ("when", Arg::Text(when))]));
                            on_changed.emit(());
                        })
                    };
                    let initial = NewDateOption { date: s.date, start_time: s.start_time.clone(), end_time: s.end_time.clone() };
                    html! {
                        <li class={classes!("card", "session", (*moving == Some(s.id)).then_some("moving"))}>
                            <h3>{ i18n.ta("session-day", &[("day", Arg::Number(number))]) }</h3>
                            <p class="session-when">{ slot_html(&i18n, s.date, &s.start_time, &s.end_time) }</p>
                            if props.manages {
                                <div class="actions">
                                    <Link<Route> classes="button" to={Route::Attendance { id: props.training_id, session: s.id }}>
                                        { i18n.ta("session-register", &[("day", Arg::Number(number))]) }
                                    </Link<Route>>
                                    if props.movable && *moving != Some(s.id) {
                                        <button type="button" class="button" onclick={open_move}>
                                            { i18n.t("session-move") }
                                            <span class="visually-hidden">{ " " }{ i18n.ta("session-day", &[("day", Arg::Number(number))]) }</span>
                                        </button>
                                    }
                                </div>
                                if *moving == Some(s.id) {
                                    <SlotForm id={format!("move-{}", s.id)}
                                        title={Some(AttrValue::from(i18n.ta("session-move-title", &[("day", Arg::Number(number))])))}
                                        submit_label={i18n.t("session-move-submit")} initial={Some(initial)}
                                        {send} {on_done} on_cancel={Some(close)} autofocus=true />
                                }
                            }
                        </li>
                    }
                }) }
            </ol>
            if let Some(ics) = &props.calendar {
                <p class="calendar-link">
                    <a href={calendar_data_url(ics)} download={file_name}>{ i18n.t("calendar-download") }</a>
                    <span class="hint">{ " " }{ i18n.t("calendar-download-hint") }</span>
                </p>
            }
        </>
    }
}
