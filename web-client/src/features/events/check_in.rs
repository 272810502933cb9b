//! The check-in list at the door: everyone who signed up and has a place, with how many people
//! they bring and a button per row to check them in (large enough for a phone). Printed, it is a
//! sheet with the event, the date and place, and a row per registration with a tick box, plus
//! empty rows for people who come without signing up.

use api_types::{Registration, RegistrationPatch, RegistrationStatus};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::layout::use_title;
use crate::components::loading::LoadingPage;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::events::location_text;
use crate::hooks::use_loaded;
use crate::i18n::{use_locale, Arg};
use crate::route::Route;

/// Empty rows on the printed list, for people who come without signing up.
const WALK_IN_ROWS: usize = 6;

/// Properties of [`CheckInPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct CheckInPageProps {
    /// The event's id.
    pub id: Uuid,
}

/// The check-in page.
#[function_component]
pub fn CheckInPage(props: &CheckInPageProps) -> Html {
    let id = props.id;
    let i18n = use_locale();
    let announce = use_announce();

    let loaded = use_loaded(id, |id| async move {
        let event = api::event(id).await?.value;
        api::registrations(id).await.map(|list| (event, list))
    });
    let error = use_state(|| None::<ApiError>);
    let busy = use_state(|| None::<Uuid>);

    let title = loaded
        .value()
        .map(|(e, _)| i18n.ta("check-in-title", &[("title", Arg::Text(e.title.clone()))]))
        .unwrap_or_else(|| i18n.t("check-in-title-plain"));
    use_title(title.clone());

    let Some((event, registrations)) = loaded.value().cloned() else {
        let message = loaded.error().map(|e| match e.status() {
            Some(403) => i18n.t("registrations-hidden"),
            _ => error_text(&i18n, e),
        });
        return html! {
            <LoadingPage title={title} error={message.map(AttrValue::from)}
                back={Some((Route::Event { id }, AttrValue::from(i18n.t("back-to-event"))))} />
        };
    };

    let mut confirmed: Vec<Registration> =
        registrations.into_iter().filter(|r| r.status == RegistrationStatus::Confirmed).collect();
    confirmed.sort_by_key(|r| r.name.to_lowercase());
    let people: i64 = confirmed.iter().map(|r| i64::from(r.number_of_people)).sum();
    let arrived: i64 =
        confirmed.iter().filter(|r| r.checked_in_at.is_some()).map(|r| i64::from(r.number_of_people)).sum();

    let toggle = |r: &Registration| {
        let (loaded, error, busy, announce, i18n) =
            (loaded.clone(), error.clone(), busy.clone(), announce.clone(), i18n.clone());
        let (registration_id, name, checked_in) = (r.id, r.name.clone(), r.checked_in_at.is_none());
        Callback::from(move |_: MouseEvent| {
            if busy.is_some() {
                return;
            }
            busy.set(Some(registration_id));
            let (loaded, error, busy, announce, i18n, name) =
                (loaded.clone(), error.clone(), busy.clone(), announce.clone(), i18n.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let patch = RegistrationPatch { checked_in: Some(checked_in), ..RegistrationPatch::default() };
                let result = api::patch_registration(id, registration_id, &patch).await;
                busy.set(None);
                match result {
                    Ok(updated) => {
                        error.set(None);
                        let key = if checked_in { "check-in-done" } else { "check-in-undone" };
                        announce.emit(i18n.ta(key, &[("name", Arg::Text(name))]));
                        if let Some((event, list)) = loaded.value() {
                            let list = list
                                .iter()
                                .map(|r| if r.id == updated.id { updated.clone() } else { r.clone() })
                                .collect();
                            loaded.set((event.clone(), list), None);
                        }
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let when = i18n.event_when(&event.starts_at, &event.ends_at);

    html! {
        <article class="page register check-in" aria-labelledby="page-title">
            <p class="breadcrumb no-print"><Link<Route> to={Route::Event { id }}>{ i18n.t("back-to-event") }</Link<Route>></p>
            <div class="register-head">
                <h1 id="page-title">{ title }</h1>
                <p class="register-when">{ when }</p>
                <p class="register-location">{ location_text(&event.location) }</p>
                <p class="register-count no-print">
                    { i18n.ta("check-in-count", &[("arrived", Arg::Number(arrived)), ("people", Arg::Number(people))]) }
                </p>
            </div>
            <div class="actions no-print">
                <button type="button" class="button" onclick={print}>{ i18n.t("register-print") }</button>
            </div>
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
            <section class="card no-print" aria-labelledby="check-in-list-title">
                <h2 id="check-in-list-title">{ i18n.t("check-in-list-title") }</h2>
                if confirmed.is_empty() {
                    <p>{ i18n.t("registrations-empty") }</p>
                } else {
                    <ul class="check-in-list" role="list">
                        { for confirmed.iter().map(|r| {
                            let done = r.checked_in_at.is_some();
                            let people = i64::from(r.number_of_people);
                            html! {
                                <li class={classes!("check-in-row", done.then_some("checked"))}>
                                    <div class="check-in-who">
                                        <span class="check-in-name">{ r.name.clone() }</span>
                                        <span class="check-in-people">{ i18n.ta("check-in-people", &[("count", Arg::Number(people))]) }</span>
                                        if let Some(at) = r.checked_in_at {
                                            <span class="check-in-at">
                                                <span aria-hidden="true">{ i18n.t("availability-symbol-yes") }{ " " }</span>
                                                { i18n.ta("check-in-at", &[("when", Arg::Text(i18n.clock(&amsterdam::to_local(at))))]) }
                                            </span>
                                        }
                                    </div>
                                    <button type="button"
                                        class={classes!("button", "check-in-button", (!done).then_some("button-primary"))}
                                        aria-disabled={(*busy == Some(r.id)).then_some("true")}
                                        onclick={toggle(r)}>
                                        { if done { i18n.t("check-in-undo") } else { i18n.t("check-in-button") } }
                                        <span class="visually-hidden">{ " " }{ r.name.clone() }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>

            // Only on paper: the list to tick at the door.
            <div class="print-only print-sheet">
                <table class="print-table">
                    <thead>
                        <tr>
                            <th scope="col" class="print-name">{ i18n.t("person-name") }</th>
                            <th scope="col" class="print-box">{ i18n.t("registration-people") }</th>
                            <th scope="col" class="print-box">{ i18n.t("check-in-present") }</th>
                            <th scope="col" class="print-signature">{ i18n.t("check-in-remark") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for confirmed.iter().map(|r| html! {
                            <tr>
                                <th scope="row" class="print-name">{ r.name.clone() }</th>
                                <td class="print-box">{ r.number_of_people }</td>
                                <td class="print-box"><span class="tick-box"></span></td>
                                <td class="print-signature"></td>
                            </tr>
                        }) }
                        { for (0..WALK_IN_ROWS).map(|_| html! {
                            <tr class="walk-in">
                                <td class="print-name"></td>
                                <td class="print-box"></td>
                                <td class="print-box"><span class="tick-box"></span></td>
                                <td class="print-signature"></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <p class="print-footer">{ i18n.t("check-in-print-footer") }</p>
            </div>
        </article>
    }
}
