//! What a neighbourhood already has (DESIGN.md §3): initiatives, associations, places,
//! businesses, services and residents' skills, in the spirit of the Open Referral HSDS 3.0
//! service model so that a municipal directory can take them over. Locations are GeoJSON
//! geometries (RFC 7946); lists also answer as a GeoJSON `FeatureCollection`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[cfg(feature = "server")]
use validator::Validate;

/// Most tags a resource has.
pub const MAX_TAGS: u64 = 20;
/// Most languages a resource names.
pub const MAX_LANGUAGES: u64 = 20;
/// A resource not checked for this many months is due for a check (from the issue: "a
/// directory is only worth what is current").
pub const VERIFY_AFTER_MONTHS: u32 = 6;

/// What kind of thing the neighbourhood has, from asset-based community development.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    /// Something residents started (a repair café, a food bank table).
    Initiative,
    /// A club or association.
    Association,
    /// A place to meet (a community centre, a library, a bench that is a meeting point).
    Place,
    /// A local business.
    Business,
    /// A service of an organisation.
    Service,
    /// A resident's skill or offer ("I can repair bikes"): personal data of its owner.
    Skill,
}

crate::string_values!(ResourceKind {
    Initiative => "initiative",
    Association => "association",
    Place => "place",
    Business => "business",
    Service => "service",
    Skill => "skill",
});

/// Whether a resource can be used now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum ResourceStatus {
    /// In use.
    Active,
    /// Stopped.
    Inactive,
    /// Closed for a while (a renovation, the summer).
    TemporarilyClosed,
}

crate::string_values!(ResourceStatus {
    Active => "active",
    Inactive => "inactive",
    TemporarilyClosed => "temporarily_closed",
});

/// Who sees a resource. For a skill it is the level its owner consented to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Everyone, also on the public pages (only the contact details marked public).
    Public,
    /// The members of the resource's group (without a group: of the groups of its
    /// neighbourhood), and coordinators.
    Group,
    /// Coordinators only (and whoever entered it, and its owner).
    Coordinators,
}

crate::string_values!(Audience {
    Public => "public",
    Group => "group",
    Coordinators => "coordinators",
});

/// How the opening hours are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum OpeningHoursFormat {
    /// Free text for a person ("Tuesday mornings, except in the school holidays").
    #[default]
    Text,
    /// OpenStreetMap's `opening_hours` syntax (`Mo-Fr 09:00-17:00; Sa 10:00-12:00`), checked.
    Osm,
}

crate::string_values!(OpeningHoursFormat {
    Text => "text",
    Osm => "osm",
});

/// The one GeoJSON geometry type resources use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub enum PointType {
    /// A single position.
    #[default]
    Point,
}

/// A GeoJSON `Point` geometry (RFC 7946 §3.1.2): `coordinates` is `[longitude, latitude]` in
/// decimal degrees (CRS84) unless the request asked for another CRS (`[x, y]` in metres for
/// RD New, EPSG:28992).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Point {
    /// Always `Point`.
    #[serde(rename = "type")]
    pub type_: PointType,
    /// `[longitude, latitude]` (CRS84) or `[x, y]` (EPSG:28992).
    #[cfg_attr(feature = "server", schema(min_items = 2, max_items = 2))]
    pub coordinates: [f64; 2],
}

impl Point {
    /// A point at these CRS84 coordinates.
    pub fn new(longitude: f64, latitude: f64) -> Self {
        Point { type_: PointType::Point, coordinates: [longitude, latitude] }
    }
}

/// How the web client draws maps (`GET /api/v1/public/map`): the tile address is configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct MapSettings {
    /// The tiles' URL template, with `{z}`, `{x}` and `{y}` (Leaflet's notation).
    #[cfg_attr(feature = "server", schema(example = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"))]
    pub tile_url: String,
    /// The credit to show on the map, as the tiles' licence asks.
    #[cfg_attr(feature = "server", schema(example = "© OpenStreetMap-bijdragers"))]
    pub attribution: String,
}

/// The person a skill belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ResourceOwner {
    /// The person.
    pub person_id: Uuid,
    /// Their name.
    #[cfg_attr(feature = "server", schema(example = "Welzijn Voorbeeldstad"))]
    pub name: String,
}

