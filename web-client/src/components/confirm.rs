//! A button that asks before it acts: the first press shows the question with a confirm and a
//! cancel button (focus moves to the confirm button); cancel puts focus back on the button.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::use_locale;

/// Moves focus to the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Properties of [`ConfirmAction`].
#[derive(Debug, Properties, PartialEq)]
pub struct ConfirmActionProps {
    /// A unique id; the button, question and confirm button get ids derived from it.
    pub id: AttrValue,
    /// The button's text.
    pub label: AttrValue,
    /// Extra words for screen readers that say what the button acts on (e.g. "of Anouk").
    #[prop_or_default]
    pub context: Option<AttrValue>,
    /// The question asked before acting.
    pub question: AttrValue,
    /// The confirm button's text.
    pub confirm_label: AttrValue,
    /// Whether acting destroys something (a red confirm button).
    #[prop_or_default]
    pub danger: bool,
    /// Whether the first button is the page's main action here.
    #[prop_or_default]
    pub primary: bool,
    /// Called when the action is confirmed.
    pub on_confirm: Callback<()>,
}

/// A button with a confirmation step.
#[function_component]
pub fn ConfirmAction(props: &ConfirmActionProps) -> Html {
    let i18n = use_locale();
    let open = use_state(|| false);
    // Set on cancel: once the button is back, focus returns to it.
    let refocus = use_mut_ref(|| false);
    let button_id = format!("{}-button", props.id);
    let confirm_id = format!("{}-confirm", props.id);
    let question_id = format!("{}-question", props.id);

    {
        let (confirm_id, button_id, refocus) = (confirm_id.clone(), button_id.clone(), refocus.clone());
        use_effect_with(*open, move |open| {
            if *open {
                focus_by_id(&confirm_id);
            } else if std::mem::replace(&mut *refocus.borrow_mut(), false) {
                focus_by_id(&button_id);
            }
        });
    }

    let ask = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    let cancel = {
        let (open, refocus) = (open.clone(), refocus.clone());
        Callback::from(move |_: MouseEvent| {
            *refocus.borrow_mut() = true;
            open.set(false);
        })
    };
    let confirm = {
        let (open, on_confirm) = (open.clone(), props.on_confirm.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            on_confirm.emit(());
        })
    };

    let context = props.context.as_ref().map(|context| {
        html! { <span class="visually-hidden">{ " " }{ context.clone() }</span> }
    });
    if *open {
        html! {
            <div class="confirm" role="group" aria-labelledby={question_id.clone()}>
                <p id={question_id}>{ props.question.clone() }</p>
                <div class="actions">
                    <button type="button" id={confirm_id}
                        class={classes!("button", if props.danger { "button-danger" } else { "button-primary" })}
                        onclick={confirm}>
                        { props.confirm_label.clone() }
                    </button>
                    <button type="button" class="button" onclick={cancel}>{ i18n.t("cancel") }</button>
                </div>
            </div>
        }
    } else {
        html! {
            <button type="button" id={button_id} class={classes!("button", props.primary.then_some("button-primary"))}
                onclick={ask}>
                { props.label.clone() }{ context }
            </button>
        }
    }
}
