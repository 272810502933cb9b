//! The answers table: participants down, date options across, each answer as a symbol and a
//! word (never colour alone), totals per date at the foot. It is a real table with a caption and
//! row and column headers; on a narrow screen it scrolls sideways inside its own box with the
//! names kept in view. A coordinator can record someone's answers (given by phone or in person)
//! through an edit form under the table.

use std::collections::HashMap;

use api_types::{Availability, AvailabilityAnswer, AvailabilityAnswers, AvailabilityGrid};
use uuid::Uuid;
use yew::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::focus_by_id;
use crate::components::problem::{error_text, other_field_errors, ErrorAlert};
use crate::features::trainings::answer_choices::{AnswerChoices, ChoiceDate};
use crate::i18n::{use_locale, Arg, I18n};

/// Properties of [`AnswersTable`].
#[derive(Debug, Properties, PartialEq)]
pub struct AnswersTableProps {
    /// The training.
    pub training_id: Uuid,
    /// Options and every participant's answers.
    pub grid: AvailabilityGrid,
    /// Whether the account may record answers for others (a coordinator, while planning).
    pub editable: bool,
    /// Called after answers were recorded.
    pub on_changed: Callback<()>,
}

fn answer_cell(i18n: &I18n, answer: Option<Availability>) -> Html {
    let class = format!("answer answer-{}", answer.map_or("none", Availability::as_str));
    html! {
        <td class={class}>
            <span class="answer-symbol" aria-hidden="true">{ i18n.availability_symbol(answer) }</span>
            <span class="answer-word">{ i18n.availability(answer) }</span>
        </td>
    }
}