/// A resource as the people who may see it read it: every contact detail, each with whether it
/// is shown publicly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Resource {
    /// UUID v7.
    pub id: Uuid,
    /// Name.
    #[cfg_attr(feature = "server", schema(example = "De moestuin achter de flat"))]
    pub name: String,
    /// What it is and does.
    #[cfg_attr(feature = "server", schema(example = "Een gedeelde moestuin; iedereen mag meehelpen en meeoogsten."))]
    pub description: Option<String>,
    /// Kind.
    pub kind: ResourceKind,
    /// Tags, lower case, each once.
    pub tags: Vec<String>,
    /// Whether it can be used now.
    pub status: ResourceStatus,
    /// Who sees it; for a skill, what its owner consented to.
    pub audience: Audience,
    /// For a skill: when its owner's consent to `audience` was recorded (UTC).
    pub consent_recorded_at: Option<DateTime<Utc>>,
    /// For a skill: whose it is.
    pub owner: Option<ResourceOwner>,
    /// Contact person or desk.
    #[cfg_attr(feature = "server", schema(example = "Ria Kok"))]
    pub contact_name: Option<String>,
    /// Whether `contactName` is shown publicly.
    pub contact_name_public: bool,
    /// Email.
    #[cfg_attr(feature = "server", schema(example = "moestuin@example.org"))]
    pub email: Option<String>,
    /// Whether `email` is shown publicly.
    pub email_public: bool,
    /// Phone.
    #[cfg_attr(feature = "server", schema(example = "06-12345678"))]
    pub phone: Option<String>,
    /// Whether `phone` is shown publicly.
    pub phone_public: bool,
    /// Website.
    #[cfg_attr(feature = "server", schema(example = "https://www.example.org/"))]
    pub website: Option<String>,
    /// Whether `website` is shown publicly.
    pub website_public: bool,
    /// Address, as a person writes it.
    #[cfg_attr(feature = "server", schema(example = "Lindeplein 4, 9999 AB Voorbeeldstad"))]
    pub address: Option<String>,
    /// Where it is, if it is somewhere; absent resources are in lists but not on maps.
    pub location: Option<Point>,
    /// The neighbourhood.
    pub neighbourhood_id: Uuid,
    /// Its name.
    #[cfg_attr(feature = "server", schema(example = "De Linde"))]
    pub neighbourhood_name: String,
    /// Its CBS buurt code, if known.
    #[cfg_attr(feature = "server", schema(example = "BU99010101"))]
    pub buurt_code: Option<String>,
    /// The group that keeps it, if any.
    pub group_id: Option<Uuid>,
    /// That group's name.
    #[cfg_attr(feature = "server", schema(example = "Buurtverbinders De Linde"))]
    pub group_name: Option<String>,
    /// Opening hours.
    #[cfg_attr(feature = "server", schema(example = "Maandag tot en met vrijdag 9.00–17.00 uur"))]
    pub opening_hours: Option<String>,
    /// How `openingHours` is written.
    pub opening_hours_format: OpeningHoursFormat,
    /// Accessibility: a step at the door, a hearing loop.
    #[cfg_attr(feature = "server", schema(example = "Drempelvrij, met een invalidentoilet."))]
    pub accessibility: Option<String>,
    /// Languages spoken, as BCP 47 tags (`nl`, `ar`, `tr`).
    pub languages: Vec<String>,
    /// The display name of the account that added it.
    #[cfg_attr(feature = "server", schema(example = "Karin Jansen"))]
    pub added_by: Option<String>,
    /// When it was last checked to be current.
    pub verified_on: Option<NaiveDate>,
    /// The display name of the account that checked it.
    #[cfg_attr(feature = "server", schema(example = "Ahmed El Amrani"))]
    pub verified_by: Option<String>,
    /// Whether it is due for a check: never checked, or not in the last six months.
    pub due_for_check: bool,
    /// Whether the caller may change, check and remove it (the access policy's answer for them),
    /// so a client offers only what will be accepted.
    pub may_change: bool,
    /// Instant of creation (UTC).
    pub created_at: DateTime<Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: DateTime<Utc>,
}

