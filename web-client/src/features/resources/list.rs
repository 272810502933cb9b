//! The resources page: filters, the list (the accessible version of everything) and the map
//! beside it with the located ones; the "to check" view lists what was not checked for six months.

use api_types::{Resource, ResourceKind, ResourceStatus, VERIFY_AFTER_MONTHS};
use chrono::Months;
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{kind_options, status_options};
use crate::api::{self, ResourceQuery};
use crate::components::field::{SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::map::{ItemMap, MapItem};
use crate::components::problem::{error_text, ErrorAlert};
use crate::hooks::{use_loaded, use_loaded_anew, use_save};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;

/// Properties of [`ResourcesPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct ResourcesPageProps {
    /// Only what is due for a check: never checked, or not in six months.
    #[prop_or_default]
    pub to_check: bool,
}

/// The day before which a resource counts as not checked (from the issue: six months).
fn check_due_before() -> chrono::NaiveDate {
    let today = crate::amsterdam::today();
    today.checked_sub_months(Months::new(VERIFY_AFTER_MONTHS)).unwrap_or(today)
}

/// Resources with their filters, list and map.
#[function_component]
pub fn ResourcesPage(props: &ResourcesPageProps) -> Html {
    let i18n = use_locale();
    let title = if props.to_check { i18n.t("resources-to-check-title") } else { i18n.t("resources-title") };
    use_title(title.clone());
    let neighbourhood = use_state(|| None::<Uuid>);
    let kind = use_state(|| None::<ResourceKind>);
    let status = use_state(|| None::<ResourceStatus>);
    let tag = use_state(String::new);
    let query = ResourceQuery {
        neighbourhood_id: *neighbourhood,
        kind: *kind,
        status: *status,
        tag: Some((*tag).clone()).filter(|t| !t.trim().is_empty()),
        not_verified_since: props.to_check.then(check_due_before),
    };
    let list = use_loaded_anew(query, api::resources);
    let neighbourhoods = use_loaded((), |_| api::neighbourhoods());
    let focus = use_state(|| None::<(Uuid, u32)>);
    // What the last check said, above the list: in the to-check view the checked item leaves it.
    let notice = use_state(|| None::<String>);
    let on_checked = {
        let (notice, list) = (notice.clone(), list.clone());
        Callback::from(move |message: String| {
            notice.set(Some(message));
            list.reload();
        })
    };

    let any = i18n.t("questions-filter-any");
    let mut places = vec![(AttrValue::from(""), AttrValue::from(any.clone()))];
    places.extend(
        neighbourhoods
            .value()
            .into_iter()
            .flatten()
            .map(|n| (AttrValue::from(n.id.to_string()), AttrValue::from(n.name.clone()))),
    );
    let on_map = {
        let focus = focus.clone();
        Callback::from(move |id: Uuid| focus.set(Some((id, focus.map(|(_, n)| n + 1).unwrap_or(0)))))
    };

    html! {
        <article class="page resources-page" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ title }</h1>
                <Link<Route> classes="button button-primary" to={Route::NewResource}>{ i18n.t("resource-add") }</Link<Route>>
            </div>
            <p class="lead">{ if props.to_check { i18n.t("resources-to-check-intro") } else { i18n.t("resources-intro") } }</p>
            <nav class="tabs" aria-label={i18n.t("resources-views")}>
                <Tab to={Route::Resources} current={!props.to_check}>{ i18n.t("resources-all") }</Tab>
                <Tab to={Route::ResourcesToCheck} current={props.to_check}>{ i18n.t("resources-to-check") }</Tab>
            </nav>
            <section class="card filters" aria-labelledby="resource-filters-title">
                <h2 id="resource-filters-title">{ i18n.t("questions-filters") }</h2>
                <div class="filter-fields">
                    <SelectField id="resource-filter-neighbourhood" label={i18n.t("resource-neighbourhood")} options={places}
                        value={AttrValue::from(neighbourhood.map(|n| n.to_string()).unwrap_or_default())}
                        onchange={Callback::from({ let n = neighbourhood.clone(); move |v: String| n.set(Uuid::parse_str(&v).ok()) })} />
                    <SelectField id="resource-filter-kind" label={i18n.t("resource-kind")} options={kind_options(&i18n, any.clone())}
                        value={AttrValue::from(kind.map(|k| k.as_str()).unwrap_or_default())}
                        onchange={Callback::from({ let kind = kind.clone(); move |v: String| kind.set(ResourceKind::parse(&v)) })} />
                    <SelectField id="resource-filter-status" label={i18n.t("resource-status")} options={status_options(&i18n, any)}
                        value={AttrValue::from(status.map(|s| s.as_str()).unwrap_or_default())}
                        onchange={Callback::from({ let status = status.clone(); move |v: String| status.set(ResourceStatus::parse(&v)) })} />
                    <TextField id="resource-filter-tag" label={i18n.t("resource-tag")} value={(*tag).clone()}
                        oninput={Callback::from({ let tag = tag.clone(); move |v: String| tag.set(v) })} />
                </div>
            </section>
            { match (list.error(), list.value()) {
                (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
                (None, None) => html! { <Loading /> },
                (None, Some(items)) => {
                    let located: Vec<MapItem> = items
                        .iter()
                        .filter_map(|r| r.location.map(|p| MapItem { id: r.id, name: r.name.clone(), lon: p.coordinates[0], lat: p.coordinates[1] }))
                        .collect();
                    let without = items.len() - located.len();
                    html! {
                        <div class="resources-layout">
                            <section class="resources-list" aria-labelledby="resources-list-title">
                                <h2 id="resources-list-title" class="visually-hidden">{ i18n.t("resources-list") }</h2>
                                if let Some(message) = &*notice {
                                    <p class="alert alert-info">{ message.clone() }</p>
                                }
                                <p class="count" role="status">
                                    { i18n.ta("resources-count", &[("count", Arg::Number(items.len() as i64)), ("without", Arg::Number(without as i64))]) }
                                    if !located.is_empty() {
                                        { " " }<a href="#resources-map">{ i18n.t("resources-to-map") }</a>
                                    }
                                </p>
                                if items.is_empty() {
                                    <p class="card">{ if props.to_check { i18n.t("resources-to-check-empty") } else { i18n.t("resources-empty") } }</p>
                                } else {
                                    <ul class="cards resources" role="list">
                                        { for items.iter().map(|r| html! {
                                            <ResourceCard key={r.id.to_string()} resource={r.clone()} on_map={on_map.clone()} on_checked={on_checked.clone()} on_changed={list.reloader()} />
                                        }) }
                                    </ul>
                                }
                            </section>
                            <section class="resources-map" aria-labelledby="resources-map-title">
                                <h2 id="resources-map-title">{ i18n.t("resources-map") }</h2>
                                <ItemMap id="resources-map" items={located} focus={*focus} />
                            </section>
                        </div>
                    }
                }
            } }
        </article>
    }
}

