//! Who takes part: the list of participants with, for coordinators, each one's personal answer
//! link (with a copy button) and a remove button; and the two ways to add people: one person
//! found by name, or every current member of a group at once.

use api_types::{Group, NewParticipants, Participant, Person};
use uuid::Uuid;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::{focus_by_id, ConfirmAction};
use crate::components::field::{SelectField, TextField};
use crate::components::personal_link::PersonalLink;
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
use crate::features::trainings::personal_link;
use crate::i18n::{use_locale, Arg, I18n};

/// Properties of [`ParticipantsSection`].
#[derive(Debug, Properties, PartialEq)]
pub struct ParticipantsSectionProps {
    /// The training.
    pub training_id: Uuid,
    /// The participants, by name.
    pub participants: Vec<Participant>,
    /// Whether the account may add and remove participants (a coordinator).
    pub manages: bool,
    /// Whether people can still be added (the training is not completed or cancelled).
    pub open: bool,
    /// Called after a change, so the page reloads what depends on it.
    pub on_changed: Callback<()>,
}

/// The participants section of the planner.
#[function_component]
pub fn ParticipantsSection(props: &ParticipantsSectionProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let remove_error = use_state(|| None::<ApiError>);

    let remove = |p: &Participant| {
        let (remove_error, announce, i18n, on_changed) =
            (remove_error.clone(), announce.clone(), i18n.clone(), props.on_changed.clone());
        let (training_id, participant_id, name) = (props.training_id, p.id, p.person_name.clone());
        Callback::from(move |_| {
            let (remove_error, announce, i18n, on_changed, name) =
                (remove_error.clone(), announce.clone(), i18n.clone(), on_changed.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::remove_participant(training_id, participant_id).await {
                    Ok(()) => {
                        remove_error.set(None);
                        announce.emit(i18n.ta("participant-removed", &[("name", Arg::Text(name))]));
                        on_changed.emit(());
                        // The button is gone with the participant: continue at the section.
                        focus_by_id("participants-title");
                    }
                    Err(e) => remove_error.set(Some(e)),
                }
            });
        })
    };

    let with_links = props.manages && props.participants.iter().any(|p| p.answer_token.is_some());
    let list = if props.participants.is_empty() {
        html! { <p>{ i18n.t("participants-empty") }</p> }
    } else {
        html! {
            <>
                if with_links {
                    // Column headings for the wide layout only; each field has its own label.
                    <div class="participant-columns" aria-hidden="true">
                        <span>{ i18n.t("answers-participant") }</span>
                        <span>{ i18n.t("personal-link") }</span>
                    </div>
                }
                <ul class={classes!("participant-list", with_links.then_some("with-links"))} role="list">
                    { for props.participants.iter().map(|p| html! {
                        <li class="participant">
                            <span class="participant-name">{ p.person_name.clone() }</span>
                            if let Some(token) = &p.answer_token {
                                <PersonalLink owner_id={p.id} name={p.person_name.clone()} url={personal_link(token)} />
                            }
                            if props.manages && props.open {
                                <div class="participant-actions">
                                    <ConfirmAction id={format!("remove-{}", p.id)} label={i18n.t("participant-remove")}
                                        context={Some(AttrValue::from(i18n.ta("participant-remove-of", &[("name", Arg::Text(p.person_name.clone()))])))}
                                        question={i18n.ta("participant-remove-question", &[("name", Arg::Text(p.person_name.clone()))])}
                                        confirm_label={i18n.t("participant-remove-confirm")} danger=true
                                        on_confirm={remove(p)} />
                                </div>
                            }
                        </li>
                    }) }
                </ul>
            </>
        }
    };

    html! {
        <>
            <p class="count">{ i18n.ta("participants-count", &[("count", Arg::Number(props.participants.len() as i64))]) }</p>
            <ErrorAlert message={remove_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
            if with_links {
                <p class="hint">{ i18n.t("personal-link-hint") }</p>
            }
            { list }
            if props.manages && props.open {
                <div class="add-participants">
                    <AddPersonForm training_id={props.training_id} on_added={props.on_changed.clone()} />
                    <AddGroupForm training_id={props.training_id} on_added={props.on_changed.clone()} />
                </div>
            }
        </>
    }
}

/// Properties of the add forms.
#[derive(Debug, Properties, PartialEq)]
struct AddProps {
    training_id: Uuid,
    on_added: Callback<()>,
}

