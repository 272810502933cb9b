//! The quick intake of a resident question, made for a phone at the meeting table: how it came
//! in (in person by default), the topic, the question itself, when it was asked (now, or earlier
//! when it is typed over from paper), the event it was asked at (the group's event running now is
//! chosen already), and the resident's name and contact details, only with their consent.

use api_types::{Channel, Group, NewQuestion, Occurrence, Topic};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::choices::{topic_options, RadioCards};
use crate::components::confirm::focus_by_id;
use crate::components::field::{setter, SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
use crate::features::questions::{Contact, ContactFields};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;
use crate::session::use_session;

/// Properties of [`QuestionFormPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct QuestionFormPageProps {
    /// The group taking the question in.
    pub id: Uuid,
}

/// The values of the intake form.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    channel: Channel,
    topic: Option<Topic>,
    text: String,
    /// Asked earlier than now: the date and time typed over from paper.
    earlier: bool,
    date: String,
    time: String,
    event: String,
    contact: Contact,
}

impl Values {
    fn new() -> Self {
        let now = amsterdam::to_local(Utc::now());
        Values {
            channel: Channel::InPerson,
            topic: None,
            text: String::new(),
            earlier: false,
            date: now.format("%Y-%m-%d").to_string(),
            time: now.format("%H:%M").to_string(),
            event: String::new(),
            contact: Contact::default(),
        }
    }
}

/// The occurrence of the group running at `now`, if any.
pub fn running_now(occurrences: &[Occurrence], now: DateTime<Utc>) -> Option<&Occurrence> {
    occurrences.iter().find(|o| {
        o.status == api_types::EventStatus::Scheduled
            && o.starts_at.with_timezone(&Utc) <= now
            && now <= o.ends_at.with_timezone(&Utc)
    })
}

/// The question as the API takes it, or the problems that keep it from being sent.
fn question_of(
    group_id: Uuid,
    v: &Values,
    now: DateTime<Utc>,
) -> Result<NewQuestion, Vec<(&'static str, &'static str)>> {
    let mut problems = Vec::new();
    if v.topic.is_none() {
        problems.push(("/topic", "field-error-choose"));
    }
    if v.text.trim().is_empty() {
        problems.push(("/text", "field-error-required"));
    }
    let asked_at = if v.earlier {
        let date = NaiveDate::parse_from_str(v.date.trim(), "%Y-%m-%d").ok();
        let time = NaiveTime::parse_from_str(v.time.trim(), "%H:%M").ok();
        match (date, time) {
            (None, _) => {
                problems.push(("/askedAt", "field-error-date"));
                None
            }
            (_, None) => {
                problems.push(("/askedAt", "field-error-time"));
                None
            }
            (Some(date), Some(time)) => match amsterdam::local_instant(date, time) {
                None => {
                    problems.push(("/askedAt", "field-error-time-skipped"));
                    None
                }
                Some(at) if at.with_timezone(&Utc) > now => {
                    problems.push(("/askedAt", "field-error-future"));
                    None
                }
                Some(at) => Some(at.with_timezone(&Utc)),
            },
        }
    } else {
        None
    };
    if let Some(problem) = v.contact.problem() {
        problems.push(problem);
    }
    let (Some(topic), true) = (v.topic, problems.is_empty()) else {
        return Err(problems);
    };
    let (asker_name, asker_email, asker_phone, contact_consent) = v.contact.sent();
    Ok(NewQuestion {
        group_id,
        channel: v.channel,
        event_id: v.event.parse().ok(),
        asked_at,
        topic,
        text: v.text.trim().to_string(),
        asker_name,
        asker_email,
        asker_phone,
        contact_consent,
        assignee_id: None,
    })
}

