//! Problem details in words: known problem types and input codes are translated; anything else
//! shows the API's own `detail`.

use api_types::{InvalidParam, MAX_DATE_OPTIONS, MAX_MEMBERS, MAX_PROFESSIONALS};
use yew::prelude::*;

use crate::api::ApiError;
use crate::i18n::{Arg, I18n};

/// A sentence for the whole error, for the top of a form or page.
pub fn error_text(i18n: &I18n, error: &ApiError) -> String {
    let code = match error {
        ApiError::Network => return i18n.t("error-network"),
        ApiError::Decode | ApiError::Status(_) => return i18n.t("error-generic"),
        ApiError::Problem(_) => error.code().unwrap_or_default(),
    };
    let known = match code {
        "invalid-input" => Some(i18n.t("error-invalid-input")),
        "unauthorized" => Some(i18n.t("error-unauthorized")),
        "forbidden" => Some(i18n.t("error-forbidden")),
        "not-found" => Some(i18n.t("error-not-found")),
        "precondition-failed" => Some(i18n.t("error-precondition-failed")),
        "too-many-requests" => Some(i18n.t("error-too-many-requests")),
        "service-unavailable" => Some(i18n.t("error-unavailable")),
        "internal-error" => Some(i18n.t("error-generic")),
        "max-members" => Some(i18n.ta("error-max-members", &[("limit", Arg::Number(MAX_MEMBERS))])),
        "max-professionals" => Some(i18n.ta("error-max-professionals", &[("limit", Arg::Number(MAX_PROFESSIONALS))])),
        "already-member" => Some(i18n.t("error-already-member")),
        "group-ended" => Some(i18n.t("error-group-ended")),
        "composition-rules" => Some(i18n.t("error-composition-rules")),
        "invalid-status-transition" => Some(i18n.t("error-invalid-status-transition")),
        "training-closed" => Some(i18n.t("error-training-closed")),
        "training-not-planning" => Some(i18n.t("error-training-not-planning")),
        "training-scheduled" => Some(i18n.t("error-training-scheduled")),
        "registration-closed" => Some(i18n.t("error-registration-closed")),
        "registration-not-confirmed" => Some(i18n.t("error-registration-not-confirmed")),
        "has-registrations" => Some(i18n.t("error-has-registrations")),
        "occurrence-changes-would-be-lost" => Some(i18n.t("error-occurrence-changes-would-be-lost")),
        "group-not-forming" => Some(i18n.t("error-group-not-forming")),
        "not-a-series" => Some(i18n.t("error-not-a-series")),
        "duplicate" => Some(i18n.t("error-duplicate")),
        "question-erased" => Some(i18n.t("error-question-erased")),
        "too-many-date-options" => {
            Some(i18n.ta("error-too-many-date-options", &[("limit", Arg::Number(MAX_DATE_OPTIONS as i64))]))
        }
        _ => None,
    };
    known.unwrap_or_else(|| error.problem().map(|p| p.detail.clone()).unwrap_or_else(|| i18n.t("error-generic")))
}

/// A sentence for one invalid input, shown beside its field.
pub fn field_error_text(i18n: &I18n, param: &InvalidParam) -> String {
    match param.code.as_str() {
        "required" => i18n.t("field-error-required"),
        "email" => i18n.t("field-error-email"),
        "length" => i18n.t("field-error-length"),
        "pattern" => i18n.t("field-error-pattern"),
        "range" => i18n.t("field-error-range"),
        "not_found" => i18n.t("field-error-not-found"),
        "invalid_value" | "invalid_type" => i18n.t("field-error-invalid"),
        _ => param.detail.clone(),
    }
}

/// The text of the error at `pointer`, if the error lists one there.
pub fn field_error(i18n: &I18n, error: Option<&ApiError>, pointer: &str) -> Option<AttrValue> {
    error.and_then(|e| e.field_error(pointer)).map(|param| AttrValue::from(field_error_text(i18n, param)))
}

/// The invalid inputs a form has no field for, as sentences naming the input, for the form's
/// error summary: nothing the API reports goes unseen.
pub fn other_field_errors(i18n: &I18n, error: Option<&ApiError>, shown: &[&str]) -> Vec<String> {
    error
        .map(|e| e.field_errors())
        .unwrap_or_default()
        .iter()
        .filter(|param| !shown.contains(&param.pointer.as_str()))
        .map(|param| {
            let input = param.pointer.trim_start_matches(['/', '?']).to_string();
            i18n.ta(
                "field-error-other",
                &[("input", Arg::Text(input)), ("error", Arg::Text(field_error_text(i18n, param)))],
            )
        })
        .collect()
}

/// Properties of [`ErrorAlert`].
#[derive(Debug, Properties, PartialEq)]
pub struct ErrorAlertProps {
    /// The message; nothing is shown without one.
    pub message: Option<AttrValue>,
    /// Id of the message, to tie it to controls with `aria-describedby`.
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Extra lines under the message, e.g. every unmet rule.
    #[prop_or_default]
    pub details: Vec<String>,
}

/// An error message announced at once (`role="alert"`).
#[function_component]
pub fn ErrorAlert(props: &ErrorAlertProps) -> Html {
    html! {
        <div role="alert" class="alert-slot">
            if let Some(message) = &props.message {
                <div class="alert alert-error" id={props.id.clone()}>
                    <p>{ message.clone() }</p>
                    if !props.details.is_empty() {
                        <ul>{ for props.details.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
                    }
                </div>
            }
        </div>
    }
}
