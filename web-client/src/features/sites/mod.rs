//! The group's own site: the public page residents open (`/groep/{slug}`) with the sections the
//! group chose, and the settings page where the group's members set it up, with a live preview.

mod page;
mod settings;

pub use page::GroupSitePage;
pub use settings::SiteSettingsPage;

use api_types::{PublicSite, DEFAULT_SITE_COLOUR};
use yew::prelude::*;

use crate::i18n::use_locale;

/// The colour to draw with: the site's, or the product's own while what is typed is not a
/// `#rrggbb` dark enough for white text — the preview never shows unreadable text (the colour
/// field itself shows the colour chosen, beside the warning).
fn usable_colour(colour: &str) -> String {
    match api_types::contrast_with_white(colour) {
        Some(ratio) if ratio >= api_types::MIN_CONTRAST => colour.to_string(),
        _ => DEFAULT_SITE_COLOUR.to_string(),
    }
}

/// Properties of [`SiteHead`].
#[derive(Debug, Properties, PartialEq)]
struct SiteHeadProps {
    name: AttrValue,
    neighbourhood: AttrValue,
    site: PublicSite,
    /// The heading level: 1 on the site, 2 in the preview.
    #[prop_or(1)]
    level: u8,
}

/// The top of a group's site: its name on its colour, the introduction, and where and when to
/// find the group.
#[function_component]
fn SiteHead(props: &SiteHeadProps) -> Html {
    let i18n = use_locale();
    let s = &props.site;
    let style = format!("background-color: {};", usable_colour(&s.colour));
    let title = html! { <>{ props.name.clone() }<span class="site-place">{ props.neighbourhood.clone() }</span></> };
    html! {
        <>
            <header class="site-head" {style}>
                if props.level == 1 {
                    <h1 id="page-title">{ title }</h1>
                } else {
                    <h3>{ title }</h3>
                }
            </header>
            if let Some(text) = &s.introduction {
                <p class="lead pre-line site-introduction">{ text.clone() }</p>
            }
            if s.walk_in_place.is_some() || s.walk_in_time.is_some() || s.contact.is_some() {
                <div class="card site-walk-in">
                    <dl class="details">
                        if let Some(time) = &s.walk_in_time {
                            <dt>{ i18n.t("site-walk-in-time") }</dt>
                            <dd>{ time.clone() }</dd>
                        }
                        if let Some(place) = &s.walk_in_place {
                            <dt>{ i18n.t("site-walk-in-place") }</dt>
                            <dd>{ place.clone() }</dd>
                        }
                        if let Some(contact) = &s.contact {
                            <dt>{ i18n.t("site-contact") }</dt>
                            <dd class="pre-line">{ contact.clone() }</dd>
                        }
                    </dl>
                </div>
            }
        </>
    }
}
