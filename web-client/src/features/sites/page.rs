//! `/groep/{slug}`: a group's own site, without an account. The top shows who the group is and
//! where and when to find it; then the sections the group chose, in its order: the agenda, asking
//! a question, the FAQ, what the neighbourhood has (a list, and the map beside it), and joining.

use api_types::{JoinReceipt, JoinRequest, PublicGroup, PublicResource, SiteSection};
use chrono::Days;
use yew::prelude::*;
use yew_router::prelude::*;

use super::SiteHead;
use crate::amsterdam;
use crate::api;
use crate::components::confirm::focus_by_id;
use crate::components::field::{setter, TextField};
use crate::components::layout::use_title;
use crate::components::loading::{Loading, LoadingPage};
use crate::components::map::{ItemMap, MapItem};
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::goals::PublicGoals;
use crate::features::public::agenda::agenda;
use crate::features::questions::{optional, Contact, ContactFields};
use crate::hooks::{use_loaded, use_save, LocalProblem};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;

/// How far ahead the site's agenda looks, in days.
const AGENDA_DAYS: u64 = 90;

/// Properties of [`GroupSitePage`].
#[derive(Debug, Properties, PartialEq)]
pub struct GroupSitePageProps {
    /// The group's slug.
    pub slug: AttrValue,
}

/// A group's site.
#[function_component]
pub fn GroupSitePage(props: &GroupSitePageProps) -> Html {
    let i18n = use_locale();
    let group = use_loaded(props.slug.to_string(), |slug| async move { api::public_group(&slug).await });
    use_title(group.value().map(|g| g.name.clone()).unwrap_or_else(|| i18n.t("site-title")));
    let Some(g) = group.value() else {
        return html! {
            <LoadingPage title={i18n.t("site-title")} error={group.error().map(|e| AttrValue::from(error_text(&i18n, e)))} />
        };
    };
    html! {
        <article class="page site-page" aria-labelledby="page-title">
            <SiteHead name={g.name.clone()} neighbourhood={g.neighbourhood_name.clone()} site={g.site.clone()} />
            { for g.site.sections.iter().map(|section| section_of(*section, g)) }
            <PublicGoals slug={AttrValue::from(g.slug.clone())} />
        </article>
    }
}

fn section_of(section: SiteSection, g: &PublicGroup) -> Html {
    let slug = AttrValue::from(g.slug.clone());
    match section {
        SiteSection::Agenda => html! { <AgendaSection {slug} key="agenda" /> },
        SiteSection::Ask => html! { <AskSection {slug} key="ask" /> },
        SiteSection::Faq => html! { <FaqSection {slug} key="faq" /> },
        SiteSection::Resources => html! { <ResourcesSection neighbourhood={g.neighbourhood_id} key="resources" /> },
        SiteSection::Stories => html! { <StoriesSection {slug} key="stories" /> },
        SiteSection::JoinUs => html! { <JoinSection {slug} group={g.name.clone()} key="join" /> },
    }
}

/// Properties of the sections that need the group's slug.
#[derive(Debug, Properties, PartialEq)]
struct SlugProps {
    slug: AttrValue,
}

#[function_component]
fn AgendaSection(props: &SlugProps) -> Html {
    let i18n = use_locale();
    let list = use_loaded(props.slug.to_string(), |slug| async move {
        let from = amsterdam::today();
        let to = from.checked_add_days(Days::new(AGENDA_DAYS)).unwrap_or(from);
        api::public_occurrences(from, to, Some(&slug)).await
    });
    html! {
        <section class="card site-section site-agenda" aria-labelledby="site-agenda-title">
            <h2 id="site-agenda-title">{ i18n.site_section(SiteSection::Agenda) }</h2>
            { match (list.error(), list.value()) {
                (Some(e), _) => html! { <p>{ error_text(&i18n, e) }</p> },
                (None, None) => html! { <Loading /> },
                (None, Some(items)) if items.is_empty() => html! { <p>{ i18n.t("site-agenda-empty") }</p> },
                (None, Some(items)) => agenda(&i18n, items),
            } }
            <p><Link<Route> to={Route::PublicAgenda}>{ i18n.t("site-agenda-all") }</Link<Route>></p>
        </section>
    }
}

