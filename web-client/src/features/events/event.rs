//! One event as the group's members see it: its details and status; for a series the coming
//! dates, each of which can be called off (with a reason) or moved, and the past dates with what
//! they reached; calling off the whole event; what it reached afterwards (residents reached,
//! notes, and for an interview the interviewee's consent to a story); and who signed up, with
//! the waiting list and a link to the check-in list.

use api_types::{
    Event, EventPatch, EventStatus, EventType, InvalidParam, NewDateOption, Occurrence, OccurrencePatch, Problem,
    Registration, RegistrationPatch, RegistrationStatus, Visibility,
};
use chrono::{Days, NaiveTime};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::{focus_by_id, ConfirmAction};
use crate::components::field::TextField;
use crate::components::layout::use_title;
use crate::components::loading::{Loading, LoadingPage};
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
use crate::features::events::phone_sign_up::PhoneSignUp;
use crate::features::events::{location_text, EventStatusBadge};
use crate::features::trainings::date_options::{SlotForm, SlotFuture};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;

/// Properties of [`EventPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct EventPageProps {
    /// The event's id.
    pub id: Uuid,
}

/// How many coming dates of a series show before "show all".
const FIRST_DATES: usize = 8;
/// How many weeks back the past dates of a series go.
const PAST_DAYS: u64 = 56;
/// How far ahead the coming dates of a series go (the window may span at most 366 days).
const AHEAD_DAYS: u64 = 300;

/// A problem made in the browser, for a time that does not exist in the Netherlands, so the form
/// shows it beside its field like the API's own problems.
fn local_problem(i18n: &I18n, pointer: &str) -> ApiError {
    ApiError::Problem(Problem {
        type_: "about:blank#invalid-input".into(),
        title: i18n.t("error-invalid-input"),
        status: 400,
        detail: i18n.t("error-invalid-input"),
        instance: None,
        errors: vec![InvalidParam {
            pointer: pointer.into(),
            detail: i18n.t("field-error-time-skipped"),
            code: "time_skipped".into(),
        }],
        unmet_rules: Vec::new(),
        other_groups: Vec::new(),
    })
}

/// The same problem with its input pointers renamed, for a form whose fields are not the API's.
fn with_pointers(error: ApiError, renames: &[(&str, &str)]) -> ApiError {
    match error {
        ApiError::Problem(mut problem) => {
            for param in &mut problem.errors {
                if let Some((_, to)) = renames.iter().find(|(from, _)| *from == param.pointer) {
                    param.pointer = (*to).to_string();
                }
            }
            ApiError::Problem(problem)
        }
        other => other,
    }
}

fn parse_time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}

