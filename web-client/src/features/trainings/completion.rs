//! Who completed the training: per participant the days present out of the days required, and
//! whether that completes the training (present at every required day).

use api_types::Participant;
use yew::prelude::*;

use crate::i18n::{use_locale, Arg};

/// Properties of [`CompletionTable`].
#[derive(Debug, Properties, PartialEq)]
pub struct CompletionTableProps {
    /// The participants with their attendance so far.
    pub participants: Vec<Participant>,
    /// Days a participant must attend.
    pub required_days: i32,
    /// Whether the training is over: until then, someone who has not completed it "not yet" has.
    pub finished: bool,
}

/// The completion overview as a table.
#[function_component]
pub fn CompletionTable(props: &CompletionTableProps) -> Html {
    let i18n = use_locale();
    let completed = props.participants.iter().filter(|p| p.completed).count() as i64;
    let required = i64::from(props.required_days);
    html! {
        <>
            <p class="count">
                { i18n.ta("completion-count", &[("completed", Arg::Number(completed)), ("total", Arg::Number(props.participants.len() as i64))]) }
            </p>
            <div class="table-scroll" role="region" aria-labelledby="completion-caption" tabindex="0">
                <table class="completion-table">
                    <caption id="completion-caption">{ i18n.t("completion-caption") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ i18n.t("answers-participant") }</th>
                            <th scope="col">{ i18n.t("completion-days") }</th>
                            <th scope="col">{ i18n.t("completion-done") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.participants.iter().map(|p| html! {
                            <tr>
                                <th scope="row">{ p.person_name.clone() }</th>
                                <td>{ i18n.ta("completion-days-of", &[("present", Arg::Number(p.days_present)), ("required", Arg::Number(required))]) }</td>
                                if p.completed {
                                    <td class="completed-yes">
                                        <span class="answer-symbol" aria-hidden="true">{ i18n.t("completion-symbol-yes") }</span>
                                        { i18n.t("completion-yes") }
                                    </td>
                                } else if props.finished {
                                    <td class="completed-no">
                                        <span class="answer-symbol" aria-hidden="true">{ i18n.t("completion-symbol-no") }</span>
                                        { i18n.t("completion-no") }
                                    </td>
                                } else {
                                    <td class="completed-not-yet">{ i18n.t("completion-not-yet") }</td>
                                }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}
