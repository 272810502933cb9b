//! The attendance register of one training day (coordinators): every participant with present,
//! absent or excused, saved together. Printed, it is one A4 sheet for a coordinator without a
//! laptop: the training, the day and date, and a table with a name per row, three empty boxes
//! and room for a signature.

use std::collections::HashMap;

use api_types::{AttendanceEntry, AttendanceStatus, AttendanceUpdate, TrainingStatus};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::layout::use_title;
use crate::components::loading::LoadingPage;
use crate::components::problem::{error_text, other_field_errors, ErrorAlert};
use crate::features::trainings::date_options::slot_html;
use crate::hooks::use_loaded;
use crate::i18n::{use_locale, Arg};
use crate::route::Route;

/// Properties of [`AttendancePage`].
#[derive(Debug, Properties, PartialEq)]
pub struct AttendancePageProps {
    /// The training.
    pub id: Uuid,
    /// The day (session).
    pub session: Uuid,
}

/// The attendance register page.
#[function_component]
pub fn AttendancePage(props: &AttendancePageProps) -> Html {
    let (id, session_id) = (props.id, props.session);
    let i18n = use_locale();
    let announce = use_announce();

    let marks = use_state(HashMap::<Uuid, AttendanceStatus>::new);
    let loaded = {
        let marks = marks.clone();
        use_loaded((id, session_id), move |(id, session_id)| async move {
            let training = api::training(id).await?.value;
            let register = api::attendance(id, session_id).await?;
            marks.set(register.records.iter().filter_map(|r| r.status.map(|s| (r.participant_id, s))).collect());
            Ok((training, register))
        })
    };
    let save_error = use_state(|| None::<ApiError>);
    let saved = use_state(|| false);
    let busy = use_state(|| false);

    let title = loaded
        .value()
        .map(|(_, r)| i18n.ta("register-title", &[("day", Arg::Number(i64::from(r.session.day_number)))]))
        .unwrap_or_else(|| i18n.t("register-title-plain"));
    use_title(title.clone());

    let Some((training, register)) = loaded.value().cloned() else {
        let message = loaded.error().map(|e| match e.status() {
            Some(403) => i18n.t("register-forbidden"),
            _ => error_text(&i18n, e),
        });
        return html! {
            <LoadingPage title={title} error={message.map(AttrValue::from)}
                back={Some((Route::Training { id }, AttrValue::from(i18n.t("back-to-training"))))} />
        };
    };

    let s = &register.session;
    let when = slot_html(&i18n, s.date, &s.start_time, &s.end_time);
    // What the API takes: attendance of a day that has come, while the training runs. Otherwise
    // the register is shown (and printed) but offers no saving.
    let closed = match (training.status, s.date > amsterdam::today()) {
        (TrainingStatus::Scheduled, false) => None,
        (TrainingStatus::Scheduled, true) => Some(i18n.t("register-not-yet")),
        _ => Some(i18n.t("register-closed")),
    };

    let set_mark = |participant: Uuid, status: AttendanceStatus| {
        let (marks, saved) = (marks.clone(), saved.clone());
        Callback::from(move |_: Event| {
            let mut next = (*marks).clone();
            next.insert(participant, status);
            marks.set(next);
            saved.set(false);
        })
    };
    let all_present = {
        let (marks, saved, records) = (marks.clone(), saved.clone(), register.records.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = (*marks).clone();
            for record in &records {
                next.entry(record.participant_id).or_insert(AttendanceStatus::Present);
            }
            marks.set(next);
            saved.set(false);
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });

    let onsubmit = {
        let (marks, save_error, saved, busy, loaded) =
            (marks.clone(), save_error.clone(), saved.clone(), busy.clone(), loaded.clone());
        let (announce, i18n, order) =
            (announce.clone(), i18n.clone(), register.records.iter().map(|r| r.participant_id).collect::<Vec<_>>());
        let day = i64::from(s.day_number);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let records: Vec<AttendanceEntry> = order
                .iter()
                .filter_map(|p| marks.get(p).map(|status| AttendanceEntry { participant_id: *p, status: *status }))
                .collect();
            busy.set(true);
            let (save_error, saved, busy, loaded) = (save_error.clone(), saved.clone(), busy.clone(), loaded.clone());
            let (announce, i18n) = (announce.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::record_attendance(id, session_id, &AttendanceUpdate { records }).await;
                busy.set(false);
                match result {
                    Ok(register) => {
                        save_error.set(None);
                        saved.set(true);
                        announce.emit(i18n.ta("register-saved", &[("day", Arg::Number(day))]));
                        if let Some((training, _)) = loaded.value() {
                            loaded.set((training.clone(), register), None);
                        }
                    }
                    Err(e) => save_error.set(Some(e)),
                }
            });
        })
    };

    let unmarked = register.records.iter().filter(|r| !marks.contains_key(&r.participant_id)).count() as i64;

    html! {
        <article class="page register" aria-labelledby="page-title">
            <p class="breadcrumb no-print"><Link<Route> to={Route::Training { id }}>{ i18n.t("back-to-training") }</Link<Route>></p>
            <div class="register-head">
                <h1 id="page-title">{ title }</h1>
                <p class="register-training">{ training.title.clone() }</p>
                <p class="register-when">{ when }</p>
                if let Some(location) = &training.location {
                    <p class="register-location">{ location.clone() }</p>
                }
            </div>
            <div class="actions no-print">
                <button type="button" class="button" onclick={print}>{ i18n.t("register-print") }</button>
            </div>
            if *saved {
                <div class="alert alert-info no-print"><p>{ i18n.t("register-saved-notice") }</p></div>
            }
            <form class="form card register-form" {onsubmit} novalidate=true aria-labelledby="register-form-title">
                <h2 id="register-form-title">{ i18n.t("register-form-title") }</h2>
                if let Some(closed) = &closed {
                    <div class="alert alert-info"><p>{ closed.clone() }</p></div>
                } else {
                    <p class="hint">{ i18n.t("register-hint") }</p>
                }
                <ErrorAlert message={save_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))}
                    details={other_field_errors(&i18n, save_error.as_ref(), &[])} />
                if register.records.is_empty() {
                    <p>{ i18n.t("participants-empty") }</p>
                }
                { for register.records.iter().map(|r| {
                    let name = r.person_name.clone().unwrap_or_default();
                    let chosen = marks.get(&r.participant_id).copied();
                    html! {
                        <fieldset class="attendance-row">
                            <legend>{ name }</legend>
                            <div class="attendance-options">
                                { for AttendanceStatus::ALL.iter().map(|status| {
                                    let input_id = format!("attendance-{}-{}", r.participant_id, status.as_str());
                                    let checked = chosen == Some(*status);
                                    html! {
                                        <label for={input_id.clone()} class={classes!("attendance-option", format!("attendance-{}", status.as_str()), checked.then_some("checked"))}>
                                            <input type="radio" id={input_id} name={format!("attendance-{}", r.participant_id)}
                                                value={status.as_str()} {checked} disabled={closed.is_some()}
                                                onchange={set_mark(r.participant_id, *status)} />
                                            <span>{ i18n.attendance_status(*status) }</span>
                                        </label>
                                    }
                                }) }
                            </div>
                        </fieldset>
                    }
                }) }
                if unmarked > 0 && closed.is_none() {
                    <p class="hint">{ i18n.ta("register-unmarked", &[("count", Arg::Number(unmarked))]) }</p>
                }
                if closed.is_none() {
                    <div class="actions">
                        <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>
                            { i18n.t("register-save") }
                        </button>
                        if unmarked > 0 {
                            <button type="button" class="button" onclick={all_present}>{ i18n.t("register-all-present") }</button>
                        }
                    </div>
                }
            </form>

            // Only on paper: the sheet to fill in by hand.
            <div class="print-only print-sheet">
                <table class="print-table">
                    <thead>
                        <tr>
                            <th scope="col" class="print-name">{ i18n.t("answers-participant") }</th>
                            { for AttendanceStatus::ALL.iter().map(|status| html! {
                                <th scope="col" class="print-box">{ i18n.attendance_status(*status) }</th>
                            }) }
                            <th scope="col" class="print-signature">{ i18n.t("register-signature") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for register.records.iter().map(|r| html! {
                            <tr>
                                <th scope="row" class="print-name">{ r.person_name.clone().unwrap_or_default() }</th>
                                { for AttendanceStatus::ALL.iter().map(|_| html! { <td class="print-box"><span class="tick-box"></span></td> }) }
                                <td class="print-signature"></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <p class="print-footer">{ i18n.t("register-print-footer") }</p>
            </div>
        </article>
    }
}
