//! The candidates (coordinators and admins): residents who would like to become a buurtverbinder,
//! by their place in the pipeline (interested → contacted → in training → joined, or declined).
//! Each with their motivation, the evening they came from and the trail of notes; a coordinator
//! adds a note, moves them on, or enrols them in a forming group (and a training) in one go. A
//! full group (409) is said plainly, with the rules. Below, the residents' evenings in figures,
//! and a form for someone met elsewhere.

use api_types::{
    Candidate, CandidateNote, CandidatePatch, CandidateStatus, Enrolment, Group, GroupStatus, NewCandidate,
    ResidentsEveningReport, Training, TrainingStatus,
};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::focus_by_id;
use crate::components::evenings::evenings_table;
use crate::components::field::{setter, SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;
use crate::session::use_session;

/// What the enrolment form chooses from.
#[derive(Debug, Clone, Default, PartialEq)]
struct Choices {
    groups: Vec<Group>,
    trainings: Vec<Training>,
}

/// The candidates page.
#[function_component]
pub fn CandidatesPage() -> Html {
    let i18n = use_locale();
    let session = use_session();
    use_title(i18n.t("candidates-title"));
    let coordinates = session.coordinates();

    let candidates = use_state(|| None::<Result<Vec<Candidate>, ApiError>>);
    let report = use_state(|| None::<Result<Vec<ResidentsEveningReport>, ApiError>>);
    let choices = use_state(Choices::default);
    // The card to move focus to once the list shows a change (it may have moved to another status).
    let focus_after = use_mut_ref(|| None::<String>);

    // The page keeps its own load rather than use_loaded: only coordinators load anything, and the
    // candidates, the evenings' figures and the enrolment choices load in a chain, each shown as
    // soon as it is in; a changed candidate is put into the list without loading it again.
    {
        let (candidates, report, choices) = (candidates.clone(), report.clone(), choices.clone());
        use_effect_with(coordinates, move |coordinates| {
            if *coordinates {
                wasm_bindgen_futures::spawn_local(async move {
                    candidates.set(Some(api::candidates().await));
                    report.set(Some(api::residents_evening_reports().await));
                    let (groups, trainings) = futures::future::join(
                        api::groups_with_status(GroupStatus::Forming),
                        api::trainings_with_status(TrainingStatus::Planning),
                    )
                    .await;
                    choices
                        .set(Choices { groups: groups.unwrap_or_default(), trainings: trainings.unwrap_or_default() });
                });
            }
        });
    }
    {
        let focus_after = focus_after.clone();
        use_effect_with((*candidates).clone(), move |_| {
            if let Some(id) = focus_after.borrow_mut().take() {
                focus_by_id(&id);
            }
        });
    }

    if !coordinates {
        return html! {
            <section class="page narrow" aria-labelledby="page-title">
                <h1 id="page-title">{ i18n.t("candidates-title") }</h1>
                <div class="alert alert-info"><p>{ i18n.t("candidates-only-coordinators") }</p></div>
            </section>
        };
    }

    let on_changed = {
        let (candidates, focus_after) = (candidates.clone(), focus_after.clone());
        Callback::from(move |changed: Candidate| {
            let mut list = match &*candidates {
                Some(Ok(list)) => list.clone(),
                _ => Vec::new(),
            };
            match list.iter_mut().find(|c| c.id == changed.id) {
                Some(slot) => *slot = changed.clone(),
                None => list.push(changed.clone()),
            }
            *focus_after.borrow_mut() = Some(format!("candidate-{}", changed.id));
            candidates.set(Some(Ok(list)));
        })
    };

    let pipeline = match &*candidates {
        None => html! { <Loading /> },
        Some(Err(e)) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
        Some(Ok(list)) => html! {
            <div class="pipeline">
                { for CandidateStatus::ALL.into_iter().map(|status| {
                    let in_status: Vec<&Candidate> = list.iter().filter(|c| c.status == status).collect();
                    let heading_id = format!("status-{}", status.as_str());
                    html! {
                        <section class={classes!("pipeline-column", format!("pipeline-{}", status.as_str()))} aria-labelledby={heading_id.clone()}>
                            <h2 id={heading_id} tabindex="-1">
                                { i18n.candidate_status(status) }
                                <span class="pipeline-count">{ " " }{ i18n.ta("candidates-count", &[("count", Arg::Number(in_status.len() as i64))]) }</span>
                            </h2>
                            if in_status.is_empty() {
                                <p class="meta">{ i18n.t(&format!("candidates-empty-{}", status.as_str())) }</p>
                            } else {
                                <ul class="candidate-list" role="list">
                                    { for in_status.into_iter().map(|c| html! {
                                        <CandidateCard key={c.id.to_string()} candidate={c.clone()} choices={(*choices).clone()}
                                            on_changed={on_changed.clone()} />
                                    }) }
                                </ul>
                            }
                        </section>
                    }
                }) }
            </div>
        },
    };

    let page_nav = html! {
        <nav class="page-nav" aria-label={i18n.t("page-nav-label")}>
            <ul>
                { for CandidateStatus::ALL.into_iter().map(|status| {
                    let target = format!("status-{}", status.as_str());
                    let onclick = {
                        let target = target.clone();
                        Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            focus_by_id(&target);
                        })
                    };
                    html! { <li><a href={format!("#{target}")} {onclick}>{ i18n.candidate_status(status) }</a></li> }
                }) }
                { for [("report-title", i18n.t("report-title")), ("add-candidate-title", i18n.t("candidate-add-title"))].into_iter().map(|(target, text)| {
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        focus_by_id(target);
                    });
                    html! { <li><a href={format!("#{target}")} {onclick}>{ text }</a></li> }
                }) }
            </ul>
        </nav>
    };

    html! {
        <section class="page candidates" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("candidates-title") }</h1>
            <p>{ i18n.t("candidates-intro") }</p>
            { page_nav }
            { pipeline }
            <section class="card" aria-labelledby="report-title">
                <h2 id="report-title" tabindex="-1">{ i18n.t("report-title") }</h2>
                { report_table(&i18n, &report) }
            </section>
            <section class="card" aria-labelledby="add-candidate-title">
                <h2 id="add-candidate-title" tabindex="-1">{ i18n.t("candidate-add-title") }</h2>
                <p class="hint">{ i18n.t("candidate-add-intro") }</p>
                <AddCandidateForm on_added={on_changed} />
            </section>
        </section>
    }
}

