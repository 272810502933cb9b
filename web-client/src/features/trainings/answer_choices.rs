//! Yes / if need be / no for each date option: a fieldset per date with its day and time as the
//! legend, and three large radio buttons. Used on the participant's own answer page and by a
//! coordinator who records answers given by phone or in person.

use std::collections::HashMap;

use api_types::Availability;
use uuid::Uuid;
use yew::prelude::*;

use crate::i18n::use_locale;

/// One date to answer for.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceDate {
    /// The date option.
    pub option_id: Uuid,
    /// The day.
    pub date: chrono::NaiveDate,
    /// Start, `HH:MM`.
    pub start_time: String,
    /// End, `HH:MM`.
    pub end_time: String,
}

/// Properties of [`AnswerChoices`].
#[derive(Debug, Properties, PartialEq)]
pub struct AnswerChoicesProps {
    /// Prefix of the controls' ids and names, unique on the page.
    pub id: AttrValue,
    /// The dates, in order.
    pub dates: Vec<ChoiceDate>,
    /// The answer chosen per option so far.
    pub answers: HashMap<Uuid, Availability>,
    /// Called with an option and the answer chosen for it.
    pub onchange: Callback<(Uuid, Availability)>,
}

/// A fieldset of three choices per date.
#[function_component]
pub fn AnswerChoices(props: &AnswerChoicesProps) -> Html {
    let i18n = use_locale();
    html! {
        <div class="answer-choices">
            { for props.dates.iter().map(|d| {
                let name = format!("{}-{}", props.id, d.option_id);
                let chosen = props.answers.get(&d.option_id).copied();
                html! {
                    <fieldset class="answer-date">
                        <legend>
                            <span class="answer-day">{ i18n.date_with_weekday(d.date) }</span>
                            <span class="answer-time">{ i18n.time_range(&d.start_time, &d.end_time) }</span>
                        </legend>
                        <div class="answer-options">
                            { for Availability::ALL.iter().map(|answer| {
                                let id = format!("{name}-{}", answer.as_str());
                                let checked = chosen == Some(*answer);
                                let onchange = {
                                    let (onchange, option_id, answer) = (props.onchange.clone(), d.option_id, *answer);
                                    Callback::from(move |_: Event| onchange.emit((option_id, answer)))
                                };
                                html! {
                                    <label for={id.clone()} class={classes!(
                                        "answer-option", format!("answer-{}", answer.as_str()), checked.then_some("checked"))}>
                                        <input type="radio" id={id} name={name.clone()} value={answer.as_str()}
                                            {checked} {onchange} />
                                        <span class="answer-symbol" aria-hidden="true">{ i18n.availability_symbol(Some(*answer)) }</span>
                                        <span>{ i18n.availability(Some(*answer)) }</span>
                                    </label>
                                }
                            }) }
                        </div>
                    </fieldset>
                }
            }) }
        </div>
    }
}
