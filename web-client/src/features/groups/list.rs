//! The groups overview: every group with its status and composition; more pages on request; and
//! for coordinators, first, the active groups that need attention because a rule is no longer met.

use std::collections::HashMap;

use api_types::{Group, GroupStatus};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{self, ApiError};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::groups::composition::{CompositionSummary, StatusBadge};
use crate::hooks::use_loaded;
use crate::i18n::{use_locale, Arg};
use crate::route::Route;
use crate::session::use_session;

/// The active groups that do not meet every composition rule, in the order given.
pub fn needing_attention(active: Vec<Group>) -> Vec<Group> {
    active.into_iter().filter(|g| g.status == GroupStatus::Active && !g.composition.unmet_rules.is_empty()).collect()
}

/// The groups overview.
#[function_component]
pub fn GroupsPage() -> Html {
    let i18n = use_locale();
    let session = use_session();
    use_title(i18n.t("groups-title"));

    let groups = use_state(|| None::<Vec<Group>>);
    // Coordinators see the active groups that fell below the programme's rules first, until it is
    // resolved (an active group keeps working while it looks for a new member or professional).
    let attention = {
        let coordinates = session.coordinates();
        use_loaded(coordinates, |coordinates| async move {
            if !coordinates {
                return Ok(Vec::new());
            }
            let active = api::groups_with_status(GroupStatus::Active).await?;
            Ok(needing_attention(active))
        })
    };
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
            if let Some(groups) = attention.value().filter(|g| !g.is_empty()) {
                <section class="card attention" aria-labelledby="attention-title">
                    <h2 id="attention-title">{ i18n.t("groups-attention-title") }</h2>
                    <p class="hint">{ i18n.t("groups-attention-intro") }</p>
                    <ul role="list">
                        { for groups.iter().map(|g| html! {
                            <li>
                                <Link<Route> to={Route::Group { id: g.id }}>{ g.name.clone() }</Link<Route>>
                                { ": " }
                                { g.composition.unmet_rules.iter().map(|r| i18n.unmet_rule(*r)).collect::<Vec<_>>().join("; ") }
                            </li>
                        }) }
                    </ul>
                </section>
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn group(n: u128, status: &str, unmet: &[&str]) -> Group {
        serde_json::from_value(serde_json::json!({
            "id": Uuid::from_u128(n), "name": format!("Groep {n}"), "slug": format!("groep-{n}"),
            "neighbourhoodId": Uuid::from_u128(99), "status": status,
            "composition": {"members": 5, "residents": 5, "professionals": 0, "isComplete": unmet.is_empty(),
                            "unmetRules": unmet, "untrainedMembers": 0},
            "createdAt": "2026-01-01T10:00:00Z", "updatedAt": "2026-01-01T10:00:00Z",
        }))
        .unwrap()
    }

    #[test]
    fn active_groups_below_the_rules_need_attention() {
        let list = vec![
            group(1, "active", &["min_professionals"]),
            group(2, "active", &[]),
            group(3, "forming", &["min_members"]),
        ];
        let ids: Vec<u128> = needing_attention(list).iter().map(|g| g.id.as_u128()).collect();
        assert_eq!(ids, [1], "complete groups and groups still forming are not flagged");
    }
}
