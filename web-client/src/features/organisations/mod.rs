//! The directory of organisations questions are referred to (the "sociale kaart"), filtered on
//! topic and kind. Coordinators, admins and professionals add and change organisations;
//! connectors read.

use api_types::{NewOrganisation, Organisation, OrganisationKind, OrganisationPatch, Role, Topic};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::components::choices::topic_options;
use crate::components::confirm::focus_by_id;
use crate::components::field::{setter, SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::questions::optional;
use crate::hooks::{use_loaded, use_loaded_for, use_save};
use crate::i18n::{use_locale, Arg, I18n};
use crate::session::use_session;

/// Whether a role may add and change organisations.
pub fn edits_organisations(role: Option<Role>) -> bool {
    matches!(role, Some(Role::Admin | Role::Coordinator | Role::Professional))
}

fn kind_options(i18n: &I18n, first: AttrValue) -> Vec<(AttrValue, AttrValue)> {
    let mut options = vec![(AttrValue::from(""), first)];
    options.extend(
        OrganisationKind::ALL
            .iter()
            .map(|k| (AttrValue::from(k.as_str()), AttrValue::from(i18n.organisation_kind(*k)))),
    );
    options
}

/// The directory page.
#[function_component]
pub fn OrganisationsPage() -> Html {
    let i18n = use_locale();
    let session = use_session();
    let topic = use_state(|| None::<Topic>);
    let kind = use_state(|| None::<OrganisationKind>);
    let list = use_loaded((*topic, *kind), |(topic, kind)| api::organisations(topic, kind));
    let adding = use_state(|| false);
    let editor = edits_organisations(session.role());

    use_title(i18n.t("organisations-title"));
    let on_changed = list.reloader();
    let open_add = {
        let adding = adding.clone();
        Callback::from(move |_: MouseEvent| adding.set(true))
    };
    let added = {
        let (adding, list) = (adding.clone(), list.clone());
        Callback::from(move |_: Organisation| {
            adding.set(false);
            list.reload();
            focus_by_id("organisations-list-title");
        })
    };
    let cancel_add = {
        let adding = adding.clone();
        Callback::from(move |_| {
            adding.set(false);
            focus_by_id("organisation-add-button");
        })
    };
    let any = AttrValue::from(i18n.t("questions-filter-any"));
    let mut topics = vec![(AttrValue::from(""), any.clone())];
    topics.extend(topic_options(&i18n));

    html! {
        <article class="page organisations-page" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ i18n.t("organisations-title") }</h1>
                if editor && !*adding {
                    <button type="button" id="organisation-add-button" class="button button-primary" aria-expanded="false" onclick={open_add}>
                        { i18n.t("organisation-add") }
                    </button>
                }
            </div>
            <p class="lead">{ i18n.t("organisations-intro") }</p>
            if !editor {
                <p class="hint">{ i18n.t("organisations-read-only") }</p>
            }
            if *adding {
                <section class="card" aria-labelledby="organisation-new-title">
                    <h2 id="organisation-new-title">{ i18n.t("organisation-add") }</h2>
                    <OrganisationForm organisation={None::<Organisation>} on_done={added} on_cancel={cancel_add} />
                </section>
            }
            <section class="card filters" aria-labelledby="organisation-filters-title">
                <h2 id="organisation-filters-title">{ i18n.t("questions-filters") }</h2>
                <div class="filter-fields">
                    <SelectField id="organisation-filter-topic" label={i18n.t("organisations-filter-topic")} options={topics}
                        value={AttrValue::from(topic.map(|t| t.as_str()).unwrap_or_default())}
                        onchange={Callback::from({ let topic = topic.clone(); move |v: String| topic.set(Topic::parse(&v)) })} />
                    <SelectField id="organisation-filter-kind" label={i18n.t("organisations-filter-kind")} options={kind_options(&i18n, any)}
                        value={AttrValue::from(kind.map(|k| k.as_str()).unwrap_or_default())}
                        onchange={Callback::from({ let kind = kind.clone(); move |v: String| kind.set(OrganisationKind::parse(&v)) })} />
                </div>
            </section>
            <section aria-labelledby="organisations-list-title">
                <h2 id="organisations-list-title" tabindex="-1" class="visually-hidden">{ i18n.t("organisations-list") }</h2>
                { match (list.error(), list.value()) {
                    (None, None) => html! { <Loading /> },
                    (Some(e), _) => {
                        let message = if e.status() == Some(403) { i18n.t("organisations-forbidden") } else { error_text(&i18n, e) };
                        html! { <ErrorAlert message={Some(AttrValue::from(message))} /> }
                    }
                    (None, Some(items)) => html! {
                        <>
                            <p class="count" role="status">{ i18n.ta("organisations-count", &[("count", Arg::Number(items.len() as i64))]) }</p>
                            if items.is_empty() {
                                <p class="card">{ i18n.t("organisations-empty") }</p>
                            } else {
                                <ul class="cards organisations" role="list">
                                    { for items.iter().map(|o| html! {
                                        <OrganisationCard key={o.id.to_string()} organisation={o.clone()} {editor} on_changed={on_changed.clone()} />
                                    }) }
                                </ul>
                            }
                        </>
                    },
                } }
            </section>
        </article>
    }
}

