//! The public agenda, without log-in: every public event of the coming three months, by month,
//! each linking to its own page where residents sign up; and the feed to follow it in a
//! calendar app.

use chrono::Days;
use yew::prelude::*;

use crate::amsterdam;
use crate::api;
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::events::{absolute_api_url, occurrences_by_month, AGENDA_DAYS};
use crate::hooks::use_loaded;
use crate::i18n::use_locale;
use crate::route::Route;

/// The public agenda page.
#[function_component]
pub fn PublicAgendaPage() -> Html {
    let i18n = use_locale();
    use_title(i18n.t("agenda-title"));

    let list = use_loaded((), |_| async {
        let from = amsterdam::today();
        let to = from.checked_add_days(Days::new(AGENDA_DAYS)).unwrap_or(from);
        api::public_occurrences(from, to, None).await
    });

    let body = match (list.error(), list.value()) {
        (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
        (None, None) => html! { <Loading /> },
        (None, Some(items)) if items.is_empty() => html! { <p>{ i18n.t("agenda-empty") }</p> },
        (None, Some(items)) => occurrences_by_month(&i18n, items, |o| Route::PublicEvent { id: o.event_id }, true),
    };
    let feed = absolute_api_url(&api::public_calendar_url());

    html! {
        <section class="page agenda" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("agenda-title") }</h1>
            <p class="lead">{ i18n.t("agenda-intro") }</p>
            { body }
            <section class="card feed" aria-labelledby="feed-title">
                <h2 id="feed-title">{ i18n.t("agenda-feed-title") }</h2>
                <p>{ i18n.t("agenda-feed-intro") }</p>
                <p class="feed-url"><a href={feed.clone()}>{ feed }</a></p>
            </section>
        </section>
    }
}
