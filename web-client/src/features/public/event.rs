//! One public event, without log-in: what, when, where and by whom; for a series the coming
//! dates; how many places are left (or that it is full and a sign-up goes on the waiting list);
//! the sign-up form, and after signing up the receipt with the personal link to cancel. Printed,
//! the page is a poster for the group's visible meeting place: the title in large letters, the
//! date and time, the place, and a QR code that leads back to this page.

use api_types::{
    EventStatus, EventType, NewRegistration, PublicEvent, RegistrationReceipt, MAX_PEOPLE_PER_REGISTRATION,
};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::confirm::focus_by_id;
use crate::components::field::{setter, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::events::{
    absolute_url, location_text, number_of_people, AddToCalendar, EventStatusBadge, MovedNotice, QrCode, ReceiptDetails,
};
use crate::hooks::{use_loaded, use_save, Save};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;

/// Properties of [`PublicEventPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct PublicEventPageProps {
    /// The event's id.
    pub id: Uuid,
}

/// The values of the sign-up form.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    name: String,
    email: String,
    phone: String,
    consent: bool,
    people: String,
    wants_to_join: bool,
    motivation: String,
}

impl Default for Values {
    fn default() -> Self {
        Values {
            name: String::new(),
            email: String::new(),
            phone: String::new(),
            consent: false,
            people: "1".into(),
            wants_to_join: false,
            motivation: String::new(),
        }
    }
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The sign-up as the API takes it, or the problems that keep it from being sent.
fn registration_of(v: &Values, residents_evening: bool) -> Result<NewRegistration, Vec<(&'static str, &'static str)>> {
    let mut problems = Vec::new();
    if v.name.trim().is_empty() {
        problems.push(("/name", "field-error-required"));
    }
    let (email, phone) = (optional(&v.email), optional(&v.phone));
    if (email.is_some() || phone.is_some()) && !v.consent {
        problems.push(("/contactConsent", "field-error-consent"));
    }
    // The coordinator contacts every candidate: the wish needs a way to reach them.
    if residents_evening && v.wants_to_join && email.is_none() && phone.is_none() {
        problems.push(("/email", "field-error-contact-to-join"));
    }
    let people = number_of_people(&v.people, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let wants = residents_evening && v.wants_to_join;
    Ok(NewRegistration {
        name: v.name.trim().to_string(),
        // Contact details are only sent with consent.
        email: email.filter(|_| v.consent),
        phone: phone.filter(|_| v.consent),
        contact_consent: v.consent && (optional(&v.email).is_some() || optional(&v.phone).is_some()),
        number_of_people: people,
        wants_to_become_connector: wants,
        motivation: optional(&v.motivation).filter(|_| wants),
    })
}

/// The public event page.
#[function_component]
pub fn PublicEventPage(props: &PublicEventPageProps) -> Html {
    let id = props.id;
    let i18n = use_locale();

    let event = use_loaded(id, api::public_event);
    let receipt = use_state(|| None::<RegistrationReceipt>);
    let values = use_state(Values::default);
    // A sign-up sends no `If-Match`, so the notice after a 412 never shows here.
    let save = use_save("error-precondition-failed", event.reloader());

    use_title(match (event.error(), event.value()) {
        (None, Some(e)) => e.title.clone(),
        _ => i18n.t("public-event-title"),
    });
    use_effect_with(receipt.is_some(), |shown| {
        if *shown {
            focus_by_id("receipt-title");
        }
    });

    let e = match (event.error(), event.value()) {
        (Some(err), _) => {
            let message =
                if err.status() == Some(404) { i18n.t("public-event-not-found") } else { error_text(&i18n, err) };
            return html! {
                <section class="page narrow" aria-labelledby="page-title">
                    <h1 id="page-title">{ i18n.t("public-event-title") }</h1>
                    <ErrorAlert message={Some(AttrValue::from(message))} />
                    <p><Link<Route> to={Route::PublicAgenda}>{ i18n.t("back-to-public-agenda") }</Link<Route>></p>
                </section>
            };
        }
        (None, None) => return html! { <section class="page narrow"><Loading /></section> },
        (None, Some(e)) => e.clone(),
    };

    let residents_evening = e.event_type == EventType::ResidentsEvening;
    let onsubmit = {
        let (values, receipt, event, save) = (values.clone(), receipt.clone(), event.clone(), save.clone());
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            if save.busy() {
                return;
            }
            let new = match registration_of(&values, residents_evening) {
                Ok(new) => new,
                Err(problems) => {
                    save.invalid(problems);
                    return;
                }
            };
            let (values, receipt, event) = (values.clone(), receipt.clone(), event.clone());
            save.run(
                async move { api::register(id, &new).await },
                |i18n, answer: &RegistrationReceipt| match answer.waiting_list_position {
                    Some(position) => i18n.ta("receipt-waitlisted-title", &[("position", Arg::Number(position))]),
                    None => i18n.t("receipt-confirmed-title"),
                },
                move |answer| {
                    values.set(Values::default());
                    receipt.set(Some(answer));
                    event.reload();
                },
            );
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let again = {
        let receipt = receipt.clone();
        Callback::from(move |_: MouseEvent| {
            receipt.set(None);
            focus_by_id("register-title");
        })
    };

    let cancelled = e.status == EventStatus::Cancelled;
    let full = e.places_left.is_some_and(|left| left <= 0);
    let places = match e.places_left {
        _ if cancelled || !e.registration_open => Html::default(),
        Some(left) if left <= 0 => html! {
            <div class="places places-full">
                <p><strong>{ i18n.t("public-event-full") }</strong></p>
                if e.waiting_list_count > 0 {
                    <p>{ i18n.ta("public-event-waiting", &[("count", Arg::Number(e.waiting_list_count))]) }</p>
                }
            </div>
        },
        Some(left) => html! {
            <p class="places"><strong>{ i18n.ta("public-event-places-left", &[("count", Arg::Number(left))]) }</strong></p>
        },
        None => Html::default(),
    };

    let sign_up = if cancelled {
        Html::default()
    } else if let Some(r) = &*receipt {
        html! {
            <section class="receipt-section" aria-labelledby="receipt-title">
                <ReceiptDetails receipt={r.clone()} heading_id="receipt-title" show_link=true />
                <div class="actions">
                    <button type="button" class="button" onclick={again}>{ i18n.t("public-event-register-another") }</button>
                </div>
            </section>
        }
    } else if e.registration_open {
        registration_form(&i18n, &values, &save, residents_evening, full, onsubmit)
    } else if e.recurrence.is_some() {
        html! { <p class="walk-in">{ i18n.t("public-event-walk-in") }</p> }
    } else {
        html! { <p>{ i18n.t("public-event-closed") }</p> }
    };

    let url = absolute_url(&Route::PublicEvent { id });
    // Every public page of a group leads to where residents ask it a question.
    let ask_url = e.group_slug.as_ref().map(|slug| absolute_url(&Route::Ask { slug: slug.clone() }));
    let when_poster = match (&e.recurrence, e.upcoming.iter().find(|o| o.status == EventStatus::Scheduled)) {
        (Some(recurrence), next) => {
            // Residents need the weekday and the time (and when it stops), not the number of dates.
            let every = i18n.recurrence_with_time(recurrence, &e.starts_at, &e.ends_at);
            let next = next.map(|o| {
                i18n.ta("poster-next", &[("date", Arg::Text(i18n.date_with_weekday(o.starts_at.date_naive())))])
            });
            (every, next)
        }
        (None, _) => (i18n.event_when(&e.starts_at, &e.ends_at), None),
    };

    html! {
        <article class="page public-event" aria-labelledby="page-title">
            <div class="no-print">
                <p class="breadcrumb"><Link<Route> to={Route::PublicAgenda}>{ i18n.t("back-to-public-agenda") }</Link<Route>></p>
                <p class="event-kind"><span class="badge badge-neutral">{ i18n.event_type(e.event_type) }</span></p>
                <div class="page-head">
                    <h1 id="page-title">{ e.title.clone() }</h1>
                    if cancelled {
                        <EventStatusBadge status={e.status} />
                    }
                </div>
                if cancelled {
                    <div class="alert alert-error">
                        <p>{ i18n.t("public-event-cancelled") }</p>
                        if let Some(reason) = &e.cancellation_reason {
                            <p>{ i18n.ta("event-cancelled-because", &[("reason", Arg::Text(reason.clone()))]) }</p>
                        }
                    </div>
                }
                if let (false, Some(first)) = (cancelled, e.moved_from) {
                    <MovedNotice first={first} />
                }
                <section class="card event-facts" aria-labelledby="facts-title">
                    <h2 id="facts-title" class="visually-hidden">{ i18n.t("event-details") }</h2>
                    <dl class="details">
                        <dt>{ if e.recurrence.is_some() { i18n.t("event-repeat") } else { i18n.t("event-when") } }</dt>
                        <dd>{ when_poster.0.clone() }</dd>
                        <dt>{ i18n.t("event-where") }</dt>
                        <dd>{ location_text(&e.location) }</dd>
                        if let Some(group) = &e.group_name {
                            <dt>{ i18n.t("public-event-by") }</dt>
                            <dd>{ group.clone() }</dd>
                        }
                    </dl>
                    if let (Some(group), Some(slug)) = (&e.group_name, &e.group_slug) {
                        <p class="ask-link">
                            <Link<Route> to={Route::Ask { slug: slug.clone() }}>
                                { i18n.ta("public-ask-group", &[("group", Arg::Text(group.clone()))]) }
                            </Link<Route>>
                        </p>
                    }
                    if let Some(description) = &e.description {
                        <p class="pre-line">{ description.clone() }</p>
                    }
                    { places }
                    if !cancelled {
                        <AddToCalendar event_id={e.id} />
                    }
                </section>
                if !e.upcoming.is_empty() {
                    <section class="card" aria-labelledby="upcoming-title">
                        <h2 id="upcoming-title">{ i18n.t("public-event-upcoming") }</h2>
                        <ul class="dates" role="list">
                            { for e.upcoming.iter().map(|o| {
                                let off = o.status == EventStatus::Cancelled;
                                html! {
                                    <li class={classes!("date-row", off.then_some("is-cancelled"))}>
                                        <p class="date-row-when">
                                            <time datetime={o.starts_at.to_rfc3339()}>{ i18n.event_when(&o.starts_at, &o.ends_at) }</time>
                                            if off {
                                                { " " }<EventStatusBadge status={o.status} />
                                            }
                                            if o.moved {
                                                { " " }<span class="badge badge-moved">{ i18n.t("occurrence-moved") }</span>
                                            }
                                        </p>
                                        if off {
                                            if let Some(reason) = &o.cancellation_reason {
                                                <p class="occurrence-reason">{ i18n.ta("event-cancelled-because", &[("reason", Arg::Text(reason.clone()))]) }</p>
                                            }
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
                { sign_up }
                <section class="card poster-card" aria-labelledby="poster-title">
                    <h2 id="poster-title">{ i18n.t("poster-title") }</h2>
                    <p>{ i18n.t("poster-intro") }</p>
                    <button type="button" class="button" onclick={print}>{ i18n.t("poster-print") }</button>
                </section>
            </div>

            // Only on paper: the poster.
            <div class="print-only poster">
                if let Some(group) = &e.group_name {
                    <p class="poster-group">{ group.clone() }</p>
                }
                <p class="poster-kind">{ i18n.event_type(e.event_type) }</p>
                <p class="poster-title">{ e.title.clone() }</p>
                if cancelled {
                    <p class="poster-cancelled">{ i18n.t("public-event-cancelled") }</p>
                }
                <p class="poster-when">{ when_poster.0.clone() }</p>
                if let Some(next) = when_poster.1.clone() {
                    <p class="poster-next">{ next }</p>
                }
                <p class="poster-where">
                    <span class="poster-place">{ e.location.name.clone() }</span>
                    <span class="poster-address">{ poster_address(&e) }</span>
                </p>
                if let Some(description) = &e.description {
                    <p class="poster-description">{ description.clone() }</p>
                }
                <div class="poster-qr">
                    <QrCode url={url.clone()} />
                    <div class="poster-qr-text">
                        <p>{ if e.registration_open { i18n.t("poster-scan-register") } else { i18n.t("poster-scan") } }</p>
                        <p class="poster-url">{ url }</p>
                    </div>
                </div>
                if let Some(ask) = &ask_url {
                    <p class="poster-ask">{ i18n.t("poster-ask") }{ " " }<span class="poster-ask-url">{ ask.clone() }</span></p>
                }
                <p class="poster-welcome">{ i18n.t("poster-welcome") }</p>
            </div>
        </article>
    }
}

fn poster_address(e: &PublicEvent) -> String {
    let town =
        [e.location.postcode.clone(), e.location.city.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    [e.location.address.clone(), Some(town)]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn registration_form(
    i18n: &I18n,
    values: &UseStateHandle<Values>,
    save: &Save,
    residents_evening: bool,
    full: bool,
    onsubmit: Callback<SubmitEvent>,
) -> Html {
    let v = (**values).clone();
    let set = |apply: fn(&mut Values, String)| setter(values, apply);
    let check = |apply: fn(&mut Values, bool)| {
        let values = values.clone();
        Callback::from(move |e: Event| {
            let mut next = (*values).clone();
            apply(&mut next, e.target_unchecked_into::<web_sys::HtmlInputElement>().checked());
            values.set(next);
        })
    };
    let error_at = |pointer: &str| save.field_error(pointer);
    let shown =
        ["/name", "/email", "/phone", "/contactConsent", "/numberOfPeople", "/wantsToBecomeConnector", "/motivation"];
    let form_error = save.form_error();
    let contact_given = !v.email.trim().is_empty() || !v.phone.trim().is_empty();
    let consent_error = error_at("/contactConsent");
    let described = match &consent_error {
        Some(_) => "register-consent-hint register-consent-error",
        None => "register-consent-hint",
    };
    html! {
        <form class="form card register-form-public" {onsubmit} novalidate=true aria-labelledby="register-title">
            <h2 id="register-title" tabindex="-1">{ if full { i18n.t("public-event-register-waiting") } else { i18n.t("public-event-register") } }</h2>
            if full {
                <p class="hint">{ i18n.t("public-event-register-full-hint") }</p>
            }
            <ErrorAlert message={form_error} details={save.other_errors(&shown)} />
            <TextField id="register-name" label={i18n.t("register-name")} value={v.name.clone()} required=true
                autocomplete={Some(AttrValue::Static("name"))} oninput={set(|v, x| v.name = x)} error={error_at("/name")} />
            <TextField id="register-people" label={i18n.t("register-people")} value={v.people.clone()} input_type="number"
                hint={Some(AttrValue::from(i18n.ta("register-people-hint", &[("max", Arg::Number(i64::from(MAX_PEOPLE_PER_REGISTRATION)))])))}
                required=true oninput={set(|v, x| v.people = x)} error={error_at("/numberOfPeople")} />
            <fieldset class="form-group">
                <legend>{ i18n.t("register-contact") }</legend>
                <p class="hint">{ i18n.t("register-contact-hint") }</p>
                <TextField id="register-email" label={i18n.t("person-email")} value={v.email.clone()} input_type="email"
                    autocomplete={Some(AttrValue::Static("email"))} oninput={set(|v, x| v.email = x)} error={error_at("/email")} />
                <TextField id="register-phone" label={i18n.t("person-phone")} value={v.phone.clone()} input_type="tel"
                    autocomplete={Some(AttrValue::Static("tel"))} oninput={set(|v, x| v.phone = x)} error={error_at("/phone")} />
                <div class={classes!("toggle", "consent", consent_error.as_ref().map(|_| "has-error"))}>
                    <input type="checkbox" id="register-consent" checked={v.consent} onchange={check(|v, x| v.consent = x)}
                        aria-describedby={described} aria-invalid={consent_error.as_ref().map(|_| "true")}
                        aria-required={contact_given.then_some("true")} />
                    <label for="register-consent">
                        { i18n.t("register-consent") }
                        if contact_given { <span class="required" aria-hidden="true">{ " *" }</span> }
                    </label>
                </div>
                <p class="hint" id="register-consent-hint">{ i18n.t("register-consent-hint") }</p>
                if let Some(message) = consent_error {
                    <p class="field-error" id="register-consent-error">{ message }</p>
                }
            </fieldset>
            if residents_evening {
                <fieldset class="form-group join">
                    <legend>{ i18n.t("register-join-title") }</legend>
                    <p class="hint">{ i18n.t("register-join-intro") }</p>
                    <div class="toggle">
                        <input type="checkbox" id="register-join" checked={v.wants_to_join} onchange={check(|v, x| v.wants_to_join = x)} />
                        <label for="register-join">{ i18n.t("register-join") }</label>
                    </div>
                    if v.wants_to_join {
                        <p class={classes!("hint", (!contact_given).then_some("hint-warning"))}>{ i18n.t("register-join-contact") }</p>
                        <TextField id="register-motivation" label={i18n.t("register-motivation")} value={v.motivation.clone()}
                            multiline=true hint={Some(AttrValue::from(i18n.t("register-motivation-hint")))}
                            oninput={set(|v, x| v.motivation = x)} error={error_at("/motivation")} />
                    }
                </fieldset>
            }
            <div class="actions">
                <button type="submit" class="button button-primary button-large" aria-disabled={save.busy().then_some("true")}>
                    { if full { i18n.t("public-event-submit-waiting") } else { i18n.t("public-event-submit") } }
                </button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_details_need_consent() {
        let with_email = Values { name: "Anouk".into(), email: "anouk@example.org".into(), ..Values::default() };
        assert_eq!(registration_of(&with_email, false), Err(vec![("/contactConsent", "field-error-consent")]));
        let consented = Values { consent: true, ..with_email };
        let new = registration_of(&consented, false).unwrap();
        assert!(new.contact_consent);
        assert_eq!(new.email.as_deref(), Some("anouk@example.org"));
        assert_eq!(new.number_of_people, Some(1));
        // Consent without contact details sends no consent.
        let bare = Values { name: "Bram".into(), consent: true, ..Values::default() };
        assert!(!registration_of(&bare, false).unwrap().contact_consent);
    }

    #[test]
    fn the_wish_to_join_counts_only_at_a_residents_evening() {
        let v = Values {
            name: "Cor".into(),
            phone: "06 1234 5678".into(),
            consent: true,
            wants_to_join: true,
            motivation: "Ik ken iedereen".into(),
            ..Values::default()
        };
        let evening = registration_of(&v, true).unwrap();
        assert!(evening.wants_to_become_connector);
        assert_eq!(evening.motivation.as_deref(), Some("Ik ken iedereen"));
        let other = registration_of(&v, false).unwrap();
        assert!(!other.wants_to_become_connector);
        assert_eq!(other.motivation, None);
        // Without a way to reach them the coordinator cannot follow up: asked for, not sent.
        let unreachable = Values { phone: String::new(), consent: false, ..v };
        assert_eq!(registration_of(&unreachable, true), Err(vec![("/email", "field-error-contact-to-join")]));
        assert!(registration_of(&unreachable, false).is_ok(), "elsewhere the box is not shown");
    }

    #[test]
    fn a_name_and_a_sensible_number_of_people() {
        let v = Values { people: "11".into(), ..Values::default() };
        assert_eq!(
            registration_of(&v, false),
            Err(vec![("/name", "field-error-required"), ("/numberOfPeople", "field-error-people")])
        );
    }
}
