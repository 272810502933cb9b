//! A sign-up a member writes down for a resident who phoned in or came by: name, how many, and a
//! phone number only when the resident agrees that the group keeps it. Same rules as the public
//! sign-up (the API decides the place or the waiting list); the resident gets no personal link.

use api_types::{NewRegistration, Registration, RegistrationStatus};
use uuid::Uuid;
use yew::prelude::*;

use crate::api;
use crate::components::field::{setter, TextField};
use crate::components::problem::ErrorAlert;
use crate::features::events::number_of_people;
use crate::hooks::use_save;
use crate::i18n::{use_locale, Arg};

/// What the member typed.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    name: String,
    people: String,
    phone: String,
    consent: bool,
}

impl Default for Values {
    fn default() -> Self {
        Values { name: String::new(), people: "1".into(), phone: String::new(), consent: false }
    }
}

/// The sign-up as the API takes it, or the problems found before sending.
fn registration_of(v: &Values) -> Result<NewRegistration, Vec<(&'static str, &'static str)>> {
    let mut problems = Vec::new();
    if v.name.trim().is_empty() {
        problems.push(("/name", "field-error-required"));
    }
    let phone = Some(v.phone.trim().to_string()).filter(|p| !p.is_empty());
    if phone.is_some() && !v.consent {
        problems.push(("/contactConsent", "field-error-consent"));
    }
    let people = number_of_people(&v.people, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(NewRegistration {
        name: v.name.trim().to_string(),
        contact_consent: phone.is_some() && v.consent,
        phone,
        number_of_people: people,
        ..NewRegistration::default()
    })
}

/// Properties of [`PhoneSignUp`].
#[derive(Debug, Properties, PartialEq)]
pub struct PhoneSignUpProps {
    /// The event.
    pub event_id: Uuid,
    /// After a sign-up was recorded.
    pub on_saved: Callback<Registration>,
}

/// The form "Aanmelding noteren".
#[function_component]
pub fn PhoneSignUp(props: &PhoneSignUpProps) -> Html {
    let i18n = use_locale();
    let values = use_state(Values::default);
    // A new sign-up sends no `If-Match`: the notice after a 412 never shows here.
    let save = use_save("error-precondition-failed", Callback::noop());
    let onsubmit = {
        let (values, save, on_saved, event_id) = (values.clone(), save.clone(), props.on_saved.clone(), props.event_id);
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            if save.busy() {
                return;
            }
            let new = match registration_of(&values) {
                Ok(new) => new,
                Err(problems) => return save.invalid(problems),
            };
            let (values, on_saved) = (values.clone(), on_saved.clone());
            save.run(
                async move { api::record_registration(event_id, &new).await },
                |i18n, r: &Registration| match r.status {
                    RegistrationStatus::Waitlisted => i18n.ta(
                        "phone-sign-up-waiting",
                        &[
                            ("name", Arg::Text(r.name.clone())),
                            ("position", Arg::Number(r.waiting_list_position.unwrap_or(0))),
                        ],
                    ),
                    _ => i18n.ta("phone-sign-up-done", &[("name", Arg::Text(r.name.clone()))]),
                },
                move |r| {
                    values.set(Values::default());
                    on_saved.emit(r);
                },
            );
        })
    };
    let v = (*values).clone();
    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let consent = {
        let values = values.clone();
        Callback::from(move |e: Event| {
            let mut next = (*values).clone();
            next.consent = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            values.set(next);
        })
    };
    let consent_error = save.field_error("/contactConsent");
    html! {
        <form class="form phone-sign-up" {onsubmit} novalidate=true aria-labelledby="phone-sign-up-title">
            <h3 id="phone-sign-up-title">{ i18n.t("phone-sign-up-title") }</h3>
            <p class="hint">{ i18n.t("phone-sign-up-intro") }</p>
            <ErrorAlert message={save.form_error()} details={save.other_errors(&["/name", "/numberOfPeople", "/phone", "/contactConsent"])} />
            <TextField id="phone-sign-up-name" label={i18n.t("person-name")} value={v.name.clone()} required=true
                oninput={set(|v, x| v.name = x)} error={save.field_error("/name")} />
            <TextField id="phone-sign-up-people" label={i18n.t("registration-people")} value={v.people.clone()} input_type="number"
                required=true oninput={set(|v, x| v.people = x)} error={save.field_error("/numberOfPeople")} />
            <TextField id="phone-sign-up-phone" label={i18n.t("person-phone")} value={v.phone.clone()} input_type="tel"
                oninput={set(|v, x| v.phone = x)} error={save.field_error("/phone")} />
            <div class={classes!("toggle", "consent", consent_error.as_ref().map(|_| "has-error"))}>
                <input type="checkbox" id="phone-sign-up-consent" checked={v.consent} onchange={consent}
                    aria-invalid={consent_error.as_ref().map(|_| "true")}
                    aria-describedby={consent_error.as_ref().map(|_| "phone-sign-up-consent-error")} />
                <label for="phone-sign-up-consent">{ i18n.t("phone-sign-up-consent") }</label>
            </div>
            if let Some(message) = consent_error {
                <p class="field-error" id="phone-sign-up-consent-error">{ message }</p>
            }
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>
                    { i18n.t("phone-sign-up-submit") }
                </button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_number_is_kept_only_with_consent() {
        let v = Values { name: "Mevrouw Jansen".into(), phone: "06 1234 5678".into(), ..Values::default() };
        assert_eq!(registration_of(&v), Err(vec![("/contactConsent", "field-error-consent")]));
        let agreed = registration_of(&Values { consent: true, ..v }).unwrap();
        assert!(agreed.contact_consent);
        assert_eq!(agreed.phone.as_deref(), Some("06 1234 5678"));
        assert_eq!(agreed.number_of_people, Some(1));
        let bare =
            registration_of(&Values { name: "Meneer Bakker".into(), consent: true, ..Values::default() }).unwrap();
        assert!(!bare.contact_consent, "no consent sent without a number");
    }
}
