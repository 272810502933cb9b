//! Resident questions as members handle them: a group's inbox, the quick intake and one
//! question with its timeline; and the building blocks these pages and the public ones share:
//! the status badge, the contact details with their consent, and tracking codes.

mod form;
mod inbox;
mod question;

pub use form::QuestionFormPage;
pub use inbox::QuestionsPage;
pub use question::QuestionPage;

use api_types::QuestionStatus;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::use_locale;

/// Properties of [`QuestionStatusBadge`].
#[derive(Debug, Properties, PartialEq)]
pub struct QuestionStatusBadgeProps {
    /// The status.
    pub status: QuestionStatus,
}

/// A question's status as a badge (text, never colour alone).
#[function_component]
pub fn QuestionStatusBadge(props: &QuestionStatusBadgeProps) -> Html {
    let i18n = use_locale();
    html! {
        <span class={classes!("badge", format!("question-status-{}", props.status.as_str()))}>
            { i18n.question_status(props.status) }
        </span>
    }
}

/// A resident's name and contact details and their consent, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    /// Name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// Phone number.
    pub phone: String,
    /// Agreement that the group keeps them.
    pub consent: bool,
}

/// Text without surrounding spaces, or `None` when nothing is left.
pub fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

impl Contact {
    /// Whether any of name, email or phone is filled in.
    pub fn given(&self) -> bool {
        [&self.name, &self.email, &self.phone].iter().any(|t| !t.trim().is_empty())
    }

    /// The problem that keeps it from being sent: details without consent.
    pub fn problem(&self) -> Option<(&'static str, &'static str)> {
        (self.given() && !self.consent).then_some(("/contactConsent", "field-error-question-consent"))
    }

    /// Name, email and phone as sent: only with consent, and consent only with details.
    pub fn sent(&self) -> (Option<String>, Option<String>, Option<String>, bool) {
        if !self.consent || !self.given() {
            return (None, None, None, false);
        }
        (optional(&self.name), optional(&self.email), optional(&self.phone), true)
    }
}

/// Properties of [`ContactFields`].
#[derive(Debug, Properties, PartialEq)]
pub struct ContactFieldsProps {
    /// Prefix of the controls' ids.
    pub id: AttrValue,
    /// The values.
    pub value: Contact,
    /// Called with the changed values.
    pub onchange: Callback<Contact>,
    /// The legend of the fieldset.
    pub legend: AttrValue,
    /// A hint under the legend.
    pub hint: AttrValue,
    /// The consent checkbox's label.
    pub consent_label: AttrValue,
    /// The hint under the consent checkbox.
    pub consent_hint: AttrValue,
    /// Errors of the name, email, phone and consent.
    #[prop_or_default]
    pub errors: [Option<AttrValue>; 4],
}

/// Name, email, phone and the consent checkbox (required as soon as any is given), with each
/// error beside its control.
#[function_component]
pub fn ContactFields(props: &ContactFieldsProps) -> Html {
    use crate::components::field::TextField;
    let i18n = use_locale();
    let id = props.id.to_string();
    let v = props.value.clone();
    let set = |apply: fn(&mut Contact, String)| {
        let (onchange, v) = (props.onchange.clone(), v.clone());
        Callback::from(move |value: String| {
            let mut next = v.clone();
            apply(&mut next, value);
            onchange.emit(next);
        })
    };
    let on_consent = {
        let (onchange, v) = (props.onchange.clone(), v.clone());
        Callback::from(move |e: Event| {
            let mut next = v.clone();
            next.consent = e.target_unchecked_into::<HtmlInputElement>().checked();
            onchange.emit(next);
        })
    };
    let [name_error, email_error, phone_error, consent_error] = props.errors.clone();
    let consent_id = format!("{id}-consent");
    let described = match &consent_error {
        Some(_) => format!("{consent_id}-hint {consent_id}-error"),
        None => format!("{consent_id}-hint"),
    };
    let given = v.given();
    html! {
        <fieldset class="form-group contact-fields">
            <legend>{ props.legend.clone() }</legend>
            <p class="hint">{ props.hint.clone() }</p>
            <TextField id={format!("{id}-name")} label={i18n.t("person-name")} value={v.name.clone()}
                autocomplete={Some(AttrValue::Static("name"))} oninput={set(|v, x| v.name = x)} error={name_error} />
            <TextField id={format!("{id}-email")} label={i18n.t("person-email")} value={v.email.clone()} input_type="email"
                autocomplete={Some(AttrValue::Static("email"))} oninput={set(|v, x| v.email = x)} error={email_error} />
            <TextField id={format!("{id}-phone")} label={i18n.t("person-phone")} value={v.phone.clone()} input_type="tel"
                autocomplete={Some(AttrValue::Static("tel"))} oninput={set(|v, x| v.phone = x)} error={phone_error} />
            <div class={classes!("toggle", "consent", consent_error.as_ref().map(|_| "has-error"))}>
                <input type="checkbox" id={consent_id.clone()} checked={v.consent} onchange={on_consent}
                    aria-describedby={described} aria-invalid={consent_error.as_ref().map(|_| "true")}
                    aria-required={given.then_some("true")} />
                <label for={consent_id.clone()}>
                    { props.consent_label.clone() }
                    if given { <span class="required" aria-hidden="true">{ " *" }</span> }
                </label>
            </div>
            <p class="hint" id={format!("{consent_id}-hint")}>{ props.consent_hint.clone() }</p>
            if let Some(message) = consent_error {
                <p class="field-error" id={format!("{consent_id}-error")}>{ message }</p>
            }
        </fieldset>
    }
}

/// A tracking code as typed (any case, with or without dashes or spaces) in its usual form:
/// upper case, in groups of four, e.g. `LNDB-RG26-VRGN-8K3T`.
pub fn normalise_code(input: &str) -> String {
    let letters: Vec<char> =
        input.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    letters.chunks(4).map(|chunk| chunk.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_whatever_the_case_and_dashes() {
        assert_eq!(normalise_code("lndb rg26vrgn-8k3t "), "LNDB-RG26-VRGN-8K3T");
        assert_eq!(normalise_code("LNDB-RG26-VRGN-8K3T"), "LNDB-RG26-VRGN-8K3T");
        assert_eq!(normalise_code("  "), "");
    }

    #[test]
    fn contact_details_only_with_consent() {
        let mut c = Contact { email: "a@example.org".into(), ..Contact::default() };
        assert_eq!(c.problem(), Some(("/contactConsent", "field-error-question-consent")));
        assert_eq!(c.sent(), (None, None, None, false));
        c.consent = true;
        assert_eq!(c.problem(), None);
        assert_eq!(c.sent(), (None, Some("a@example.org".into()), None, true));
        // Consent without details sends no consent.
        let bare = Contact { consent: true, ..Contact::default() };
        assert_eq!(bare.sent(), (None, None, None, false));
    }
}