/// Properties of [`Tab`].
#[derive(Debug, Properties, PartialEq)]
struct TabProps {
    to: Route,
    current: bool,
    children: Html,
}

/// A view's link that says `aria-current="page"` when it is the view shown.
#[function_component]
fn Tab(props: &TabProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            if let Some(navigator) = &navigator {
                navigator.push(&to);
            }
        })
    };
    html! {
        <a class="tab" href={props.to.to_path()} aria-current={props.current.then_some("page")} {onclick}>
            { props.children.clone() }
        </a>
    }
}

/// Properties of [`ResourceCard`].
#[derive(Debug, Properties, PartialEq)]
struct ResourceCardProps {
    resource: Resource,
    on_map: Callback<Uuid>,
    /// After a check, with what to say about it.
    on_checked: Callback<String>,
    /// After someone else's change (412): load the list anew.
    on_changed: Callback<()>,
}

/// A contact detail, with whether it shows publicly.
fn contact(i18n: &I18n, label: &str, value: &Option<String>, public: bool, link: Option<String>) -> Html {
    let Some(value) = value else { return Html::default() };
    html! {
        <>
            <dt>{ i18n.t(label) }</dt>
            <dd>
                { match link { Some(href) => html! { <a {href}>{ value.clone() }</a> }, None => html! { value.clone() } } }
                if !public {
                    <span class="badge badge-neutral">{ i18n.t("resource-not-public") }</span>
                }
            </dd>
        </>
    }
}

