//! One resident question as the group's members see it: the question and who asked it (with the
//! moment they consented) or that it is anonymous; the moves the workflow allows now, each with an
//! optional note; assigning it to a member; the answer the resident sees with their tracking code;
//! referrals to organisations with their outcome; the timeline of every change; and writing a FAQ
//! item from it, in the member's own words. An erased question shows what is left and no actions.

use api_types::{
    FaqItem, Membership, NewReferral, Organisation, ProblemCode, Question, QuestionChange, QuestionHistoryEntry,
    QuestionPatch, QuestionStatus, Referral, ReferralOutcome, ReferralPatch, Topic,
};
use chrono::NaiveDate;
use uuid::Uuid;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::focus_by_id;
use crate::components::field::{setter, SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::{Loading, LoadingPage};
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
use crate::features::questions::{optional, QuestionStatusBadge};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;

/// A change sent by one of the page's forms: the answer comes back as `Ok` once the page holds the
/// new question (or reloaded it after someone else's change), or as the error to show.
type Sent = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), ApiError>>>>;

/// Properties of [`QuestionPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct QuestionPageProps {
    /// The question's id.
    pub id: Uuid,
}

/// The question page.
#[function_component]
pub fn QuestionPage(props: &QuestionPageProps) -> Html {
    let id = props.id;
    let i18n = use_locale();
    let announce = use_announce();

    let question = use_state(|| None::<(Question, Option<String>)>);
    let load_error = use_state(|| None::<ApiError>);
    let history = use_state(|| None::<Result<Vec<QuestionHistoryEntry>, ApiError>>);
    let referrals = use_state(|| None::<Result<Vec<Referral>, ApiError>>);
    let members = use_state(Vec::<Membership>::new);
    let notice = use_state(|| None::<String>);
    let reload = use_state(|| 0_u32);

    use_title(i18n.t("question-title"));
    // The page keeps its own load rather than use_loaded: it loads in a chain, the question first
    // and then its history, referrals and the group's members, and shows the question as soon as
    // it is in. Its changes do not use use_save either: each section sends through `send` and
    // shows its own error, while the 412 notice is the page's.
    {
        let (question, load_error, history, referrals, members) =
            (question.clone(), load_error.clone(), history.clone(), referrals.clone(), members.clone());
        use_effect_with((id, *reload), move |(id, _)| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                match api::question(id).await {
                    Ok(reply) => {
                        let group = reply.value.group_id;
                        load_error.set(None);
                        question.set(Some((reply.value, reply.etag)));
                        history.set(Some(api::question_history(id).await));
                        referrals.set(Some(api::referrals(id).await));
                        if let Ok(list) = api::members(group, true).await {
                            members.set(list);
                        }
                    }
                    Err(e) => load_error.set(Some(e)),
                }
            });
        });
    }

    let Some((q, etag)) = (*question).clone() else {
        let message = load_error.as_ref().map(|e| match e.status() {
            Some(403) => i18n.t("question-forbidden"),
            Some(404) => i18n.t("question-not-found"),
            _ => error_text(&i18n, e),
        });
        return html! {
            <LoadingPage title={i18n.t("question-title")} error={message.map(AttrValue::from)}
                back={Some((Route::Groups, AttrValue::from(i18n.t("back-to-groups"))))} />
        };
    };

    // Every change of the question goes through here: with the ETag it was read with, so a change
    // made meanwhile by someone else is not overwritten (412: the page reloads and says so).
    let send = {
        let (question, notice, reload, announce, i18n) =
            (question.clone(), notice.clone(), reload.clone(), announce.clone(), i18n.clone());
        let etag = etag.clone();
        Callback::from(move |(patch, message): (QuestionPatch, String)| -> Sent {
            let (question, notice, reload, announce, i18n, etag) =
                (question.clone(), notice.clone(), reload.clone(), announce.clone(), i18n.clone(), etag.clone());
            Box::pin(async move {
                match api::patch_question(id, &patch, etag).await {
                    Ok(reply) => {
                        notice.set(None);
                        announce.emit(message);
                        question.set(Some((reply.value, reply.etag)));
                        reload.set(*reload + 1);
                        Ok(())
                    }
                    Err(e) if e.status() == Some(412) => {
                        let message = i18n.t("question-changed-elsewhere");
                        announce.emit(message.clone());
                        notice.set(Some(message));
                        reload.set(*reload + 1);
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            })
        })
    };
    let on_referrals = {
        let (referrals, reload) = (referrals.clone(), reload.clone());
        Callback::from(move |saved: Referral| {
            if let Some(Ok(list)) = &*referrals {
                let mut list = list.clone();
                match list.iter_mut().find(|r| r.id == saved.id) {
                    Some(old) => *old = saved,
                    None => list.push(saved),
                }
                referrals.set(Some(Ok(list)));
            }
            // Referring moves the question along: read it and its history again.
            reload.set(*reload + 1);
        })
    };

    let erased = q.erased_at.is_some();
    let local_asked = amsterdam::to_local(q.asked_at);

    html! {
        <article class="page question-page" aria-labelledby="page-title">
            <p class="breadcrumb">
                <Link<Route> to={Route::GroupQuestions { id: q.group_id }}>{ i18n.t("back-to-questions") }</Link<Route>>
            </p>
            <div class="page-head">
                <h1 id="page-title">{ i18n.ta("question-heading", &[("topic", Arg::Text(i18n.question_topic(q.topic)))]) }</h1>
                <QuestionStatusBadge status={q.status} />
            </div>
            if let Some(message) = &*notice {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            if let Some(at) = q.erased_at {
                <div class="alert alert-info question-erased">
                    <p>{ i18n.ta("question-erased", &[("date", Arg::Text(i18n.date(amsterdam::to_local(at).date_naive())))]) }</p>
                </div>
            }

            <section class="card" aria-labelledby="question-text-title">
                <h2 id="question-text-title">{ i18n.t("question-the-question") }</h2>
                if erased {
                    <p class="meta">{ i18n.t("question-erased-text") }</p>
                } else {
                    <blockquote class="question-text"><p class="pre-line">{ q.text.clone() }</p></blockquote>
                }
                <dl class="details">
                    <dt>{ i18n.t("question-field-topic") }</dt>
                    <dd>{ i18n.question_topic(q.topic) }</dd>
                    <dt>{ i18n.t("question-field-channel") }</dt>
                    <dd>{ i18n.channel(q.channel) }</dd>
                    <dt>{ i18n.t("question-field-asked-at") }</dt>
                    <dd><time datetime={local_asked.to_rfc3339()}>{ i18n.instant(q.asked_at) }</time></dd>
                    if let Some(event) = q.event_id {
                        <dt>{ i18n.t("question-field-event") }</dt>
                        <dd><Link<Route> to={Route::Event { id: event }}>{ i18n.t("question-event-link") }</Link<Route>></dd>
                    }
                    <dt>{ i18n.t("question-field-asker") }</dt>
                    <dd>{ asker(&i18n, &q) }</dd>
                    <dt>{ i18n.t("question-field-assignee") }</dt>
                    <dd>{ q.assignee_name.clone().unwrap_or_else(|| i18n.t("questions-unassigned")) }</dd>
                    if let Some(seconds) = q.seconds_to_first_response {
                        <dt>{ i18n.t("question-field-first-response") }</dt>
                        <dd>{ duration(&i18n, seconds) }</dd>
                    }
                </dl>
            </section>

            if !erased {
                <section class="card" aria-labelledby="moves-title">
                    <h2 id="moves-title" tabindex="-1">{ i18n.t("question-moves") }</h2>
                    <MoveForm question={q.clone()} send={send.clone()} />
                </section>
                <section class="card" aria-labelledby="assign-title">
                    <h2 id="assign-title">{ i18n.t("question-assign") }</h2>
                    <AssignForm question={q.clone()} members={(*members).clone()} send={send.clone()} />
                </section>
                <section class="card" aria-labelledby="answer-title">
                    <h2 id="answer-title">{ i18n.t("question-answer") }</h2>
                    <AnswerForm question={q.clone()} send={send.clone()} />
                </section>
            }

            <section class="card" aria-labelledby="referrals-title">
                <h2 id="referrals-title" tabindex="-1">{ i18n.t("referrals-title") }</h2>
                { referral_list(&i18n, &q, &referrals, &on_referrals) }
                if !erased {
                    <ReferralForm question={q.clone()} on_done={on_referrals.clone()} />
                }
            </section>

            <section class="card" aria-labelledby="timeline-title">
                <h2 id="timeline-title">{ i18n.t("question-timeline") }</h2>
                { timeline(&i18n, &history, erased) }
            </section>

            if !erased {
                <section class="card" aria-labelledby="faq-make-title">
                    <h2 id="faq-make-title">{ i18n.t("question-faq") }</h2>
                    <p class="hint">{ i18n.t("question-faq-hint") }</p>
                    <MakeFaq question_id={q.id} group_id={q.group_id} topic={q.topic} />
                </section>
            }
        </article>
    }
}

/// Who asked: name and contact details with the moment of consent, or anonymous.
fn asker(i18n: &I18n, q: &Question) -> Html {
    let details: Vec<String> = [&q.asker_name, &q.asker_email, &q.asker_phone].into_iter().flatten().cloned().collect();
    if details.is_empty() {
        return html! { { i18n.t("question-anonymous") } };
    }
    html! {
        <>
            <ul class="plain-list">
                { for details.into_iter().map(|d| html! { <li>{ d }</li> }) }
            </ul>
            if let Some(at) = q.contact_consent_at {
                <p class="meta">{ i18n.ta("question-consent-at", &[("when", Arg::Text(i18n.instant(at)))]) }</p>
            }
        </>
    }
}

/// A number of seconds as days, hours or minutes.
fn duration(i18n: &I18n, seconds: i64) -> String {
    let minutes = seconds.max(0) / 60;
    if minutes < 60 {
        i18n.ta("duration-minutes", &[("count", Arg::Number(minutes))])
    } else if minutes < 48 * 60 {
        i18n.ta("duration-hours", &[("count", Arg::Number(minutes / 60))])
    } else {
        i18n.ta("duration-days", &[("count", Arg::Number(minutes / (24 * 60)))])
    }
}

fn timeline(
    i18n: &I18n,
    history: &UseStateHandle<Option<Result<Vec<QuestionHistoryEntry>, ApiError>>>,
    erased: bool,
) -> Html {
    let entries = match &**history {
        None => return html! { <Loading /> },
        Some(Err(e)) => return html! { <ErrorAlert message={Some(AttrValue::from(error_text(i18n, e)))} /> },
        Some(Ok(entries)) => entries,
    };
    html! {
        <ol class="timeline">
            { for entries.iter().map(|h| {
                let by_resident = matches!(h.change, QuestionChange::Reaction | QuestionChange::NotSolved);
                let who = match &h.actor {
                    Some(actor) => actor.clone(),
                    None if by_resident => i18n.t("question-actor-resident"),
                    None => i18n.t("question-actor-none"),
                };
                let change = match (h.change, h.from_status) {
                    (QuestionChange::Reaction, _) => i18n.t("timeline-reaction"),
                    (QuestionChange::NotSolved, Some(from)) if from != h.to_status => i18n.ta(
                        "timeline-not-solved-reopened",
                        &[("to", Arg::Text(i18n.question_status(h.to_status)))],
                    ),
                    (QuestionChange::NotSolved, _) => i18n.t("timeline-not-solved"),
                    (QuestionChange::Assignment, _) => match &h.assignee_name {
                        Some(name) => i18n.ta("timeline-assigned", &[("name", Arg::Text(name.clone()))]),
                        // Erasure removes the names: "nobody" and "someone" can no longer be told apart.
                        None if erased => i18n.t("timeline-assigned-erased"),
                        None => i18n.t("timeline-unassigned"),
                    },
                    (QuestionChange::PublicAnswer, _) => i18n.t("timeline-public-answer"),
                    (QuestionChange::Note, _) => i18n.t("timeline-note"),
                    (QuestionChange::Status, None) => {
                        i18n.ta("timeline-created", &[("to", Arg::Text(i18n.question_status(h.to_status)))])
                    }
                    (QuestionChange::Status, Some(from)) => i18n.ta("timeline-change", &[
                        ("from", Arg::Text(i18n.question_status(from))),
                        ("to", Arg::Text(i18n.question_status(h.to_status))),
                    ]),
                };
                html! {
                    <li class={classes!("timeline-entry", by_resident.then_some("timeline-resident"))}>
                        <p class="note-meta">
                            <time datetime={h.created_at.to_rfc3339()}>{ i18n.instant(h.created_at) }</time>{ " · " }{ who }
                        </p>
                        <p class="note-change">{ change }</p>
                        if let Some(note) = &h.note {
                            <p class="pre-line timeline-note">{ note.clone() }</p>
                        }
                    </li>
                }
            }) }
        </ol>
    }
}

/// Properties of the forms that change the question.
#[derive(Properties)]
struct ChangeProps {
    question: Question,
    #[prop_or_default]
    members: Vec<Membership>,
    send: Callback<(QuestionPatch, String), Sent>,
}

impl PartialEq for ChangeProps {
    fn eq(&self, other: &Self) -> bool {
        self.question == other.question && self.members == other.members && self.send == other.send
    }
}

/// The moves the workflow allows now, one button each, with an optional note.
#[function_component]
fn MoveForm(props: &ChangeProps) -> Html {
    let i18n = use_locale();
    let note = use_state(String::new);
    let error = use_state(|| None::<ApiError>);
    let busy = use_state(|| false);
    let q = &props.question;
    let move_to = |to: QuestionStatus| {
        let (note, error, busy, send, i18n) =
            (note.clone(), error.clone(), busy.clone(), props.send.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let patch = QuestionPatch { status: Some(to), note: optional(&note), ..QuestionPatch::default() };
            let message = i18n.ta("question-moved", &[("status", Arg::Text(i18n.question_status(to)))]);
            let (note, error, busy, send) = (note.clone(), error.clone(), busy.clone(), send.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = send.emit((patch, message)).await;
                busy.set(false);
                match result {
                    Ok(()) => {
                        error.set(None);
                        note.set(String::new());
                        focus_by_id("moves-title");
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let save_note = {
        let (note, error, busy, send, i18n) =
            (note.clone(), error.clone(), busy.clone(), props.send.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy || note.trim().is_empty() {
                return;
            }
            busy.set(true);
            let patch = QuestionPatch { note: optional(&note), ..QuestionPatch::default() };
            let (note, error, busy, send) = (note.clone(), error.clone(), busy.clone(), send.clone());
            let message = i18n.t("question-note-saved");
            wasm_bindgen_futures::spawn_local(async move {
                let result = send.emit((patch, message)).await;
                busy.set(false);
                match result {
                    Ok(()) => {
                        error.set(None);
                        note.set(String::new());
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let message = error.as_ref().map(|e| {
        let text = error_text(&i18n, e);
        if e.code() == Some(ProblemCode::InvalidStatusTransition) {
            AttrValue::from(format!("{text} {}", i18n.t("question-reload-hint")))
        } else {
            AttrValue::from(text)
        }
    });
    html! {
        <div class="move-form">
            <ErrorAlert {message} details={other_field_errors(&i18n, error.as_ref(), &["/note"])} />
            <TextField id="move-note" label={i18n.t("question-move-note")} value={(*note).clone()} multiline=true
                hint={Some(AttrValue::from(i18n.t("question-move-note-hint")))}
                error={field_error(&i18n, error.as_ref(), "/note")}
                oninput={Callback::from({ let note = note.clone(); move |v| note.set(v) })} />
            if q.allowed_statuses.is_empty() {
                <p>{ i18n.t("question-no-moves") }</p>
            } else {
                <div class="move-to" role="group" aria-labelledby="moves-label">
                    <p class="move-to-label" id="moves-label">{ i18n.t("question-move-to") }</p>
                    <div class="actions">
                        { for q.allowed_statuses.iter().map(|to| html! {
                            <button type="button" class={classes!("button", (*to == QuestionStatus::InProgress && q.status == QuestionStatus::New).then_some("button-primary"))}
                                onclick={move_to(*to)} aria-disabled={busy.then_some("true")}>
                                { i18n.question_move(*to) }
                            </button>
                        }) }
                    </div>
                </div>
            }
            <div class="actions">
                <button type="button" class="button button-quiet" onclick={save_note} aria-disabled={(*busy || note.trim().is_empty()).then_some("true")}>
                    { i18n.t("question-note-only") }
                </button>
            </div>
        </div>
    }
}

/// Assigning the question to a current member of the group (or to nobody).
#[function_component]
fn AssignForm(props: &ChangeProps) -> Html {
    let i18n = use_locale();
    let q = &props.question;
    let chosen = use_state(|| q.assignee_id.map(|a| a.to_string()).unwrap_or_default());
    let error = use_state(|| None::<ApiError>);
    let busy = use_state(|| false);
    {
        let chosen = chosen.clone();
        use_effect_with(q.assignee_id, move |a| chosen.set(a.map(|a| a.to_string()).unwrap_or_default()));
    }
    let mut options = vec![(AttrValue::from(""), AttrValue::from(i18n.t("question-assign-nobody")))];
    options.extend(
        props
            .members
            .iter()
            .map(|m| (AttrValue::from(m.person_id.to_string()), AttrValue::from(m.person_name.clone()))),
    );
    let onsubmit = {
        let (chosen, error, busy, send, i18n) =
            (chosen.clone(), error.clone(), busy.clone(), props.send.clone(), i18n.clone());
        let members = props.members.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            busy.set(true);
            let assignee: Option<Uuid> = chosen.parse().ok();
            let name = assignee.and_then(|a| members.iter().find(|m| m.person_id == a)).map(|m| m.person_name.clone());
            let message = match name {
                Some(name) => i18n.ta("question-assigned", &[("name", Arg::Text(name))]),
                None => i18n.t("question-unassigned"),
            };
            let patch = QuestionPatch { assignee_id: Some(assignee), ..QuestionPatch::default() };
            let (error, busy, send) = (error.clone(), busy.clone(), send.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = send.emit((patch, message)).await;
                busy.set(false);
                error.set(result.err());
            });
        })
    };
    html! {
        <form class="form inline-form assign-form" {onsubmit} novalidate=true>
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))}
                details={other_field_errors(&i18n, error.as_ref(), &["/assigneeId"])} />
            <SelectField id="assignee" label={i18n.t("question-assign-to")} value={AttrValue::from((*chosen).clone())}
                {options} error={field_error(&i18n, error.as_ref(), "/assigneeId")}
                onchange={Callback::from({ let chosen = chosen.clone(); move |v| chosen.set(v) })} />
            <div class="actions">
                <button type="submit" class="button" aria-disabled={busy.then_some("true")}>{ i18n.t("question-assign-save") }</button>
            </div>
        </form>
    }
}

/// The answer the resident sees with their tracking code.
#[function_component]
fn AnswerForm(props: &ChangeProps) -> Html {
    let i18n = use_locale();
    let q = &props.question;
    let text = use_state(|| q.public_answer.clone().unwrap_or_default());
    let error = use_state(|| None::<ApiError>);
    let busy = use_state(|| false);
    let onsubmit = {
        let (text, error, busy, send, i18n) =
            (text.clone(), error.clone(), busy.clone(), props.send.clone(), i18n.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            busy.set(true);
            let patch = QuestionPatch { public_answer: Some(optional(&text)), ..QuestionPatch::default() };
            let (error, busy, send) = (error.clone(), busy.clone(), send.clone());
            let message = i18n.t("question-answer-saved");
            wasm_bindgen_futures::spawn_local(async move {
                let result = send.emit((patch, message)).await;
                busy.set(false);
                error.set(result.err());
            });
        })
    };
    html! {
        <form class="form inline-form" {onsubmit} novalidate=true>
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))}
                details={other_field_errors(&i18n, error.as_ref(), &["/publicAnswer"])} />
            <TextField id="public-answer" label={i18n.t("question-answer-label")} value={(*text).clone()} multiline=true
                hint={Some(AttrValue::from(i18n.t("question-answer-hint")))}
                error={field_error(&i18n, error.as_ref(), "/publicAnswer")}
                oninput={Callback::from({ let text = text.clone(); move |v| text.set(v) })} />
            <div class="actions">
                <button type="submit" class="button" aria-disabled={busy.then_some("true")}>{ i18n.t("question-answer-save") }</button>
            </div>
        </form>
    }
}

fn referral_list(
    i18n: &I18n,
    q: &Question,
    referrals: &UseStateHandle<Option<Result<Vec<Referral>, ApiError>>>,
    on_done: &Callback<Referral>,
) -> Html {
    let list = match &**referrals {
        None => return html! { <Loading /> },
        Some(Err(e)) => return html! { <ErrorAlert message={Some(AttrValue::from(error_text(i18n, e)))} /> },
        Some(Ok(list)) => list,
    };
    if list.is_empty() {
        return html! { <p>{ i18n.t("referrals-none") }</p> };
    }
    html! {
        <ul class="referrals" role="list">
            { for list.iter().map(|r| html! {
                <ReferralRow key={r.id.to_string()} referral={r.clone()} question_id={q.id} erased={q.erased_at.is_some()}
                    on_done={on_done.clone()} />
            }) }
        </ul>
    }
}

/// Properties of [`ReferralRow`].
#[derive(Debug, Properties, PartialEq)]
struct ReferralRowProps {
    referral: Referral,
    question_id: Uuid,
    erased: bool,
    on_done: Callback<Referral>,
}

/// One referral: to whom, with or without consent to share, the follow-up date, and how it turned
/// out (buttons while it is open).
#[function_component]
fn ReferralRow(props: &ReferralRowProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let error = use_state(|| None::<ApiError>);
    let busy = use_state(|| false);
    let r = &props.referral;
    let today = amsterdam::today();
    let overdue = r.outcome.is_none() && r.follow_up_on.is_some_and(|d| d <= today);
    let record = |outcome: ReferralOutcome| {
        let (error, busy, announce, i18n, on_done) =
            (error.clone(), busy.clone(), announce.clone(), i18n.clone(), props.on_done.clone());
        let (question_id, referral_id, name) = (props.question_id, r.id, r.organisation_name.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let (error, busy, announce, i18n, on_done, name) =
                (error.clone(), busy.clone(), announce.clone(), i18n.clone(), on_done.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let patch = ReferralPatch { outcome: Some(Some(outcome)), ..ReferralPatch::default() };
                let result = api::patch_referral(question_id, referral_id, &patch).await;
                busy.set(false);
                match result {
                    Ok(saved) => {
                        error.set(None);
                        announce.emit(i18n.ta(
                            "referral-recorded",
                            &[
                                ("organisation", Arg::Text(name)),
                                ("outcome", Arg::Text(i18n.referral_outcome(outcome))),
                            ],
                        ));
                        on_done.emit(saved);
                        focus_by_id("referrals-title");
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let context = i18n.ta("referral-of", &[("organisation", Arg::Text(r.organisation_name.clone()))]);
    html! {
        <li class={classes!("referral", overdue.then_some("is-overdue"))}>
            <h3>{ r.organisation_name.clone() }</h3>
            <dl class="details compact">
                if let Some(contact) = &r.contact_name {
                    <dt>{ i18n.t("referral-contact") }</dt>
                    <dd>{ contact.clone() }</dd>
                }
                <dt>{ i18n.t("referral-consent") }</dt>
                <dd>{ match r.consent_to_share_at {
                    Some(at) => i18n.ta("referral-consent-at", &[("when", Arg::Text(i18n.instant(at)))]),
                    None => i18n.t("referral-consent-none"),
                } }</dd>
                if let Some(date) = r.follow_up_on {
                    <dt>{ i18n.t("referral-follow-up") }</dt>
                    <dd>
                        { i18n.date(date) }
                        if overdue {
                            { " " }<span class="badge badge-overdue">{ i18n.t("questions-overdue") }</span>
                        }
                    </dd>
                }
                <dt>{ i18n.t("referral-outcome") }</dt>
                <dd>{ r.outcome.map(|o| i18n.referral_outcome(o)).unwrap_or_else(|| i18n.t("referral-open")) }</dd>
            </dl>
            if let Some(note) = &r.note {
                <p class="pre-line">{ note.clone() }</p>
            }
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
            if r.outcome.is_none() && !props.erased {
                <div class="move-to" role="group" aria-label={i18n.ta("referral-outcome-label", &[("organisation", Arg::Text(r.organisation_name.clone()))])}>
                    <p class="move-to-label" aria-hidden="true">{ i18n.t("referral-how") }</p>
                    <div class="actions">
                        { for ReferralOutcome::ALL.iter().map(|o| html! {
                            <button type="button" class="button button-small" onclick={record(*o)} aria-disabled={busy.then_some("true")}>
                                { i18n.referral_outcome(*o) }<span class="visually-hidden">{ " " }{ context.clone() }</span>
                            </button>
                        }) }
                    </div>
                </div>
            }
        </li>
    }
}

/// Properties of [`ReferralForm`].
#[derive(Debug, Properties, PartialEq)]
struct ReferralFormProps {
    question: Question,
    on_done: Callback<Referral>,
}

/// The values of the referral form.
#[derive(Debug, Clone, Default, PartialEq)]
struct ReferralValues {
    organisation: String,
    contact: String,
    consent: bool,
    note: String,
    follow_up: String,
}

/// Referring the question warmly: an organisation (those on the question's topic, or all), the
/// named contact, the resident's consent to share their details, a note and a follow-up date.
#[function_component]
fn ReferralForm(props: &ReferralFormProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let open = use_state(|| false);
    let show_all = use_state(|| false);
    let organisations = use_state(|| None::<Result<Vec<Organisation>, ApiError>>);
    let values = use_state(ReferralValues::default);
    let error = use_state(|| None::<ApiError>);
    let local = use_state(Vec::<(&'static str, &'static str)>::new);
    let busy = use_state(|| false);
    let topic = props.question.topic;
    {
        let organisations = organisations.clone();
        use_effect_with((*open, *show_all, topic), move |(open, all, topic)| {
            if *open {
                let filter = (!*all).then_some(*topic);
                wasm_bindgen_futures::spawn_local(async move {
                    organisations.set(Some(api::organisations(filter, None).await));
                });
            }
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            let next = !*open;
            open.set(next);
            if next {
                focus_by_id("referral-organisation");
            }
        })
    };
    let set = |apply: fn(&mut ReferralValues, String)| setter(&values, apply);
    let on_consent = {
        let values = values.clone();
        Callback::from(move |e: Event| {
            let mut next = (*values).clone();
            next.consent = e.target_unchecked_into::<HtmlInputElement>().checked();
            values.set(next);
        })
    };
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |e: Event| show_all.set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let onsubmit = {
        let (values, error, local, busy, open) =
            (values.clone(), error.clone(), local.clone(), busy.clone(), open.clone());
        let (announce, i18n, on_done, question_id) =
            (announce.clone(), i18n.clone(), props.on_done.clone(), props.question.id);
        let organisations = organisations.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let v = (*values).clone();
            let mut problems = Vec::new();
            let organisation_id: Option<Uuid> = v.organisation.parse().ok();
            if organisation_id.is_none() {
                problems.push(("/organisationId", "field-error-choose"));
            }
            let follow_up = match optional(&v.follow_up) {
                None => None,
                Some(text) => match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
                    Ok(date) => Some(date),
                    Err(_) => {
                        problems.push(("/followUpOn", "field-error-date"));
                        None
                    }
                },
            };
            let (Some(organisation_id), true) = (organisation_id, problems.is_empty()) else {
                error.set(None);
                local.set(problems);
                return;
            };
            local.set(Vec::new());
            busy.set(true);
            let new = NewReferral {
                organisation_id,
                contact_name: optional(&v.contact),
                consent_to_share: v.consent,
                note: optional(&v.note),
                follow_up_on: follow_up,
            };
            let name = match &*organisations {
                Some(Ok(list)) => list.iter().find(|o| o.id == organisation_id).map(|o| o.name.clone()),
                _ => None,
            }
            .unwrap_or_default();
            let (values, error, busy, open, announce, i18n, on_done) = (
                values.clone(),
                error.clone(),
                busy.clone(),
                open.clone(),
                announce.clone(),
                i18n.clone(),
                on_done.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::create_referral(question_id, &new).await;
                busy.set(false);
                match result {
                    Ok(saved) => {
                        error.set(None);
                        values.set(ReferralValues::default());
                        open.set(false);
                        announce.emit(i18n.ta("referral-saved", &[("organisation", Arg::Text(name))]));
                        on_done.emit(saved);
                        focus_by_id("referrals-title");
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    if !*open {
        return html! {
            <div class="actions">
                <button type="button" class="button" aria-expanded="false" onclick={toggle}>{ i18n.t("referral-new") }</button>
            </div>
        };
    }
    let v = (*values).clone();
    let error_at = |pointer: &str| {
        field_error(&i18n, error.as_ref(), pointer)
            .or_else(|| local.iter().find(|(p, _)| *p == pointer).map(|(_, m)| AttrValue::from(i18n.t(m))))
    };
    let shown = ["/organisationId", "/contactName", "/consentToShare", "/note", "/followUpOn"];
    let form_error = error
        .as_ref()
        .map(|e| AttrValue::from(error_text(&i18n, e)))
        .or_else(|| (!local.is_empty()).then(|| AttrValue::from(i18n.t("error-invalid-input"))));
    let mut options = vec![(AttrValue::from(""), AttrValue::from(i18n.t("choose")))];
    let chosen_contact = match &*organisations {
        Some(Ok(list)) => {
            options.extend(list.iter().map(|o| {
                (
                    AttrValue::from(o.id.to_string()),
                    AttrValue::from(i18n.ta(
                        "referral-organisation-option",
                        &[("name", Arg::Text(o.name.clone())), ("kind", Arg::Text(i18n.organisation_kind(o.kind)))],
                    )),
                )
            }));
            list.iter().find(|o| o.id.to_string() == v.organisation).and_then(|o| o.contact_person.clone())
        }
        _ => None,
    };
    let empty = matches!(&*organisations, Some(Ok(list)) if list.is_empty());
    let consent_hint = "referral-consent-hint";
    html! {
        <form class="form inline-form referral-form" {onsubmit} novalidate=true aria-labelledby="referral-form-title">
            <h3 id="referral-form-title">{ i18n.t("referral-new") }</h3>
            <ErrorAlert message={form_error} details={other_field_errors(&i18n, error.as_ref(), &shown)} />
            if let Some(Err(e)) = &*organisations {
                <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} />
            }
            <SelectField id="referral-organisation" label={i18n.t("referral-organisation")} value={AttrValue::from(v.organisation.clone())}
                {options} required=true error={error_at("/organisationId")}
                hint={Some(AttrValue::from(if *show_all { i18n.t("referral-organisation-all") } else {
                    i18n.ta("referral-organisation-topic", &[("topic", Arg::Text(i18n.question_topic(topic)))])
                }))}
                onchange={set(|v, x| v.organisation = x)} />
            if empty && !*show_all {
                <p>{ i18n.t("referral-organisation-none") }</p>
            }
            <div class="toggle">
                <input type="checkbox" id="referral-show-all" checked={*show_all} onchange={on_show_all} />
                <label for="referral-show-all">{ i18n.t("referral-show-all") }</label>
            </div>
            <TextField id="referral-contact" label={i18n.t("referral-contact")} value={v.contact.clone()}
                hint={Some(AttrValue::from(match chosen_contact {
                    Some(name) => i18n.ta("referral-contact-default", &[("name", Arg::Text(name))]),
                    None => i18n.t("referral-contact-hint"),
                }))}
                error={error_at("/contactName")} oninput={set(|v, x| v.contact = x)} />
            <div class="toggle consent">
                <input type="checkbox" id="referral-consent" checked={v.consent} onchange={on_consent} aria-describedby={consent_hint} />
                <label for="referral-consent">{ i18n.t("referral-consent-label") }</label>
            </div>
            <p class="hint" id={consent_hint}>{ i18n.t("referral-consent-hint") }</p>
            <TextField id="referral-note" label={i18n.t("referral-note")} value={v.note.clone()} multiline=true
                error={error_at("/note")} oninput={set(|v, x| v.note = x)} />
            <TextField id="referral-follow-up" label={i18n.t("referral-follow-up")} value={v.follow_up.clone()} input_type="date"
                hint={Some(AttrValue::from(i18n.t("referral-follow-up-hint")))}
                error={error_at("/followUpOn")} oninput={set(|v, x| v.follow_up = x)} />
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>{ i18n.t("referral-save") }</button>
                <button type="button" class="button" onclick={toggle}>{ i18n.t("cancel") }</button>
            </div>
        </form>
    }
}

/// Properties of [`MakeFaq`].
#[derive(Debug, Properties, PartialEq)]
struct MakeFaqProps {
    question_id: Uuid,
    group_id: Uuid,
    topic: Topic,
}

/// Writing a FAQ item from the question: only the topic is taken over; the member writes the
/// public question and answer in their own words.
#[function_component]
fn MakeFaq(props: &MakeFaqProps) -> Html {
    let i18n = use_locale();
    let open = use_state(|| false);
    let made = use_state(|| None::<FaqItem>);
    let toggle = {
        let (open, made) = (open.clone(), made.clone());
        Callback::from(move |_: MouseEvent| {
            let next = !*open;
            open.set(next);
            if next {
                made.set(None);
            }
        })
    };
    let on_done = {
        let (open, made) = (open.clone(), made.clone());
        Callback::from(move |item: FaqItem| {
            open.set(false);
            made.set(Some(item));
            focus_by_id("faq-make-title");
        })
    };
    let on_cancel = {
        let open = open.clone();
        Callback::from(move |_| {
            open.set(false);
            focus_by_id("faq-make-button");
        })
    };
    html! {
        <>
            if let Some(item) = &*made {
                <div class="alert alert-info" role="status">
                    <p>{ i18n.ta("faq-made", &[("question", Arg::Text(item.question.clone()))]) }</p>
                    <p><Link<Route> to={Route::GroupFaq { id: props.group_id }}>{ i18n.t("faq-link") }</Link<Route>></p>
                </div>
            }
            if *open {
                <crate::features::faq::FaqForm group_id={props.group_id} question_id={Some(props.question_id)}
                    topic={Some(props.topic)} {on_done} {on_cancel} />
            } else {
                <div class="actions">
                    <button type="button" id="faq-make-button" class="button" aria-expanded="false" onclick={toggle}>
                        { i18n.t("question-faq-make") }
                    </button>
                </div>
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn durations_read_naturally() {
        let nl = I18n::new(Lang::Nl);
        assert_eq!(duration(&nl, 90), "1 minuut");
        assert_eq!(duration(&nl, 3 * 3600 + 10), "3 uur");
        assert_eq!(duration(&nl, 5 * 86400), "5 dagen");
    }
}
