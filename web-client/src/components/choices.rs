//! Choices as a person on a phone makes them: big radio cards (a channel, a topic), and the
//! question topics as choices in this language.

use api_types::Topic;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`RadioCards`].
#[derive(Debug, Properties, PartialEq)]
pub struct RadioCardsProps {
    /// The radio group's name, also the prefix of the ids.
    pub name: AttrValue,
    /// The question the choice answers.
    pub legend: AttrValue,
    /// The choices as (value, text).
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The chosen value (empty for none).
    pub value: AttrValue,
    /// Called with the chosen value.
    pub onchange: Callback<String>,
    /// A hint under the legend.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The error, shown under the legend.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Marks the choice as required.
    #[prop_or_default]
    pub required: bool,
    /// Three columns on wide screens instead of two.
    #[prop_or_default]
    pub wide: bool,
}

/// A fieldset of radio buttons drawn as big cards, easy to hit with a thumb.
#[function_component]
pub fn RadioCards(props: &RadioCardsProps) -> Html {
    let name = props.name.to_string();
    let mut described = Vec::new();
    if props.hint.is_some() {
        described.push(format!("{name}-hint"));
    }
    if props.error.is_some() {
        described.push(format!("{name}-error"));
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    html! {
        <fieldset class={classes!("radio-cards", props.wide.then_some("wide"), props.error.as_ref().map(|_| "has-error"))}
            aria-describedby={described}>
            <legend>
                { props.legend.clone() }
                if props.required { <span class="required" aria-hidden="true">{ " *" }</span> }
            </legend>
            if let Some(hint) = &props.hint {
                <p class="hint" id={format!("{name}-hint")}>{ hint.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p class="field-error" id={format!("{name}-error")}>{ error.clone() }</p>
            }
            <div class="radio-card-list">
                { for props.options.iter().map(|(value, text)| {
                    let id = format!("{name}-{}", if value.is_empty() { "none" } else { value.as_str() });
                    let checked = *value == props.value;
                    let onchange = {
                        let (onchange, value) = (props.onchange.clone(), value.to_string());
                        Callback::from(move |e: Event| {
                            if e.target_unchecked_into::<HtmlInputElement>().checked() {
                                onchange.emit(value.clone());
                            }
                        })
                    };
                    html! {
                        <label class={classes!("radio-card", checked.then_some("checked"))} for={id.clone()}>
                            <input type="radio" id={id.clone()} name={name.clone()} value={value.clone()} {checked} {onchange} required={props.required} />
                            <span>{ text.clone() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// The topics as choices for [`RadioCards`] or a select, in this language.
pub fn topic_options(i18n: &crate::i18n::I18n) -> Vec<(AttrValue, AttrValue)> {
    Topic::ALL.iter().map(|t| (AttrValue::from(t.as_str()), AttrValue::from(i18n.question_topic(*t)))).collect()
}
