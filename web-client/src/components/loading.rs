//! What a page shows while it waits: for an earlier session to be restored, or for its data
//! (and why that did not come).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::problem::ErrorAlert;
use crate::i18n::use_locale;
use crate::route::Route;

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

/// Properties of [`LoadingPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct LoadingPageProps {
    /// The page's heading.
    pub title: AttrValue,
    /// Why the page could not load; without one the page says that it is loading.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Where the reader can go instead when the page could not load, and the link's text.
    #[prop_or_default]
    pub back: Option<(Route, AttrValue)>,
    /// A narrow page, as forms are.
    #[prop_or_default]
    pub narrow: bool,
}

/// A page whose data is not in (yet): its heading, and that it is loading or why it could not.
#[function_component]
pub fn LoadingPage(props: &LoadingPageProps) -> Html {
    html! {
        <section class={classes!("page", props.narrow.then_some("narrow"))} aria-labelledby="page-title">
            <h1 id="page-title">{ props.title.clone() }</h1>
            if let Some(message) = &props.error {
                <ErrorAlert message={Some(message.clone())} />
                if let Some((route, text)) = &props.back {
                    <p><Link<Route> to={route.clone()}>{ text.clone() }</Link<Route>></p>
                }
            } else {
                <Loading />
            }
        </section>
    }
}