/// The event page.
#[function_component]
pub fn EventPage(props: &EventPageProps) -> Html {
    let id = props.id;
    let i18n = use_locale();
    let announce = use_announce();

    let event = use_state(|| None::<(Event, Option<String>)>);
    let load_error = use_state(|| None::<ApiError>);
    let registrations = use_state(|| None::<Result<Vec<Registration>, ApiError>>);
    let dates = use_state(|| None::<Result<Vec<Occurrence>, ApiError>>);
    let cancelling = use_state(|| false);
    let all_dates = use_state(|| false);
    let cancel_error = use_state(|| None::<ApiError>);
    let registration_error = use_state(|| None::<ApiError>);
    let notice = use_state(|| None::<String>);
    let reload = use_state(|| 0_u32);

    use_title(event.as_ref().map(|(e, _)| e.title.clone()).unwrap_or_else(|| i18n.t("event-title")));

    // The page keeps its own load rather than use_loaded: it loads in a chain, the event first and
    // then its dates (a series) or its sign-ups (a single event), and shows the event as soon as
    // it is in, before the rest.
    {
        let (event, load_error, registrations, dates) =
            (event.clone(), load_error.clone(), registrations.clone(), dates.clone());
        use_effect_with((id, *reload), move |(id, _)| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                match api::event(id).await {
                    Ok(reply) => {
                        let series = reply.value.recurrence.is_some();
                        load_error.set(None);
                        event.set(Some((reply.value, reply.etag)));
                        if series {
                            let today = amsterdam::today();
                            let from = today.checked_sub_days(Days::new(PAST_DAYS)).unwrap_or(today);
                            let to = today.checked_add_days(Days::new(AHEAD_DAYS)).unwrap_or(today);
                            dates.set(Some(api::occurrences(from, to, None, Some(id), None).await));
                        } else {
                            // Only single events take sign-ups.
                            registrations.set(Some(api::registrations(id).await));
                        }
                    }
                    Err(e) => load_error.set(Some(e)),
                }
            });
        });
    }

    let Some((e, etag)) = (*event).clone() else {
        let message = load_error.as_ref().map(|e| match e.status() {
            Some(403) => i18n.t("event-forbidden"),
            Some(404) => i18n.t("event-not-found"),
            _ => error_text(&i18n, e),
        });
        return html! {
            <LoadingPage title={i18n.t("event-title")} error={message.map(AttrValue::from)}
                back={Some((Route::Groups, AttrValue::from(i18n.t("back-to-groups"))))} />
        };
    };

    let on_changed = {
        let reload = reload.clone();
        Callback::from(move |_| reload.set(*reload + 1))
    };
    // A change of the event itself: keep the answer and its ETag, or reload after a lost update.
    let apply_patch = {
        let (event, notice, reload, announce, i18n) =
            (event.clone(), notice.clone(), reload.clone(), announce.clone(), i18n.clone());
        Callback::from(move |(result, message): (Result<api::Reply<Event>, ApiError>, String)| -> Option<ApiError> {
            match result {
                Ok(reply) => {
                    notice.set(None);
                    announce.emit(message);
                    event.set(Some((reply.value, reply.etag)));
                    reload.set(*reload + 1);
                    None
                }
                Err(e) if e.status() == Some(412) => {
                    let message = i18n.t("event-changed-elsewhere");
                    announce.emit(message.clone());
                    notice.set(Some(message));
                    reload.set(*reload + 1);
                    None
                }
                Err(e) => Some(e),
            }
        })
    };

    let cancelled = e.status == EventStatus::Cancelled;
    let series = e.recurrence.is_some();
    let started = e.starts_at.with_timezone(&chrono::Utc) <= chrono::Utc::now();
    // As the API has it: a single, public, scheduled event that has not started takes sign-ups.
    let sign_up_open = !series && !cancelled && !started && e.visibility == Visibility::Public;
    let on_recorded = {
        let reload = reload.clone();
        Callback::from(move |_: Registration| reload.set(*reload + 1))
    };
    let cancel_registration = {
        let (reload, announce, i18n, registration_error) =
            (reload.clone(), announce.clone(), i18n.clone(), registration_error.clone());
        Callback::from(move |r: Registration| {
            let (reload, announce, i18n, registration_error) =
                (reload.clone(), announce.clone(), i18n.clone(), registration_error.clone());
            let patch =
                RegistrationPatch { status: Some(RegistrationStatus::Cancelled), ..RegistrationPatch::default() };
            wasm_bindgen_futures::spawn_local(async move {
                match api::patch_registration(r.event_id, r.id, &patch).await {
                    Ok(_) => {
                        registration_error.set(None);
                        announce.emit(i18n.ta("registration-cancelled-for", &[("name", Arg::Text(r.name.clone()))]));
                        reload.set(*reload + 1);
                        focus_by_id("registrations-title");
                    }
                    Err(e) => registration_error.set(Some(e)),
                }
            });
        })
    };
    let show_all_dates = {
        let all_dates = all_dates.clone();
        Callback::from(move |_: MouseEvent| {
            all_dates.set(true);
            focus_by_id("dates-coming-title");
        })
    };
    let cancel_event = {
        let (cancelling, cancel_error, apply_patch, etag, i18n) =
            (cancelling.clone(), cancel_error.clone(), apply_patch.clone(), etag.clone(), i18n.clone());
        let title = e.title.clone();
        Callback::from(move |reason: String| -> SlotFuture {
            let (cancelling, cancel_error, apply_patch, etag, i18n, title) = (
                cancelling.clone(),
                cancel_error.clone(),
                apply_patch.clone(),
                etag.clone(),
                i18n.clone(),
                title.clone(),
            );
            Box::pin(async move {
                let patch = EventPatch {
                    status: Some(EventStatus::Cancelled),
                    cancellation_reason: Some(reason),
                    ..EventPatch::default()
                };
                let result = api::patch_event(id, &patch, etag).await;
                let message = i18n.ta("event-cancelled-message", &[("title", Arg::Text(title))]);
                match apply_patch.emit((result, message)) {
                    Some(error) => Err(error),
                    None => {
                        cancel_error.set(None);
                        cancelling.set(false);
                        focus_by_id("details-title");
                        Ok(())
                    }
                }
            })
        })
    };
    let reinstate = {
        let (cancel_error, apply_patch, etag, i18n) =
            (cancel_error.clone(), apply_patch.clone(), etag.clone(), i18n.clone());
        let title = e.title.clone();
        Callback::from(move |_: MouseEvent| {
            let (cancel_error, apply_patch, etag, i18n, title) =
                (cancel_error.clone(), apply_patch.clone(), etag.clone(), i18n.clone(), title.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let patch = EventPatch { status: Some(EventStatus::Scheduled), ..EventPatch::default() };
                let result = api::patch_event(id, &patch, etag).await;
                let message = i18n.ta("event-reinstated-message", &[("title", Arg::Text(title))]);
                cancel_error.set(apply_patch.emit((result, message)));
            });
        })
    };
    let open_cancel = {
        let cancelling = cancelling.clone();
        Callback::from(move |_: MouseEvent| cancelling.set(true))
    };
    let close_cancel = {
        let cancelling = cancelling.clone();
        Callback::from(move |_| {
            cancelling.set(false);
            focus_by_id("cancel-event-button");
        })
    };

    let save_after = {
        let (apply_patch, etag, i18n) = (apply_patch.clone(), etag.clone(), i18n.clone());
        Callback::from(move |after: After| -> SlotFuture {
            let (apply_patch, etag, i18n) = (apply_patch.clone(), etag.clone(), i18n.clone());
            Box::pin(async move {
                let patch = EventPatch {
                    residents_reached: Some(after.residents_reached),
                    notes: Some(after.notes),
                    story_consent: after.story_consent,
                    ..EventPatch::default()
                };
                let result = api::patch_event(id, &patch, etag).await;
                match apply_patch.emit((result, i18n.t("event-after-saved"))) {
                    Some(error) => Err(error),
                    None => Ok(()),
                }
            })
        })
    };

    let back = match e.group_id {
        Some(group) => html! {
            <Link<Route> to={Route::GroupAgenda { id: group }}>{ i18n.t("back-to-agenda") }</Link<Route>>
        },
        None => html! { <Link<Route> to={Route::Groups}>{ i18n.t("back-to-groups") }</Link<Route>> },
    };

    html! {
        <article class="page event-page" aria-labelledby="page-title">
            <p class="breadcrumb">{ back }</p>
            <div class="page-head">
                <h1 id="page-title">{ e.title.clone() }</h1>
                <EventStatusBadge status={e.status} />
            </div>
            if let Some(message) = &*notice {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            if cancelled {
                <div class="alert alert-error event-cancelled">
                    <p>{ i18n.t("event-is-cancelled") }</p>
                    if let Some(reason) = &e.cancellation_reason {
                        <p>{ i18n.ta("event-cancelled-because", &[("reason", Arg::Text(reason.clone()))]) }</p>
                    }
                </div>
            }

            <section class="card" aria-labelledby="details-title">
                <div class="card-head">
                    <h2 id="details-title" tabindex="-1">{ i18n.t("event-details") }</h2>
                    if !cancelled {
                        <Link<Route> classes="button" to={Route::EditEvent { id }}>{ i18n.t("event-edit") }</Link<Route>>
                    }
                </div>
                { details(&i18n, &e) }
                <div class="actions">
                    if !series {
                        <Link<Route> classes="button" to={Route::CheckIn { id }}>{ i18n.t("check-in-link") }</Link<Route>>
                    }
                    if e.visibility == Visibility::Public {
                        <Link<Route> classes="button" to={Route::PublicEvent { id }}>{ i18n.t("event-public-page") }</Link<Route>>
                    }
                </div>
                <div class="status-actions">
                    if cancelled {
                        <button type="button" class="button" onclick={reinstate}>{ i18n.t("event-reinstate") }</button>
                        <ErrorAlert message={cancel_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
                    } else if *cancelling {
                        <ReasonForm id="cancel-event" title={i18n.t("event-cancel-title")}
                            hint={i18n.t("event-cancel-hint")} submit_label={i18n.t("event-cancel-confirm")}
                            send={cancel_event} on_cancel={close_cancel} />
                    } else if series || !started {
                        <button type="button" id="cancel-event-button" class="button" onclick={open_cancel}>
                            { i18n.t("event-cancel") }
                        </button>
                    }
                </div>
            </section>

            if series {
                <section class="card" aria-labelledby="dates-title">
                    <h2 id="dates-title" tabindex="-1">{ i18n.t("event-dates") }</h2>
                    { dates_section(&i18n, id, &dates, &on_changed, *all_dates, show_all_dates) }
                </section>
            }

            // What it reached is for afterwards, once it has started.
            if started {
                <section class="card" aria-labelledby="after-title">
                    <h2 id="after-title" tabindex="-1">{ i18n.t("event-after") }</h2>
                    <p class="hint">{ if e.recurrence.is_some() { i18n.t("event-after-intro-series") } else { i18n.t("event-after-intro") } }</p>
                    <AfterForm id="event-after" residents_reached={e.residents_reached} notes={e.notes.clone()}
                        story_consent={(e.event_type == EventType::Interview).then_some(e.story_consent_at.is_some())}
                        send={save_after} />
                    if let Some(at) = e.story_consent_at {
                        <p class="meta">{ i18n.ta("event-story-consent-at", &[("when", Arg::Text(i18n.instant(at)))]) }</p>
                    }
                </section>
            }

            // A series is walked in to; only single events take sign-ups.
            if !series {
                <section class="card" aria-labelledby="registrations-title">
                    <div class="card-head">
                        <h2 id="registrations-title" tabindex="-1">{ i18n.t("registrations-title") }</h2>
                        <Link<Route> classes="button" to={Route::CheckIn { id }}>{ i18n.t("check-in-link") }</Link<Route>>
                    </div>
                    <ErrorAlert message={registration_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
                    { registrations_section(&i18n, &e, &registrations, &cancel_registration) }
                    if sign_up_open {
                        <PhoneSignUp event_id={id} on_saved={on_recorded} />
                    }
                </section>
            }
        </article>
    }
}

fn details(i18n: &I18n, e: &Event) -> Html {
    let places = match e.capacity {
        Some(capacity) => i18n.ta(
            "event-places-of",
            &[("taken", Arg::Number(e.places_taken)), ("capacity", Arg::Number(i64::from(capacity)))],
        ),
        None => i18n.ta("event-places-unlimited", &[("taken", Arg::Number(e.places_taken))]),
    };
    html! {
        <dl class="details">
            <dt>{ i18n.t("event-field-type") }</dt>
            <dd>{ i18n.event_type(e.event_type) }</dd>
            <dt>{ if e.recurrence.is_some() { i18n.t("event-first-date") } else { i18n.t("event-when") } }</dt>
            <dd>{ i18n.event_when(&e.starts_at, &e.ends_at) }</dd>
            if let Some(recurrence) = &e.recurrence {
                <dt>{ i18n.t("event-repeat") }</dt>
                <dd>{ i18n.recurrence(recurrence, &e.starts_at) }</dd>
            }
            <dt>{ i18n.t("event-where") }</dt>
            <dd>{ location_text(&e.location) }</dd>
            <dt>{ i18n.t("event-field-visibility") }</dt>
            <dd>{ i18n.visibility(e.visibility) }</dd>
            if e.recurrence.is_none() {
                <dt>{ i18n.t("event-places") }</dt>
                <dd>{ places }</dd>
            }
            if e.waiting_list_count > 0 {
                <dt>{ i18n.t("event-waiting-list") }</dt>
                <dd>{ i18n.ta("event-waiting-count", &[("count", Arg::Number(e.waiting_list_count))]) }</dd>
            }
            <dt>{ i18n.t("event-field-description") }</dt>
            <dd class="pre-line">{ e.description.clone().unwrap_or_else(|| i18n.t("not-given")) }</dd>
        </dl>
    }
}

fn dates_section(
    i18n: &I18n,
    event_id: Uuid,
    dates: &UseStateHandle<Option<Result<Vec<Occurrence>, ApiError>>>,
    on_changed: &Callback<()>,
    show_all: bool,
    on_show_all: Callback<MouseEvent>,
) -> Html {
    let list = match &**dates {
        None => return html! { <Loading /> },
        Some(Err(e)) => return html! { <ErrorAlert message={Some(AttrValue::from(error_text(i18n, e)))} /> },
        Some(Ok(list)) => list,
    };
    let today = amsterdam::today();
    let (past, coming): (Vec<&Occurrence>, Vec<&Occurrence>) =
        list.iter().partition(|o| o.starts_at.date_naive() < today);
    let hidden = if show_all { 0 } else { coming.len().saturating_sub(FIRST_DATES) };
    html! {
        <>
            <h3 id="dates-coming-title" tabindex="-1">{ i18n.t("event-dates-coming") }</h3>
            if coming.is_empty() {
                <p>{ i18n.t("event-dates-none") }</p>
            } else {
                <ul class="dates" role="list">
                    { for coming.into_iter().take(if show_all { usize::MAX } else { FIRST_DATES }).map(|o| html! {
                        <OccurrenceRow key={o.occurrence_date.to_string()} occurrence={o.clone()} {event_id} past=false
                            on_changed={on_changed.clone()} />
                    }) }
                </ul>
                if hidden > 0 {
                    <button type="button" class="button" onclick={on_show_all}>
                        { i18n.ta("event-dates-show-all", &[("count", Arg::Number(hidden as i64))]) }
                    </button>
                }
            }
            if !past.is_empty() {
                <h3>{ i18n.t("event-dates-past") }</h3>
                <ul class="dates" role="list">
                    { for past.into_iter().rev().map(|o| html! {
                        <OccurrenceRow key={o.occurrence_date.to_string()} occurrence={o.clone()} {event_id} past=true on_changed={on_changed.clone()} />
                    }) }
                </ul>
            }
        </>
    }
}

/// What can be open on one date of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowMode {
    Closed,
    Cancel,
    Move,
    Record,
}

/// Properties of [`OccurrenceRow`].
#[derive(Debug, Properties, PartialEq)]
struct OccurrenceRowProps {
    occurrence: Occurrence,
    event_id: Uuid,
    past: bool,
    on_changed: Callback<()>,
}

/// One date of a series with its actions: call it off, move it, or (after it) record what it
/// reached.
#[function_component]
fn OccurrenceRow(props: &OccurrenceRowProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let mode = use_state(|| RowMode::Closed);
    let error = use_state(|| None::<ApiError>);
    let o = &props.occurrence;
    let (event_id, date) = (props.event_id, o.occurrence_date);
    let key = date.format("%Y-%m-%d").to_string();
    let when = i18n.event_when(&o.starts_at, &o.ends_at);
    let cancelled = o.status == EventStatus::Cancelled;

    let open = |to: RowMode| {
        let mode = mode.clone();
        Callback::from(move |_: MouseEvent| mode.set(to))
    };
    let close = {
        let (mode, key) = (mode.clone(), key.clone());
        Callback::from(move |_| {
            mode.set(RowMode::Closed);
            focus_by_id(&format!("date-{key}"));
        })
    };
    let done = |message: String| {
        let (mode, announce, on_changed, key) = (mode.clone(), announce.clone(), props.on_changed.clone(), key.clone());
        move || {
            mode.set(RowMode::Closed);
            announce.emit(message.clone());
            on_changed.emit(());
            focus_by_id(&format!("date-{key}"));
        }
    };

    let send_cancel = {
        let done = done(i18n.ta("occurrence-cancelled-message", &[("when", Arg::Text(when.clone()))]));
        let done = std::rc::Rc::new(done);
        Callback::from(move |reason: String| -> SlotFuture {
            let done = done.clone();
            Box::pin(async move {
                let patch = OccurrencePatch {
                    status: Some(EventStatus::Cancelled),
                    cancellation_reason: Some(reason),
                    ..OccurrencePatch::default()
                };
                api::patch_occurrence(event_id, date, &patch).await?;
                done();
                Ok(())
            })
        })
    };
    let reinstate = {
        let (error, done) =
            (error.clone(), done(i18n.ta("occurrence-reinstated-message", &[("when", Arg::Text(when.clone()))])));
        let done = std::rc::Rc::new(done);
        Callback::from(move |_: MouseEvent| {
            let (error, done) = (error.clone(), done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let patch = OccurrencePatch { status: Some(EventStatus::Scheduled), ..OccurrencePatch::default() };
                match api::patch_occurrence(event_id, date, &patch).await {
                    Ok(_) => {
                        error.set(None);
                        done();
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let send_move = {
        let i18n = i18n.clone();
        Callback::from(move |slot: NewDateOption| -> SlotFuture {
            let i18n = i18n.clone();
            Box::pin(async move {
                let start = parse_time(&slot.start_time).and_then(|t| amsterdam::local_instant(slot.date, t));
                let end = parse_time(&slot.end_time).and_then(|t| amsterdam::local_instant(slot.date, t));
                let (Some(starts_at), Some(ends_at)) = (start, end) else {
                    let pointer = if start.is_none() { "/startTime" } else { "/endTime" };
                    return Err(local_problem(&i18n, pointer));
                };
                let patch = OccurrencePatch {
                    starts_at: Some(starts_at),
                    ends_at: Some(ends_at),
                    ..OccurrencePatch::default()
                };
                // The form asks for a date, a start and an end: name the API's problems after those fields.
                api::patch_occurrence(event_id, date, &patch)
                    .await
                    .map(|_| ())
                    .map_err(|e| with_pointers(e, &[("/startsAt", "/date"), ("/endsAt", "/endTime")]))
            })
        })
    };
    let on_moved = {
        let (mode, announce, on_changed, key, i18n) =
            (mode.clone(), announce.clone(), props.on_changed.clone(), key.clone(), i18n.clone());
        Callback::from(move |slot: NewDateOption| {
            mode.set(RowMode::Closed);
            let to =
                crate::features::trainings::date_options::slot_text(&i18n, slot.date, &slot.start_time, &slot.end_time);
            announce.emit(i18n.ta("occurrence-moved-message", &[("when", Arg::Text(to))]));
            on_changed.emit(());
            focus_by_id(&format!("date-{key}"));
        })
    };
    let send_record = {
        let done = std::rc::Rc::new(done(i18n.ta("occurrence-recorded-message", &[("when", Arg::Text(when.clone()))])));
        Callback::from(move |after: After| -> SlotFuture {
            let done = done.clone();
            Box::pin(async move {
                let patch = OccurrencePatch {
                    residents_reached: Some(after.residents_reached),
                    notes: Some(after.notes),
                    ..OccurrencePatch::default()
                };
                api::patch_occurrence(event_id, date, &patch).await?;
                done();
                Ok(())
            })
        })
    };

    let initial = NewDateOption {
        date: o.starts_at.date_naive(),
        start_time: i18n.clock(&o.starts_at),
        end_time: i18n.clock(&o.ends_at),
    };
    let context = Some(AttrValue::from(when.clone()));
    html! {
        <li class={classes!("date-row", cancelled.then_some("is-cancelled"), (*mode != RowMode::Closed).then_some("open"))}>
            <div class="date-row-head">
                <p class="date-row-when" id={format!("date-{key}")} tabindex="-1">
                    <time datetime={o.starts_at.to_rfc3339()}>{ when.clone() }</time>
                    if o.moved {
                        { " " }<span class="badge badge-moved">{ i18n.t("occurrence-moved") }</span>
                    }
                    if cancelled {
                        { " " }<EventStatusBadge status={o.status} />
                    }
                </p>
                if *mode == RowMode::Closed {
                    <div class="row-actions">
                        if props.past {
                            <button type="button" class="button button-small" onclick={open(RowMode::Record)}>
                                { i18n.t("occurrence-record") }{ visually_hidden(context.clone()) }
                            </button>
                        } else if cancelled {
                            <button type="button" class="button button-small" onclick={reinstate}>
                                { i18n.t("occurrence-reinstate") }{ visually_hidden(context.clone()) }
                            </button>
                        } else {
                            <button type="button" class="button button-small" onclick={open(RowMode::Cancel)}>
                                { i18n.t("occurrence-cancel") }{ visually_hidden(context.clone()) }
                            </button>
                            <button type="button" class="button button-small" onclick={open(RowMode::Move)}>
                                { i18n.t("occurrence-move") }{ visually_hidden(context.clone()) }
                            </button>
                        }
                    </div>
                }
            </div>
            if cancelled {
                if let Some(reason) = &o.cancellation_reason {
                    <p class="occurrence-reason">{ i18n.ta("event-cancelled-because", &[("reason", Arg::Text(reason.clone()))]) }</p>
                }
            }
            if props.past && (o.residents_reached.is_some() || o.notes.is_some()) && *mode == RowMode::Closed {
                <p class="meta">
                    if let Some(reached) = o.residents_reached {
                        { i18n.ta("occurrence-reached", &[("count", Arg::Number(i64::from(reached)))]) }{ " " }
                    }
                    { o.notes.clone().unwrap_or_default() }
                </p>
            }
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
            {
                match *mode {
                    RowMode::Closed => Html::default(),
                    RowMode::Cancel => html! {
                        <ReasonForm id={format!("cancel-{key}")}
                            title={i18n.ta("occurrence-cancel-title", &[("when", Arg::Text(when.clone()))])}
                            hint={i18n.t("occurrence-cancel-hint")} submit_label={i18n.t("occurrence-cancel-confirm")}
                            send={send_cancel} on_cancel={close.clone()} />
                    },
                    RowMode::Move => html! {
                        <SlotForm id={format!("move-{key}")}
                            title={Some(AttrValue::from(i18n.ta("occurrence-move-title", &[("when", Arg::Text(when.clone()))])))}
                            submit_label={i18n.t("occurrence-move-submit")} initial={Some(initial)}
                            send={send_move} on_done={on_moved} on_cancel={Some(close.clone())} autofocus=true />
                    },
                    RowMode::Record => html! {
                        <AfterForm id={format!("record-{key}")} residents_reached={o.residents_reached} notes={o.notes.clone()}
                            story_consent={None::<bool>} send={send_record} on_cancel={Some(close.clone())} autofocus=true />
                    },
                }
            }
        </li>
    }
}

fn visually_hidden(text: Option<AttrValue>) -> Html {
    match text {
        Some(text) => html! { <span class="visually-hidden">{ " " }{ text }</span> },
        None => Html::default(),
    }
}

/// Properties of [`ReasonForm`].
#[derive(Properties)]
struct ReasonFormProps {
    id: AttrValue,
    title: AttrValue,
    hint: AttrValue,
    submit_label: AttrValue,
    send: Callback<String, SlotFuture>,
    on_cancel: Callback<()>,
}

impl PartialEq for ReasonFormProps {
    fn eq(&self, other: &Self) -> bool {
        // The callback carries the ETag the change is sent with, so a new one must reach the form.
        self.id == other.id
            && self.title == other.title
            && self.hint == other.hint
            && self.submit_label == other.submit_label
            && self.send == other.send
            && self.on_cancel == other.on_cancel
    }
}

/// Calling something off: the reason (required), shown to everyone who signed up.
#[function_component]
fn ReasonForm(props: &ReasonFormProps) -> Html {
    let i18n = use_locale();
    let reason = use_state(String::new);
    let error = use_state(|| None::<ApiError>);
    let missing = use_state(|| false);
    let busy = use_state(|| false);
    let field_id = format!("{}-reason", props.id);
    {
        let field_id = field_id.clone();
        use_effect_with((), move |_| focus_by_id(&field_id));
    }
    let onsubmit = {
        let (reason, error, missing, busy, send) =
            (reason.clone(), error.clone(), missing.clone(), busy.clone(), props.send.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let text = reason.trim().to_string();
            if text.is_empty() {
                error.set(None);
                missing.set(true);
                return;
            }
            missing.set(false);
            busy.set(true);
            let future = send.emit(text);
            let (error, busy) = (error.clone(), busy.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = future.await;
                busy.set(false);
                error.set(result.err());
            });
        })
    };
    let field_message = field_error(&i18n, error.as_ref(), "/cancellationReason")
        .or_else(|| missing.then(|| AttrValue::from(i18n.t("field-error-reason"))));
    let form_message = error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)));
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <form class="form reason-form" {onsubmit} novalidate=true aria-labelledby={format!("{}-title", props.id)}>
            <h3 id={format!("{}-title", props.id)}>{ props.title.clone() }</h3>
            <ErrorAlert message={form_message} details={other_field_errors(&i18n, error.as_ref(), &["/cancellationReason"])} />
            <TextField id={field_id.clone()} label={i18n.t("event-cancel-reason")} value={(*reason).clone()} multiline=true
                hint={Some(props.hint.clone())} required=true error={field_message}
                oninput={Callback::from({ let reason = reason.clone(); move |v| reason.set(v) })} />
            <div class="actions">
                <button type="submit" class="button button-danger" aria-disabled={busy.then_some("true")}>
                    { props.submit_label.clone() }
                </button>
                <button type="button" class="button" onclick={cancel}>{ i18n.t("cancel") }</button>
            </div>
        </form>
    }
}

/// What an event or date reached, as the form sends it.
#[derive(Debug, Clone, PartialEq)]
struct After {
    residents_reached: Option<i32>,
    notes: Option<String>,
    story_consent: Option<bool>,
}

/// Properties of [`AfterForm`].
#[derive(Properties)]
struct AfterFormProps {
    id: AttrValue,
    residents_reached: Option<i32>,
    notes: Option<String>,
    /// For an interview: whether the interviewee consented to a story; `None` hides it.
    story_consent: Option<bool>,
    send: Callback<After, SlotFuture>,
    #[prop_or_default]
    on_cancel: Option<Callback<()>>,
    #[prop_or_default]
    autofocus: bool,
}

impl PartialEq for AfterFormProps {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.residents_reached == other.residents_reached
            && self.notes == other.notes
            && self.story_consent == other.story_consent
            && self.send == other.send
            && self.on_cancel == other.on_cancel
            && self.autofocus == other.autofocus
    }
}

