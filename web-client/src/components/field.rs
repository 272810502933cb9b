//! Form fields with a real `<label>`, an optional hint and an error tied to the control with
//! `aria-describedby`, so a screen reader reads the error with the field.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A callback that changes one part of a form's values: `apply` writes what was typed or chosen
/// into a copy, and the copy becomes the form's state.
pub fn setter<V: Clone + 'static, T: 'static>(values: &UseStateHandle<V>, apply: fn(&mut V, T)) -> Callback<T> {
    let values = values.clone();
    Callback::from(move |value: T| {
        let mut next = (*values).clone();
        apply(&mut next, value);
        values.set(next);
    })
}

/// The ids a field's control is described by: its hint and its error, when present.
fn described_by(id: &str, hint: bool, error: bool) -> Option<AttrValue> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| AttrValue::from(ids.join(" ")))
}

fn hint_and_error(id: &str, hint: &Option<AttrValue>, error: &Option<AttrValue>) -> (Html, Html) {
    let hint = match hint {
        Some(hint) => html! { <p class="hint" id={format!("{id}-hint")}>{ hint.clone() }</p> },
        None => Html::default(),
    };
    let error = match error {
        Some(error) => {
            html! { <p class="field-error" id={format!("{id}-error")}>{ error.clone() }</p> }
        }
        None => Html::default(),
    };
    (hint, error)
}

/// Properties of [`TextField`].
#[derive(Debug, Properties, PartialEq)]
pub struct TextFieldProps {
    /// The control's id; the hint and error get `{id}-hint` and `{id}-error`.
    pub id: AttrValue,
    /// The label text.
    pub label: AttrValue,
    /// The current value.
    pub value: AttrValue,
    /// Called with the new value on every input.
    pub oninput: Callback<String>,
    /// The input type (`text`, `email`, `password`, `tel`, `search`).
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    /// The `autocomplete` token.
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// A hint shown under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The error, shown under the control.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Marks the field as required (the label says so; checking is left to the API).
    #[prop_or_default]
    pub required: bool,
    /// A multi-line text area instead of an input.
    #[prop_or_default]
    pub multiline: bool,
    /// Called on a key press in the control (e.g. Enter in a search box).
    #[prop_or_default]
    pub onkeydown: Option<Callback<KeyboardEvent>>,
    /// Reference to the control, to move focus to it.
    #[prop_or_default]
    pub node_ref: NodeRef,
}

/// A labelled text input or text area.
#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let id = props.id.to_string();
    let (hint, error) = hint_and_error(&id, &props.hint, &props.error);
    let describedby = described_by(&id, props.hint.is_some(), props.error.is_some());
    let invalid = props.error.as_ref().map(|_| AttrValue::Static("true"));
    let required = props.required.then_some(AttrValue::Static("true"));
    let control = if props.multiline {
        let oninput = props.oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
        html! {
            <textarea id={id.clone()} rows="4" value={props.value.clone()} {oninput}
                aria-describedby={describedby} aria-invalid={invalid} aria-required={required}
                ref={props.node_ref.clone()} />
        }
    } else {
        let oninput = props.oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        html! {
            <input id={id.clone()} type={props.input_type.clone()} value={props.value.clone()} {oninput}
                autocomplete={props.autocomplete.clone()} aria-describedby={describedby}
                aria-invalid={invalid} aria-required={required} onkeydown={props.onkeydown.clone()}
                ref={props.node_ref.clone()} />
        }
    };
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
            <label for={id.clone()}>
                { props.label.clone() }
                if props.required { <span class="required" aria-hidden="true">{ " *" }</span> }
            </label>
            { hint }
            { control }
            { error }
        </div>
    }
}

/// Properties of [`SelectField`].
#[derive(Debug, Properties, PartialEq)]
pub struct SelectFieldProps {
    /// The control's id; the hint and error get `{id}-hint` and `{id}-error`.
    pub id: AttrValue,
    /// The label text.
    pub label: AttrValue,
    /// The selected value (empty for none).
    pub value: AttrValue,
    /// The choices as (value, text); an empty value is the "choose" placeholder.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// Called with the chosen value.
    pub onchange: Callback<String>,
    /// A hint shown under the label.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The error, shown under the control.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Marks the field as required.
    #[prop_or_default]
    pub required: bool,
    /// Reference to the control, to move focus to it.
    #[prop_or_default]
    pub node_ref: NodeRef,
}

/// A labelled drop-down list.
#[function_component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let id = props.id.to_string();
    let (hint, error) = hint_and_error(&id, &props.hint, &props.error);
    let describedby = described_by(&id, props.hint.is_some(), props.error.is_some());
    let invalid = props.error.as_ref().map(|_| AttrValue::Static("true"));
    let required = props.required.then_some(AttrValue::Static("true"));
    let onchange = props.onchange.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
            <label for={id.clone()}>
                { props.label.clone() }
                if props.required { <span class="required" aria-hidden="true">{ " *" }</span> }
            </label>
            { hint }
            <select id={id.clone()} {onchange} aria-describedby={describedby} aria-invalid={invalid}
                aria-required={required} ref={props.node_ref.clone()}>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ text.clone() }</option>
                }) }
            </select>
            { error }
        </div>
    }
}
