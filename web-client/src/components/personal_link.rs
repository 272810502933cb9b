//! A personal link (a training invitation, an account's password link) to hand over: shown in a
//! read-only field with a copy button.

use uuid::Uuid;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::announce::use_announce;
use crate::i18n::{use_locale, Arg};

/// Properties of [`PersonalLink`].
#[derive(Debug, Properties, PartialEq)]
pub struct PersonalLinkProps {
    /// Whose link it is (its field's id is derived from it).
    pub owner_id: Uuid,
    /// Their name, for screen readers.
    pub name: String,
    /// The link.
    pub url: String,
    /// Another label than "personal link", for another value shown once (an API client's
    /// secret); announcements then say "copied" without calling it a link.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// The field's id when one owner has two such fields (default `link-{owner_id}`).
    #[prop_or_default]
    pub field_id: Option<AttrValue>,
}

/// A person's personal link in a read-only field, with a copy button (or, where the browser
/// gives no clipboard, the text selected for the keyboard to copy).
#[function_component]
pub fn PersonalLink(props: &PersonalLinkProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let input = use_node_ref();
    // Seen as well as announced: someone who copies wants to see that it worked.
    let copied = use_state(|| false);
    let id = props.field_id.as_ref().map(ToString::to_string).unwrap_or_else(|| format!("link-{}", props.owner_id));
    let (copied_message, selected_message) = match props.label {
        Some(_) => ("copy-field-copied", "copy-field-selected"),
        None => ("personal-link-copied", "personal-link-selected"),
    };

    let copy = {
        let (input, url, announce, i18n, copied) =
            (input.clone(), props.url.clone(), announce.clone(), i18n.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (input, url, announce, i18n, copied) =
                (input.clone(), url.clone(), announce.clone(), i18n.clone(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let done = copy_text(&url).await;
                copied.set(done);
                if done {
                    announce.emit(i18n.t(copied_message));
                } else {
                    // Without clipboard access: select the text so the keyboard can copy it.
                    if let Some(input) = input.cast::<HtmlInputElement>() {
                        let _ = input.focus();
                        input.select();
                    } else if let Some(area) = input.cast::<HtmlTextAreaElement>() {
                        let _ = area.focus();
                        area.select();
                    }
                    announce.emit(i18n.t(selected_message));
                }
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select());
    let select_all_text = Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlTextAreaElement>().select());

    html! {
        <div class="personal-link">
            <label for={id.clone()}>
                { props.label.clone().unwrap_or_else(|| AttrValue::from(i18n.t("personal-link"))) }
                <span class="visually-hidden">{ " " }{ i18n.ta("personal-link-of", &[("name", Arg::Text(props.name.clone()))]) }</span>
            </label>
            <div class="copy-row">
                if props.label.is_some() {
                    // A value shown once (a secret) is read whole, also on a phone: it wraps.
                    <textarea id={id} class="shown-once" readonly=true rows="2" spellcheck="false"
                        value={props.url.clone()} ref={input} onfocus={select_all_text} />
                } else {
                    <input type="text" id={id} readonly=true value={props.url.clone()} ref={input} onfocus={select_all} />
                }
                <button type="button" class="button button-small" onclick={copy}>
                    { i18n.t("personal-link-copy") }
                    <span class="visually-hidden">{ " " }{ i18n.ta("personal-link-of", &[("name", Arg::Text(props.name.clone()))]) }</span>
                </button>
                if *copied {
                    <span class="copied" aria-hidden="true">{ i18n.t("personal-link-copied-short") }</span>
                }
            </div>
        </div>
    }
}

/// Writes text to the clipboard; `false` when the browser does not allow it (e.g. not over HTTPS).
async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // `navigator.clipboard` only exists in a secure context.
    let has_clipboard =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).map(|c| !c.is_undefined()).unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
