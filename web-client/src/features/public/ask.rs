//! Asking a group a question, without an account: the question, a topic if the resident knows
//! one, and name and contact details only with consent. A field people never see catches forms
//! filled in by robots. After sending, the tracking code is shown large, with the way to the
//! tracking page. Under the form, the group's published FAQ. A group that has ended takes no new
//! questions: the page says so instead of showing the form.

use api_types::{GroupStatus, ProblemCode, PublicQuestion, QuestionTracking, Topic, MAX_QUESTION_LENGTH};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::choices::{topic_options, RadioCards};
use crate::components::confirm::focus_by_id;
use crate::components::field::{setter, TextField};
use crate::components::layout::use_title;
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
use crate::features::questions::{optional, Contact, ContactFields};
use crate::hooks::use_loaded;
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;

/// Properties of [`AskPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct AskPageProps {
    /// The group's slug.
    pub slug: AttrValue,
}

/// The values of the form.
#[derive(Debug, Clone, Default, PartialEq)]
struct Values {
    text: String,
    topic: Option<Topic>,
    contact: Contact,
    website: String,
}

/// The question as the API takes it, or the problems that keep it from being sent.
fn question_of(v: &Values) -> Result<PublicQuestion, Vec<(&'static str, &'static str)>> {
    let mut problems = Vec::new();
    if v.text.trim().is_empty() {
        problems.push(("/text", "field-error-required"));
    } else if v.text.trim().chars().count() as u64 > MAX_QUESTION_LENGTH {
        problems.push(("/text", "field-error-question-length"));
    }
    if let Some(problem) = v.contact.problem() {
        problems.push(problem);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let (name, email, phone, contact_consent) = v.contact.sent();
    Ok(PublicQuestion {
        text: v.text.trim().to_string(),
        topic: v.topic,
        name,
        email,
        phone,
        contact_consent,
        // Sent as found: people leave it empty; the API refuses it filled in.
        website: optional(&v.website),
    })
}

/// The public "ask a question" page of a group.
#[function_component]
pub fn AskPage(props: &AskPageProps) -> Html {
    let slug = props.slug.to_string();
    let i18n = use_locale();
    let announce = use_announce();
    let group = use_loaded(slug.clone(), |slug| async move { api::public_group(&slug).await });
    let faq = use_loaded(slug.clone(), |slug| async move { api::public_faq(&slug).await });
    let values = use_state(Values::default);
    let error = use_state(|| None::<ApiError>);
    let local = use_state(Vec::<(&'static str, &'static str)>::new);
    let busy = use_state(|| false);
    let tracking = use_state(|| None::<QuestionTracking>);

    let title = match (group.error(), group.value()) {
        (None, Some(g)) => i18n.ta("ask-title-group", &[("group", Arg::Text(g.name.clone()))]),
        _ => i18n.t("ask-title"),
    };
    use_title(title.clone());
    use_effect_with(tracking.is_some(), |shown| {
        if *shown {
            focus_by_id("ask-receipt-title");
        }
    });

    if let Some(e) = group.error() {
        if e.status() == Some(404) {
            return html! {
                <section class="page narrow" aria-labelledby="page-title">
                    <h1 id="page-title">{ i18n.t("ask-title") }</h1>
                    <ErrorAlert message={Some(AttrValue::from(i18n.t("ask-group-not-found")))} />
                    <p><Link<Route> to={Route::PublicAgenda}>{ i18n.t("back-to-public-agenda") }</Link<Route>></p>
                </section>
            };
        }
    }

    // Asking keeps its own save rather than use_save: an error moves focus to the form's
    // heading, and a group that ended meanwhile is read again so that the page says so.
    let onsubmit = {
        let (values, error, local, busy, tracking, group) =
            (values.clone(), error.clone(), local.clone(), busy.clone(), tracking.clone(), group.clone());
        let (announce, i18n, slug) = (announce.clone(), i18n.clone(), slug.clone());
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            if *busy {
                return;
            }
            let new = match question_of(&values) {
                Ok(new) => new,
                Err(problems) => {
                    error.set(None);
                    local.set(problems);
                    focus_by_id("ask-form-title");
                    return;
                }
            };
            local.set(Vec::new());
            busy.set(true);
            let group = group.clone();
            let (values, error, busy, tracking, announce, i18n, slug) = (
                values.clone(),
                error.clone(),
                busy.clone(),
                tracking.clone(),
                announce.clone(),
                i18n.clone(),
                slug.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::ask_question(&slug, &new).await;
                busy.set(false);
                match result {
                    Ok(answer) => {
                        error.set(None);
                        values.set(Values::default());
                        announce.emit(i18n.t("ask-sent"));
                        tracking.set(Some(answer));
                    }
                    // The group ended while the page was open: read it again, so the page says so.
                    Err(e) if e.code() == Some(ProblemCode::GroupEnded) => {
                        error.set(None);
                        announce.emit(i18n.t("ask-group-ended"));
                        group.reload();
                    }
                    Err(e) => {
                        error.set(Some(e));
                        focus_by_id("ask-form-title");
                    }
                }
            });
        })
    };
    let again = {
        let tracking = tracking.clone();
        Callback::from(move |_: MouseEvent| {
            tracking.set(None);
            focus_by_id("ask-form-title");
        })
    };

    let ended = matches!((group.error(), group.value()), (None, Some(g)) if g.status == GroupStatus::Ended);
    html! {
        <article class="page narrow ask-page" aria-labelledby="page-title">
            <h1 id="page-title">{ title }</h1>
            if let (None, Some(g)) = (group.error(), group.value()) {
                <p class="meta group-place">
                    { g.neighbourhood_name.clone() }
                    if let Some(place) = &g.meeting_place {
                        { " · " }{ i18n.ta("ask-meets", &[("place", Arg::Text(place.clone()))]) }
                    }
                </p>
            }
            if !ended {
                <p class="lead">{ i18n.t("ask-intro") }</p>
            }
            if let Some(t) = &*tracking {
                { receipt(&i18n, t, again) }
            } else if ended {
                <div class="alert alert-info"><p>{ i18n.t("ask-group-ended") }</p></div>
            } else {
                { form(&i18n, &values, &error, &local, *busy, onsubmit) }
            }
            <section class="card faq-public" aria-labelledby="faq-public-title">
                <h2 id="faq-public-title">{ i18n.t("ask-faq-title") }</h2>
                { match (faq.error(), faq.value()) {
                    (None, Some(items)) if !items.is_empty() => html! {
                        <ul class="faq-public-list" role="list">
                            { for items.iter().map(|item| html! {
                                <li>
                                    <details>
                                        <summary>{ item.question.clone() }</summary>
                                        <p class="pre-line">{ item.answer.clone() }</p>
                                        <p class="meta">{ i18n.question_topic(item.topic) }</p>
                                    </details>
                                </li>
                            }) }
                        </ul>
                    },
                    (None, Some(_)) => html! { <p>{ i18n.t("ask-faq-empty") }</p> },
                    (Some(e), _) => html! { <p>{ error_text(&i18n, e) }</p> },
                    (None, None) => html! { <p class="loading">{ i18n.t("loading") }</p> },
                } }
            </section>
            <p class="track-link"><Link<Route> to={Route::TrackStart}>{ i18n.t("ask-track-link") }</Link<Route>></p>
        </article>
    }
}