/// The intake page.
#[function_component]
pub fn QuestionFormPage(props: &QuestionFormPageProps) -> Html {
    let id = props.id;
    let i18n = use_locale();
    let announce = use_announce();
    let navigator = use_navigator();
    let session = use_session();

    let group = use_state(|| None::<Group>);
    let events = use_state(Vec::<Occurrence>::new);
    let values = use_state(Values::new);
    let error = use_state(|| None::<ApiError>);
    let local = use_state(Vec::<(&'static str, &'static str)>::new);
    let busy = use_state(|| false);

    use_title(i18n.t("intake-title"));
    {
        let (group, events, values) = (group.clone(), events.clone(), values.clone());
        use_effect_with(id, move |id| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(reply) = api::group(id).await {
                    group.set(Some(reply.value));
                }
                let today = amsterdam::today();
                if let Ok(list) = api::occurrences(today, today, Some(id), None, None).await {
                    // The event running now is where the question is being asked, most likely.
                    if let Some(running) = running_now(&list, Utc::now()) {
                        let mut next = (*values).clone();
                        next.event = running.event_id.to_string();
                        values.set(next);
                    }
                    events.set(list);
                }
            });
        });
    }

    let v = (*values).clone();
    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let on_contact = {
        let values = values.clone();
        Callback::from(move |contact: Contact| {
            let mut next = (*values).clone();
            next.contact = contact;
            values.set(next);
        })
    };
    let toggle_earlier = {
        let values = values.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*values).clone();
            next.earlier = !next.earlier;
            let opened = next.earlier;
            values.set(next);
            if opened {
                focus_by_id("intake-date");
            }
        })
    };
    // The intake keeps its own save rather than use_save: every problem moves focus to the
    // form's heading, so that a phone user hears it at once.
    let onsubmit = {
        let (values, error, local, busy) = (values.clone(), error.clone(), local.clone(), busy.clone());
        let (announce, i18n, navigator) = (announce.clone(), i18n.clone(), navigator.clone());
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            if *busy {
                return;
            }
            let new = match question_of(id, &values, Utc::now()) {
                Ok(new) => new,
                Err(problems) => {
                    error.set(None);
                    local.set(problems);
                    focus_by_id("intake-form-title");
                    return;
                }
            };
            local.set(Vec::new());
            busy.set(true);
            let (error, busy, announce, i18n, navigator) =
                (error.clone(), busy.clone(), announce.clone(), i18n.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::create_question(&new).await;
                busy.set(false);
                match result {
                    Ok(question) => {
                        announce.emit(i18n.t("intake-saved"));
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::Question { id: question.id });
                        }
                    }
                    Err(e) => {
                        error.set(Some(e));
                        focus_by_id("intake-form-title");
                    }
                }
            });
        })
    };

    let error_at = |pointer: &str| {
        field_error(&i18n, error.as_ref(), pointer)
            .or_else(|| local.iter().find(|(p, _)| *p == pointer).map(|(_, m)| AttrValue::from(i18n.t(m))))
    };
    let shown = [
        "/channel",
        "/topic",
        "/text",
        "/askedAt",
        "/eventId",
        "/askerName",
        "/askerEmail",
        "/askerPhone",
        "/contactConsent",
    ];
    let form_error = error
        .as_ref()
        .map(|e| AttrValue::from(error_text(&i18n, e)))
        .or_else(|| (!local.is_empty()).then(|| AttrValue::from(i18n.t("error-invalid-input"))));
    let channels: Vec<(AttrValue, AttrValue)> =
        Channel::ALL.iter().map(|c| (AttrValue::from(c.as_str()), AttrValue::from(i18n.channel(*c)))).collect();
    let group_name = group.as_ref().map(|g| g.name.clone());

    // Only the group's members (and coordinators) take questions in; the API refuses the rest, so
    // the form is not offered to them.
    if !session.manages_group(id) {
        return html! {
            <section class="page narrow" aria-labelledby="page-title">
                <h1 id="page-title">{ i18n.t("intake-title") }</h1>
                <ErrorAlert message={Some(AttrValue::from(i18n.t("questions-forbidden")))} />
                <p><Link<Route> to={Route::Groups}>{ i18n.t("back-to-groups") }</Link<Route>></p>
            </section>
        };
    }
    html! {
        <article class="page narrow intake" aria-labelledby="page-title">
            <p class="breadcrumb">
                <Link<Route> to={Route::GroupQuestions { id }}>{ i18n.t("back-to-questions") }</Link<Route>>
            </p>
            <h1 id="page-title">{ i18n.t("intake-title") }</h1>
            if let Some(name) = &group_name {
                <p class="lead">{ i18n.ta("intake-for-group", &[("group", Arg::Text(name.clone()))]) }</p>
            }
            <form class="form card intake-form" {onsubmit} novalidate=true aria-labelledby="intake-form-title">
                <h2 id="intake-form-title" class="visually-hidden" tabindex="-1">{ i18n.t("intake-form-title") }</h2>
                <ErrorAlert message={form_error} details={other_field_errors(&i18n, error.as_ref(), &shown)} />
                <RadioCards name="intake-channel" legend={i18n.t("intake-channel")} options={channels}
                    value={AttrValue::from(v.channel.as_str())} error={error_at("/channel")}
                    onchange={set(|v, x| if let Some(c) = Channel::parse(&x) { v.channel = c })} />
                <RadioCards name="intake-topic" legend={i18n.t("intake-topic")} options={topic_options(&i18n)} required=true
                    value={AttrValue::from(v.topic.map(|t| t.as_str()).unwrap_or_default())} error={error_at("/topic")}
                    onchange={set(|v, x| v.topic = Topic::parse(&x))} />
                <TextField id="intake-text" label={i18n.t("intake-text")} value={v.text.clone()} multiline=true required=true
                    hint={Some(AttrValue::from(i18n.t("intake-text-hint")))} error={error_at("/text")}
                    oninput={set(|v, x| v.text = x)} />
                { event_choice(&i18n, &events, &v, set(|v, x| v.event = x), error_at("/eventId")) }
                <div class="earlier">
                    <p class="asked-now">
                        { if v.earlier { i18n.t("intake-asked-earlier") } else { i18n.t("intake-asked-now") } }
                    </p>
                    <button type="button" class="button button-small" aria-expanded={v.earlier.to_string()}
                        aria-controls="intake-earlier" onclick={toggle_earlier}>
                        { if v.earlier { i18n.t("intake-earlier-close") } else { i18n.t("intake-earlier-open") } }
                    </button>
                    if v.earlier {
                        <fieldset id="intake-earlier" class="form-group slot-fields">
                            <legend>{ i18n.t("intake-asked-at") }</legend>
                            <TextField id="intake-date" label={i18n.t("intake-date")} value={v.date.clone()} input_type="date"
                                oninput={set(|v, x| v.date = x)} error={error_at("/askedAt")} />
                            <TextField id="intake-time" label={i18n.t("intake-time")} value={v.time.clone()} input_type="time"
                                oninput={set(|v, x| v.time = x)} />
                        </fieldset>
                    }
                </div>
                <ContactFields id="intake-contact" value={v.contact.clone()} onchange={on_contact}
                    legend={i18n.t("intake-contact")} hint={i18n.t("intake-contact-hint")}
                    consent_label={i18n.t("intake-consent")} consent_hint={i18n.t("intake-consent-hint")}
                    errors={[error_at("/askerName"), error_at("/askerEmail"), error_at("/askerPhone"), error_at("/contactConsent")]} />
                <div class="actions">
                    <button type="submit" class="button button-primary button-large" aria-disabled={busy.then_some("true")}>
                        { i18n.t("intake-submit") }
                    </button>
                    <Link<Route> classes="button" to={Route::GroupQuestions { id }}>{ i18n.t("cancel") }</Link<Route>>
                </div>
            </form>
        </article>
    }
}