fn report_table(i18n: &I18n, report: &UseStateHandle<Option<Result<Vec<ResidentsEveningReport>, ApiError>>>) -> Html {
    match &**report {
        None => html! { <Loading /> },
        Some(Err(e)) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(i18n, e)))} /> },
        Some(Ok(rows)) if rows.is_empty() => html! { <p>{ i18n.t("report-empty") }</p> },
        Some(Ok(rows)) => {
            let rows: Vec<(Option<String>, &ResidentsEveningReport)> = rows.iter().map(|r| (None, r)).collect();
            evenings_table(i18n, "report-caption", i18n.t("report-caption"), None, &rows)
        }
    }
}

/// What is open on a candidate's card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Nothing,
    Note,
    Enrol,
}

/// Properties of [`CandidateCard`].
#[derive(Debug, Properties, PartialEq)]
struct CandidateCardProps {
    candidate: Candidate,
    choices: Choices,
    on_changed: Callback<Candidate>,
}

/// One candidate: who, why, from which evening, the note trail, and what a coordinator can do.
#[function_component]
fn CandidateCard(props: &CandidateCardProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let open = use_state(|| Open::Nothing);
    let error = use_state(|| None::<ApiError>);
    let busy = use_state(|| false);
    let c = &props.candidate;
    let name = c.name.clone();

    let move_to = |to: CandidateStatus| {
        let (error, busy, announce, i18n, on_changed) =
            (error.clone(), busy.clone(), announce.clone(), i18n.clone(), props.on_changed.clone());
        let (id, name) = (c.id, name.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let (error, busy, announce, i18n, on_changed, name) =
                (error.clone(), busy.clone(), announce.clone(), i18n.clone(), on_changed.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let patch = CandidatePatch { status: Some(to), note: None };
                let result = api::patch_candidate(id, &patch).await;
                busy.set(false);
                match result {
                    Ok(changed) => {
                        error.set(None);
                        announce.emit(i18n.ta(
                            "candidate-moved",
                            &[("name", Arg::Text(name)), ("status", Arg::Text(i18n.candidate_status(changed.status)))],
                        ));
                        on_changed.emit(changed);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let toggle = |to: Open| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(if *open == to { Open::Nothing } else { to }))
    };
    let close = {
        let (open, id) = (open.clone(), c.id);
        Callback::from(move |_| {
            open.set(Open::Nothing);
            focus_by_id(&format!("candidate-{id}"));
        })
    };
    let done = {
        let (open, on_changed) = (open.clone(), props.on_changed.clone());
        Callback::from(move |changed: Candidate| {
            open.set(Open::Nothing);
            on_changed.emit(changed);
        })
    };
    let context = html! { <span class="visually-hidden">{ " " }{ i18n.ta("candidate-of", &[("name", Arg::Text(name.clone()))]) }</span> };
    // Only someone interested or contacted can be enrolled (the API says 409 otherwise).
    let can_enrol =
        c.person_id.is_none() && matches!(c.status, CandidateStatus::Interested | CandidateStatus::Contacted);

    html! {
        <li class="card candidate-card">
            <h3 id={format!("candidate-{}", c.id)} tabindex="-1">{ name.clone() }</h3>
            <dl class="details compact">
                if let Some(email) = &c.email {
                    <dt>{ i18n.t("person-email") }</dt>
                    <dd>{ email.clone() }</dd>
                }
                if let Some(phone) = &c.phone {
                    <dt>{ i18n.t("person-phone") }</dt>
                    <dd>{ phone.clone() }</dd>
                }
                <dt>{ i18n.t("candidate-from") }</dt>
                <dd>
                    if let (Some(event_id), Some(title)) = (c.event_id, c.event_title.clone()) {
                        <Link<Route> to={Route::Event { id: event_id }}>{ title }</Link<Route>>
                    } else {
                        { i18n.t("candidate-from-elsewhere") }
                    }
                </dd>
                if let Some(group) = c.group_id {
                    <dt>{ i18n.t("candidate-group") }</dt>
                    <dd><Link<Route> to={Route::Group { id: group }}>{ group_name(&props.choices, group).unwrap_or_else(|| i18n.t("candidate-group-link")) }</Link<Route>></dd>
                }
                if let Some(training) = c.training_id {
                    <dt>{ i18n.t("candidate-training") }</dt>
                    <dd><Link<Route> to={Route::Training { id: training }}>{ training_title(&props.choices, training).unwrap_or_else(|| i18n.t("candidate-training-link")) }</Link<Route>></dd>
                }
            </dl>
            if let Some(motivation) = &c.motivation {
                <blockquote class="motivation">
                    <p class="visually-hidden">{ i18n.t("candidate-motivation") }</p>
                    <p class="pre-line">{ motivation.clone() }</p>
                </blockquote>
            }
            if !c.notes.is_empty() {
                <details class="note-trail">
                    <summary>{ i18n.ta("candidate-notes", &[("count", Arg::Number(c.notes.len() as i64))]) }</summary>
                    <ol class="notes">{ for c.notes.iter().map(|n| note_item(&i18n, n)) }</ol>
                </details>
            }
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
            if !c.status.next().is_empty() {
                <div class="move-to" role="group" aria-label={i18n.ta("candidate-move-label", &[("name", Arg::Text(name.clone()))])}>
                    <p class="move-to-label" aria-hidden="true">{ i18n.t("candidate-move-to") }</p>
                    <div class="actions">
                        { for c.status.next().iter().map(|to| html! {
                            <button type="button" class={classes!("button", "button-small", (*to == CandidateStatus::Declined).then_some("button-quiet-danger"))}
                                onclick={move_to(*to)} aria-disabled={busy.then_some("true")}>
                                { i18n.t(&format!("candidate-move-{}", to.as_str())) }
                            </button>
                        }) }
                    </div>
                </div>
            }
            <div class="actions">
                <button type="button" class="button button-small" aria-expanded={(*open == Open::Note).to_string()}
                    onclick={toggle(Open::Note)}>
                    { i18n.t("candidate-add-note") }{ context.clone() }
                </button>
                if can_enrol {
                    <button type="button" class="button button-small" aria-expanded={(*open == Open::Enrol).to_string()}
                        onclick={toggle(Open::Enrol)}>
                        { i18n.t("candidate-enrol") }{ context.clone() }
                    </button>
                }
            </div>
            if *open == Open::Note {
                <NoteForm id={c.id} name={name.clone()} on_done={done.clone()} on_cancel={close.clone()} />
            }
            if *open == Open::Enrol {
                <EnrolForm id={c.id} name={name.clone()} choices={props.choices.clone()} on_done={done} on_cancel={close} />
            }
        </li>
    }
}

fn group_name(choices: &Choices, id: Uuid) -> Option<String> {
    choices.groups.iter().find(|g| g.id == id).map(|g| g.name.clone())
}

fn training_title(choices: &Choices, id: Uuid) -> Option<String> {
    choices.trainings.iter().find(|t| t.id == id).map(|t| t.title.clone())
}

fn note_item(i18n: &I18n, n: &CandidateNote) -> Html {
    let who = n.author.clone().unwrap_or_else(|| i18n.t("candidate-note-system"));
    let change = match (n.from_status, n.to_status) {
        (Some(from), Some(to)) => Some(i18n.ta(
            "candidate-note-change",
            &[("from", Arg::Text(i18n.candidate_status(from))), ("to", Arg::Text(i18n.candidate_status(to)))],
        )),
        (None, Some(to)) => Some(i18n.ta("candidate-note-status", &[("to", Arg::Text(i18n.candidate_status(to)))])),
        _ => None,
    };
    html! {
        <li class="note">
            <p class="note-meta">
                <time datetime={n.created_at.to_rfc3339()}>{ i18n.instant(n.created_at) }</time>{ " · " }{ who }
            </p>
            if let Some(change) = change {
                <p class="note-change">{ change }</p>
            }
            if let Some(body) = &n.body {
                <p class="note-body pre-line">{ body.clone() }</p>
            }
        </li>
    }
}

/// Properties of [`NoteForm`] and [`EnrolForm`].
#[derive(Debug, Properties, PartialEq)]
struct NoteFormProps {
    id: Uuid,
    name: String,
    on_done: Callback<Candidate>,
    on_cancel: Callback<()>,
}

/// A note for a candidate's trail.
#[function_component]
fn NoteForm(props: &NoteFormProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let text = use_state(String::new);
    let error = use_state(|| None::<ApiError>);
    let missing = use_state(|| false);
    let busy = use_state(|| false);
    let field_id = format!("note-{}", props.id);
    {
        let field_id = field_id.clone();
        use_effect_with((), move |_| focus_by_id(&field_id));
    }
    let onsubmit = {
        let (text, error, missing, busy) = (text.clone(), error.clone(), missing.clone(), busy.clone());
        let (id, name, on_done, announce, i18n) =
            (props.id, props.name.clone(), props.on_done.clone(), announce.clone(), i18n.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let note = text.trim().to_string();
            if note.is_empty() {
                error.set(None);
                missing.set(true);
                return;
            }
            missing.set(false);
            busy.set(true);
            let (error, busy, on_done, announce, i18n, name) =
                (error.clone(), busy.clone(), on_done.clone(), announce.clone(), i18n.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::patch_candidate(id, &CandidatePatch { status: None, note: Some(note) }).await;
                busy.set(false);
                match result {
                    Ok(changed) => {
                        announce.emit(i18n.ta("candidate-note-added", &[("name", Arg::Text(name))]));
                        on_done.emit(changed);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let field_message = field_error(&i18n, error.as_ref(), "/note")
        .or_else(|| missing.then(|| AttrValue::from(i18n.t("field-error-required"))));
    html! {
        <form class="form inline-form" {onsubmit} novalidate=true>
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))}
                details={other_field_errors(&i18n, error.as_ref(), &["/note"])} />
            <TextField id={field_id.clone()} label={i18n.ta("candidate-note-label", &[("name", Arg::Text(props.name.clone()))])}
                value={(*text).clone()} multiline=true required=true error={field_message}
                oninput={Callback::from({ let text = text.clone(); move |v| text.set(v) })} />
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>{ i18n.t("candidate-note-save") }</button>
                <button type="button" class="button" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ i18n.t("cancel") }</button>
            </div>
        </form>
    }
}

/// Properties of [`EnrolForm`].
#[derive(Debug, Properties, PartialEq)]
struct EnrolFormProps {
    id: Uuid,
    name: String,
    choices: Choices,
    on_done: Callback<Candidate>,
    on_cancel: Callback<()>,
}

/// Enrolment: a forming group to join, optionally a training, and the postcode if known.
#[function_component]
fn EnrolForm(props: &EnrolFormProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let group = use_state(String::new);
    let training = use_state(String::new);
    let postcode = use_state(String::new);
    let error = use_state(|| None::<ApiError>);
    let missing = use_state(|| false);
    let busy = use_state(|| false);
    let prefix = format!("enrol-{}", props.id);
    {
        let field = format!("{prefix}-group");
        use_effect_with((), move |_| focus_by_id(&field));
    }
    let onsubmit =
        {
            let (group, training, postcode, error, missing, busy) =
                (group.clone(), training.clone(), postcode.clone(), error.clone(), missing.clone(), busy.clone());
            let (id, name, on_done, announce, i18n, choices) = (
                props.id,
                props.name.clone(),
                props.on_done.clone(),
                announce.clone(),
                i18n.clone(),
                props.choices.clone(),
            );
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                if *busy {
                    return;
                }
                let Ok(group_id) = Uuid::parse_str(&group) else {
                    error.set(None);
                    missing.set(true);
                    return;
                };
                missing.set(false);
                busy.set(true);
                let enrolment = Enrolment {
                    group_id,
                    training_id: Uuid::parse_str(&training).ok(),
                    postcode: Some(postcode.trim().to_string()).filter(|p| !p.is_empty()),
                };
                let (error, busy, on_done, announce, i18n, name) =
                    (error.clone(), busy.clone(), on_done.clone(), announce.clone(), i18n.clone(), name.clone());
                let group_name = group_name(&choices, group_id).unwrap_or_default();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = api::enrol_candidate(id, &enrolment).await;
                    busy.set(false);
                    match result {
                        Ok(changed) => {
                            announce.emit(i18n.ta(
                                "candidate-enrolled",
                                &[("name", Arg::Text(name)), ("group", Arg::Text(group_name))],
                            ));
                            on_done.emit(changed);
                        }
                        Err(e) => error.set(Some(e)),
                    }
                });
            })
        };
    let mut group_options = vec![(AttrValue::from(""), AttrValue::from(i18n.t("choose")))];
    group_options.extend(props.choices.groups.iter().map(|g| {
        let text = i18n.ta(
            "enrol-group-option",
            &[("name", Arg::Text(g.name.clone())), ("count", Arg::Number(g.composition.members))],
        );
        (AttrValue::from(g.id.to_string()), AttrValue::from(text))
    }));
    let mut training_options = vec![(AttrValue::from(""), AttrValue::from(i18n.t("enrol-no-training")))];
    training_options.extend(
        props.choices.trainings.iter().map(|t| (AttrValue::from(t.id.to_string()), AttrValue::from(t.title.clone()))),
    );
    let group_error = field_error(&i18n, error.as_ref(), "/groupId")
        .or_else(|| missing.then(|| AttrValue::from(i18n.t("field-error-choose"))));
    let form_message = error.as_ref().map(|e| {
        let text = error_text(&i18n, e);
        AttrValue::from(if e.status() == Some(409) {
            format!("{text} {}", i18n.t("enrol-nothing-changed"))
        } else {
            text
        })
    });
    let mut details: Vec<String> =
        error.as_ref().map(|e| e.unmet_rules().iter().map(|r| i18n.unmet_rule(*r)).collect()).unwrap_or_default();
    details.extend(other_field_errors(&i18n, error.as_ref(), &["/groupId", "/trainingId", "/postcode"]));
    html! {
        <form class="form inline-form" {onsubmit} novalidate=true aria-labelledby={format!("{prefix}-title")}>
            <h4 id={format!("{prefix}-title")}>{ i18n.ta("enrol-title", &[("name", Arg::Text(props.name.clone()))]) }</h4>
            <p class="hint">{ i18n.t("enrol-intro") }</p>
            <ErrorAlert message={form_message} {details} />
            if props.choices.groups.is_empty() {
                <p>{ i18n.t("enrol-no-groups") }</p>
            }
            <SelectField id={format!("{prefix}-group")} label={i18n.t("enrol-group")} value={(*group).clone()} options={group_options}
                required=true error={group_error} onchange={Callback::from({ let group = group.clone(); move |v| group.set(v) })} />
            <SelectField id={format!("{prefix}-training")} label={i18n.t("enrol-training")} value={(*training).clone()}
                options={training_options} hint={Some(AttrValue::from(i18n.t("enrol-training-hint")))}
                error={field_error(&i18n, error.as_ref(), "/trainingId")}
                onchange={Callback::from({ let training = training.clone(); move |v| training.set(v) })} />
            <TextField id={format!("{prefix}-postcode")} label={i18n.t("person-postcode")} value={(*postcode).clone()}
                hint={Some(AttrValue::from(i18n.t("person-postcode-hint")))} error={field_error(&i18n, error.as_ref(), "/postcode")}
                oninput={Callback::from({ let postcode = postcode.clone(); move |v| postcode.set(v) })} />
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>{ i18n.t("enrol-submit") }</button>
                <button type="button" class="button" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ i18n.t("cancel") }</button>
            </div>
        </form>
    }
}

