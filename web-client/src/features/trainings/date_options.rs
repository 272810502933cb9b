//! The proposed dates: the list, withdrawing one (its answers go with it, so it asks first), and
//! the form to propose another day with its start and end time. Also the form that moves a
//! fixed day, which asks for the same three things.

use api_types::{DateOption, NewDateOption};
use uuid::Uuid;
use yew::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::{focus_by_id, ConfirmAction};
use crate::components::field::{setter, TextField};
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
use crate::i18n::{use_locale, Arg, I18n};

/// The usual hours of a training day, filled in for a new date.
const DEFAULT_START: &str = "09:30";
/// See [`DEFAULT_START`].
const DEFAULT_END: &str = "16:00";

/// Properties of [`DateOptionsSection`].
#[derive(Debug, Properties, PartialEq)]
pub struct DateOptionsSectionProps {
    /// The training.
    pub training_id: Uuid,
    /// The options, by date.
    pub options: Vec<DateOption>,
    /// Whether the account may add and withdraw dates now (a coordinator, while planning).
    pub editable: bool,
    /// Called after a change.
    pub on_changed: Callback<()>,
}

/// The date options section of the planner.
#[function_component]
pub fn DateOptionsSection(props: &DateOptionsSectionProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let remove_error = use_state(|| None::<ApiError>);

    let withdraw = |o: &DateOption| {
        let (remove_error, announce, i18n, on_changed) =
            (remove_error.clone(), announce.clone(), i18n.clone(), props.on_changed.clone());
        let (training_id, option_id, day) = (props.training_id, o.id, i18n.date_with_weekday(o.date));
        Callback::from(move |_| {
            let (remove_error, announce, i18n, on_changed, day) =
                (remove_error.clone(), announce.clone(), i18n.clone(), on_changed.clone(), day.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::remove_date_option(training_id, option_id).await {
                    Ok(()) => {
                        remove_error.set(None);
                        announce.emit(i18n.ta("date-option-removed", &[("date", Arg::Text(day))]));
                        on_changed.emit(());
                        // The button is gone with the date: continue at the section.
                        focus_by_id("dates-title");
                    }
                    Err(e) => remove_error.set(Some(e)),
                }
            });
        })
    };

    let on_added = {
        let (announce, i18n, on_changed) = (announce.clone(), i18n.clone(), props.on_changed.clone());
        Callback::from(move |slot: NewDateOption| {
            let day = i18n.date_with_weekday(slot.date);
            announce.emit(i18n.ta("date-option-added", &[("date", Arg::Text(day))]));
            on_changed.emit(());
        })
    };
    let add = {
        let training_id = props.training_id;
        Callback::from(move |slot: NewDateOption| async_add(training_id, slot))
    };

    html! {
        <>
            <ErrorAlert message={remove_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
            if props.options.is_empty() {
                <p>{ i18n.t("date-options-empty") }</p>
            } else {
                <ul class="date-options" role="list">
                    { for props.options.iter().map(|o| html! {
                        <li class="date-option">
                            <span class="date-option-when">{ slot_html(&i18n, o.date, &o.start_time, &o.end_time) }</span>
                            if props.editable {
                                <ConfirmAction id={format!("withdraw-{}", o.id)} label={i18n.t("date-option-remove")}
                                    context={Some(AttrValue::from(i18n.date_with_weekday(o.date)))}
                                    question={i18n.ta("date-option-remove-question", &[("date", Arg::Text(i18n.date_with_weekday(o.date)))])}
                                    confirm_label={i18n.t("date-option-remove-confirm")} danger=true
                                    on_confirm={withdraw(o)} />
                            }
                        </li>
                    }) }
                </ul>
            }
            if props.editable {
                <SlotForm id="new-date" title={Some(AttrValue::from(i18n.t("date-option-add-title")))}
                    submit_label={i18n.t("date-option-add")} send={add} on_done={on_added} />
            }
        </>
    }
}

/// Sends a new date option; the form shows what comes back.
fn async_add(training_id: Uuid, slot: NewDateOption) -> SlotFuture {
    Box::pin(async move { api::add_date_option(training_id, &slot).await.map(|_| ()) })
}

/// What a [`SlotForm`] waits for after sending.
pub type SlotFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), ApiError>>>>;

/// Properties of [`SlotForm`].
#[derive(Properties)]
pub struct SlotFormProps {
    /// Prefix of the fields' ids, unique on the page.
    pub id: AttrValue,
    /// A heading above the fields (level 3), if any.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// The submit button's text.
    pub submit_label: AttrValue,
    /// The values to start with; empty date and the usual hours when `None`.
    #[prop_or_default]
    pub initial: Option<NewDateOption>,
    /// Sends the slot to the API.
    pub send: Callback<NewDateOption, SlotFuture>,
    /// Called with the slot after it was stored.
    pub on_done: Callback<NewDateOption>,
    /// Called when the form is closed without storing (shows a cancel button when set).
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
    /// Moves focus to the date field when the form appears (for a form opened by a button).
    #[prop_or_default]
    pub autofocus: bool,
}

impl PartialEq for SlotFormProps {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.title == other.title
            && self.submit_label == other.submit_label
            && self.initial == other.initial
            && self.on_done == other.on_done
            && self.on_cancel == other.on_cancel
            && self.autofocus == other.autofocus
    }
}

