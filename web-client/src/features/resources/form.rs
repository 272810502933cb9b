//! Add a resource, or change one: one column, the few things that matter first (what, which
//! kind, for which group), everything else below. A change sends `If-Match`; when someone else
//! changed the resource meanwhile (412) the form says so and shows the current values.

use api_types::{
    Audience, NewResource, OpeningHoursFormat, Point, Resource, ResourceKind, ResourcePatch, ResourceStatus,
};
use uuid::Uuid;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{audience_options, kind_options, status_options};
use crate::api::{self, ApiError};
use crate::components::field::{setter, SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::LoadingPage;
use crate::components::problem::{error_text, ErrorAlert};
use crate::hooks::{use_loaded, use_loaded_for, use_save, LocalProblem};
use crate::i18n::{use_locale, Arg};
use crate::route::Route;
use crate::session::use_session;

/// Properties of [`ResourceFormPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct ResourceFormPageProps {
    /// The resource to change; `None` adds one.
    #[prop_or_default]
    pub id: Option<Uuid>,
}

/// The values in the form, as typed.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    name: String,
    kind: String,
    description: String,
    group_id: String,
    neighbourhood_id: String,
    owner_person_id: String,
    audience: String,
    status: String,
    address: String,
    latitude: String,
    longitude: String,
    opening_hours: String,
    osm_hours: bool,
    accessibility: String,
    languages: String,
    tags: String,
    contact_name: String,
    contact_name_public: bool,
    phone: String,
    phone_public: bool,
    email: String,
    email_public: bool,
    website: String,
    website_public: bool,
}

impl Default for Values {
    fn default() -> Self {
        Values {
            name: String::new(),
            kind: String::new(),
            description: String::new(),
            group_id: String::new(),
            neighbourhood_id: String::new(),
            owner_person_id: String::new(),
            audience: Audience::Group.as_str().into(),
            status: ResourceStatus::Active.as_str().into(),
            address: String::new(),
            latitude: String::new(),
            longitude: String::new(),
            opening_hours: String::new(),
            osm_hours: false,
            accessibility: String::new(),
            languages: String::new(),
            tags: String::new(),
            contact_name: String::new(),
            contact_name_public: false,
            phone: String::new(),
            phone_public: false,
            email: String::new(),
            email_public: false,
            website: String::new(),
            website_public: false,
        }
    }
}

