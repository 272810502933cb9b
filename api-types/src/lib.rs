//! Request and response types of the Buurtverbinders API.
//!
//! This crate is compiled into both the API (with the `server` feature, which adds OpenAPI schemas
//! and validation rules) and the Yew web client (without it, for `wasm32-unknown-unknown`), so the
//! client cannot drift from the server. JSON property names are lowerCamelCase and enum values
//! lower snake_case, as the Dutch REST API Design Rules ask.

/// Gives an enum of plain values `ALL`, `as_str` and `parse`, from one list of variants and their
/// JSON (and database) values, so the three cannot disagree.
#[macro_export]
macro_rules! string_values {
    ($name:ident { $($variant:ident => $value:literal),+ $(,)? }) => {
        impl $name {
            /// Every value, in declaration order (for pickers and exhaustive tests).
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// The value as it appears in JSON and in the database.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $value),+
                }
            }

            /// Parses the JSON/database value.
            pub fn parse(value: &str) -> Option<Self> {
                match value {
                    $($value => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        /// Read from a text column: a value that is not one of these is an error, never a default.
        #[cfg(feature = "server")]
        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                $crate::from_text_column::<DB, _>(bytes, stringify!($name), $name::parse)
            }
        }

        /// Written to a text column as its JSON value.
        #[cfg(feature = "server")]
        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut diesel::serialize::Output<'b, '_, DB>) -> diesel::serialize::Result {
                self.as_str().to_sql(out)
            }
        }
    };
}

/// Reads a value kept as text in a column: parsed, or an error naming what the text is not —
/// never a default. Behind the text mappings of the value enums and the typed ids.
#[cfg(feature = "server")]
#[doc(hidden)]
pub fn from_text_column<DB, T>(
    bytes: DB::RawValue<'_>,
    what: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> diesel::deserialize::Result<T>
where
    DB: diesel::backend::Backend,
    String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
{
    let text = <String as diesel::deserialize::FromSql<diesel::sql_types::Text, DB>>::from_sql(bytes)?;
    parse(&text).ok_or_else(|| format!("`{text}` is not a {what}").into())
}

pub mod access;
pub mod api_clients;
pub mod events;
pub mod goals;
pub mod groups;
pub mod ids;
pub mod neighbourhoods;
pub mod people;
pub mod problem;
pub mod questions;
pub mod reports;
pub mod resources;
#[cfg(feature = "server")]
pub mod rules;
pub mod sites;
pub mod stories;
pub mod sync;
pub mod time;
pub mod trainings;

pub use access::*;
pub use api_clients::*;
pub use events::*;
pub use goals::*;
pub use groups::*;
pub use ids::*;
pub use neighbourhoods::*;
pub use people::*;
pub use problem::*;
pub use questions::*;
pub use reports::*;
pub use resources::*;
pub use sites::*;
pub use stories::*;
pub use sync::*;
pub use time::*;
pub use trainings::*;

use serde::{Deserialize, Deserializer, Serialize};

/// Base path of every API endpoint.
pub const API_BASE: &str = "/api/v1";

/// A hyperlink, as used in `_links`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Link {
    /// Absolute path (with query) of the linked resource, e.g. `/api/v1/groups?cursor=…`.
    #[cfg_attr(feature = "server", schema(example = "/api/v1/groups?pageSize=20&cursor=WzE3MzMwMDAwMDBd"))]
    pub href: String,
}

/// Links of a collection page: `self`, and `next` unless this is the last page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PageLinks {
    /// This page.
    #[serde(rename = "self")]
    pub self_: Link,
    /// The next page; absent on the last page (never `null`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub next: Option<Link>,
}

/// One page of a collection: `{ "items": [...], "_links": { "self", "next"? } }`.
///
/// Pages are keyset-paginated: `next` carries an opaque `cursor`; `pageSize` is 1–100 (default 20).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Page<T> {
    /// The resources on this page, in collection order.
    pub items: Vec<T>,
    /// Navigation links.
    #[serde(rename = "_links")]
    pub links: PageLinks,
}