#[function_component]
fn AskSection(props: &SlugProps) -> Html {
    let i18n = use_locale();
    html! {
        <section class="card site-section site-ask" aria-labelledby="site-ask-title">
            <h2 id="site-ask-title">{ i18n.site_section(SiteSection::Ask) }</h2>
            <p>{ i18n.t("site-ask-intro") }</p>
            <p>
                <Link<Route> classes="button button-primary" to={Route::Ask { slug: props.slug.to_string() }}>
                    { i18n.t("site-ask-button") }
                </Link<Route>>
            </p>
        </section>
    }
}

#[function_component]
fn FaqSection(props: &SlugProps) -> Html {
    let i18n = use_locale();
    let faq = use_loaded(props.slug.to_string(), |slug| async move { api::public_faq(&slug).await });
    html! {
        <section class="card site-section site-faq" aria-labelledby="site-faq-title">
            <h2 id="site-faq-title">{ i18n.site_section(SiteSection::Faq) }</h2>
            { match (faq.error(), faq.value()) {
                (None, Some(items)) if !items.is_empty() => html! {
                    <ul class="faq-public-list" role="list">
                        { for items.iter().map(|item| html! {
                            <li>
                                <details>
                                    <summary>{ item.question.clone() }</summary>
                                    <p class="pre-line">{ item.answer.clone() }</p>
                                </details>
                            </li>
                        }) }
                    </ul>
                },
                (None, Some(_)) => html! { <p>{ i18n.t("ask-faq-empty") }</p> },
                (Some(e), _) => html! { <p>{ error_text(&i18n, e) }</p> },
                (None, None) => html! { <Loading /> },
            } }
        </section>
    }
}

/// The published stories; the section is left out while there are none.
#[function_component]
fn StoriesSection(props: &SlugProps) -> Html {
    let i18n = use_locale();
    let list = use_loaded(props.slug.to_string(), |slug| async move { api::public_stories(&slug).await });
    match list.value() {
        Some(items) if !items.is_empty() => html! {
            <section class="site-section site-stories" aria-labelledby="site-stories-title">
                <h2 id="site-stories-title">{ i18n.site_section(SiteSection::Stories) }</h2>
                <ul class="cards stories" role="list">
                    { for items.iter().map(|s| html! {
                        <li class="card story-card" key={s.id.to_string()}>
                            <h3>{ s.title.clone() }</h3>
                            <p class="pre-line">{ s.text.clone() }</p>
                            if let Some(name) = &s.teller_name {
                                <p class="meta">{ name.clone() }</p>
                            }
                        </li>
                    }) }
                </ul>
            </section>
        },
        _ => Html::default(),
    }
}

/// Properties of [`ResourcesSection`].
#[derive(Debug, Properties, PartialEq)]
struct ResourcesSectionProps {
    neighbourhood: uuid::Uuid,
}

/// What the neighbourhood has: the list first (everything, readable without the map), the map
/// beside it with the located ones.
#[function_component]
fn ResourcesSection(props: &ResourcesSectionProps) -> Html {
    let i18n = use_locale();
    let list = use_loaded(props.neighbourhood, api::public_resources);
    let focus = use_state(|| None::<(uuid::Uuid, u32)>);
    let body = match (list.error(), list.value()) {
        (Some(e), _) => html! { <p>{ error_text(&i18n, e) }</p> },
        (None, None) => html! { <Loading /> },
        (None, Some(items)) if items.is_empty() => html! { <p>{ i18n.t("site-resources-empty") }</p> },
        (None, Some(items)) => {
            let located: Vec<MapItem> = items
                .iter()
                .filter_map(|r| {
                    r.location.map(|p| MapItem {
                        id: r.id,
                        name: r.name.clone(),
                        lon: p.coordinates[0],
                        lat: p.coordinates[1],
                    })
                })
                .collect();
            html! {
                <div class="resources-layout">
                    <ul class="cards resources" role="list">
                        { for items.iter().map(|r| resource_card(&i18n, r, &focus)) }
                    </ul>
                    <div class="resources-map">
                        <ItemMap id="site-map" items={located} focus={*focus} />
                    </div>
                </div>
            }
        }
    };
    html! {
        <section class="site-section site-resources" aria-labelledby="site-resources-title">
            <h2 id="site-resources-title">{ i18n.site_section(SiteSection::Resources) }</h2>
            <p>{ i18n.t("site-resources-intro") }</p>
            { body }
        </section>
    }
}