/// The answers table with totals, and for coordinators a way to fill in someone's answers.
#[function_component]
pub fn AnswersTable(props: &AnswersTableProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let editing = use_state(|| None::<Uuid>);
    let draft = use_state(HashMap::<Uuid, Availability>::new);
    let error = use_state(|| None::<ApiError>);
    let busy = use_state(|| false);
    let grid = &props.grid;

    // When the edit form opens, go to its heading.
    use_effect_with(*editing, |editing| {
        if editing.is_some() {
            focus_by_id("answers-edit-title");
        }
    });

    if grid.options.is_empty() {
        return html! { <p>{ i18n.t("answers-no-options") }</p> };
    }

    let open_edit = |participant_id: Uuid| {
        let (editing, draft, error) = (editing.clone(), draft.clone(), error.clone());
        let current: HashMap<Uuid, Availability> = grid
            .rows
            .iter()
            .find(|r| r.participant_id == participant_id)
            .map(|r| grid.options.iter().zip(&r.answers).filter_map(|(o, a)| a.map(|a| (o.id, a))).collect())
            .unwrap_or_default();
        Callback::from(move |_: MouseEvent| {
            error.set(None);
            draft.set(current.clone());
            editing.set(Some(participant_id));
        })
    };

    let header = html! {
        <thead>
            <tr>
                <th scope="col" class="name-col">{ i18n.t("answers-participant") }</th>
                { for grid.options.iter().map(|o| html! {
                    <th scope="col">
                        <span class="col-date">{ i18n.date_short(o.date) }</span>
                        <span class="col-time">{ i18n.time_range(&o.start_time, &o.end_time) }</span>
                    </th>
                }) }
                if props.editable {
                    <th scope="col"><span class="visually-hidden">{ i18n.t("answers-actions") }</span></th>
                }
            </tr>
        </thead>
    };
    let body = html! {
        <tbody>
            { for grid.rows.iter().map(|row| html! {
                <tr>
                    <th scope="row" class="name-col">{ row.person_name.clone() }</th>
                    { for row.answers.iter().map(|a| answer_cell(&i18n, *a)) }
                    if props.editable {
                        <td class="row-action">
                            <button type="button" class="button button-small" id={format!("edit-answers-{}", row.participant_id)}
                                onclick={open_edit(row.participant_id)}>
                                { i18n.t("answers-edit") }
                                <span class="visually-hidden">{ " " }{ i18n.ta("answers-edit-of", &[("name", Arg::Text(row.person_name.clone()))]) }</span>
                            </button>
                        </td>
                    }
                </tr>
            }) }
        </tbody>
    };
    let totals = |answer: Availability, count: fn(&api_types::DateOption) -> i64| {
        html! {
            <tr class={format!("total-{}", answer.as_str())}>
                <th scope="row" class="name-col">
                    <span class="answer-symbol" aria-hidden="true">{ i18n.availability_symbol(Some(answer)) }</span>
                    { i18n.ta("answers-total", &[("answer", Arg::Text(i18n.availability(Some(answer))))]) }
                </th>
                { for grid.options.iter().map(|o| html! { <td class="total">{ count(o) }</td> }) }
                if props.editable { <td></td> }
            </tr>
        }
    };
    let foot = html! {
        <tfoot>
            { totals(Availability::Yes, |o| o.yes) }
            { totals(Availability::IfNeedBe, |o| o.if_need_be) }
            { totals(Availability::No, |o| o.no) }
        </tfoot>
    };

    let edit_form = editing.and_then(|participant_id| {
        let row = grid.rows.iter().find(|r| r.participant_id == participant_id)?;
        let dates: Vec<ChoiceDate> = grid
            .options
            .iter()
            .map(|o| ChoiceDate {
                option_id: o.id,
                date: o.date,
                start_time: o.start_time.clone(),
                end_time: o.end_time.clone(),
            })
            .collect();
        let onchange = {
            let draft = draft.clone();
            Callback::from(move |(option, answer): (Uuid, Availability)| {
                let mut next = (*draft).clone();
                next.insert(option, answer);
                draft.set(next);
            })
        };
        let close = {
            let editing = editing.clone();
            Callback::from(move |_: MouseEvent| {
                editing.set(None);
                focus_by_id(&format!("edit-answers-{participant_id}"));
            })
        };
        let onsubmit = {
            let (draft, error, busy, editing) = (draft.clone(), error.clone(), busy.clone(), editing.clone());
            let (announce, i18n, on_changed, training_id) =
                (announce.clone(), i18n.clone(), props.on_changed.clone(), props.training_id);
            let name = row.person_name.clone();
            let order: Vec<Uuid> = grid.options.iter().map(|o| o.id).collect();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                if *busy {
                    return;
                }
                let answers: Vec<AvailabilityAnswer> = order
                    .iter()
                    .filter_map(|id| draft.get(id).map(|a| AvailabilityAnswer { option_id: *id, answer: *a }))
                    .collect();
                busy.set(true);
                let (error, busy, editing) = (error.clone(), busy.clone(), editing.clone());
                let (announce, i18n, on_changed, name) =
                    (announce.clone(), i18n.clone(), on_changed.clone(), name.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let result =
                        api::record_availability(training_id, participant_id, &AvailabilityAnswers { answers }).await;
                    busy.set(false);
                    match result {
                        Ok(_) => {
                            error.set(None);
                            editing.set(None);
                            announce.emit(i18n.ta("answers-saved-for", &[("name", Arg::Text(name))]));
                            on_changed.emit(());
                            focus_by_id(&format!("edit-answers-{participant_id}"));
                        }
                        Err(e) => error.set(Some(e)),
                    }
                });
            })
        };
        Some(html! {
            <form class="form card answers-edit" {onsubmit} novalidate=true aria-labelledby="answers-edit-title">
                <h3 id="answers-edit-title" tabindex="-1">
                    { i18n.ta("answers-edit-title", &[("name", Arg::Text(row.person_name.clone()))]) }
                </h3>
                <p class="hint">{ i18n.t("answers-edit-hint") }</p>
                <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))}
                    details={other_field_errors(&i18n, error.as_ref(), &[])} />
                <AnswerChoices id={format!("edit-{participant_id}")} {dates} answers={(*draft).clone()} {onchange} />
                <div class="actions">
                    <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>
                        { i18n.t("answers-edit-save") }
                    </button>
                    <button type="button" class="button" onclick={close}>{ i18n.t("cancel") }</button>
                </div>
            </form>
        })
    });

    let answered = grid.rows.iter().filter(|r| r.answers.iter().any(Option::is_some)).count() as i64;
    html! {
        <>
            <p class="count">
                { i18n.ta("answers-answered", &[("answered", Arg::Number(answered)), ("total", Arg::Number(grid.rows.len() as i64))]) }
            </p>
            <div class="table-scroll" role="region" aria-labelledby="answers-caption" tabindex="0">
                <table class="answers-table">
                    <caption id="answers-caption">{ i18n.t("answers-caption") }</caption>
                    { header }
                    { body }
                    { foot }
                </table>
            </div>
            { edit_form.unwrap_or_default() }
        </>
    }
}