/// After the event: how many residents it reached, short notes, and for an interview the
/// interviewee's consent to publishing a summary as a story.
#[function_component]
fn AfterForm(props: &AfterFormProps) -> Html {
    let i18n = use_locale();
    let reached = use_state(|| props.residents_reached.map(|n| n.to_string()).unwrap_or_default());
    let notes = use_state(|| props.notes.clone().unwrap_or_default());
    let consent = use_state(|| props.story_consent.unwrap_or(false));
    let error = use_state(|| None::<ApiError>);
    let not_a_number = use_state(|| false);
    let saved = use_state(|| false);
    let busy = use_state(|| false);
    let id = props.id.to_string();
    {
        let (autofocus, field) = (props.autofocus, format!("{id}-reached"));
        use_effect_with((), move |_| {
            if autofocus {
                focus_by_id(&field);
            }
        });
    }
    let onsubmit = {
        let (reached, notes, consent, error, not_a_number, saved, busy) = (
            reached.clone(),
            notes.clone(),
            consent.clone(),
            error.clone(),
            not_a_number.clone(),
            saved.clone(),
            busy.clone(),
        );
        let (send, show_consent) = (props.send.clone(), props.story_consent.is_some());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let residents_reached = match reached.trim() {
                "" => None,
                text => match text.parse::<i32>() {
                    Ok(n) => Some(n),
                    Err(_) => {
                        error.set(None);
                        not_a_number.set(true);
                        return;
                    }
                },
            };
            not_a_number.set(false);
            busy.set(true);
            let note = notes.trim();
            let after = After {
                residents_reached,
                notes: (!note.is_empty()).then(|| note.to_string()),
                story_consent: show_consent.then_some(*consent),
            };
            let future = send.emit(after);
            let (error, saved, busy) = (error.clone(), saved.clone(), busy.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = future.await;
                busy.set(false);
                saved.set(result.is_ok());
                error.set(result.err());
            });
        })
    };
    let reached_error = field_error(&i18n, error.as_ref(), "/residentsReached")
        .or_else(|| not_a_number.then(|| AttrValue::from(i18n.t("field-error-number"))));
    let form_message = error
        .as_ref()
        .map(|e| AttrValue::from(error_text(&i18n, e)))
        .or_else(|| not_a_number.then(|| AttrValue::from(i18n.t("error-invalid-input"))));
    let toggle = {
        let consent = consent.clone();
        Callback::from(move |e: web_sys::Event| {
            consent.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked())
        })
    };
    html! {
        <form class="form after-form" {onsubmit} novalidate=true>
            <ErrorAlert message={form_message}
                details={other_field_errors(&i18n, error.as_ref(), &["/residentsReached", "/notes", "/storyConsent"])} />
            <TextField id={format!("{id}-reached")} label={i18n.t("event-residents-reached")} value={(*reached).clone()}
                input_type="number" hint={Some(AttrValue::from(i18n.t("event-residents-reached-hint")))} error={reached_error}
                oninput={Callback::from({ let reached = reached.clone(); move |v| reached.set(v) })} />
            <TextField id={format!("{id}-notes")} label={i18n.t("event-notes")} value={(*notes).clone()} multiline=true
                hint={Some(AttrValue::from(i18n.t("event-notes-hint")))} error={field_error(&i18n, error.as_ref(), "/notes")}
                oninput={Callback::from({ let notes = notes.clone(); move |v| notes.set(v) })} />
            if props.story_consent.is_some() {
                <div class="toggle">
                    <input type="checkbox" id={format!("{id}-consent")} checked={*consent} onchange={toggle}
                        aria-describedby={format!("{id}-consent-hint")} />
                    <label for={format!("{id}-consent")}>{ i18n.t("event-story-consent") }</label>
                </div>
                <p class="hint" id={format!("{id}-consent-hint")}>{ i18n.t("event-story-consent-hint") }</p>
            }
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>{ i18n.t("save") }</button>
                if let Some(cancel) = props.on_cancel.clone() {
                    <button type="button" class="button" onclick={cancel.reform(|_: MouseEvent| ())}>{ i18n.t("cancel") }</button>
                }
                if *saved {
                    <p class="saved" role="status">{ i18n.t("saved") }</p>
                }
            </div>
        </form>
    }
}