/// Search a person by name, pick one, add them.
#[function_component]
fn AddPersonForm(props: &AddProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let query = use_state(String::new);
    let results = use_state(|| None::<Result<Vec<Person>, ApiError>>);
    let selected = use_state(|| None::<Uuid>);
    let error = use_state(|| None::<ApiError>);
    let no_person = use_state(|| false);
    let busy = use_state(|| false);

    let search = {
        let (query, results, selected) = (query.clone(), results.clone(), selected.clone());
        Callback::from(move |_: ()| {
            let (query, results, selected) = ((*query).clone(), results.clone(), selected.clone());
            wasm_bindgen_futures::spawn_local(async move {
                selected.set(None);
                results.set(Some(api::people(&query, None).await.map(|page| page.items)));
            });
        })
    };
    let search_key = {
        let search = search.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                // Enter in the search box searches; it does not send the form.
                e.prevent_default();
                search.emit(());
            }
        })
    };

    let onsubmit = {
        let (results, selected, error, no_person, busy) =
            (results.clone(), selected.clone(), error.clone(), no_person.clone(), busy.clone());
        let (announce, i18n, on_added, training_id) =
            (announce.clone(), i18n.clone(), props.on_added.clone(), props.training_id);
        let query = query.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let Some(person_id) = *selected else {
                error.set(None);
                no_person.set(true);
                return;
            };
            no_person.set(false);
            busy.set(true);
            let name = results
                .as_ref()
                .and_then(|r| r.as_ref().ok())
                .and_then(|list| list.iter().find(|p| p.id == person_id))
                .map(|p| p.name.clone())
                .unwrap_or_default();
            let (results, selected, error, busy, query) =
                (results.clone(), selected.clone(), error.clone(), busy.clone(), query.clone());
            let (announce, i18n, on_added) = (announce.clone(), i18n.clone(), on_added.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let new = NewParticipants { person_id: Some(person_id), group_id: None };
                let result = api::add_participants(training_id, &new).await;
                busy.set(false);
                match result {
                    Ok(_) => {
                        error.set(None);
                        selected.set(None);
                        results.set(None);
                        query.set(String::new());
                        announce.emit(i18n.ta("participant-added", &[("name", Arg::Text(name))]));
                        on_added.emit(());
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    let pick_error = field_error(&i18n, error.as_ref(), "/personId")
        .or_else(|| no_person.then(|| AttrValue::from(i18n.t("member-pick-required"))));
    let form_message = error
        .as_ref()
        .map(|e| error_text(&i18n, e))
        .or_else(|| no_person.then(|| i18n.t("error-invalid-input")))
        .map(AttrValue::from);

    html! {
        <form class="form add-form" {onsubmit} novalidate=true aria-labelledby="add-person-title">
            <h3 id="add-person-title">{ i18n.t("participant-add-person") }</h3>
            <ErrorAlert message={form_message} details={other_field_errors(&i18n, error.as_ref(), &["/personId"])} />
            <div class="person-search">
                <div class="search-row">
                    <TextField id="participant-search" label={i18n.t("member-search")} value={(*query).clone()}
                        input_type="search" autocomplete={Some(AttrValue::Static("off"))}
                        oninput={Callback::from({ let query = query.clone(); move |v| query.set(v) })}
                        onkeydown={Some(search_key)} hint={Some(AttrValue::from(i18n.t("member-search-hint")))}
                        error={pick_error.clone()} />
                    <button type="button" class="button" onclick={search.reform(|_: MouseEvent| ())}>{ i18n.t("search") }</button>
                </div>
                { search_results(&i18n, &results, *selected, &selected) }
            </div>
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>
                    { i18n.t("participant-add") }
                </button>
            </div>
        </form>
    }
}

fn search_results(
    i18n: &I18n,
    results: &Option<Result<Vec<Person>, ApiError>>,
    chosen: Option<Uuid>,
    selected: &UseStateHandle<Option<Uuid>>,
) -> Html {
    match results {
        None => Html::default(),
        Some(Err(e)) => html! { <p class="field-error">{ error_text(i18n, e) }</p> },
        Some(Ok(people)) if people.is_empty() => html! { <p>{ i18n.t("participant-search-none") }</p> },
        Some(Ok(people)) => html! {
            <fieldset class="choices results">
                <legend>{ i18n.t("member-pick") }</legend>
                { for people.iter().map(|p| {
                    let id = format!("participant-pick-{}", p.id);
                    let onchange = {
                        let (selected, person) = (selected.clone(), p.id);
                        Callback::from(move |e: Event| {
                            if e.target_unchecked_into::<HtmlInputElement>().checked() {
                                selected.set(Some(person));
                            }
                        })
                    };
                    html! {
                        <div class="choice">
                            <input type="radio" id={id.clone()} name="participant-person" checked={chosen == Some(p.id)} {onchange} />
                            <label for={id}>
                                { p.name.clone() }
                                if p.training_completed {
                                    <span class="meta">{ " " }{ i18n.t("participant-search-trained") }</span>
                                }
                            </label>
                        </div>
                    }
                }) }
            </fieldset>
        },
    }
}

/// Pick a group and add all its current members.
#[function_component]
fn AddGroupForm(props: &AddProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let groups = use_state(|| None::<Result<Vec<Group>, ApiError>>);
    let chosen = use_state(String::new);
    let error = use_state(|| None::<ApiError>);
    let missing = use_state(|| false);
    let busy = use_state(|| false);

    {
        let groups = groups.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { groups.set(Some(api::all_groups().await)) });
        });
    }

    let onsubmit = {
        let (groups, chosen, error, missing, busy) =
            (groups.clone(), chosen.clone(), error.clone(), missing.clone(), busy.clone());
        let (announce, i18n, on_added, training_id) =
            (announce.clone(), i18n.clone(), props.on_added.clone(), props.training_id);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let Ok(group_id) = Uuid::parse_str(&chosen) else {
                error.set(None);
                missing.set(true);
                return;
            };
            missing.set(false);
            busy.set(true);
            let name = groups
                .as_ref()
                .and_then(|r| r.as_ref().ok())
                .and_then(|list| list.iter().find(|g| g.id == group_id))
                .map(|g| g.name.clone())
                .unwrap_or_default();
            let (chosen, error, busy) = (chosen.clone(), error.clone(), busy.clone());
            let (announce, i18n, on_added) = (announce.clone(), i18n.clone(), on_added.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let new = NewParticipants { person_id: None, group_id: Some(group_id) };
                let result = api::add_participants(training_id, &new).await;
                busy.set(false);
                match result {
                    Ok(list) => {
                        error.set(None);
                        chosen.set(String::new());
                        announce.emit(i18n.ta(
                            "participants-group-added",
                            &[("group", Arg::Text(name)), ("count", Arg::Number(list.len() as i64))],
                        ));
                        on_added.emit(());
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    let mut options = vec![(AttrValue::Static(""), AttrValue::from(i18n.t("choose")))];
    if let Some(Ok(list)) = &*groups {
        options.extend(list.iter().map(|g| {
            let label = i18n.ta(
                "participant-group-option",
                &[("name", Arg::Text(g.name.clone())), ("count", Arg::Number(g.composition.members))],
            );
            (AttrValue::from(g.id.to_string()), AttrValue::from(label))
        }));
    }
    let load_error = match &*groups {
        Some(Err(e)) => Some(AttrValue::from(error_text(&i18n, e))),
        _ => None,
    };
    let group_error = field_error(&i18n, error.as_ref(), "/groupId")
        .or_else(|| missing.then(|| AttrValue::from(i18n.t("participant-group-required"))));
    let form_message = error
        .as_ref()
        .map(|e| error_text(&i18n, e))
        .or_else(|| missing.then(|| i18n.t("error-invalid-input")))
        .map(AttrValue::from)
        .or(load_error);

    html! {
        <form class="form add-form" {onsubmit} novalidate=true aria-labelledby="add-group-title">
            <h3 id="add-group-title">{ i18n.t("participant-add-group") }</h3>
            <ErrorAlert message={form_message} details={other_field_errors(&i18n, error.as_ref(), &["/groupId"])} />
            <SelectField id="participant-group" label={i18n.t("participant-group")} value={(*chosen).clone()}
                {options} onchange={Callback::from({ let chosen = chosen.clone(); move |v| chosen.set(v) })}
                hint={Some(AttrValue::from(i18n.t("participant-group-hint")))} error={group_error} />
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>
                    { i18n.t("participant-add-group-submit") }
                </button>
            </div>
        </form>
    }
}