/// A resource as everyone reads it (`GET /api/v1/public/resources`): only resources whose
/// audience is `public`, only the contact details marked public, nothing about who entered it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PublicResource {
    /// UUID v7.
    pub id: Uuid,
    /// Name.
    #[cfg_attr(feature = "server", schema(example = "De moestuin achter de flat"))]
    pub name: String,
    /// What it is and does.
    #[cfg_attr(feature = "server", schema(example = "Een gedeelde moestuin; iedereen mag meehelpen en meeoogsten."))]
    pub description: Option<String>,
    /// Kind.
    pub kind: ResourceKind,
    /// Tags.
    pub tags: Vec<String>,
    /// Whether it can be used now.
    pub status: ResourceStatus,
    /// Contact person or desk, if public.
    #[cfg_attr(feature = "server", schema(example = "Ria Kok"))]
    pub contact_name: Option<String>,
    /// Email, if public.
    #[cfg_attr(feature = "server", schema(example = "moestuin@example.org"))]
    pub email: Option<String>,
    /// Phone, if public.
    #[cfg_attr(feature = "server", schema(example = "06-12345678"))]
    pub phone: Option<String>,
    /// Website, if public.
    #[cfg_attr(feature = "server", schema(example = "https://www.example.org/"))]
    pub website: Option<String>,
    /// Address (absent for a skill: a resident's home is not published).
    #[cfg_attr(feature = "server", schema(example = "Lindeplein 4, 9999 AB Voorbeeldstad"))]
    pub address: Option<String>,
    /// Where it is (absent for a skill).
    pub location: Option<Point>,
    /// The neighbourhood.
    pub neighbourhood_id: Uuid,
    /// Its name.
    #[cfg_attr(feature = "server", schema(example = "De Linde"))]
    pub neighbourhood_name: String,
    /// Its CBS buurt code, if known.
    #[cfg_attr(feature = "server", schema(example = "BU99010101"))]
    pub buurt_code: Option<String>,
    /// Opening hours.
    #[cfg_attr(feature = "server", schema(example = "Maandag tot en met vrijdag 9.00–17.00 uur"))]
    pub opening_hours: Option<String>,
    /// How `openingHours` is written.
    pub opening_hours_format: OpeningHoursFormat,
    /// Accessibility.
    #[cfg_attr(feature = "server", schema(example = "Drempelvrij, met een invalidentoilet."))]
    pub accessibility: Option<String>,
    /// Languages spoken (BCP 47).
    pub languages: Vec<String>,
    /// When it was last checked to be current.
    pub verified_on: Option<NaiveDate>,
}

