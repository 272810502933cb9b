//! Neighbourhoods (buurten) with their CBS codes.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[cfg(feature = "server")]
use validator::Validate;

/// A neighbourhood (buurt) in a municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Neighbourhood {
    /// UUID v7.
    pub id: Uuid,
    /// Name of the neighbourhood.
    #[cfg_attr(feature = "server", schema(example = "De Linde"))]
    pub name: String,
    /// Name of the municipality (gemeente).
    #[cfg_attr(feature = "server", schema(example = "Voorbeeldstad"))]
    pub municipality: String,
    /// CBS buurt code, `BU` + 8 digits.
    #[cfg_attr(feature = "server", schema(example = "BU99010101"))]
    pub buurt_code: Option<String>,
    /// CBS wijk (district) code, `WK` + 6 digits.
    #[cfg_attr(feature = "server", schema(example = "WK990101"))]
    pub wijk_code: Option<String>,
    /// CBS gemeente code, `GM` + 4 digits.
    #[cfg_attr(feature = "server", schema(example = "GM9901"))]
    pub gemeente_code: Option<String>,
    /// Instant of creation (UTC).
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// `POST /api/v1/neighbourhoods` (coordinators and admins).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewNeighbourhood {
    /// Name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 200, example = "De Linde"))]
    pub name: String,
    /// Municipality name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 200, example = "Voorbeeldstad"))]
    pub municipality: String,
    /// CBS buurt code, `BU` + 8 digits.
    #[cfg_attr(feature = "server", schema(pattern = r"^BU[0-9]{8}$", example = "BU03630001"))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::buurt_code")))]
    #[serde(default)]
    pub buurt_code: Option<String>,
    /// CBS wijk code, `WK` + 6 digits.
    #[cfg_attr(feature = "server", schema(pattern = r"^WK[0-9]{6}$", example = "WK036300"))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::wijk_code")))]
    #[serde(default)]
    pub wijk_code: Option<String>,
    /// CBS gemeente code, `GM` + 4 digits.
    #[cfg_attr(feature = "server", schema(pattern = r"^GM[0-9]{4}$", example = "GM0363"))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::gemeente_code")))]
    #[serde(default)]
    pub gemeente_code: Option<String>,
}

/// `PATCH /api/v1/neighbourhoods/{id}` (JSON merge patch; `null` clears a code).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NeighbourhoodPatch {
    /// Name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(nullable = false, min_length = 1, max_length = 200, example = "De Linde"))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Municipality name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "Voorbeeldstad")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// CBS buurt code or `null`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::buurt_code")))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, pattern = r"^BU[0-9]{8}$", example = "BU99010101"))]
    pub buurt_code: Option<Option<String>>,
    /// CBS wijk code or `null`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::wijk_code")))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, pattern = r"^WK[0-9]{6}$", example = "WK990101"))]
    pub wijk_code: Option<Option<String>>,
    /// CBS gemeente code or `null`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::gemeente_code")))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, pattern = r"^GM[0-9]{4}$", example = "GM9901"))]
    pub gemeente_code: Option<Option<String>>,
}