/// Properties of [`AddCandidateForm`].
#[derive(Debug, Properties, PartialEq)]
struct AddCandidateFormProps {
    on_added: Callback<Candidate>,
}

/// Someone met elsewhere who would like to become a buurtverbinder.
#[function_component]
fn AddCandidateForm(props: &AddCandidateFormProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let values = use_state(NewCandidate::default);
    let error = use_state(|| None::<ApiError>);
    let missing = use_state(|| false);
    let busy = use_state(|| false);
    let onsubmit = {
        let (values, error, missing, busy) = (values.clone(), error.clone(), missing.clone(), busy.clone());
        let (on_added, announce, i18n) = (props.on_added.clone(), announce.clone(), i18n.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let trim = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(String::from);
            let new = NewCandidate {
                name: values.name.trim().to_string(),
                email: trim(&values.email),
                phone: trim(&values.phone),
                motivation: trim(&values.motivation),
            };
            if new.name.is_empty() {
                error.set(None);
                missing.set(true);
                return;
            }
            missing.set(false);
            busy.set(true);
            let (values, error, busy, on_added, announce, i18n) =
                (values.clone(), error.clone(), busy.clone(), on_added.clone(), announce.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::create_candidate(&new).await;
                busy.set(false);
                match result {
                    Ok(candidate) => {
                        error.set(None);
                        values.set(NewCandidate::default());
                        announce.emit(i18n.ta("candidate-added", &[("name", Arg::Text(candidate.name.clone()))]));
                        on_added.emit(candidate);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let set = |apply: fn(&mut NewCandidate, String)| setter(&values, apply);
    let name_error = field_error(&i18n, error.as_ref(), "/name")
        .or_else(|| missing.then(|| AttrValue::from(i18n.t("field-error-required"))));
    let form_message = error
        .as_ref()
        .map(|e| AttrValue::from(error_text(&i18n, e)))
        .or_else(|| missing.then(|| AttrValue::from(i18n.t("error-invalid-input"))));
    html! {
        <form class="form add-candidate" {onsubmit} novalidate=true>
            <ErrorAlert message={form_message}
                details={other_field_errors(&i18n, error.as_ref(), &["/name", "/email", "/phone", "/motivation"])} />
            <TextField id="candidate-name" label={i18n.t("person-name")} value={values.name.clone()} required=true
                oninput={set(|v, x| v.name = x)} error={name_error} />
            <TextField id="candidate-email" label={i18n.t("person-email")} value={values.email.clone().unwrap_or_default()}
                input_type="email" oninput={set(|v, x| v.email = Some(x))} error={field_error(&i18n, error.as_ref(), "/email")} />
            <TextField id="candidate-phone" label={i18n.t("person-phone")} value={values.phone.clone().unwrap_or_default()}
                input_type="tel" oninput={set(|v, x| v.phone = Some(x))} error={field_error(&i18n, error.as_ref(), "/phone")} />
            <TextField id="candidate-motivation" label={i18n.t("candidate-motivation")} value={values.motivation.clone().unwrap_or_default()}
                multiline=true oninput={set(|v, x| v.motivation = Some(x))} error={field_error(&i18n, error.as_ref(), "/motivation")} />
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>{ i18n.t("candidate-add") }</button>
            </div>
        </form>
    }
}
