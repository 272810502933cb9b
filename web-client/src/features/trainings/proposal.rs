//! The proposed days: the best set first, then the runners-up, each with its days, how many
//! participants can come to all of them, how many of those answers were "if need be", and who
//! cannot. A coordinator confirms a set after a confirmation step; that fixes the days.

use api_types::{ConfirmDays, DateOption, Proposal};
use uuid::Uuid;
use yew::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::ConfirmAction;
use crate::components::problem::{error_text, other_field_errors, ErrorAlert};
use crate::features::trainings::date_options::slot_html;
use crate::i18n::{use_locale, Arg};

/// Properties of [`ProposalSection`].
#[derive(Debug, Properties, PartialEq)]
pub struct ProposalSectionProps {
    /// The training.
    pub training_id: Uuid,
    /// The proposal.
    pub proposal: Proposal,
    /// The date options, for the times of the proposed days.
    pub options: Vec<DateOption>,
    /// How many take part.
    pub participants: i64,
    /// Whether the account may confirm a set (a coordinator, while planning).
    pub can_confirm: bool,
    /// Called after the days were confirmed.
    pub on_confirmed: Callback<()>,
}

/// The proposal section of the planner.
#[function_component]
pub fn ProposalSection(props: &ProposalSectionProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let error = use_state(|| None::<ApiError>);
    let days = i64::from(props.proposal.required_days);

    if props.proposal.sets.is_empty() {
        return html! {
            <p>{ i18n.ta("proposal-none", &[("days", Arg::Number(days))]) }</p>
        };
    }

    let confirm = |option_ids: Vec<Uuid>| {
        let (error, announce, i18n, on_confirmed, training_id) =
            (error.clone(), announce.clone(), i18n.clone(), props.on_confirmed.clone(), props.training_id);
        Callback::from(move |_| {
            let (error, announce, i18n, on_confirmed) =
                (error.clone(), announce.clone(), i18n.clone(), on_confirmed.clone());
            let body = ConfirmDays { option_ids: option_ids.clone() };
            wasm_bindgen_futures::spawn_local(async move {
                match api::confirm_days(training_id, &body).await {
                    Ok(sessions) => {
                        error.set(None);
                        announce.emit(i18n.ta("proposal-confirmed", &[("days", Arg::Number(sessions.len() as i64))]));
                        on_confirmed.emit(());
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    html! {
        <>
            <p>{ i18n.ta("proposal-intro", &[("days", Arg::Number(days))]) }</p>
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))}
                details={other_field_errors(&i18n, error.as_ref(), &[])} />
            <ol class="proposal-sets" role="list">
                { for props.proposal.sets.iter().enumerate().map(|(index, set)| {
                    let number = index as i64 + 1;
                    let title_id = format!("proposal-{number}-title");
                    let days_html = set.option_ids.iter().zip(&set.dates).map(|(id, date)| {
                        let text = match props.options.iter().find(|o| o.id == *id) {
                            Some(o) => slot_html(&i18n, o.date, &o.start_time, &o.end_time),
                            None => html! { { i18n.date_with_weekday(*date) } },
                        };
                        html! { <li>{ text }</li> }
                    });
                    html! {
                        <li class={classes!("card", "proposal-set", (index == 0).then_some("best"))}>
                            <h3 id={title_id}>
                                { if index == 0 { i18n.t("proposal-best") } else { i18n.ta("proposal-alternative", &[("number", Arg::Number(number))]) } }
                            </h3>
                            <ul class="proposal-days">{ for days_html }</ul>
                            <p class="proposal-attendees">
                                { i18n.ta("proposal-attendees", &[("count", Arg::Number(set.attendees)), ("total", Arg::Number(props.participants))]) }
                            </p>
                            <p>{ i18n.ta("proposal-if-need-be", &[("count", Arg::Number(set.if_need_be_answers))]) }</p>
                            if set.cannot_attend.is_empty() {
                                <p>{ i18n.t("proposal-everyone") }</p>
                            } else {
                                <p class="proposal-missing">
                                    { i18n.ta("proposal-cannot", &[("count", Arg::Number(set.cannot_attend.len() as i64))]) }
                                    { " " }{ set.cannot_attend.join(", ") }
                                </p>
                            }
                            if props.can_confirm {
                                <ConfirmAction id={format!("confirm-set-{number}")} label={i18n.t("proposal-confirm")}
                                    context={Some(AttrValue::from(
                                        if index == 0 { i18n.t("proposal-best") } else { i18n.ta("proposal-alternative", &[("number", Arg::Number(number))]) }
                                    ))}
                                    question={i18n.ta("proposal-confirm-question", &[("days", Arg::Number(set.option_ids.len() as i64))])}
                                    confirm_label={i18n.t("proposal-confirm-yes")} primary={index == 0}
                                    on_confirm={confirm(set.option_ids.clone())} />
                            }
                        </li>
                    }
                }) }
            </ol>
        </>
    }
}