/// One resource: what it is, where, how to reach it, when it was last checked; for who may change
/// it, a button to record a check and a link to change it.
#[function_component]
fn ResourceCard(props: &ResourceCardProps) -> Html {
    let i18n = use_locale();
    let r = &props.resource;
    let save = use_save("resource-changed-elsewhere", props.on_changed.clone());
    let verify = {
        let (save, id, on_checked, i18n) = (save.clone(), r.id, props.on_checked.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            if save.busy() {
                return;
            }
            let (on_checked, i18n) = (on_checked.clone(), i18n.clone());
            save.run(
                api::verify_resource(id),
                |i18n, checked: &Resource| i18n.ta("resource-verified", &[("name", Arg::Text(checked.name.clone()))]),
                move |checked: Resource| {
                    on_checked.emit(i18n.ta("resource-verified", &[("name", Arg::Text(checked.name.clone()))]))
                },
            );
        })
    };
    let checked = match (&r.verified_on, &r.verified_by) {
        (Some(day), by) => i18n.ta(
            "resource-checked-on",
            &[("date", Arg::Text(i18n.date(*day))), ("name", Arg::Text(by.clone().unwrap_or_default()))],
        ),
        (None, _) => i18n.t("resource-never-checked"),
    };
    let title_id = format!("resource-{}", r.id);
    html! {
        <li class="card resource-card">
            <h3 id={title_id} tabindex="-1">{ r.name.clone() }</h3>
            <p class="badges">
                <span class="badge badge-neutral">{ i18n.resource_kind(r.kind) }</span>
                if r.status != ResourceStatus::Active {
                    <span class="badge badge-warning">{ i18n.resource_status(r.status) }</span>
                }
                if r.due_for_check {
                    <span class="badge badge-warning">{ i18n.t("resource-due") }</span>
                }
                <span class="badge badge-neutral">{ i18n.audience(r.audience) }</span>
            </p>
            if let Some(text) = &r.description {
                <p>{ text.clone() }</p>
            }
            <dl class="details compact">
                if let Some(owner) = &r.owner {
                    <dt>{ i18n.t("resource-owner") }</dt>
                    <dd>{ owner.name.clone() }</dd>
                }
                if let Some(address) = &r.address {
                    <dt>{ i18n.t("resource-address") }</dt>
                    <dd>{ address.clone() }</dd>
                }
                if let Some(hours) = &r.opening_hours {
                    <dt>{ i18n.t("resource-opening-hours") }</dt>
                    <dd>{ hours.clone() }</dd>
                }
                { contact(&i18n, "resource-contact-name", &r.contact_name, r.contact_name_public, None) }
                { contact(&i18n, "person-phone", &r.phone, r.phone_public, r.phone.as_ref().map(|p| format!("tel:{}", p.replace(' ', "")))) }
                { contact(&i18n, "person-email", &r.email, r.email_public, r.email.as_ref().map(|e| format!("mailto:{e}"))) }
                { contact(&i18n, "organisation-website", &r.website, r.website_public, r.website.clone()) }
                if let Some(access) = &r.accessibility {
                    <dt>{ i18n.t("resource-accessibility") }</dt>
                    <dd>{ access.clone() }</dd>
                }
                if !r.languages.is_empty() {
                    <dt>{ i18n.t("resource-languages") }</dt>
                    <dd>{ r.languages.join(", ") }</dd>
                }
                if !r.tags.is_empty() {
                    <dt>{ i18n.t("resource-tags") }</dt>
                    <dd>{ r.tags.join(", ") }</dd>
                }
                <dt>{ i18n.t("resource-where") }</dt>
                <dd>{ match &r.group_name { Some(group) => format!("{} · {group}", r.neighbourhood_name), None => r.neighbourhood_name.clone() } }</dd>
            </dl>
            <p class="meta">{ checked }</p>
            <ErrorAlert message={save.form_error()} />
            <div class="actions">
                if r.location.is_some() {
                    <button type="button" class="button button-small" onclick={props.on_map.reform({ let id = r.id; move |_: MouseEvent| id })}>
                        { i18n.t("resource-show-on-map") }<span class="visually-hidden">{ format!(": {}", r.name) }</span>
                    </button>
                }
                if r.may_change {
                    <button type="button" class="button button-small" onclick={verify} aria-disabled={save.busy().then_some("true")}>
                        { i18n.t("resource-verify") }<span class="visually-hidden">{ format!(": {}", r.name) }</span>
                    </button>
                    <Link<Route> classes="button button-small" to={Route::EditResource { id: r.id }}>
                        { i18n.t("resource-edit") }<span class="visually-hidden">{ format!(": {}", r.name) }</span>
                    </Link<Route>>
                }
            </div>
        </li>
    }
}