fn resource_card(i18n: &I18n, r: &PublicResource, focus: &UseStateHandle<Option<(uuid::Uuid, u32)>>) -> Html {
    let on_map = {
        let (focus, id) = (focus.clone(), r.id);
        Callback::from(move |_: MouseEvent| focus.set(Some((id, focus.map(|(_, n)| n + 1).unwrap_or(0)))))
    };
    html! {
        <li class="card resource-card" key={r.id.to_string()}>
            <h3 id={format!("resource-{}", r.id)} tabindex="-1">{ r.name.clone() }</h3>
            <p class="badges"><span class="badge badge-neutral">{ i18n.resource_kind(r.kind) }</span></p>
            if let Some(text) = &r.description {
                <p>{ text.clone() }</p>
            }
            <dl class="details compact">
                if let Some(address) = &r.address {
                    <dt>{ i18n.t("resource-address") }</dt>
                    <dd>{ address.clone() }</dd>
                }
                if let Some(hours) = &r.opening_hours {
                    <dt>{ i18n.t("resource-opening-hours") }</dt>
                    <dd>{ hours.clone() }</dd>
                }
                if let Some(phone) = &r.phone {
                    <dt>{ i18n.t("person-phone") }</dt>
                    <dd><a href={format!("tel:{}", phone.replace(' ', ""))}>{ phone.clone() }</a></dd>
                }
                if let Some(email) = &r.email {
                    <dt>{ i18n.t("person-email") }</dt>
                    <dd><a href={format!("mailto:{email}")}>{ email.clone() }</a></dd>
                }
                if let Some(website) = &r.website {
                    <dt>{ i18n.t("organisation-website") }</dt>
                    <dd><a href={website.clone()} rel="noopener noreferrer">{ website.clone() }</a></dd>
                }
                if let Some(access) = &r.accessibility {
                    <dt>{ i18n.t("resource-accessibility") }</dt>
                    <dd>{ access.clone() }</dd>
                }
            </dl>
            if r.location.is_some() {
                <div class="actions">
                    <button type="button" class="button button-small" onclick={on_map}>
                        { i18n.t("resource-show-on-map") }<span class="visually-hidden">{ format!(": {}", r.name) }</span>
                    </button>
                </div>
            }
        </li>
    }
}

/// Properties of [`JoinSection`].
#[derive(Debug, Properties, PartialEq)]
struct JoinSectionProps {
    slug: AttrValue,
    group: String,
}

/// The values of the join form.
#[derive(Debug, Clone, Default, PartialEq)]
struct JoinValues {
    contact: Contact,
    motivation: String,
    website: String,
}

