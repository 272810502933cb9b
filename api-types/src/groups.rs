//! Groups of connectors, their memberships and the programme's composition rules.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[cfg(feature = "server")]
use validator::Validate;

/// From the programme: a group has at least 5 members.
pub const MIN_MEMBERS: i64 = 5;
/// From the programme: a group has at most 8 members.
pub const MAX_MEMBERS: i64 = 8;
/// From the programme: one professional is always involved.
pub const MIN_PROFESSIONALS: i64 = 1;
/// From the programme: at most two professionals.
pub const MAX_PROFESSIONALS: i64 = 2;

/// Life cycle of a group: `forming` → `active` ⇄ `paused` → `ended`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum GroupStatus {
    /// Being put together; not yet meeting the composition rules.
    Forming,
    /// Running: activation requires the composition rules to be met.
    Active,
    /// Temporarily not running.
    Paused,
    /// Stopped; history is kept.
    Ended,
}

crate::string_values!(GroupStatus {
    Forming => "forming",
    Active => "active",
    Paused => "paused",
    Ended => "ended",
});

impl GroupStatus {
    /// Whether a group may move from `self` to `to`: forming → active, active ⇄ paused, and any
    /// status but ended → ended.
    pub fn can_become(self, to: GroupStatus) -> bool {
        use GroupStatus::*;
        matches!(
            (self, to),
            (Forming, Active) | (Active, Paused) | (Paused, Active) | (Forming | Active | Paused, Ended)
        )
    }
}

/// A composition rule from the programme, as named in `unmetRules` and in problem types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum CompositionRule {
    /// At least 5 current members.
    MinMembers,
    /// At most 8 current members.
    MaxMembers,
    /// At least 1 professional.
    MinProfessionals,
    /// At most 2 professionals.
    MaxProfessionals,
    /// More residents than professionals.
    ResidentMajority,
}

crate::string_values!(CompositionRule {
    MinMembers => "min_members",
    MaxMembers => "max_members",
    MinProfessionals => "min_professionals",
    MaxProfessionals => "max_professionals",
    ResidentMajority => "resident_majority",
});

/// The composition of a group's current membership against the programme's rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "server", schema(example = json!({"members": 7, "residents": 6, "professionals": 1, "untrainedMembers": 0, "isComplete": true, "unmetRules": []})))]
pub struct Composition {
    /// Current members (residents + professionals).
    #[cfg_attr(feature = "server", schema(example = 7))]
    pub members: i64,
    /// Current resident members.
    #[cfg_attr(feature = "server", schema(example = 6))]
    pub residents: i64,
    /// Current professional members.
    #[cfg_attr(feature = "server", schema(example = 1))]
    pub professionals: i64,
    /// Whether every rule is met (5–8 members, 1–2 professionals, resident majority).
    pub is_complete: bool,
    /// Every rule not met, in a fixed order.
    pub unmet_rules: Vec<CompositionRule>,
    /// Current members who have not (yet) completed a training (present at every required day).
    #[serde(default)]
    #[cfg_attr(feature = "server", schema(example = 0))]
    pub untrained_members: i64,
}

impl Composition {
    /// Evaluates the programme's rules for the given counts of current members (`untrainedMembers`
    /// starts at all of them; the caller lowers it by those who completed a training).
    pub fn evaluate(residents: i64, professionals: i64) -> Self {
        let members = residents + professionals;
        let mut unmet_rules = Vec::new();
        if members < MIN_MEMBERS {
            unmet_rules.push(CompositionRule::MinMembers);
        }
        if members > MAX_MEMBERS {
            unmet_rules.push(CompositionRule::MaxMembers);
        }
        if professionals < MIN_PROFESSIONALS {
            unmet_rules.push(CompositionRule::MinProfessionals);
        }
        if professionals > MAX_PROFESSIONALS {
            unmet_rules.push(CompositionRule::MaxProfessionals);
        }
        if residents <= professionals {
            unmet_rules.push(CompositionRule::ResidentMajority);
        }
        Composition {
            members,
            residents,
            professionals,
            is_complete: unmet_rules.is_empty(),
            unmet_rules,
            untrained_members: members,
        }
    }
}

/// A group of connectors in a neighbourhood.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// UUID v7.
    pub id: Uuid,
    /// Name of the group.
    #[cfg_attr(feature = "server", schema(example = "Buurtverbinders De Linde"))]
    pub name: String,
    /// URL-safe name of the group's public page, derived from the name; unique.
    #[cfg_attr(feature = "server", schema(example = "de-linde"))]
    pub slug: String,
    /// The neighbourhood the group works in.
    pub neighbourhood_id: Uuid,
    /// Life-cycle status.
    pub status: GroupStatus,
    /// What the group is about.
    #[cfg_attr(
        feature = "server",
        schema(example = "Buren die laten zien wat De Linde al heeft en mensen met elkaar verbinden.")
    )]
    pub description: Option<String>,
    /// Where the group usually meets (a visible place in the neighbourhood).
    #[cfg_attr(feature = "server", schema(example = "Buurtkamer De Linde, Lindeplein 4"))]
    pub meeting_place: Option<String>,
    /// Current composition against the programme's rules.
    pub composition: Composition,
    /// Instant of creation (UTC).
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// A group as anyone sees it on its public page (`GET /api/v1/public/groups/{slug}`): no members,
/// no composition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PublicGroup {
    /// Name of the group.
    #[cfg_attr(feature = "server", schema(example = "Buurtverbinders De Linde"))]
    pub name: String,
    /// URL-safe name of the group's public page.
    #[cfg_attr(feature = "server", schema(example = "de-linde"))]
    pub slug: String,
    /// The neighbourhood's name.
    #[cfg_attr(feature = "server", schema(example = "De Linde"))]
    pub neighbourhood_name: String,
    /// The neighbourhood's id: what it has is in `public/resources?neighbourhoodId=`.
    pub neighbourhood_id: Uuid,
    /// Life-cycle status: an `ended` group takes no new questions.
    pub status: GroupStatus,
    /// What the group is about.
    #[cfg_attr(
        feature = "server",
        schema(example = "Buren die laten zien wat De Linde al heeft en mensen met elkaar verbinden.")
    )]
    pub description: Option<String>,
    /// Where the group usually meets.
    #[cfg_attr(feature = "server", schema(example = "Buurtkamer De Linde, Lindeplein 4"))]
    pub meeting_place: Option<String>,
    /// The group's own site, as its members set it up.
    pub site: crate::PublicSite,
}