/// Properties of [`OrganisationCard`].
#[derive(Debug, Properties, PartialEq)]
struct OrganisationCardProps {
    organisation: Organisation,
    editor: bool,
    on_changed: Callback<()>,
}

/// One organisation, with a way to change it for editors.
#[function_component]
fn OrganisationCard(props: &OrganisationCardProps) -> Html {
    let i18n = use_locale();
    let editing = use_state(|| false);
    let o = &props.organisation;
    let title_id = format!("organisation-{}", o.id);
    let open = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };
    let done = {
        let (editing, on_changed, title_id) = (editing.clone(), props.on_changed.clone(), title_id.clone());
        Callback::from(move |_: Organisation| {
            editing.set(false);
            on_changed.emit(());
            focus_by_id(&title_id);
        })
    };
    let cancel = {
        let (editing, title_id) = (editing.clone(), title_id.clone());
        Callback::from(move |_| {
            editing.set(false);
            focus_by_id(&title_id);
        })
    };
    html! {
        <li class="card organisation-card">
            <h3 id={title_id.clone()} tabindex="-1">{ o.name.clone() }</h3>
            <p><span class="badge badge-neutral">{ i18n.organisation_kind(o.kind) }</span></p>
            if *editing {
                <OrganisationForm organisation={Some(o.clone())} on_done={done} on_cancel={cancel} />
            } else {
                <dl class="details compact">
                    <dt>{ i18n.t("organisation-topics") }</dt>
                    <dd>{ if o.topics.is_empty() { i18n.t("not-given") } else {
                        o.topics.iter().map(|t| i18n.question_topic(*t)).collect::<Vec<_>>().join(", ")
                    } }</dd>
                    if let Some(contact) = &o.contact_person {
                        <dt>{ i18n.t("organisation-contact") }</dt>
                        <dd>{ contact.clone() }</dd>
                    }
                    if let Some(phone) = &o.phone {
                        <dt>{ i18n.t("person-phone") }</dt>
                        <dd><a href={format!("tel:{}", phone.replace(' ', ""))}>{ phone.clone() }</a></dd>
                    }
                    if let Some(email) = &o.email {
                        <dt>{ i18n.t("person-email") }</dt>
                        <dd><a href={format!("mailto:{email}")}>{ email.clone() }</a></dd>
                    }
                    if let Some(website) = &o.website {
                        <dt>{ i18n.t("organisation-website") }</dt>
                        <dd><a href={website.clone()} rel="noopener noreferrer">{ website.clone() }</a></dd>
                    }
                </dl>
                if props.editor {
                    <div class="actions">
                        <button type="button" class="button button-small" onclick={open}>
                            { i18n.t("organisation-edit") }<span class="visually-hidden">{ " " }{ o.name.clone() }</span>
                        </button>
                    </div>
                }
            }
        </li>
    }
}

/// The values of the organisation form.
#[derive(Debug, Clone, Default, PartialEq)]
struct Values {
    name: String,
    kind: String,
    topics: Vec<Topic>,
    contact: String,
    phone: String,
    email: String,
    website: String,
}

impl Values {
    fn of(o: &Organisation) -> Self {
        Values {
            name: o.name.clone(),
            kind: o.kind.as_str().to_string(),
            topics: o.topics.clone(),
            contact: o.contact_person.clone().unwrap_or_default(),
            phone: o.phone.clone().unwrap_or_default(),
            email: o.email.clone().unwrap_or_default(),
            website: o.website.clone().unwrap_or_default(),
        }
    }
}

/// Properties of [`OrganisationForm`].
#[derive(Debug, Properties, PartialEq)]
struct OrganisationFormProps {
    organisation: Option<Organisation>,
    on_done: Callback<Organisation>,
    on_cancel: Callback<()>,
}

