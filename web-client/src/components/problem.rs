//! Problem details in words: every problem code the API knows, and the codes of invalid inputs,
//! are translated; a code from a newer API shows the API's own `detail`.

use api_types::{InvalidParam, ProblemCode, MAX_DATE_OPTIONS, MAX_MEMBERS, MAX_PROFESSIONALS};
use yew::prelude::*;

use crate::api::ApiError;
use crate::i18n::{Arg, I18n};

/// A sentence for the whole error, for the top of a form or page.
pub fn error_text(i18n: &I18n, error: &ApiError) -> String {
    match error {
        ApiError::Network => i18n.t("error-network"),
        ApiError::Decode | ApiError::Status(_) => i18n.t("error-generic"),
        ApiError::Problem(problem) => match problem.code() {
            Some(code) => {
                let (message, args) = problem_message(code);
                i18n.ta(message, &args)
            }
            // A code this version does not know yet: the API's own words.
            None => problem.detail.clone(),
        },
    }
}

/// The message of a problem code, with its arguments. Every code has words: the match has no
/// catch-all, so a new code does not build until it has them.
fn problem_message(code: ProblemCode) -> (&'static str, Vec<(&'static str, Arg)>) {
    let limit = |n: i64| vec![("limit", Arg::Number(n))];
    let message = match code {
        ProblemCode::InvalidInput => "error-invalid-input",
        ProblemCode::MalformedBody | ProblemCode::UnsupportedMediaType => "error-unreadable-request",
        ProblemCode::Unauthorized => "error-unauthorized",
        ProblemCode::Forbidden => "error-forbidden",
        ProblemCode::InsufficientScope => "error-insufficient-scope",
        ProblemCode::InvalidClient => "error-invalid-client",
        ProblemCode::TokenRequestRefused => "error-token-request-refused",
        ProblemCode::NotFound => "error-not-found",
        ProblemCode::MethodNotAllowed => "error-method-not-allowed",
        ProblemCode::NotAcceptable => "error-not-acceptable",
        ProblemCode::Duplicate => "error-duplicate",
        ProblemCode::DuplicateEmail => "error-duplicate-email",
        ProblemCode::DuplicateBuurtCode => "error-duplicate-buurt-code",
        ProblemCode::PersonHasAccount => "error-person-has-account",
        ProblemCode::MaxMembers => return ("error-max-members", limit(MAX_MEMBERS)),
        ProblemCode::MaxProfessionals => return ("error-max-professionals", limit(MAX_PROFESSIONALS)),
        ProblemCode::CompositionRules => "error-composition-rules",
        ProblemCode::AlreadyMember => "error-already-member",
        ProblemCode::MemberOfOtherGroup => "error-member-of-other-group",
        ProblemCode::MembershipEnded => "error-membership-ended",
        ProblemCode::GroupEnded => "error-group-ended",
        ProblemCode::GroupNotForming => "error-group-not-forming",
        ProblemCode::InvalidStatusTransition => "error-invalid-status-transition",
        ProblemCode::TrainingScheduled => "error-training-scheduled",
        ProblemCode::TrainingNotPlanning => "error-training-not-planning",
        ProblemCode::TrainingNotScheduled => "error-training-not-scheduled",
        ProblemCode::SessionNotHeld => "error-session-not-held",
        ProblemCode::TrainingClosed => "error-training-closed",
        ProblemCode::TooManyDateOptions => return ("error-too-many-date-options", limit(MAX_DATE_OPTIONS as i64)),
        ProblemCode::DuplicateDateOption => "error-duplicate-date-option",
        ProblemCode::HasRegistrations => "error-has-registrations",
        ProblemCode::OccurrenceChangesWouldBeLost => "error-occurrence-changes-would-be-lost",
        ProblemCode::NotASeries => "error-not-a-series",
        ProblemCode::RegistrationClosed => "error-registration-closed",
        ProblemCode::RegistrationNotConfirmed => "error-registration-not-confirmed",
        ProblemCode::QuestionErased => "error-question-erased",
        ProblemCode::StoryWithdrawn => "error-story-withdrawn",
        ProblemCode::PreconditionFailed => "error-precondition-failed",
        ProblemCode::PayloadTooLarge => "error-payload-too-large",
        ProblemCode::TooManyRequests => "error-too-many-requests",
        ProblemCode::InternalError => "error-generic",
        ProblemCode::ServiceUnavailable => "error-unavailable",
    };
    (message, Vec::new())
}

/// A sentence for one invalid input, shown beside its field.
pub fn field_error_text(i18n: &I18n, param: &InvalidParam) -> String {
    match param.code.as_str() {
        "required" => i18n.t("field-error-required"),
        "email" => i18n.t("field-error-email"),
        "length" => i18n.t("field-error-length"),
        "pattern" => i18n.t("field-error-pattern"),
        "url" => i18n.t("field-error-url"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_problem_code_has_words_in_both_languages() {
        for lang in Lang::ALL {
            let i18n = I18n::new(lang);
            for code in ProblemCode::ALL {
                let (message, args) = problem_message(code);
                let text = i18n.ta(message, &args);
                // A missing message reads as its id; a missing argument as `{$name}`.
                assert_ne!(text, message, "{lang:?} has no `{message}` for `{}`", code.as_str());
                assert!(!text.contains('{'), "{lang:?}: `{message}` lacks an argument: {text}");
            }
        }
    }

    #[test]
    fn every_field_error_code_of_the_api_has_words() {
        // The codes the API's body reader and rules give (`InvalidParam::code`).
        let codes =
            ["required", "email", "length", "pattern", "range", "not_found", "invalid_value", "invalid_type", "url"];
        for lang in [Lang::Nl, Lang::En] {
            let i18n = I18n::new(lang);
            for code in codes {
                let param =
                    InvalidParam { pointer: "/x".into(), detail: "the API's own words".into(), code: code.into() };
                assert_ne!(
                    field_error_text(&i18n, &param),
                    "the API's own words",
                    "{lang:?} has no words for `{code}`"
                );
            }
        }
    }

    #[test]
    fn a_problem_reads_as_its_code() {
        let problem = |code: &str| {
            ApiError::Problem(api_types::Problem {
                type_: format!("{}{code}", api_types::PROBLEM_TYPE_BASE),
                title: String::new(),
                status: 409,
                detail: "the API's own words".into(),
                instance: None,
                errors: Vec::new(),
                unmet_rules: Vec::new(),
                other_groups: Vec::new(),
            })
        };
        let nl = I18n::new(Lang::Nl);
        assert_eq!(error_text(&nl, &problem("duplicate-date-option")), nl.t("error-duplicate-date-option"));
        assert_eq!(problem("membership-ended").code(), Some(ProblemCode::MembershipEnded));
        assert_eq!(error_text(&nl, &problem("a-code-from-a-newer-api")), "the API's own words");
    }
}