/// The values in a [`SlotForm`].
#[derive(Debug, Clone, PartialEq)]
struct SlotValues {
    date: String,
    start: String,
    end: String,
}

/// A day with start and end time: a new date option, or where a fixed day moves to. Every
/// problem the API names is shown beside its field.
#[function_component]
pub fn SlotForm(props: &SlotFormProps) -> Html {
    let i18n = use_locale();
    let values = use_state(|| match &props.initial {
        Some(slot) => SlotValues {
            date: slot.date.format("%Y-%m-%d").to_string(),
            start: slot.start_time.clone(),
            end: slot.end_time.clone(),
        },
        None => SlotValues { date: String::new(), start: DEFAULT_START.into(), end: DEFAULT_END.into() },
    });
    let error = use_state(|| None::<ApiError>);
    let missing_date = use_state(|| false);
    let busy = use_state(|| false);
    {
        let (autofocus, date_id) = (props.autofocus, format!("{}-date", props.id));
        use_effect_with((), move |_| {
            if autofocus {
                focus_by_id(&date_id);
            }
        });
    }

    let onsubmit = {
        let (values, error, missing_date, busy) = (values.clone(), error.clone(), missing_date.clone(), busy.clone());
        let (send, on_done, reset) = (props.send.clone(), props.on_done.clone(), props.initial.is_none());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let Ok(date) = chrono::NaiveDate::parse_from_str(values.date.trim(), "%Y-%m-%d") else {
                error.set(None);
                missing_date.set(true);
                return;
            };
            missing_date.set(false);
            busy.set(true);
            let slot =
                NewDateOption { date, start_time: values.start.trim().into(), end_time: values.end.trim().into() };
            let future = send.emit(slot.clone());
            let (values, error, busy, on_done) = (values.clone(), error.clone(), busy.clone(), on_done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = future.await;
                busy.set(false);
                match result {
                    Ok(()) => {
                        error.set(None);
                        if reset {
                            values.set(SlotValues { date: String::new(), ..(*values).clone() });
                        }
                        on_done.emit(slot);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    let set = |apply: fn(&mut SlotValues, String)| setter(&values, apply);
    let id = props.id.to_string();
    let form_message = error
        .as_ref()
        .map(|e| error_text(&i18n, e))
        .or_else(|| missing_date.then(|| i18n.t("error-invalid-input")))
        .map(AttrValue::from);
    let date_error = field_error(&i18n, error.as_ref(), "/date")
        .or_else(|| missing_date.then(|| AttrValue::from(i18n.t("field-error-date"))));
    let cancel = props.on_cancel.clone().map(|c| c.reform(|_: MouseEvent| ()));

    html! {
        <form class="form slot-form" {onsubmit} novalidate=true
            aria-labelledby={props.title.as_ref().map(|_| format!("{id}-title"))}>
            if let Some(title) = &props.title {
                <h3 id={format!("{id}-title")}>{ title.clone() }</h3>
            }
            <ErrorAlert message={form_message}
                details={other_field_errors(&i18n, error.as_ref(), &["/date", "/startTime", "/endTime"])} />
            <div class="slot-fields">
                <TextField id={format!("{id}-date")} label={i18n.t("slot-date")} value={values.date.clone()}
                    input_type="date" required=true oninput={set(|v, x| v.date = x)} error={date_error} />
                <TextField id={format!("{id}-start")} label={i18n.t("slot-start")} value={values.start.clone()}
                    input_type="time" required=true oninput={set(|v, x| v.start = x)}
                    error={field_error(&i18n, error.as_ref(), "/startTime")} />
                <TextField id={format!("{id}-end")} label={i18n.t("slot-end")} value={values.end.clone()}
                    input_type="time" required=true oninput={set(|v, x| v.end = x)}
                    error={field_error(&i18n, error.as_ref(), "/endTime")} />
            </div>
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>
                    { props.submit_label.clone() }
                </button>
                if let Some(cancel) = cancel {
                    <button type="button" class="button" onclick={cancel}>{ i18n.t("cancel") }</button>
                }
            </div>
        </form>
    }
}

/// The date and time of a slot as markup: the same words as [`slot_text`], with the times kept
/// on one line.
pub fn slot_html(i18n: &I18n, date: chrono::NaiveDate, start: &str, end: &str) -> Html {
    // The sentence comes from the message file with a marker where the times go, so the times can
    // sit in their own element whatever the word order of the language.
    const MARK: &str = "\u{1}";
    let sentence =
        i18n.ta("slot-when", &[("date", Arg::Text(i18n.date_with_weekday(date))), ("time", Arg::Text(MARK.into()))]);
    let (before, after) = sentence.split_once(MARK).unwrap_or((sentence.as_str(), ""));
    html! {
        <>{ before.to_string() }<span class="nowrap">{ i18n.time_range(start, end) }</span>{ after.to_string() }</>
    }
}

/// The date and time of a slot in words, e.g. `zaterdag 16 januari 2027, 09:30–16:00`.
pub fn slot_text(i18n: &I18n, date: chrono::NaiveDate, start: &str, end: &str) -> String {
    i18n.ta(
        "slot-when",
        &[("date", Arg::Text(i18n.date_with_weekday(date))), ("time", Arg::Text(i18n.time_range(start, end)))],
    )
}
