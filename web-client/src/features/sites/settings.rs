//! `/groups/{id}/site`: the group's members set up its site — the introduction, how to reach
//! them, the walk-in hour, which sections show in which order, and a colour whose contrast with
//! white text is checked while choosing. The preview beside the form shows the site's top as
//! residents will see it. A change sends `If-Match`; when someone else changed the site
//! meanwhile (412) the form says so and shows the current values.

use api_types::{contrast_with_white, GroupSite, GroupSitePatch, PublicSite, SiteSection, MIN_CONTRAST};
use uuid::Uuid;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use super::SiteHead;
use crate::api;
use crate::components::field::{setter, TextField};
use crate::components::layout::use_title;
use crate::components::loading::LoadingPage;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::questions::optional;
use crate::hooks::{use_loaded, use_loaded_for, use_save};
use crate::i18n::{use_locale, Arg};
use crate::route::Route;

/// Properties of [`SiteSettingsPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct SiteSettingsPageProps {
    /// The group's id.
    pub id: Uuid,
}

/// The values in the form: every section in the order shown, each with whether it shows.
#[derive(Debug, Clone, Default, PartialEq)]
struct Values {
    introduction: String,
    contact: String,
    walk_in_place: String,
    walk_in_time: String,
    sections: Vec<(SiteSection, bool)>,
    colour: String,
}

impl Values {
    fn of(site: &GroupSite) -> Self {
        let mut sections: Vec<(SiteSection, bool)> = site.sections.iter().map(|s| (*s, true)).collect();
        sections.extend(SiteSection::ALL.iter().filter(|s| !site.sections.contains(s)).map(|s| (*s, false)));
        Values {
            introduction: site.introduction.clone().unwrap_or_default(),
            contact: site.contact.clone().unwrap_or_default(),
            walk_in_place: site.walk_in_place.clone().unwrap_or_default(),
            walk_in_time: site.walk_in_time.clone().unwrap_or_default(),
            sections,
            colour: site.colour.clone(),
        }
    }

    fn shown(&self) -> Vec<SiteSection> {
        self.sections.iter().filter(|(_, on)| *on).map(|(s, _)| *s).collect()
    }

    fn preview(&self) -> PublicSite {
        PublicSite {
            introduction: optional(&self.introduction),
            contact: optional(&self.contact),
            walk_in_place: optional(&self.walk_in_place),
            walk_in_time: optional(&self.walk_in_time),
            sections: self.shown(),
            colour: self.colour.clone(),
        }
    }
}

