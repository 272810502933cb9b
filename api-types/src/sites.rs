//! The group's own site, set up by the group (`/api/v1/groups/{id}/site`, DESIGN.md §3: each group
//! gets its own online platform that it sets up itself), and its public face in
//! `GET /api/v1/public/groups/{slug}`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
#[cfg(feature = "server")]
use validator::Validate;

/// A part of the group's site that the group shows or leaves out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SiteSection {
    /// The group's coming public events.
    Agenda,
    /// Ask the group a question.
    Ask,
    /// The group's published questions and answers.
    Faq,
    /// What the neighbourhood has, as a list and a map.
    Resources,
    /// Stories from interviews with residents, published with their consent.
    Stories,
    /// Become a buurtverbinder: leave a name and a way to be reached.
    JoinUs,
}

crate::string_values!(SiteSection {
    Agenda => "agenda",
    Ask => "ask",
    Faq => "faq",
    Resources => "resources",
    Stories => "stories",
    JoinUs => "join_us",
});

/// The colour of a site that has not chosen one: the product's own green.
pub const DEFAULT_SITE_COLOUR: &str = "#0b5d2e";

/// The least contrast between a site's colour and the white text on it: WCAG 2.2 success
/// criterion 1.4.3 (contrast, minimum) for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// The contrast ratio of white text on `colour` (`#rrggbb`), from 1 to 21, by WCAG 2.2's relative
/// luminance; `None` when `colour` is not `#rrggbb`.
pub fn contrast_with_white(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#').filter(|h| h.len() == 6 && h.chars().all(|c| c.is_ascii_hexdigit()))?;
    let channel = |i: usize| -> Option<f64> {
        let value = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).ok()?) / 255.0;
        Some(if value <= 0.04045 { value / 12.92 } else { ((value + 0.055) / 1.055).powf(2.4) })
    };
    let luminance = 0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?;
    Some(1.05 / (luminance + 0.05))
}

/// A site's colour: `#rrggbb`, dark enough for white text on it (WCAG 2.2, 1.4.3: at least 4.5:1).
/// The message gives the contrast found.
#[cfg(feature = "server")]
pub fn site_colour(colour: &str) -> Result<(), validator::ValidationError> {
    match contrast_with_white(colour) {
        None => Err(validator::ValidationError::new("pattern").with_message("Must be a colour written #rrggbb, such as #0b5d2e.".into())),
        Some(ratio) if ratio < MIN_CONTRAST => Err(validator::ValidationError::new("contrast").with_message(
            format!(
                "White text on this colour has a contrast of {:.2}:1; it needs at least 4.5:1 to be readable (WCAG 2.2, 1.4.3). Choose a darker colour.",
                (ratio * 100.0).floor() / 100.0
            )
            .into(),
        )),
        Some(_) => Ok(()),
    }
}

/// A group's site as its members set it up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct GroupSite {
    /// The group.
    pub group_id: Uuid,
    /// The site's address in the web client: `/groep/{slug}`.
    #[cfg_attr(feature = "server", schema(example = "de-linde"))]
    pub slug: String,
    /// What the group says about itself, first on the site.
    #[cfg_attr(
        feature = "server",
        schema(example = "Wij zijn buren die weten wat De Linde te bieden heeft. Kom langs met je vraag.")
    )]
    pub introduction: Option<String>,
    /// How to reach the group (a phone number, an e-mail address, "at the walk-in hour").
    #[cfg_attr(feature = "server", schema(example = "Bel of app Karin: 06-12345678"))]
    pub contact: Option<String>,
    /// The visible place of the walk-in hour, where residents bring questions.
    #[cfg_attr(feature = "server", schema(example = "Bibliotheek De Linde, Lindeplein 2"))]
    pub walk_in_place: Option<String>,
    /// When the walk-in hour is, as people say it ("every Tuesday 10:00–12:00").
    #[cfg_attr(feature = "server", schema(example = "Dinsdag 10.00–11.30 uur"))]
    pub walk_in_time: Option<String>,
    /// The sections shown, in this order.
    pub sections: Vec<SiteSection>,
    /// The site's colour, `#rrggbb`, with white text on it at a contrast of at least 4.5:1.
    #[cfg_attr(feature = "server", schema(example = "#1a5e63"))]
    pub colour: String,
    /// The display name of the account that changed it last, if anyone did.
    #[cfg_attr(feature = "server", schema(example = "Karin Jansen"))]
    pub updated_by: Option<String>,
    /// Instant of the last change (UTC); absent while the site is as every group's starts.
    pub updated_at: Option<DateTime<Utc>>,
}

/// The site as everyone sees it, part of `GET /api/v1/public/groups/{slug}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PublicSite {
    /// What the group says about itself.
    #[cfg_attr(
        feature = "server",
        schema(example = "Wij zijn buren die weten wat De Linde te bieden heeft. Kom langs met je vraag.")
    )]
    pub introduction: Option<String>,
    /// How to reach the group.
    #[cfg_attr(feature = "server", schema(example = "Bel of app Karin: 06-12345678"))]
    pub contact: Option<String>,
    /// The visible place of the walk-in hour.
    #[cfg_attr(feature = "server", schema(example = "Bibliotheek De Linde, Lindeplein 2"))]
    pub walk_in_place: Option<String>,
    /// When the walk-in hour is.
    #[cfg_attr(feature = "server", schema(example = "Dinsdag 10.00–11.30 uur"))]
    pub walk_in_time: Option<String>,
    /// The sections shown, in this order.
    pub sections: Vec<SiteSection>,
    /// The site's colour, `#rrggbb`.
    #[cfg_attr(feature = "server", schema(example = "#1a5e63"))]
    pub colour: String,
}

