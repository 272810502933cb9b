//! What a page shows while it waits: for an earlier session to be restored, or for its data.

use yew::prelude::*;

use crate::i18n::use_locale;

/// Shown while an earlier session is being restored.
#[function_component]
pub fn Restoring() -> Html {
    let i18n = use_locale();
    html! { <p class="loading">{ i18n.t("session-restoring") }</p> }
}

/// Shown while a page loads its data.
#[function_component]
pub fn Loading() -> Html {
    let i18n = use_locale();
    html! { <p class="loading">{ i18n.t("loading") }</p> }
}