/// `POST /api/v1/resources`: members of a group add resources of their groups' neighbourhoods,
/// coordinators anywhere.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "server", schema(example = json!({"name": "De moestuin achter de flat", "description": "Een gedeelde moestuin; iedereen mag meehelpen en meeoogsten.", "kind": "place", "tags": ["tuin", "samen"], "audience": "public", "contactName": "Ria Kok", "contactNamePublic": true, "email": "moestuin@example.org", "emailPublic": true, "website": "https://www.example.org/", "websitePublic": true, "address": "Lindeplein 4, 9999 AB Lindeburg", "location": {"type": "Point", "coordinates": [5.1214, 52.0907]}, "neighbourhoodId": "0193b5c0-7d2e-7a41-9c3b-2f5e8d1a4b61", "openingHours": "Zaterdag 10.00–12.00 uur", "accessibility": "Drempelvrij", "languages": ["nl", "en"]})))]
pub struct NewResource {
    /// Name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 200, example = "De moestuin achter de flat"))]
    pub name: String,
    /// What it is and does, at most 2000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[cfg_attr(
        feature = "server",
        schema(max_length = 2000, example = "Een gedeelde moestuin; iedereen mag meehelpen en meeoogsten.")
    )]
    #[serde(default)]
    pub description: Option<String>,
    /// Kind. A `skill` needs `ownerPersonId` and a `groupId`.
    pub kind: ResourceKind,
    /// Tags, at most 20 of 1–50 characters (kept in lower case, each once).
    #[cfg_attr(feature = "server", validate(length(max = 20), custom(function = "crate::rules::tags")))]
    #[cfg_attr(feature = "server", schema(max_items = 20, value_type = Vec<crate::rules::Tag>))]
    #[serde(default)]
    pub tags: Vec<String>,
    /// Status (default `active`).
    #[serde(default = "active")]
    pub status: ResourceStatus,
    /// Who sees it; for a skill, the level its owner consented to (recorded with this moment).
    pub audience: Audience,
    /// For a skill: the person whose skill it is (required then, refused otherwise).
    #[serde(default)]
    pub owner_person_id: Option<Uuid>,
    /// Contact person or desk, at most 100 characters.
    #[cfg_attr(feature = "server", validate(length(max = 100)))]
    #[cfg_attr(feature = "server", schema(max_length = 100, example = "Ria Kok"))]
    #[serde(default)]
    pub contact_name: Option<String>,
    /// Whether `contactName` is shown publicly (default no).
    #[serde(default)]
    pub contact_name_public: bool,
    /// Email.
    #[cfg_attr(feature = "server", validate(email, length(max = 254)))]
    #[cfg_attr(feature = "server", schema(max_length = 254, format = Email, example = "moestuin@example.org"))]
    #[serde(default)]
    pub email: Option<String>,
    /// Whether `email` is shown publicly (default no).
    #[serde(default)]
    pub email_public: bool,
    /// Phone.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::phone")))]
    #[serde(default)]
    #[cfg_attr(feature = "server", schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", example = "06-12345678"))]
    pub phone: Option<String>,
    /// Whether `phone` is shown publicly (default no).
    #[serde(default)]
    pub phone_public: bool,
    /// Website, an http(s) URL.
    #[cfg_attr(feature = "server", validate(url, length(max = 500), custom(function = "crate::rules::web_address")))]
    #[cfg_attr(feature = "server", schema(max_length = 500, format = "uri", example = "https://www.example.org/"))]
    #[serde(default)]
    pub website: Option<String>,
    /// Whether `website` is shown publicly (default no).
    #[serde(default)]
    pub website_public: bool,
    /// Address, at most 200 characters.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[cfg_attr(feature = "server", schema(max_length = 200, example = "Lindeplein 4, 9999 AB Voorbeeldstad"))]
    #[serde(default)]
    pub address: Option<String>,
    /// Where it is, in the CRS of `Content-Crs` (default CRS84: `[longitude, latitude]`): a place
    /// in the Netherlands, inside RD New's grid (x −7 000 to 300 000 m, y 289 000 to 629 000 m);
    /// a point elsewhere (swapped coordinates, a missing digit) is refused.
    #[serde(default)]
    pub location: Option<Point>,
    /// The neighbourhood; without it, the group's.
    #[serde(default)]
    pub neighbourhood_id: Option<Uuid>,
    /// The group that keeps it.
    #[serde(default)]
    pub group_id: Option<Uuid>,
    /// Opening hours, at most 500 characters.
    #[cfg_attr(feature = "server", validate(length(max = 500)))]
    #[cfg_attr(feature = "server", schema(max_length = 500, example = "Maandag tot en met vrijdag 9.00–17.00 uur"))]
    #[serde(default)]
    pub opening_hours: Option<String>,
    /// How `openingHours` is written (default `text`); `osm` is checked against the syntax.
    #[serde(default)]
    pub opening_hours_format: OpeningHoursFormat,
    /// Accessibility, at most 500 characters.
    #[cfg_attr(feature = "server", validate(length(max = 500)))]
    #[cfg_attr(feature = "server", schema(max_length = 500, example = "Drempelvrij, met een invalidentoilet."))]
    #[serde(default)]
    pub accessibility: Option<String>,
    /// Languages spoken, at most 20 BCP 47 tags (`nl`, `en`, `ar`).
    #[cfg_attr(feature = "server", validate(length(max = 20), custom(function = "crate::rules::languages")))]
    #[cfg_attr(feature = "server", schema(max_items = 20, value_type = Vec<crate::rules::LanguageTag>))]
    #[serde(default)]
    pub languages: Vec<String>,
}

fn active() -> ResourceStatus {
    ResourceStatus::Active
}