/// The event it was asked at: today's events of the group (none when there are none).
fn event_choice(
    i18n: &I18n,
    events: &[Occurrence],
    v: &Values,
    onchange: Callback<String>,
    error: Option<AttrValue>,
) -> Html {
    if events.is_empty() {
        return Html::default();
    }
    let mut options = vec![(AttrValue::from(""), AttrValue::from(i18n.t("intake-event-none")))];
    let mut seen = Vec::new();
    for o in events {
        if seen.contains(&o.event_id) {
            continue;
        }
        seen.push(o.event_id);
        let label = i18n.ta(
            "intake-event-option",
            &[
                ("title", Arg::Text(o.title.clone())),
                ("time", Arg::Text(i18n.time_range(&i18n.clock(&o.starts_at), &i18n.clock(&o.ends_at)))),
            ],
        );
        options.push((AttrValue::from(o.event_id.to_string()), AttrValue::from(label)));
    }
    html! {
        <SelectField id="intake-event" label={i18n.t("intake-event")} value={AttrValue::from(v.event.clone())}
            {options} {onchange} {error} hint={Some(AttrValue::from(i18n.t("intake-event-hint")))} />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Values {
        Values { topic: Some(Topic::Housing), text: "Lekkage".into(), ..Values::new() }
    }

    #[test]
    fn a_topic_and_a_text_are_needed() {
        let v = Values { topic: None, text: " ".into(), ..Values::new() };
        assert_eq!(
            question_of(Uuid::nil(), &v, Utc::now()),
            Err(vec![("/topic", "field-error-choose"), ("/text", "field-error-required")])
        );
        let new = question_of(Uuid::nil(), &values(), Utc::now()).unwrap();
        assert_eq!(new.channel, Channel::InPerson);
        assert_eq!(new.asked_at, None);
        assert!(!new.contact_consent);
    }

    #[test]
    fn earlier_is_sent_in_dutch_time_and_not_in_the_future() {
        let now = DateTime::parse_from_rfc3339("2026-03-03T12:00:00Z").unwrap().with_timezone(&Utc);
        let v = Values { earlier: true, date: "2026-03-02".into(), time: "19:30".into(), ..values() };
        let new = question_of(Uuid::nil(), &v, now).unwrap();
        assert_eq!(new.asked_at.unwrap().to_rfc3339(), "2026-03-02T18:30:00+00:00");
        let future = Values { date: "2026-03-04".into(), ..v };
        assert_eq!(question_of(Uuid::nil(), &future, now), Err(vec![("/askedAt", "field-error-future")]));
    }

    #[test]
    fn contact_details_need_consent() {
        let v = Values { contact: Contact { phone: "0612345678".into(), ..Contact::default() }, ..values() };
        assert_eq!(
            question_of(Uuid::nil(), &v, Utc::now()),
            Err(vec![("/contactConsent", "field-error-question-consent")])
        );
    }
}