/// `PATCH /api/v1/groups/{id}/site` (JSON merge patch, with `If-Match`): members of the group,
/// connectors too, and coordinators.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupSitePatch {
    /// What the group says about itself, at most 2000 characters, or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 2000, example = "Wij zijn buren die weten wat De Linde te bieden heeft. Kom langs met je vraag."))]
    pub introduction: Option<Option<String>>,
    /// How to reach the group, at most 500 characters, or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 500)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 500, example = "Bel of app Karin: 06-12345678"))]
    pub contact: Option<Option<String>>,
    /// The walk-in hour's place, at most 200 characters, or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 200, example = "Bibliotheek De Linde, Lindeplein 2"))]
    pub walk_in_place: Option<Option<String>>,
    /// The walk-in hour's time, at most 200 characters, or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 200, example = "Dinsdag 10.00–11.30 uur"))]
    pub walk_in_time: Option<Option<String>>,
    /// The sections to show, in order, each once (replaces the list).
    #[cfg_attr(feature = "server", validate(length(max = 6), custom(function = "crate::rules::each_once")))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, max_items = 6))]
    pub sections: Option<Vec<SiteSection>>,
    /// The colour, `#rrggbb`, dark enough for white text (contrast at least 4.5:1).
    #[cfg_attr(feature = "server", validate(custom(function = "crate::sites::site_colour")))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, pattern = "^#[0-9a-fA-F]{6}$", example = "#0b5d2e"))]
    pub colour: Option<String>,
}

/// `POST /api/v1/public/groups/{slug}/candidates` ("join us" on the group's site): a resident
/// who would like to become a buurtverbinder leaves a name and a way to be reached, with consent,
/// and becomes a `candidate` of that group. `website` is a honeypot: people leave it empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[cfg_attr(
    feature = "server",
    validate(schema(function = "JoinRequest::check_reachable", skip_on_field_errors = false))
)]
#[serde(rename_all = "camelCase")]
pub struct JoinRequest {
    /// Name, 1–100 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 100), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 100, example = "Sanne de Vries"))]
    pub name: String,
    /// Email; this or `phone` is required.
    #[cfg_attr(feature = "server", validate(email, length(max = 254)))]
    #[cfg_attr(feature = "server", schema(max_length = 254, format = Email, example = "sanne@example.org"))]
    #[serde(default)]
    pub email: Option<String>,
    /// Phone; this or `email` is required.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::phone")))]
    #[serde(default)]
    #[cfg_attr(feature = "server", schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", example = "06-12345678"))]
    pub phone: Option<String>,
    /// Why, in a few words, at most 1000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 1000)))]
    #[cfg_attr(
        feature = "server",
        schema(max_length = 1000, example = "Ik woon hier twintig jaar en ken veel mensen in de straat.")
    )]
    #[serde(default)]
    pub motivation: Option<String>,
    /// Agreement that the programme keeps name and contact details to get in touch about joining
    /// (AVG); required.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::agreed")))]
    #[serde(default)]
    pub contact_consent: bool,
    /// Leave empty (a field people do not see; forms filled in by robots fill it).
    #[cfg_attr(feature = "server", validate(length(max = 200), custom(function = "crate::rules::left_empty")))]
    #[cfg_attr(feature = "server", schema(max_length = 200, example = "https://www.example.org/"))]
    #[serde(default)]
    pub website: Option<String>,
}

#[cfg(feature = "server")]
impl JoinRequest {
    fn check_reachable(&self) -> Result<(), validator::ValidationError> {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.trim().is_empty());
        if !given(&self.email) && !given(&self.phone) {
            return Err(crate::rules::on_member(
                "/email",
                "required",
                "Leave an e-mail address or a phone number, so that the group can reach you.",
            ));
        }
        Ok(())
    }
}

/// The answer to a "join us": which group will be in touch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct JoinReceipt {
    /// The group's name.
    #[cfg_attr(feature = "server", schema(example = "Buurtverbinders De Linde"))]
    pub group_name: String,
    /// When it was received (UTC).
    pub received_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast_with_white("#000000").unwrap_or_default() - 21.0).abs() < 0.01);
        assert!((contrast_with_white("#ffffff").unwrap_or_default() - 1.0).abs() < 0.01);
        // WCAG's own example figures: #767676 on white is just above 4.5:1.
        let grey = contrast_with_white("#767676").unwrap_or_default();
        assert!(grey > 4.5 && grey < 4.6, "{grey}");
        assert!(contrast_with_white(DEFAULT_SITE_COLOUR).unwrap_or_default() >= MIN_CONTRAST);
        assert_eq!(contrast_with_white("0b5d2e"), None);
        assert_eq!(contrast_with_white("#0b5d2"), None);
        assert_eq!(contrast_with_white("#gggggg"), None);
    }
}
