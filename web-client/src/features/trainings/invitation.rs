//! A participant's own page, reached through their personal link without logging in: a
//! greeting, the training, and for each proposed date three large choices (yes, if need be,
//! no). After saving it thanks them clearly; a link that does not work (404) or a planning that
//! has closed (409) each get a plain explanation; once the days are fixed it shows them with a
//! link that adds them to the participant's calendar.

use std::collections::HashMap;

use api_types::{Availability, AvailabilityAnswer, AvailabilityAnswers, Invitation, TrainingStatus};
use uuid::Uuid;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::components::confirm::focus_by_id;
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, other_field_errors, ErrorAlert};
use crate::features::trainings::answer_choices::{AnswerChoices, ChoiceDate};
use crate::features::trainings::date_options::slot_html;
use crate::hooks::use_loaded;
use crate::i18n::{use_locale, Arg, I18n};

/// Properties of [`InvitationPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct InvitationPageProps {
    /// The personal token from the link.
    pub token: AttrValue,
}

fn answers_of(invitation: &Invitation) -> HashMap<Uuid, Availability> {
    invitation.options.iter().filter_map(|o| o.answer.map(|a| (o.option_id, a))).collect()
}

/// The participant's answer page.
#[function_component]
pub fn InvitationPage(props: &InvitationPageProps) -> Html {
    let i18n = use_locale();
    let token = props.token.to_string();

    let draft = use_state(HashMap::<Uuid, Availability>::new);
    let invitation = {
        let draft = draft.clone();
        use_loaded(token.clone(), move |token| async move {
            let loaded = api::invitation(&token).await?;
            draft.set(answers_of(&loaded));
            Ok(loaded)
        })
    };
    let thanked = use_state(|| false);
    let closed_notice = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    let nothing_chosen = use_state(|| false);
    let busy = use_state(|| false);

    let title = match (invitation.error(), invitation.value()) {
        (Some(e), _) if e.status() == Some(404) => i18n.t("invitation-invalid-title"),
        (None, Some(inv)) => inv.training_title.clone(),
        _ => i18n.t("invitation-title"),
    };
    use_title(title);

    use_effect_with(*thanked, |thanked| {
        if *thanked {
            focus_by_id("thanks-title");
        }
    });

    let inv = match (invitation.error(), invitation.value()) {
        (Some(e), _) if e.status() == Some(404) => {
            return html! {
                <section class="page narrow invitation" aria-labelledby="page-title">
                    <h1 id="page-title">{ i18n.t("invitation-invalid-title") }</h1>
                    <div class="alert alert-error" role="alert">
                        <p>{ i18n.t("invitation-invalid") }</p>
                    </div>
                    <p>{ i18n.t("invitation-invalid-help") }</p>
                </section>
            };
        }
        (Some(e), _) => {
            return html! {
                <section class="page narrow invitation" aria-labelledby="page-title">
                    <h1 id="page-title">{ i18n.t("invitation-title") }</h1>
                    <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} />
                </section>
            };
        }
        (None, None) => return html! { <section class="page narrow"><Loading /></section> },
        (None, Some(inv)) => inv.clone(),
    };

    // Saving answers differs from the save cycle of the forms: a refusal (409) means the days
    // were fixed meanwhile, and the page says so in its own words, without an announcement.
    let onsubmit = {
        let (draft, thanked, closed_notice, error, nothing_chosen, busy, invitation) = (
            draft.clone(),
            thanked.clone(),
            closed_notice.clone(),
            error.clone(),
            nothing_chosen.clone(),
            busy.clone(),
            invitation.clone(),
        );
        let (token, order) = (token.clone(), inv.options.iter().map(|o| o.option_id).collect::<Vec<_>>());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let answers: Vec<AvailabilityAnswer> = order
                .iter()
                .filter_map(|id| draft.get(id).map(|a| AvailabilityAnswer { option_id: *id, answer: *a }))
                .collect();
            if answers.is_empty() {
                error.set(None);
                nothing_chosen.set(true);
                return;
            }
            nothing_chosen.set(false);
            busy.set(true);
            let (thanked, closed_notice, error, busy, invitation, token) = (
                thanked.clone(),
                closed_notice.clone(),
                error.clone(),
                busy.clone(),
                invitation.clone(),
                token.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::answer_invitation(&token, &AvailabilityAnswers { answers }).await;
                busy.set(false);
                match result {
                    Ok(updated) => {
                        error.set(None);
                        invitation.set(updated, None);
                        thanked.set(true);
                    }
                    Err(e) if e.status() == Some(409) => {
                        // The days were fixed meanwhile: say so, and show what is fixed now.
                        error.set(None);
                        closed_notice.set(true);
                        invitation.reload();
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let change_again = {
        let thanked = thanked.clone();
        Callback::from(move |_: MouseEvent| {
            thanked.set(false);
            focus_by_id("answers-form-title");
        })
    };
    let onchange = {
        let (draft, nothing_chosen) = (draft.clone(), nothing_chosen.clone());
        Callback::from(move |(option, answer): (Uuid, Availability)| {
            let mut next = (*draft).clone();
            next.insert(option, answer);
            draft.set(next);
            nothing_chosen.set(false);
        })
    };

    let body = match inv.status {
        TrainingStatus::Planning if *thanked => thanks(&i18n, &inv, change_again),
        TrainingStatus::Planning if inv.options.is_empty() => html! { <p>{ i18n.t("invitation-no-options") }</p> },
        TrainingStatus::Planning => {
            let dates: Vec<ChoiceDate> = inv
                .options
                .iter()
                .map(|o| ChoiceDate {
                    option_id: o.option_id,
                    date: o.date,
                    start_time: o.start_time.clone(),
                    end_time: o.end_time.clone(),
                })
                .collect();
            let message = error
                .as_ref()
                .map(|e| error_text(&i18n, e))
                .or_else(|| nothing_chosen.then(|| i18n.t("invitation-nothing-chosen")))
                .map(AttrValue::from);
            let answered_before = inv.options.iter().any(|o| o.answer.is_some());
            html! {
                <form class="form invitation-form" {onsubmit} novalidate=true aria-labelledby="answers-form-title">
                    <h2 id="answers-form-title" tabindex="-1">{ i18n.t("invitation-question") }</h2>
                    <p>{ i18n.ta("invitation-intro", &[("days", Arg::Number(i64::from(inv.required_days)))]) }</p>
                    if answered_before {
                        <p class="hint">{ i18n.t("invitation-answered-before") }</p>
                    }
                    <AnswerChoices id="invitation" {dates} answers={(*draft).clone()} {onchange} />
                    <ErrorAlert message={message} details={other_field_errors(&i18n, error.as_ref(), &[])} />
                    <div class="actions">
                        <button type="submit" class="button button-primary button-large" aria-disabled={busy.then_some("true")}>
                            { if *busy { i18n.t("invitation-saving") } else { i18n.t("invitation-save") } }
                        </button>
                    </div>
                </form>
            }
        }
        TrainingStatus::Scheduled | TrainingStatus::Completed => {
            let calendar = api::invitation_calendar_url(&token);
            html! {
                <section class="fixed-days" aria-labelledby="days-title">
                    <h2 id="days-title">{ i18n.t("invitation-days-title") }</h2>
                    if inv.status == TrainingStatus::Completed {
                        <p>{ i18n.t("invitation-completed") }</p>
                    } else {
                        <p>{ i18n.ta("invitation-days-intro", &[("days", Arg::Number(inv.sessions.len() as i64))]) }</p>
                    }
                    <ol class="fixed-days-list">
                        { for inv.sessions.iter().map(|s| html! {
                            <li>
                                <strong>{ i18n.ta("session-day", &[("day", Arg::Number(i64::from(s.day_number)))]) }</strong>
                                { " " }{ slot_html(&i18n, s.date, &s.start_time, &s.end_time) }
                            </li>
                        }) }
                    </ol>
                    if inv.status == TrainingStatus::Scheduled {
                        <p>
                            <a class="button button-primary button-large" href={calendar}>{ i18n.t("invitation-calendar") }</a>
                        </p>
                        <p class="hint">{ i18n.t("invitation-calendar-hint") }</p>
                    }
                </section>
            }
        }
        TrainingStatus::Cancelled => html! {
            <div class="alert alert-info"><p>{ i18n.t("invitation-cancelled") }</p></div>
        },
    };

    html! {
        <section class="page narrow invitation" aria-labelledby="page-title">
            <p class="greeting">{ i18n.ta("invitation-greeting", &[("name", Arg::Text(inv.greeting_name.clone()))]) }</p>
            <h1 id="page-title">{ inv.training_title.clone() }</h1>
            if let Some(location) = &inv.location {
                <p class="invitation-location">
                    <span class="label">{ i18n.t("invitation-where") }</span>{ " " }{ location.clone() }
                </p>
            }
            if *closed_notice {
                <div class="alert alert-info" role="alert"><p>{ i18n.t("invitation-closed") }</p></div>
            }
            { body }
        </section>
    }
}

fn thanks(i18n: &I18n, inv: &Invitation, change_again: Callback<MouseEvent>) -> Html {
    html! {
        <div class="thanks">
            <h2 id="thanks-title" tabindex="-1">
                <span aria-hidden="true">{ i18n.t("availability-symbol-yes") }{ " " }</span>
                { i18n.ta("invitation-thanks-title", &[("name", Arg::Text(inv.greeting_name.clone()))]) }
            </h2>
            <p>{ i18n.t("invitation-thanks") }</p>
            <dl class="thanks-answers">
                { for inv.options.iter().map(|o| html! {
                    <>
                        <dt>{ slot_html(i18n, o.date, &o.start_time, &o.end_time) }</dt>
                        <dd>
                            <span class="answer-symbol" aria-hidden="true">{ i18n.availability_symbol(o.answer) }{ " " }</span>
                            { i18n.availability(o.answer) }
                        </dd>
                    </>
                }) }
            </dl>
            <button type="button" class="button" onclick={change_again}>{ i18n.t("invitation-change") }</button>
        </div>
    }
}