fn contact(r: &Registration) -> String {
    [r.email.clone(), r.phone.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ")
}

fn registrations_section(
    i18n: &I18n,
    e: &Event,
    registrations: &UseStateHandle<Option<Result<Vec<Registration>, ApiError>>>,
    cancel: &Callback<Registration>,
) -> Html {
    // Cancelling for a resident asks first; its places go to the waiting list.
    let cancel_button = |r: &Registration| {
        let (cancel, r2) = (cancel.clone(), r.clone());
        html! {
            <ConfirmAction id={format!("cancel-registration-{}", r.id)} label={i18n.t("registration-cancel")}
                context={Some(AttrValue::from(r.name.clone()))}
                question={i18n.ta("registration-cancel-for-question", &[("name", Arg::Text(r.name.clone()))])}
                confirm_label={i18n.t("registration-cancel-confirm")} danger=true
                on_confirm={Callback::from(move |_| cancel.emit(r2.clone()))} />
        }
    };
    let list = match &**registrations {
        None => return html! { <Loading /> },
        Some(Err(err)) if err.status() == Some(403) => return html! { <p>{ i18n.t("registrations-hidden") }</p> },
        Some(Err(err)) => return html! { <ErrorAlert message={Some(AttrValue::from(error_text(i18n, err)))} /> },
        Some(Ok(list)) => list,
    };
    let confirmed: Vec<&Registration> = list.iter().filter(|r| r.status == RegistrationStatus::Confirmed).collect();
    let mut waiting: Vec<&Registration> = list.iter().filter(|r| r.status == RegistrationStatus::Waitlisted).collect();
    waiting.sort_by_key(|r| r.waiting_list_position.unwrap_or(i64::MAX));
    let cancelled = list.iter().filter(|r| r.status == RegistrationStatus::Cancelled).count() as i64;
    let people: i64 = confirmed.iter().map(|r| i64::from(r.number_of_people)).sum();
    let connector = |r: &Registration| {
        if r.wants_to_become_connector {
            html! { <span class="badge badge-trained">{ i18n.t("registration-wants-to-join") }</span> }
        } else {
            Html::default()
        }
    };
    html! {
        <>
            <p class="count">
                { i18n.ta("registrations-summary", &[("count", Arg::Number(confirmed.len() as i64)), ("people", Arg::Number(people))]) }
                if let Some(capacity) = e.capacity {
                    { " " }{ i18n.ta("registrations-capacity", &[("capacity", Arg::Number(i64::from(capacity)))]) }
                }
            </p>
            if confirmed.is_empty() {
                <p>{ i18n.t("registrations-empty") }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="confirmed-caption">
                    <table class="registrations">
                        <caption id="confirmed-caption">{ i18n.t("registrations-confirmed") }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ i18n.t("person-name") }</th>
                                <th scope="col">{ i18n.t("registration-people") }</th>
                                <th scope="col">{ i18n.t("registration-contact") }</th>
                                <th scope="col">{ i18n.t("registration-checked-in") }</th>
                                <th scope="col"><span class="visually-hidden">{ i18n.t("registration-actions") }</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            { for confirmed.iter().map(|r| html! {
                                <tr>
                                    <th scope="row">{ r.name.clone() }{ " " }{ connector(r) }</th>
                                    <td>{ r.number_of_people }</td>
                                    <td>{ contact(r) }</td>
                                    <td>{ r.checked_in_at.map(|at| i18n.instant(at)).unwrap_or_else(|| i18n.t("registration-not-checked-in")) }</td>
                                    <td>{ cancel_button(r) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <h3>{ i18n.t("event-waiting-list") }</h3>
            if waiting.is_empty() {
                <p>{ i18n.t("registrations-waiting-empty") }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="waiting-caption">
                    <table class="registrations">
                        <caption id="waiting-caption" class="visually-hidden">{ i18n.t("registrations-waiting") }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ i18n.t("registration-position") }</th>
                                <th scope="col">{ i18n.t("person-name") }</th>
                                <th scope="col">{ i18n.t("registration-people") }</th>
                                <th scope="col">{ i18n.t("registration-contact") }</th>
                                <th scope="col"><span class="visually-hidden">{ i18n.t("registration-actions") }</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            { for waiting.iter().map(|r| html! {
                                <tr>
                                    <td>{ r.waiting_list_position.map(|p| p.to_string()).unwrap_or_default() }</td>
                                    <th scope="row">{ r.name.clone() }{ " " }{ connector(r) }</th>
                                    <td>{ r.number_of_people }</td>
                                    <td>{ contact(r) }</td>
                                    <td>{ cancel_button(r) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            if cancelled > 0 {
                <p class="meta">{ i18n.ta("registrations-cancelled", &[("count", Arg::Number(cancelled))]) }</p>
            }
        </>
    }
}