impl Values {
    fn of(r: &Resource) -> Self {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        Values {
            name: r.name.clone(),
            kind: r.kind.as_str().into(),
            description: text(&r.description),
            group_id: r.group_id.map(|g| g.to_string()).unwrap_or_default(),
            neighbourhood_id: r.neighbourhood_id.to_string(),
            owner_person_id: r.owner.as_ref().map(|o| o.person_id.to_string()).unwrap_or_default(),
            audience: r.audience.as_str().into(),
            status: r.status.as_str().into(),
            address: text(&r.address),
            latitude: r.location.map(|p| p.coordinates[1].to_string()).unwrap_or_default(),
            longitude: r.location.map(|p| p.coordinates[0].to_string()).unwrap_or_default(),
            opening_hours: text(&r.opening_hours),
            osm_hours: r.opening_hours_format == OpeningHoursFormat::Osm,
            accessibility: text(&r.accessibility),
            languages: r.languages.join(", "),
            tags: r.tags.join(", "),
            contact_name: text(&r.contact_name),
            contact_name_public: r.contact_name_public,
            phone: text(&r.phone),
            phone_public: r.phone_public,
            email: text(&r.email),
            email_public: r.email_public,
            website: text(&r.website),
            website_public: r.website_public,
        }
    }
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

fn list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

/// The location typed, with a decimal comma read as a point; `Err` names the fields to correct.
fn location(v: &Values) -> Result<Option<Point>, Vec<LocalProblem>> {
    let number = |t: &str| t.trim().replace(',', ".").parse::<f64>().ok();
    match (v.latitude.trim().is_empty(), v.longitude.trim().is_empty()) {
        (true, true) => Ok(None),
        _ => match (number(&v.latitude), number(&v.longitude)) {
            (Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
                Ok(Some(Point::new(lon, lat)))
            }
            _ => Err(vec![("/location/coordinates", "resource-location-error")]),
        },
    }
}

/// The add and change form of a resource.
#[function_component]
pub fn ResourceFormPage(props: &ResourceFormPageProps) -> Html {
    let i18n = use_locale();
    let session = use_session();
    let navigator = use_navigator();
    let editing = props.id;
    let title = if editing.is_some() { i18n.t("resource-edit-title") } else { i18n.t("resource-new-title") };
    use_title(title.clone());

    let values = use_state(Values::default);
    let groups = use_loaded((), |_| api::all_groups());
    let neighbourhoods = use_loaded((), |_| api::neighbourhoods());
    let loaded = {
        let values = values.clone();
        use_loaded_for(editing, move |id| async move {
            let reply = api::resource(id).await?;
            values.set(Values::of(&reply.value));
            Ok(reply)
        })
    };
    let group_id = Uuid::parse_str(&values.group_id).ok();
    let members = use_loaded(group_id, |group| async move {
        match group {
            Some(group) => api::members(group, true).await,
            None => Ok(Vec::new()),
        }
    });
    let save = use_save("resource-changed-elsewhere", loaded.reloader());
    let error = save.error().or(loaded.error()).or(groups.error()).cloned();
    let coordinates = session.coordinates();
    let my_groups: Vec<_> = groups
        .value()
        .into_iter()
        .flatten()
        .filter(|g| coordinates || session.me().is_some_and(|me| me.group_ids.contains(&g.id)))
        .cloned()
        .collect();
    // A member's only group is chosen for them.
    if editing.is_none() && values.group_id.is_empty() && !coordinates && my_groups.len() == 1 {
        let mut next = (*values).clone();
        next.group_id = my_groups[0].id.to_string();
        values.set(next);
    }

    let onsubmit = {
        let (values, loaded, save) = (values.clone(), loaded.clone(), save.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let v = (*values).clone();
            let mut problems: Vec<LocalProblem> = Vec::new();
            if v.name.trim().is_empty() {
                problems.push(("/name", "field-error-required"));
            }
            let kind = ResourceKind::parse(&v.kind);
            if kind.is_none() {
                problems.push(("/kind", "field-error-choose"));
            }
            let group = Uuid::parse_str(&v.group_id).ok();
            let neighbourhood = Uuid::parse_str(&v.neighbourhood_id).ok();
            if group.is_none() && neighbourhood.is_none() {
                problems.push(("/neighbourhoodId", "resource-where-error"));
            }
            let owner = Uuid::parse_str(&v.owner_person_id).ok();
            if kind == Some(ResourceKind::Skill) && editing.is_none() {
                if owner.is_none() {
                    problems.push(("/ownerPersonId", "field-error-choose"));
                }
                if group.is_none() {
                    problems.push(("/groupId", "field-error-choose"));
                }
            }
            let place = match location(&v) {
                Ok(place) => place,
                Err(more) => {
                    problems.extend(more);
                    None
                }
            };
            let (Some(kind), true) = (kind, problems.is_empty()) else {
                save.invalid(problems);
                return;
            };
            let audience = Audience::parse(&v.audience).unwrap_or(Audience::Group);
            let status = ResourceStatus::parse(&v.status).unwrap_or(ResourceStatus::Active);
            let format = if v.osm_hours { OpeningHoursFormat::Osm } else { OpeningHoursFormat::Text };
            let current = loaded.value().is_some().then(|| loaded.etag());
            let navigator = navigator.clone();
            let request = async move {
                match (editing, current) {
                    (Some(id), Some(etag)) => {
                        let patch = ResourcePatch {
                            name: Some(v.name.trim().to_string()),
                            description: Some(optional(&v.description)),
                            kind: Some(kind),
                            tags: Some(list(&v.tags)),
                            status: Some(status),
                            audience: Some(audience),
                            contact_name: Some(optional(&v.contact_name)),
                            contact_name_public: Some(v.contact_name_public),
                            email: Some(optional(&v.email)),
                            email_public: Some(v.email_public),
                            phone: Some(optional(&v.phone)),
                            phone_public: Some(v.phone_public),
                            website: Some(optional(&v.website)),
                            website_public: Some(v.website_public),
                            address: Some(optional(&v.address)),
                            location: Some(place),
                            neighbourhood_id: neighbourhood,
                            group_id: Some(group),
                            opening_hours: Some(optional(&v.opening_hours)),
                            opening_hours_format: Some(format),
                            accessibility: Some(optional(&v.accessibility)),
                            languages: Some(list(&v.languages)),
                        };
                        api::patch_resource(id, &patch, etag).await.map(|reply| reply.value)
                    }
                    (Some(_), None) => Err(ApiError::Decode),
                    (None, _) => {
                        let new = NewResource {
                            name: v.name.trim().to_string(),
                            description: optional(&v.description),
                            kind,
                            tags: list(&v.tags),
                            status,
                            audience,
                            owner_person_id: owner.filter(|_| kind == ResourceKind::Skill),
                            contact_name: optional(&v.contact_name),
                            contact_name_public: v.contact_name_public,
                            email: optional(&v.email),
                            email_public: v.email_public,
                            phone: optional(&v.phone),
                            phone_public: v.phone_public,
                            website: optional(&v.website),
                            website_public: v.website_public,
                            address: optional(&v.address),
                            location: place,
                            neighbourhood_id: neighbourhood,
                            group_id: group,
                            opening_hours: optional(&v.opening_hours),
                            opening_hours_format: format,
                            accessibility: optional(&v.accessibility),
                            languages: list(&v.languages),
                        };
                        api::create_resource(&new).await
                    }
                }
            };
            save.run(
                request,
                |i18n, saved: &Resource| i18n.ta("resource-saved", &[("name", Arg::Text(saved.name.clone()))]),
                move |_| {
                    if let Some(navigator) = navigator {
                        navigator.push(&Route::Resources);
                    }
                },
            );
        })
    };