/// `PATCH /api/v1/resources/{id}` (JSON merge patch). A skill's owner does not change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct ResourcePatch {
    /// Name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "De moestuin achter de flat")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 2000, example = "Een gedeelde moestuin; iedereen mag meehelpen en meeoogsten."))]
    pub description: Option<Option<String>>,
    /// Kind (a skill stays a skill, and nothing else becomes one).
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub kind: Option<ResourceKind>,
    /// Tags (replaces the list).
    #[cfg_attr(feature = "server", validate(length(max = 20), custom(function = "crate::rules::tags")))]
    #[cfg_attr(feature = "server", schema(nullable = false, max_items = 20, value_type = Option<Vec<crate::rules::Tag>>))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Status.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub status: Option<ResourceStatus>,
    /// Who sees it; for a skill, the owner's new consent (recorded with this moment).
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub audience: Option<Audience>,
    /// Contact person or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 100)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 100, example = "Ria Kok"))]
    pub contact_name: Option<Option<String>>,
    /// Whether `contactName` is shown publicly.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub contact_name_public: Option<bool>,
    /// Email or `null`.
    #[cfg_attr(feature = "server", validate(email, length(max = 254)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, format = Email, max_length = 254))]
    pub email: Option<Option<String>>,
    /// Whether `email` is shown publicly.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub email_public: Option<bool>,
    /// Phone or `null`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::phone")))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", value_type = Option<String>, example = "06-12345678"))]
    pub phone: Option<Option<String>>,
    /// Whether `phone` is shown publicly.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub phone_public: Option<bool>,
    /// Website or `null`.
    #[cfg_attr(feature = "server", validate(url, length(max = 500), custom(function = "crate::rules::web_address")))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 500, format = "uri", example = "https://www.example.org/"))]
    pub website: Option<Option<String>>,
    /// Whether `website` is shown publicly.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub website_public: Option<bool>,
    /// Address or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 200, example = "Lindeplein 4, 9999 AB Voorbeeldstad"))]
    pub address: Option<Option<String>>,
    /// Location or `null`, in the CRS of `Content-Crs` (default CRS84): a place in the Netherlands,
    /// inside RD New's grid (x −7 000 to 300 000 m, y 289 000 to 629 000 m).
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<Point>))]
    pub location: Option<Option<Point>>,
    /// The neighbourhood.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub neighbourhood_id: Option<Uuid>,
    /// The group that keeps it, or `null` (a skill keeps its group).
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<Uuid>))]
    pub group_id: Option<Option<Uuid>>,
    /// Opening hours or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 500)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 500, example = "Maandag tot en met vrijdag 9.00–17.00 uur"))]
    pub opening_hours: Option<Option<String>>,
    /// How `openingHours` is written.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub opening_hours_format: Option<OpeningHoursFormat>,
    /// Accessibility or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 500)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 500, example = "Drempelvrij, met een invalidentoilet."))]
    pub accessibility: Option<Option<String>>,
    /// Languages (replaces the list).
    #[cfg_attr(feature = "server", validate(length(max = 20), custom(function = "crate::rules::languages")))]
    #[cfg_attr(feature = "server", schema(nullable = false, max_items = 20, value_type = Option<Vec<crate::rules::LanguageTag>>))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
}

/// The GeoJSON object type of a feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub enum FeatureType {
    /// A feature.
    #[default]
    Feature,
}

/// The GeoJSON object type of a collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub enum FeatureCollectionType {
    /// A feature collection.
    #[default]
    FeatureCollection,
}

/// A link of a GeoJSON page (a foreign member, as OGC API Features has it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct GeoLink {
    /// `self` or `next`.
    #[cfg_attr(feature = "server", schema(example = "alternate"))]
    pub rel: String,
    /// The media type, `application/geo+json`.
    #[serde(rename = "type")]
    #[cfg_attr(feature = "server", schema(example = "application/geo+json"))]
    pub type_: String,
    /// Absolute path with query.
    #[cfg_attr(feature = "server", schema(example = "/api/v1/groups?pageSize=20&cursor=WzE3MzMwMDAwMDBd"))]
    pub href: String,
}

/// One located resource as a GeoJSON feature (RFC 7946 §3.2); `properties` is the resource
/// without its location.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ResourceFeature<P> {
    /// Always `Feature`.
    #[serde(rename = "type")]
    pub type_: FeatureType,
    /// The resource's id.
    pub id: Uuid,
    /// Its location.
    pub geometry: Point,
    /// The resource (`Resource` or `PublicResource`).
    pub properties: P,
}

/// A page of resources as a GeoJSON `FeatureCollection` (`application/geo+json`, RFC 7946):
/// the located resources of the same page as the JSON list; no `crs` member (the CRS is in the
/// `Content-Crs` header). `links` has `self` and, unless this is the last page, `next`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ResourceFeatureCollection<P> {
    /// Always `FeatureCollection`.
    #[serde(rename = "type")]
    pub type_: FeatureCollectionType,
    /// The located resources of the page.
    pub features: Vec<ResourceFeature<P>>,
    /// Resources of the page without a location (they are in the JSON list, not on a map).
    pub number_without_location: usize,
    /// `self` and `next`.
    pub links: Vec<GeoLink>,
}

/// A coordinate reference system this API answers in (`GET /api/v1/crss`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct CrsList {
    /// The URIs of the supported CRSs, the default (CRS84) first.
    pub crs: Vec<String>,
}