/// Adding or changing an organisation. A change is sent with `If-Match`: when someone else
/// changed it meanwhile, the form says so and shows the current values.
#[function_component]
fn OrganisationForm(props: &OrganisationFormProps) -> Html {
    let i18n = use_locale();
    let key = props.organisation.as_ref().map(|o| o.id.to_string()).unwrap_or_else(|| "new".into());
    let values = use_state(|| props.organisation.as_ref().map(Values::of).unwrap_or_default());
    let id = |field: &str| format!("organisation-{key}-{field}");
    {
        let first = id("name");
        use_effect_with((), move |_| focus_by_id(&first));
    }
    // The organisation as stored now, with the ETag sent back as `If-Match`; loaded again when
    // someone else changed it meanwhile. A failed load leaves the values as the list showed them.
    let existing = props.organisation.as_ref().map(|o| o.id);
    let loaded = {
        let values = values.clone();
        use_loaded_for(existing, move |id| async move {
            let current = api::organisation(id).await?;
            values.set(Values::of(&current.value));
            Ok(current)
        })
    };
    let save = use_save("organisation-changed-elsewhere", loaded.reloader());
    let onsubmit = {
        let (values, loaded, save, on_done) = (values.clone(), loaded.clone(), save.clone(), props.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let v = (*values).clone();
            let mut problems = Vec::new();
            if v.name.trim().is_empty() {
                problems.push(("/name", "field-error-required"));
            }
            let kind = OrganisationKind::parse(&v.kind);
            if kind.is_none() {
                problems.push(("/kind", "field-error-choose"));
            }
            let (Some(kind), true) = (kind, problems.is_empty()) else {
                save.invalid(problems);
                return;
            };
            let etag = loaded.etag();
            let request = async move {
                match existing {
                    Some(id) => {
                        let patch = OrganisationPatch {
                            name: Some(v.name.trim().to_string()),
                            kind: Some(kind),
                            topics: Some(v.topics.clone()),
                            neighbourhood_ids: None,
                            contact_person: Some(optional(&v.contact)),
                            phone: Some(optional(&v.phone)),
                            email: Some(optional(&v.email)),
                            website: Some(optional(&v.website)),
                        };
                        api::patch_organisation(id, &patch, etag).await.map(|r| r.value)
                    }
                    None => {
                        let new = NewOrganisation {
                            name: v.name.trim().to_string(),
                            kind,
                            topics: v.topics.clone(),
                            neighbourhood_ids: Vec::new(),
                            contact_person: optional(&v.contact),
                            phone: optional(&v.phone),
                            email: optional(&v.email),
                            website: optional(&v.website),
                        };
                        api::create_organisation(&new).await
                    }
                }
            };
            let on_done = on_done.clone();
            save.run(
                request,
                |i18n, saved: &Organisation| i18n.ta("organisation-saved", &[("name", Arg::Text(saved.name.clone()))]),
                move |saved| on_done.emit(saved),
            );
        })
    };
    let v = (*values).clone();
    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let error_at = |pointer: &str| save.field_error(pointer);
    let shown = ["/name", "/kind", "/topics", "/contactPerson", "/phone", "/email", "/website"];
    html! {
        <form class="form inline-form organisation-form" {onsubmit} novalidate=true>
            if let Some(message) = save.notice() {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            <ErrorAlert message={save.form_error()} details={save.other_errors(&shown)} />
            <TextField id={id("name")} label={i18n.t("organisation-name")} value={v.name.clone()} required=true
                error={error_at("/name")} oninput={set(|v, x| v.name = x)} />
            <SelectField id={id("kind")} label={i18n.t("organisation-kind")} value={AttrValue::from(v.kind.clone())}
                options={kind_options(&i18n, AttrValue::from(i18n.t("choose")))} required=true error={error_at("/kind")}
                onchange={set(|v, x| v.kind = x)} />
            <fieldset class="form-group topics-choice">
                <legend>{ i18n.t("organisation-topics") }</legend>
                <div class="checkbox-grid">
                    { for Topic::ALL.iter().map(|t| {
                        let checkbox = id(&format!("topic-{}", t.as_str()));
                        let onchange = {
                            let (values, t) = (values.clone(), *t);
                            Callback::from(move |e: Event| {
                                let mut next = (*values).clone();
                                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                                next.topics.retain(|x| *x != t);
                                if on {
                                    next.topics.push(t);
                                }
                                values.set(next);
                            })
                        };
                        html! {
                            <div class="toggle">
                                <input type="checkbox" id={checkbox.clone()} checked={v.topics.contains(t)} {onchange} />
                                <label for={checkbox}>{ i18n.question_topic(*t) }</label>
                            </div>
                        }
                    }) }
                </div>
                if let Some(message) = error_at("/topics") {
                    <p class="field-error">{ message }</p>
                }
            </fieldset>
            <TextField id={id("contact")} label={i18n.t("organisation-contact")} value={v.contact.clone()}
                error={error_at("/contactPerson")} oninput={set(|v, x| v.contact = x)} />
            <TextField id={id("phone")} label={i18n.t("person-phone")} value={v.phone.clone()} input_type="tel"
                error={error_at("/phone")} oninput={set(|v, x| v.phone = x)} />
            <TextField id={id("email")} label={i18n.t("person-email")} value={v.email.clone()} input_type="email"
                error={error_at("/email")} oninput={set(|v, x| v.email = x)} />
            <TextField id={id("website")} label={i18n.t("organisation-website")} value={v.website.clone()} input_type="url"
                hint={Some(AttrValue::from(i18n.t("organisation-website-hint")))}
                error={error_at("/website")} oninput={set(|v, x| v.website = x)} />
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>{ i18n.t("save") }</button>
                <button type="button" class="button" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ i18n.t("cancel") }</button>
            </div>
        </form>
    }
}
