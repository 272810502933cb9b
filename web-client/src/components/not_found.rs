//! The page for an address that leads nowhere.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::layout::use_title;
use crate::i18n::use_locale;
use crate::route::Route;

/// "Page not found", with a way back.
#[function_component]
pub fn NotFoundPage() -> Html {
    let i18n = use_locale();
    use_title(i18n.t("not-found-title"));
    html! {
        <section class="page narrow" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("not-found-title") }</h1>
            <p>{ i18n.t("not-found-text") }</p>
            <p><Link<Route> to={Route::Groups}>{ i18n.t("not-found-back") }</Link<Route>></p>
        </section>
    }
}