/// What the join form sends, or the problems that keep it from being sent.
fn join_request(v: &JoinValues) -> Result<JoinRequest, Vec<LocalProblem>> {
    let mut problems = Vec::new();
    if v.contact.name.trim().is_empty() {
        problems.push(("/name", "field-error-required"));
    }
    if v.contact.email.trim().is_empty() && v.contact.phone.trim().is_empty() {
        problems.push(("/email", "field-error-contact-to-join"));
    }
    if !v.contact.consent {
        problems.push(("/contactConsent", "field-error-consent-to-join"));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(JoinRequest {
        name: v.contact.name.trim().to_string(),
        email: optional(&v.contact.email),
        phone: optional(&v.contact.phone),
        motivation: optional(&v.motivation),
        contact_consent: true,
        website: optional(&v.website),
    })
}

/// "Join us": a name, a way to be reached and consent make the resident a candidate of the group.
#[function_component]
fn JoinSection(props: &JoinSectionProps) -> Html {
    let i18n = use_locale();
    let values = use_state(JoinValues::default);
    let receipt = use_state(|| None::<JoinReceipt>);
    // Nothing here is changed by others: a 412 cannot happen, and nothing needs reloading.
    let save = use_save("error-precondition-failed", Callback::noop());
    let onsubmit = {
        let (values, save, receipt, slug) = (values.clone(), save.clone(), receipt.clone(), props.slug.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let new = match join_request(&values) {
                Ok(new) => new,
                Err(problems) => {
                    save.invalid(problems);
                    focus_by_id("join-title");
                    return;
                }
            };
            let (receipt, slug) = (receipt.clone(), slug.clone());
            save.run(
                async move { api::join_group(&slug, &new).await },
                |i18n, done: &JoinReceipt| {
                    i18n.ta("site-join-received", &[("group", Arg::Text(done.group_name.clone()))])
                },
                move |done| {
                    receipt.set(Some(done));
                    focus_by_id("join-title");
                },
            );
        })
    };
    let field = |apply: fn(&mut JoinValues, String)| setter(&values, apply);
    let v = (*values).clone();
    let on_contact = {
        let values = values.clone();
        Callback::from(move |contact: Contact| {
            let mut next = (*values).clone();
            next.contact = contact;
            values.set(next);
        })
    };
    let on_website = {
        let values = values.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*values).clone();
            next.website = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            values.set(next);
        })
    };
    let error_at = |pointer: &str| save.field_error(pointer);
    let shown = ["/name", "/email", "/phone", "/motivation", "/contactConsent", "/website"];
    html! {
        <section class="card site-section site-join" aria-labelledby="join-title">
            <h2 id="join-title" tabindex="-1">{ i18n.site_section(SiteSection::JoinUs) }</h2>
            if let Some(done) = &*receipt {
                <div class="alert alert-info" role="status">
                    <p>{ i18n.ta("site-join-received", &[("group", Arg::Text(done.group_name.clone()))]) }</p>
                </div>
            } else {
                <p>{ i18n.ta("site-join-intro", &[("group", Arg::Text(props.group.clone()))]) }</p>
                <form class="form join-form" {onsubmit} novalidate=true>
                    <ErrorAlert message={save.form_error()} details={save.other_errors(&shown)} />
                    <ContactFields id="join" value={v.contact.clone()} onchange={on_contact}
                        legend={i18n.t("site-join-contact")} hint={i18n.t("site-join-contact-hint")}
                        consent_label={i18n.t("site-join-consent")} consent_hint={i18n.t("site-join-consent-hint")}
                        errors={[error_at("/name"), error_at("/email"), error_at("/phone"), error_at("/contactConsent")]} />
                    <TextField id="join-motivation" label={i18n.t("site-join-motivation")} value={v.motivation.clone()}
                        multiline=true error={error_at("/motivation")} oninput={field(|v, x| v.motivation = x)} />
                    // A field people never see or reach: only robots fill it in.
                    <div class="honeypot" aria-hidden="true">
                        <label for="join-website">{ i18n.t("ask-website") }</label>
                        <input type="text" id="join-website" name="website" tabindex="-1" autocomplete="off"
                            value={v.website.clone()} oninput={on_website} />
                    </div>
                    <div class="actions">
                        <button type="submit" class="button button-primary button-large" aria-disabled={save.busy().then_some("true")}>
                            { i18n.t("site-join-submit") }
                        </button>
                    </div>
                </form>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joining_needs_a_name_a_way_to_reach_and_consent() {
        assert_eq!(
            join_request(&JoinValues::default()).map(|_| ()),
            Err(vec![
                ("/name", "field-error-required"),
                ("/email", "field-error-contact-to-join"),
                ("/contactConsent", "field-error-consent-to-join")
            ])
        );
        let v = JoinValues {
            contact: Contact {
                name: " Sanne ".into(),
                phone: "0612345678".into(),
                consent: true,
                ..Contact::default()
            },
            ..JoinValues::default()
        };
        let sent = join_request(&v).ok();
        assert_eq!(sent.as_ref().map(|s| s.name.as_str()), Some("Sanne"));
        assert_eq!(sent.and_then(|s| s.email), None);
    }
}