/// `POST /api/v1/groups` (coordinators and admins). A new group is `forming`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewGroup {
    /// Name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 200, example = "Buurtverbinders De Linde"))]
    pub name: String,
    /// The neighbourhood the group works in.
    pub neighbourhood_id: Uuid,
    /// What the group is about, at most 2000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[cfg_attr(
        feature = "server",
        schema(
            max_length = 2000,
            example = "Buren die laten zien wat De Linde al heeft en mensen met elkaar verbinden."
        )
    )]
    #[serde(default)]
    pub description: Option<String>,
    /// Where the group usually meets, at most 200 characters.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[cfg_attr(feature = "server", schema(max_length = 200, example = "Buurtkamer De Linde, Lindeplein 4"))]
    #[serde(default)]
    pub meeting_place: Option<String>,
}

/// `PATCH /api/v1/groups/{id}` (JSON merge patch). `{"status": "active"}` activates the group when
/// every composition rule is met, else 409 listing every unmet rule.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct GroupPatch {
    /// Name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "Buurtverbinders De Linde")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Move the group to another neighbourhood.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub neighbourhood_id: Option<Uuid>,
    /// New status (forming → active ⇄ paused → ended).
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub status: Option<GroupStatus>,
    /// Description or `null`, at most 2000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 2000, example = "Buren die laten zien wat De Linde al heeft en mensen met elkaar verbinden."))]
    pub description: Option<Option<String>>,
    /// Meeting place or `null`, at most 200 characters.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 200, example = "Buurtkamer De Linde, Lindeplein 4"))]
    pub meeting_place: Option<Option<String>>,
}

/// Whether a member takes part as a resident or as a professional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum MembershipKind {
    /// A resident connector (buurtverbinder).
    Resident,
    /// A professional (district director, volunteer coordinator, social worker, other).
    Professional,
}

crate::string_values!(MembershipKind {
    Resident => "resident",
    Professional => "professional",
});

/// The role of a professional member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum ProfessionalRole {
    /// Municipal district director (wijkregisseur).
    DistrictDirector,
    /// Volunteer coordinator (vrijwilligerscoördinator).
    VolunteerCoordinator,
    /// Social worker (sociaal werker).
    SocialWorker,
    /// Another professional role.
    Other,
}

crate::string_values!(ProfessionalRole {
    DistrictDirector => "district_director",
    VolunteerCoordinator => "volunteer_coordinator",
    SocialWorker => "social_worker",
    Other => "other",
});

/// A membership of a person in a group. Ending it sets `leftOn`; history is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Membership {
    /// UUID v7.
    pub id: Uuid,
    /// The group.
    pub group_id: Uuid,
    /// The person.
    pub person_id: Uuid,
    /// The person's name, for display.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub person_name: String,
    /// Resident or professional.
    pub kind: MembershipKind,
    /// For professionals: their role.
    pub professional_role: Option<ProfessionalRole>,
    /// For professionals: their organisation.
    #[cfg_attr(feature = "server", schema(example = "Gemeente Voorbeeldstad"))]
    pub organisation: Option<String>,
    /// First day of membership.
    pub joined_on: chrono::NaiveDate,
    /// The day the person left; absent while current. From that day on the membership no longer
    /// counts towards the composition.
    pub left_on: Option<chrono::NaiveDate>,
    /// Whether the membership is current (no `leftOn`, or `leftOn` after today).
    pub is_current: bool,
    /// Instant of creation (UTC).
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// `POST /api/v1/groups/{id}/members`. A write that would exceed 8 current members or
/// 2 professionals is refused with 409.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewMembership {
    /// The person joining.
    pub person_id: Uuid,
    /// Resident or professional.
    pub kind: MembershipKind,
    /// Required for professionals, absent for residents.
    #[serde(default)]
    pub professional_role: Option<ProfessionalRole>,
    /// For professionals: their organisation, at most 200 characters.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[cfg_attr(feature = "server", schema(max_length = 200, example = "Gemeente Voorbeeldstad"))]
    #[serde(default)]
    pub organisation: Option<String>,
    /// First day (default today).
    #[serde(default)]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub joined_on: Option<chrono::NaiveDate>,
    /// Add the person although they are a current member of another group (after the 409
    /// `member-of-other-group` that names those groups). Default `false`.
    #[serde(default)]
    pub confirm_other_groups: bool,
}

/// `PATCH /api/v1/groups/{id}/members/{membershipId}` (JSON merge patch). Setting `leftOn` ends the
/// membership; the record stays.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct MembershipPatch {
    /// The day the person leaves (not before `joinedOn`); from that day on they no longer count.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub left_on: Option<chrono::NaiveDate>,
    /// For professionals: their role.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub professional_role: Option<ProfessionalRole>,
    /// For professionals: their organisation, at most 200 characters.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[cfg_attr(feature = "server", schema(nullable = false, max_length = 200, example = "Gemeente Voorbeeldstad"))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}