/// Health of the service: `GET /api/v1/health`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Health {
    /// `ok` when the database answers.
    #[cfg_attr(feature = "server", schema(example = "ok"))]
    pub status: String,
    /// `sqlite` or `postgresql`.
    #[cfg_attr(feature = "server", schema(example = "ok", example = "sqlite"))]
    pub database: String,
}

/// Deserializes a JSON merge patch member (RFC 7396): absent → `None`, `null` → `Some(None)`,
/// a value → `Some(Some(value))`. Use with `#[serde(default, deserialize_with = "merge_patch")]`.
pub fn merge_patch<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// Deserializes a merge patch member that cannot be cleared: absent → `None`, a value →
/// `Some(value)`, and `null` (RFC 7396: "remove this member") an error, since a required member
/// cannot be removed; leaving it out keeps it. Use with `#[serde(default, deserialize_with =
/// "not_null")]` and `schema(nullable = false)`.
pub fn not_null<'de, T, D>(deserializer: D) -> Result<Option<T>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    match Option::<T>::deserialize(deserializer)? {
        Some(value) => Ok(Some(value)),
        None => Err(serde::de::Error::custom("cannot be null: this member cannot be removed; leave it out to keep it")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each enum's `ALL` round-trips through its JSON value, so `as_str`, `parse` and serde agree.
    #[test]
    fn enum_values_round_trip() {
        fn check<T: Serialize + PartialEq + std::fmt::Debug>(
            all: &[T],
            as_str: impl Fn(&T) -> &'static str,
            parse: impl Fn(&str) -> Option<T>,
        ) {
            for value in all {
                let json = serde_json::to_value(value).unwrap_or_default();
                assert_eq!(json.as_str(), Some(as_str(value)));
                assert_eq!(parse(as_str(value)).as_ref(), Some(value));
            }
        }
        check(&GroupStatus::ALL, |v| v.as_str(), GroupStatus::parse);
        check(&MembershipKind::ALL, |v| v.as_str(), MembershipKind::parse);
        check(&ProfessionalRole::ALL, |v| v.as_str(), ProfessionalRole::parse);
        check(&ContactPreference::ALL, |v| v.as_str(), ContactPreference::parse);
        check(&Role::ALL, |v| v.as_str(), Role::parse);
        check(&TrainingStatus::ALL, |v| v.as_str(), TrainingStatus::parse);
        check(&Availability::ALL, |v| v.as_str(), Availability::parse);
        check(&AttendanceStatus::ALL, |v| v.as_str(), AttendanceStatus::parse);
        check(&CompositionRule::ALL, |v| v.as_str(), CompositionRule::parse);
        check(&EventType::ALL, |v| v.as_str(), EventType::parse);
        check(&Visibility::ALL, |v| v.as_str(), Visibility::parse);
        check(&EventStatus::ALL, |v| v.as_str(), EventStatus::parse);
        check(&RegistrationStatus::ALL, |v| v.as_str(), RegistrationStatus::parse);
        check(&CandidateStatus::ALL, |v| v.as_str(), CandidateStatus::parse);
        check(&Channel::ALL, |v| v.as_str(), Channel::parse);
        check(&Topic::ALL, |v| v.as_str(), Topic::parse);
        check(&QuestionStatus::ALL, |v| v.as_str(), QuestionStatus::parse);
        check(&OrganisationKind::ALL, |v| v.as_str(), OrganisationKind::parse);
        check(&ReferralOutcome::ALL, |v| v.as_str(), ReferralOutcome::parse);
        check(&ResourceKind::ALL, |v| v.as_str(), ResourceKind::parse);
        check(&ResourceStatus::ALL, |v| v.as_str(), ResourceStatus::parse);
        check(&Audience::ALL, |v| v.as_str(), Audience::parse);
        check(&OpeningHoursFormat::ALL, |v| v.as_str(), OpeningHoursFormat::parse);
        check(&SiteSection::ALL, |v| v.as_str(), SiteSection::parse);
        check(&StoryConsent::ALL, |v| v.as_str(), StoryConsent::parse);
    }
}