fn receipt(i18n: &I18n, t: &QuestionTracking, again: Callback<MouseEvent>) -> Html {
    html! {
        <section class="card receipt question-receipt" aria-labelledby="ask-receipt-title">
            <h2 id="ask-receipt-title" tabindex="-1">{ i18n.t("ask-receipt-title") }</h2>
            <p>{ i18n.ta("ask-receipt-text", &[("group", Arg::Text(t.group_name.clone()))]) }</p>
            <p class="tracking-label" id="tracking-code-label">{ i18n.t("ask-receipt-code") }</p>
            <p class="tracking-code" aria-labelledby="tracking-code-label"><strong>{ t.tracking_code.clone() }</strong></p>
            <p class="hint">{ i18n.t("ask-receipt-write-down") }</p>
            <div class="actions">
                <Link<Route> classes="button button-primary" to={Route::Track { code: t.tracking_code.clone() }}>
                    { i18n.t("ask-receipt-track") }
                </Link<Route>>
                <button type="button" class="button" onclick={again}>{ i18n.t("ask-again") }</button>
            </div>
        </section>
    }
}

fn form(
    i18n: &I18n,
    values: &UseStateHandle<Values>,
    error: &UseStateHandle<Option<ApiError>>,
    local: &UseStateHandle<Vec<(&'static str, &'static str)>>,
    busy: bool,
    onsubmit: Callback<SubmitEvent>,
) -> Html {
    let v = (**values).clone();
    let set = |apply: fn(&mut Values, String)| setter(values, apply);
    let on_contact = {
        let values = values.clone();
        Callback::from(move |contact: Contact| {
            let mut next = (*values).clone();
            next.contact = contact;
            values.set(next);
        })
    };
    let on_website = {
        let values = values.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*values).clone();
            next.website = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            values.set(next);
        })
    };
    let error_at = |pointer: &str| {
        field_error(i18n, error.as_ref(), pointer)
            .or_else(|| local.iter().find(|(p, _)| *p == pointer).map(|(_, m)| AttrValue::from(i18n.t(m))))
    };
    let shown = ["/text", "/topic", "/name", "/email", "/phone", "/contactConsent", "/website"];
    let form_error = error
        .as_ref()
        .map(|e| AttrValue::from(error_text(i18n, e)))
        .or_else(|| (!local.is_empty()).then(|| AttrValue::from(i18n.t("error-invalid-input"))));
    let mut topics = topic_options(i18n);
    topics.push((AttrValue::from(""), AttrValue::from(i18n.t("ask-topic-unknown"))));
    html! {
        <form class="form card ask-form" {onsubmit} novalidate=true aria-labelledby="ask-form-title">
            <h2 id="ask-form-title" tabindex="-1">{ i18n.t("ask-form-title") }</h2>
            <ErrorAlert message={form_error} details={other_field_errors(i18n, error.as_ref(), &shown)} />
            <TextField id="ask-text" label={i18n.t("ask-text")} value={v.text.clone()} multiline=true required=true
                hint={Some(AttrValue::from(i18n.ta("ask-text-hint", &[("max", Arg::Number(MAX_QUESTION_LENGTH as i64))])))}
                error={error_at("/text")} oninput={set(|v, x| v.text = x)} />
            <RadioCards name="ask-topic" legend={i18n.t("ask-topic")} options={topics}
                hint={Some(AttrValue::from(i18n.t("ask-topic-hint")))}
                value={AttrValue::from(v.topic.map(|t| t.as_str()).unwrap_or_default())} error={error_at("/topic")}
                onchange={set(|v, x| v.topic = Topic::parse(&x))} />
            <ContactFields id="ask-contact" value={v.contact.clone()} onchange={on_contact}
                legend={i18n.t("ask-contact")} hint={i18n.t("ask-contact-hint")}
                consent_label={i18n.t("ask-consent")} consent_hint={i18n.t("ask-consent-hint")}
                errors={[error_at("/name"), error_at("/email"), error_at("/phone"), error_at("/contactConsent")]} />
            // A field people never see or reach: only robots fill it in.
            <div class="honeypot" aria-hidden="true">
                <label for="ask-website">{ i18n.t("ask-website") }</label>
                <input type="text" id="ask-website" name="website" tabindex="-1" autocomplete="off"
                    value={v.website.clone()} oninput={on_website} />
            </div>
            <div class="actions">
                <button type="submit" class="button button-primary button-large" aria-disabled={busy.then_some("true")}>
                    { i18n.t("ask-submit") }
                </button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_is_needed_and_contact_details_need_consent() {
        assert_eq!(question_of(&Values::default()), Err(vec![("/text", "field-error-required")]));
        let v = Values {
            text: "Waar kan ik terecht?".into(),
            contact: Contact { name: "Anouk".into(), ..Contact::default() },
            ..Values::default()
        };
        assert_eq!(question_of(&v), Err(vec![("/contactConsent", "field-error-question-consent")]));
        let ok = Values { contact: Contact { consent: true, ..v.contact.clone() }, ..v };
        let new = question_of(&ok).unwrap();
        assert!(new.contact_consent);
        assert_eq!(new.name.as_deref(), Some("Anouk"));
        assert_eq!(new.website, None);
        assert_eq!(new.topic, None);
    }
}