/// The settings page of a group's site.
#[function_component]
pub fn SiteSettingsPage(props: &SiteSettingsPageProps) -> Html {
    let i18n = use_locale();
    let id = props.id;
    use_title(i18n.t("site-settings-title"));
    let values = use_state(Values::default);
    let loaded = {
        let values = values.clone();
        use_loaded_for(Some(id), move |id| async move {
            let reply = api::group_site(id).await?;
            values.set(Values::of(&reply.value));
            Ok(reply)
        })
    };
    // The group's name and neighbourhood, as its public page shows them.
    let group = use_loaded(loaded.value().map(|s| s.slug.clone()), |slug| async move {
        match slug {
            Some(slug) => api::public_group(&slug).await.map(Some),
            None => Ok(None),
        }
    });
    let save = use_save("site-changed-elsewhere", loaded.reloader());
    let error = save.error().or(loaded.error()).cloned();

    let onsubmit = {
        let (values, loaded, save) = (values.clone(), loaded.clone(), save.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let v = (*values).clone();
            if contrast_with_white(&v.colour).is_none_or(|ratio| ratio < MIN_CONTRAST) {
                save.invalid(vec![("/colour", "site-colour-error")]);
                return;
            }
            let patch = GroupSitePatch {
                introduction: Some(optional(&v.introduction)),
                contact: Some(optional(&v.contact)),
                walk_in_place: Some(optional(&v.walk_in_place)),
                walk_in_time: Some(optional(&v.walk_in_time)),
                sections: Some(v.shown()),
                colour: Some(v.colour.clone()),
            };
            let (etag, loaded) = (loaded.etag(), loaded.clone());
            save.run(
                async move { api::patch_group_site(id, &patch, etag).await },
                |i18n, _| i18n.t("site-saved"),
                move |reply| loaded.set(reply.value.clone(), reply.etag.clone()),
            );
        })
    };

    let Some(site) = loaded.value() else {
        return html! {
            <LoadingPage title={i18n.t("site-settings-title")} error={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
        };
    };
    let v = (*values).clone();
    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let error_at = |pointer: &str| save.field_error(pointer);
    let ratio = contrast_with_white(&v.colour);
    // Rounded down, so a colour just below the bar never reads as reaching it; a decimal comma
    // in Dutch.
    let shown_ratio = |r: f64| {
        let text = format!("{:.1}", (r * 10.0).floor() / 10.0);
        if i18n.lang() == crate::i18n::Lang::Nl {
            text.replace('.', ",")
        } else {
            text
        }
    };
    let contrast = match ratio {
        Some(r) if r >= MIN_CONTRAST => {
            html! { <p class="hint contrast-ok">{ i18n.ta("site-contrast-ok", &[("ratio", Arg::Text(shown_ratio(r)))]) }</p> }
        }
        Some(r) => {
            html! { <p class="field-error">{ i18n.ta("site-contrast-low", &[("ratio", Arg::Text(shown_ratio(r)))]) }</p> }
        }
        None => html! { <p class="field-error">{ i18n.t("site-colour-error") }</p> },
    };
    let on_colour = {
        let values = values.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*values).clone();
            next.colour = e.target_unchecked_into::<HtmlInputElement>().value();
            values.set(next);
        })
    };
    let count = v.sections.len();
    let sections = v.sections.iter().enumerate().map(|(i, (section, on))| {
        let checkbox = format!("site-section-{}", section.as_str());
        let name = i18n.site_section(*section);
        let toggle = {
            let values = values.clone();
            Callback::from(move |e: Event| {
                let mut next = (*values).clone();
                next.sections[i].1 = e.target_unchecked_into::<HtmlInputElement>().checked();
                values.set(next);
            })
        };
        let mover = |to: usize| {
            let (values, checkbox) = (values.clone(), checkbox.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = (*values).clone();
                next.sections.swap(i, to);
                values.set(next);
                // The button pressed may be gone in the new order: focus stays with the section.
                let checkbox = checkbox.clone();
                yew::platform::spawn_local(async move { crate::components::confirm::focus_by_id(&checkbox) });
            })
        };
        html! {
            <li class="section-choice" key={section.as_str()}>
                <div class="toggle">
                    <input type="checkbox" id={checkbox.clone()} checked={*on} onchange={toggle} />
                    <label for={checkbox.clone()}>{ name.clone() }</label>
                </div>
                <span class="section-moves">
                    if i > 0 {
                        <button type="button" class="button button-small" onclick={mover(i - 1)}>
                            { i18n.t("site-move-up") }<span class="visually-hidden">{ format!(": {name}") }</span>
                        </button>
                    }
                    if i + 1 < count {
                        <button type="button" class="button button-small" onclick={mover(i + 1)}>
                            { i18n.t("site-move-down") }<span class="visually-hidden">{ format!(": {name}") }</span>
                        </button>
                    }
                </span>
            </li>
        }
    });
    let (name, neighbourhood) = group
        .value()
        .and_then(Option::as_ref)
        .map(|g| (g.name.clone(), g.neighbourhood_name.clone()))
        .unwrap_or_else(|| (site.slug.clone(), String::new()));
    let shown = ["/introduction", "/contact", "/walkInPlace", "/walkInTime", "/sections", "/colour"];
    let form_error = save.form_error().or_else(|| error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e))));

    html! {
        <article class="page site-settings" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("site-settings-title") }</h1>
            <p class="lead">{ i18n.ta("site-settings-intro", &[("group", Arg::Text(name.clone()))]) }</p>
            <p>
                <Link<Route> to={Route::GroupSite { slug: site.slug.clone() }}>{ i18n.t("site-open") }</Link<Route>>
                { " · " }
                <Link<Route> to={Route::Group { id }}>{ i18n.t("site-back-to-group") }</Link<Route>>
            </p>
            if let Some(message) = save.notice() {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            <div class="site-settings-layout">
                <form class="form card" {onsubmit} novalidate=true>
                    <ErrorAlert message={form_error} details={save.other_errors(&shown)} />
                    <TextField id="site-introduction" label={i18n.t("site-introduction")} value={v.introduction.clone()} multiline=true
                        hint={Some(AttrValue::from(i18n.t("site-introduction-hint")))}
                        error={error_at("/introduction")} oninput={set(|v, x| v.introduction = x)} />
                    <TextField id="site-walk-in-time" label={i18n.t("site-walk-in-time")} value={v.walk_in_time.clone()}
                        hint={Some(AttrValue::from(i18n.t("site-walk-in-time-hint")))}
                        error={error_at("/walkInTime")} oninput={set(|v, x| v.walk_in_time = x)} />
                    <TextField id="site-walk-in-place" label={i18n.t("site-walk-in-place")} value={v.walk_in_place.clone()}
                        hint={Some(AttrValue::from(i18n.t("site-walk-in-place-hint")))}
                        error={error_at("/walkInPlace")} oninput={set(|v, x| v.walk_in_place = x)} />
                    <TextField id="site-contact" label={i18n.t("site-contact")} value={v.contact.clone()} multiline=true
                        hint={Some(AttrValue::from(i18n.t("site-contact-hint")))}
                        error={error_at("/contact")} oninput={set(|v, x| v.contact = x)} />
                    <fieldset class="form-group">
                        <legend>{ i18n.t("site-sections") }</legend>
                        <p class="hint">{ i18n.t("site-sections-hint") }</p>
                        <ol class="section-choices" role="list">{ for sections }</ol>
                        if let Some(message) = error_at("/sections") {
                            <p class="field-error">{ message }</p>
                        }
                    </fieldset>
                    <div class={classes!("field", "colour-field", ratio.is_none_or(|r| r < MIN_CONTRAST).then_some("has-error"))}>
                        <label for="site-colour">{ i18n.t("site-colour") }</label>
                        <p class="hint" id="site-colour-hint">{ i18n.t("site-colour-hint") }</p>
                        <div class="colour-row">
                            <input type="color" id="site-colour" value={v.colour.clone()} oninput={on_colour.clone()}
                                aria-describedby="site-colour-hint site-colour-contrast" />
                            <input type="text" id="site-colour-code" aria-label={i18n.t("site-colour-code")} value={v.colour.clone()}
                                oninput={on_colour} maxlength="7" />
                        </div>
                        <div id="site-colour-contrast" aria-live="polite">{ contrast }</div>
                        // Once the colour is readable, an earlier refusal of it no longer applies.
                        if let (Some(message), false) = (error_at("/colour"), ratio.is_some_and(|r| r >= MIN_CONTRAST)) {
                            <p class="field-error">{ message }</p>
                        }
                    </div>
                    <div class="actions">
                        <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>{ i18n.t("save") }</button>
                    </div>
                </form>
                <section class="site-preview" aria-labelledby="site-preview-title">
                    <h2 id="site-preview-title">{ i18n.t("site-preview") }</h2>
                    <div class="site-preview-frame">
                        <SiteHead name={name} neighbourhood={neighbourhood} site={v.preview()} level={2} />
                        <ol class="preview-sections">
                            { for v.shown().iter().map(|s| html! { <li>{ i18n.site_section(*s) }</li> }) }
                        </ol>
                    </div>
                </section>
            </div>
        </article>
    }
}