    if editing.is_some() && loaded.value().is_none() {
        return html! {
            <LoadingPage title={title} narrow=true
                error={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
        };
    }

    let v = (*values).clone();
    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let toggle = |apply: fn(&mut Values, bool)| {
        let values = values.clone();
        Callback::from(move |e: Event| {
            let mut next = (*values).clone();
            apply(&mut next, e.target_unchecked_into::<HtmlInputElement>().checked());
            values.set(next);
        })
    };
    let error_at = |pointer: &str| save.field_error(pointer);
    let skill = v.kind == ResourceKind::Skill.as_str();

    let mut group_options = vec![(
        AttrValue::from(""),
        AttrValue::from(if coordinates { i18n.t("resource-no-group") } else { i18n.t("choose") }),
    )];
    group_options
        .extend(my_groups.iter().map(|g| (AttrValue::from(g.id.to_string()), AttrValue::from(g.name.clone()))));
    let mut place_options = vec![(AttrValue::from(""), AttrValue::from(i18n.t("resource-neighbourhood-of-group")))];
    place_options.extend(
        neighbourhoods
            .value()
            .into_iter()
            .flatten()
            .map(|n| (AttrValue::from(n.id.to_string()), AttrValue::from(n.name.clone()))),
    );
    let mut owner_options = vec![(AttrValue::from(""), AttrValue::from(i18n.t("choose")))];
    owner_options.extend(
        members
            .value()
            .into_iter()
            .flatten()
            .map(|m| (AttrValue::from(m.person_id.to_string()), AttrValue::from(m.person_name.clone()))),
    );
    let public_box = |id: &str, checked: bool, apply: fn(&mut Values, bool)| {
        html! {
            <div class="toggle">
                <input type="checkbox" id={id.to_string()} {checked} onchange={toggle(apply)} />
                <label for={id.to_string()}>{ i18n.t("resource-show-publicly") }</label>
            </div>
        }
    };
    let shown = [
        "/name",
        "/kind",
        "/description",
        "/groupId",
        "/neighbourhoodId",
        "/ownerPersonId",
        "/audience",
        "/status",
        "/address",
        "/location/coordinates",
        "/openingHours",
        "/accessibility",
        "/languages",
        "/tags",
        "/contactName",
        "/phone",
        "/email",
        "/website",
    ];
    let form_error = save.form_error().or_else(|| error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e))));

    html! {
        <section class="page narrow resource-form-page" aria-labelledby="page-title">
            <h1 id="page-title">{ title }</h1>
            if let Some(message) = save.notice() {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            <form class="form card" {onsubmit} novalidate=true>
                <ErrorAlert message={form_error} details={save.other_errors(&shown)} />
                <TextField id="resource-name" label={i18n.t("resource-name")} value={v.name.clone()} required=true
                    error={error_at("/name")} oninput={set(|v, x| v.name = x)} />
                <SelectField id="resource-kind" label={i18n.t("resource-kind")} value={AttrValue::from(v.kind.clone())}
                    options={kind_options(&i18n, i18n.t("choose"))} required=true error={error_at("/kind")}
                    hint={Some(AttrValue::from(i18n.t("resource-kind-hint")))}
                    onchange={set(|v, x| v.kind = x)} />
                <SelectField id="resource-group" label={i18n.t("resource-group")} value={AttrValue::from(v.group_id.clone())}
                    options={group_options} required={!coordinates} error={error_at("/groupId")}
                    onchange={set(|v, x| v.group_id = x)} />
                <SelectField id="resource-neighbourhood" label={i18n.t("resource-neighbourhood")} value={AttrValue::from(v.neighbourhood_id.clone())}
                    options={place_options} error={error_at("/neighbourhoodId")}
                    onchange={set(|v, x| v.neighbourhood_id = x)} />
                if skill && editing.is_none() {
                    <SelectField id="resource-owner" label={i18n.t("resource-owner")} value={AttrValue::from(v.owner_person_id.clone())}
                        options={owner_options} required=true error={error_at("/ownerPersonId")}
                        hint={Some(AttrValue::from(i18n.t("resource-owner-hint")))}
                        onchange={set(|v, x| v.owner_person_id = x)} />
                }
                <SelectField id="resource-audience" label={if skill { i18n.t("resource-consent") } else { i18n.t("resource-audience") }}
                    value={AttrValue::from(v.audience.clone())} options={audience_options(&i18n)} required=true
                    error={error_at("/audience")}
                    hint={skill.then(|| AttrValue::from(i18n.t("resource-consent-hint")))}
                    onchange={set(|v, x| v.audience = x)} />
                <TextField id="resource-description" label={i18n.t("resource-description")} value={v.description.clone()} multiline=true
                    error={error_at("/description")} oninput={set(|v, x| v.description = x)} />
                <SelectField id="resource-status" label={i18n.t("resource-status")} value={AttrValue::from(v.status.clone())}
                    options={status_options(&i18n, i18n.t("choose"))} error={error_at("/status")}
                    onchange={set(|v, x| v.status = x)} />
                <fieldset class="form-group">
                    <legend>{ i18n.t("resource-where-legend") }</legend>
                    <TextField id="resource-address" label={i18n.t("resource-address")} value={v.address.clone()}
                        autocomplete={Some(AttrValue::from("street-address"))}
                        error={error_at("/address")} oninput={set(|v, x| v.address = x)} />
                    <div class="field-pair">
                        <TextField id="resource-latitude" label={i18n.t("resource-latitude")} value={v.latitude.clone()}
                            error={error_at("/location/coordinates")} oninput={set(|v, x| v.latitude = x)} />
                        <TextField id="resource-longitude" label={i18n.t("resource-longitude")} value={v.longitude.clone()}
                            oninput={set(|v, x| v.longitude = x)} />
                    </div>
                    <p class="hint">{ i18n.t("resource-location-hint") }</p>
                </fieldset>
                <TextField id="resource-opening-hours" label={i18n.t("resource-opening-hours")} value={v.opening_hours.clone()}
                    error={error_at("/openingHours")} oninput={set(|v, x| v.opening_hours = x)} />
                <div class="toggle">
                    <input type="checkbox" id="resource-osm-hours" checked={v.osm_hours} onchange={toggle(|v, x| v.osm_hours = x)} />
                    <label for="resource-osm-hours">{ i18n.t("resource-osm-hours") }</label>
                </div>
                <fieldset class="form-group">
                    <legend>{ i18n.t("resource-contact-legend") }</legend>
                    <TextField id="resource-contact-name" label={i18n.t("resource-contact-name")} value={v.contact_name.clone()}
                        error={error_at("/contactName")} oninput={set(|v, x| v.contact_name = x)} />
                    { public_box("resource-contact-name-public", v.contact_name_public, |v, x| v.contact_name_public = x) }
                    <TextField id="resource-phone" label={i18n.t("person-phone")} value={v.phone.clone()} input_type="tel"
                        error={error_at("/phone")} oninput={set(|v, x| v.phone = x)} />
                    { public_box("resource-phone-public", v.phone_public, |v, x| v.phone_public = x) }
                    <TextField id="resource-email" label={i18n.t("person-email")} value={v.email.clone()} input_type="email"
                        error={error_at("/email")} oninput={set(|v, x| v.email = x)} />
                    { public_box("resource-email-public", v.email_public, |v, x| v.email_public = x) }
                    <TextField id="resource-website" label={i18n.t("organisation-website")} value={v.website.clone()} input_type="url"
                        hint={Some(AttrValue::from(i18n.t("organisation-website-hint")))}
                        error={error_at("/website")} oninput={set(|v, x| v.website = x)} />
                    { public_box("resource-website-public", v.website_public, |v, x| v.website_public = x) }
                </fieldset>
                <TextField id="resource-accessibility" label={i18n.t("resource-accessibility")} value={v.accessibility.clone()}
                    error={error_at("/accessibility")} oninput={set(|v, x| v.accessibility = x)} />
                <TextField id="resource-languages" label={i18n.t("resource-languages")} value={v.languages.clone()}
                    hint={Some(AttrValue::from(i18n.t("resource-languages-hint")))}
                    error={error_at("/languages")} oninput={set(|v, x| v.languages = x)} />
                <TextField id="resource-tags" label={i18n.t("resource-tags")} value={v.tags.clone()}
                    hint={Some(AttrValue::from(i18n.t("resource-tags-hint")))}
                    error={error_at("/tags")} oninput={set(|v, x| v.tags = x)} />
                <div class="actions">
                    <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>{ i18n.t("save") }</button>
                    <Link<Route> classes="button" to={Route::Resources}>{ i18n.t("cancel") }</Link<Route>>
                </div>
            </form>
        </section>
    }
}
