//! The groups overview: every group with its status and composition; more pages on request.

use std::collections::HashMap;

use api_types::Group;
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{self, ApiError};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::groups::composition::{CompositionSummary, StatusBadge};
use crate::i18n::{use_locale, Arg};
use crate::route::Route;
use crate::session::use_session;

/// The groups overview.
#[function_component]
pub fn GroupsPage() -> Html {
    let i18n = use_locale();
    let session = use_session();
    use_title(i18n.t("groups-title"));

    let groups = use_state(|| None::<Vec<Group>>);
    let next = use_state(|| None::<String>);
    let error = use_state(|| None::<ApiError>);
    let loading_more = use_state(|| false);
    let neighbourhoods = use_state(HashMap::<Uuid, String>::new);

    // The overview keeps its own load rather than use_loaded: it is paged, and "more" adds the
    // next page to what is shown.
    {
        let (groups, next, error, neighbourhoods) =
            (groups.clone(), next.clone(), error.clone(), neighbourhoods.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match api::groups(None).await {
                    Ok(page) => {
                        next.set(page.links.next.map(|l| l.href));
                        groups.set(Some(page.items));
                    }
                    Err(e) => error.set(Some(e)),
                }
                if let Ok(list) = api::neighbourhoods().await {
                    neighbourhoods.set(list.into_iter().map(|n| (n.id, n.name)).collect());
                }
            });
        });
    }

    let load_more = {
        let (groups, next, error, loading_more) = (groups.clone(), next.clone(), error.clone(), loading_more.clone());
        Callback::from(move |_| {
            let Some(href) = (*next).clone() else { return };
            if *loading_more {
                return;
            }
            loading_more.set(true);
            let (groups, next, error, loading_more) =
                (groups.clone(), next.clone(), error.clone(), loading_more.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::groups(Some(href)).await {
                    Ok(page) => {
                        let mut all = (*groups).clone().unwrap_or_default();
                        all.extend(page.items);
                        groups.set(Some(all));
                        next.set(page.links.next.map(|l| l.href));
                    }
                    Err(e) => error.set(Some(e)),
                }
                loading_more.set(false);
            });
        })
    };

    let new_button = if session.coordinates() {
        html! { <Link<Route> classes="button button-primary" to={Route::NewGroup}>{ i18n.t("groups-new") }</Link<Route>> }
    } else {
        Html::default()
    };

    let list = match &*groups {
        None if error.is_none() => html! { <Loading /> },
        None => Html::default(),
        Some(list) if list.is_empty() => html! { <p>{ i18n.t("groups-empty") }</p> },
        Some(list) => html! {
            <>
                <p class="count">{ i18n.ta("groups-count", &[("count", Arg::Number(list.len() as i64))]) }</p>
                <ul class="cards" role="list">
                    { for list.iter().map(|group| {
                        let neighbourhood = neighbourhoods.get(&group.neighbourhood_id).cloned();
                        html! {
                            <li class="card group-card">
                                <div class="card-head">
                                    <h2><Link<Route> to={Route::Group { id: group.id }}>{ group.name.clone() }</Link<Route>></h2>
                                    <StatusBadge status={group.status} />
                                </div>
                                if let Some(name) = neighbourhood {
                                    <p class="meta">{ i18n.ta("group-neighbourhood-line", &[("name", Arg::Text(name))]) }</p>
                                }
                                <CompositionSummary composition={group.composition.clone()} />
                            </li>
                        }
                    }) }
                </ul>
            </>
        },
    };

    html! {
        <section class="page" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ i18n.t("groups-title") }</h1>
                { new_button }
            </div>
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
            { list }
            if next.is_some() {
                <div class="actions">
                    <button type="button" class="button" onclick={load_more} aria-disabled={loading_more.then_some("true")}>
                        { if *loading_more { i18n.t("loading") } else { i18n.t("groups-more") } }
                    </button>
                </div>
            }
        </section>
    }
}
