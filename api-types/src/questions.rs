//! Resident questions, their workflow and history, the organisations they are referred to, and the
//! group's public FAQ (DESIGN.md §3).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[cfg(feature = "server")]
use validator::Validate;

/// Longest question text, in characters.
pub const MAX_QUESTION_LENGTH: u64 = 2000;

/// How a question reached the group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// At a meeting table, an event, in the street.
    InPerson,
    /// Through the public form.
    Online,
    /// By phone.
    Phone,
    /// By email.
    Email,
    /// Anything else.
    Other,
}

crate::string_values!(Channel {
    InPerson => "in_person",
    Online => "online",
    Phone => "phone",
    Email => "email",
    Other => "other",
});

/// The programme's short controlled list of topics (DESIGN.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Housing.
    Housing,
    /// Care and wellbeing.
    CareAndWellbeing,
    /// Loneliness.
    Loneliness,
    /// Money.
    Money,
    /// Safety.
    Safety,
    /// Public space.
    PublicSpace,
    /// Activities.
    Activities,
    /// Volunteering.
    Volunteering,
    /// Anything else.
    Other,
}

crate::string_values!(Topic {
    Housing => "housing",
    CareAndWellbeing => "care_and_wellbeing",
    Loneliness => "loneliness",
    Money => "money",
    Safety => "safety",
    PublicSpace => "public_space",
    Activities => "activities",
    Volunteering => "volunteering",
    Other => "other",
});

/// Where a question stands: `new` → `in_progress` → `referred` → `answered` → `closed`, and a
/// closed question can be reopened (`in_progress`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum QuestionStatus {
    /// Taken in; nobody has picked it up.
    New,
    /// A member is on it.
    InProgress,
    /// Handed over to an organisation.
    Referred,
    /// The resident has an answer.
    Answered,
    /// Done.
    Closed,
}

crate::string_values!(QuestionStatus {
    New => "new",
    InProgress => "in_progress",
    Referred => "referred",
    Answered => "answered",
    Closed => "closed",
});

impl QuestionStatus {
    /// The statuses a question may move to from `self`. Forward along the flow (a step may be
    /// skipped: a question can be answered without a referral), back from `referred` to
    /// `in_progress` when a referral does not work out, and `closed` → `in_progress` to reopen.
    pub fn next(self) -> &'static [QuestionStatus] {
        use QuestionStatus::*;
        match self {
            New => &[InProgress, Referred, Answered, Closed],
            InProgress => &[Referred, Answered, Closed],
            Referred => &[InProgress, Answered, Closed],
            Answered => &[Closed],
            Closed => &[InProgress],
        }
    }
}

/// A resident question, as the group's members and coordinators see it. Contact details only with
/// the asker's consent; after the retention period the personal data of a closed question is
/// erased and `erasedAt` is set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Question {
    /// UUID v7.
    pub id: Uuid,
    /// The group that handles it.
    pub group_id: Uuid,
    /// How it reached the group.
    pub channel: Channel,
    /// The event it was asked at.
    pub event_id: Option<Uuid>,
    /// When it was asked (may be before it was entered).
    pub asked_at: DateTime<Utc>,
    /// Topic from the controlled list.
    pub topic: Topic,
    /// The question, as the resident put it (empty once erased).
    #[cfg_attr(
        feature = "server",
        schema(example = "De lantaarnpaal bij het speelveld doet het al weken niet. Wie kan ik bellen?")
    )]
    pub text: String,
    /// The asker's name (with consent).
    #[cfg_attr(feature = "server", schema(example = "Jan Bakker"))]
    pub asker_name: Option<String>,
    /// The asker's email (with consent).
    #[cfg_attr(feature = "server", schema(example = "jan@example.org"))]
    pub asker_email: Option<String>,
    /// The asker's phone (with consent).
    #[cfg_attr(feature = "server", schema(example = "06-87654321"))]
    pub asker_phone: Option<String>,
    /// When the asker consented to the group keeping their name and contact details.
    pub contact_consent_at: Option<DateTime<Utc>>,
    /// Where it stands.
    pub status: QuestionStatus,
    /// The statuses it may move to now.
    pub allowed_statuses: Vec<QuestionStatus>,
    /// The member (person) handling it.
    pub assignee_id: Option<Uuid>,
    /// The assignee's name.
    #[cfg_attr(feature = "server", schema(example = "Ahmed El Amrani"))]
    pub assignee_name: Option<String>,
    /// The answer the resident sees with their tracking code, if any.
    #[cfg_attr(
        feature = "server",
        schema(example = "Wij hebben het doorgegeven aan de gemeente; de lamp wordt deze week vervangen.")
    )]
    pub public_answer: Option<String>,
    /// Seconds from `askedAt` to the first move out of `new`.
    pub seconds_to_first_response: Option<i64>,
    /// Seconds from `askedAt` to the first `answered`.
    pub seconds_to_answer: Option<i64>,
    /// The earliest follow-up date of its open referrals.
    pub follow_up_on: Option<NaiveDate>,
    /// When its personal data was erased (retention).
    pub erased_at: Option<DateTime<Utc>>,
    /// Instant of entry (UTC).
    pub created_at: DateTime<Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: DateTime<Utc>,
}

/// `POST /api/v1/questions`: quick intake by a member, on a phone at the meeting table, or later
/// from paper (`askedAt` in the past). Name and contact only with `contactConsent`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[cfg_attr(feature = "server", validate(schema(function = "NewQuestion::check_consent", skip_on_field_errors = false)))]
#[serde(rename_all = "camelCase")]
pub struct NewQuestion {
    /// The group that handles it (the caller's own, unless a coordinator).
    pub group_id: Uuid,
    /// How it reached the group.
    pub channel: Channel,
    /// The event it was asked at.
    #[serde(default)]
    pub event_id: Option<Uuid>,
    /// When it was asked (default now); not in the future and at most a year ago.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::in_past_year")))]
    #[serde(default)]
    pub asked_at: Option<DateTime<Utc>>,
    /// Topic.
    pub topic: Topic,
    /// The question, 1–2000 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 1, max = 2000), custom(function = "crate::rules::not_blank"))
    )]
    #[cfg_attr(
        feature = "server",
        schema(
            example = "De lantaarnpaal bij het speelveld doet het al weken niet. Wie kan ik bellen?",
            min_length = 1,
            max_length = 2000
        )
    )]
    pub text: String,
    /// The asker's name, at most 100 characters (with consent).
    #[cfg_attr(feature = "server", validate(length(max = 100)))]
    #[cfg_attr(feature = "server", schema(max_length = 100, example = "Jan Bakker"))]
    #[serde(default)]
    pub asker_name: Option<String>,
    /// The asker's email (with consent).
    #[cfg_attr(feature = "server", validate(email, length(max = 254)))]
    #[cfg_attr(feature = "server", schema(max_length = 254, format = Email, example = "jan@example.org"))]
    #[serde(default)]
    pub asker_email: Option<String>,
    /// The asker's phone (with consent).
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::phone")))]
    #[serde(default)]
    #[cfg_attr(feature = "server", schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", example = "06-87654321"))]
    pub asker_phone: Option<String>,
    /// The asker agrees that the group keeps their name and contact details to follow up (AVG);
    /// required when any of them is given.
    #[serde(default)]
    pub contact_consent: bool,
    /// The member (person) who takes it on.
    #[serde(default)]
    pub assignee_id: Option<Uuid>,
}

#[cfg(feature = "server")]
impl NewQuestion {
    fn check_consent(&self) -> Result<(), validator::ValidationError> {
        crate::rules::contact_consent(self.contact_consent, &[&self.asker_name, &self.asker_email, &self.asker_phone])
    }
}

/// `PATCH /api/v1/questions/{id}` (JSON merge patch): move it along (409 names the allowed moves),
/// assign it, change its topic, write the answer the resident sees. A `note` goes into the history
/// with the change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct QuestionPatch {
    /// New status.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub status: Option<QuestionStatus>,
    /// The member (person) handling it, or `null`.
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<Uuid>))]
    pub assignee_id: Option<Option<Uuid>>,
    /// Topic.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub topic: Option<Topic>,
    /// The answer the resident sees with their tracking code, at most 2000 characters, or `null`.
    /// Write it for the resident: it is shown as it is.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 2000, example = "Wij hebben het doorgegeven aan de gemeente; de lamp wordt deze week vervangen."))]
    pub public_answer: Option<Option<String>>,
    /// A note for the history, at most 1000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 1000)))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, max_length = 1000, example = "Gebeld; komt naar de training in maart.")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a history entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum QuestionChange {
    /// The question was taken in or moved to another status.
    Status,
    /// A note, without another change.
    Note,
    /// It was assigned to a member, or unassigned.
    Assignment,
    /// The answer the resident sees with the tracking code was written, changed or removed.
    PublicAnswer,
    /// The resident reacted through the tracking code (the text is the `note`).
    Reaction,
    /// The resident said through the tracking code that it is not solved (the text is the
    /// `note`); an answered or closed question moved back to `in_progress`.
    NotSolved,
}

crate::string_values!(QuestionChange {
    Status => "status",
    Note => "note",
    Assignment => "assignment",
    PublicAnswer => "public_answer",
    Reaction => "reaction",
    NotSolved => "not_solved",
});

/// One entry of a question's timeline: who did what when (a move, a note, an assignment, the
/// public answer), and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct QuestionHistoryEntry {
    /// UUID v7.
    pub id: Uuid,
    /// What happened.
    pub change: QuestionChange,
    /// Who (account display name); absent for the resident or the system, and after erasure.
    #[cfg_attr(feature = "server", schema(example = "Ahmed El Amrani"))]
    pub actor: Option<String>,
    /// Status before; absent for the intake.
    pub from_status: Option<QuestionStatus>,
    /// Status after (the same as `fromStatus` for a change that did not move the question).
    pub to_status: QuestionStatus,
    /// For an `assignment`: the member it was assigned to; absent when it was unassigned, and
    /// after erasure.
    #[cfg_attr(feature = "server", schema(example = "Ahmed El Amrani"))]
    pub assignee_name: Option<String>,
    /// Why, or what was done (erased with the personal data).
    #[cfg_attr(feature = "server", schema(example = "Doorverwezen naar de gemeente."))]
    pub note: Option<String>,
    /// When (UTC).
    pub created_at: DateTime<Utc>,
}

/// `POST /api/v1/public/groups/{slug}/questions`: a resident asks online, without an account.
/// Contact details only with consent. `website` is a honeypot: people leave it empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[cfg_attr(
    feature = "server",
    validate(schema(function = "PublicQuestion::check_consent", skip_on_field_errors = false))
)]
#[serde(rename_all = "camelCase")]
pub struct PublicQuestion {
    /// The question, 1–2000 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 1, max = 2000), custom(function = "crate::rules::not_blank"))
    )]
    #[cfg_attr(
        feature = "server",
        schema(
            example = "De lantaarnpaal bij het speelveld doet het al weken niet. Wie kan ik bellen?",
            min_length = 1,
            max_length = 2000
        )
    )]
    pub text: String,
    /// Topic (default `other`).
    #[serde(default)]
    pub topic: Option<Topic>,
    /// Name, at most 100 characters (with consent).
    #[cfg_attr(feature = "server", validate(length(max = 100)))]
    #[cfg_attr(feature = "server", schema(max_length = 100, example = "Sanne de Vries"))]
    #[serde(default)]
    pub name: Option<String>,
    /// Email (with consent).
    #[cfg_attr(feature = "server", validate(email, length(max = 254)))]
    #[cfg_attr(feature = "server", schema(max_length = 254, format = Email, example = "sanne@example.org"))]
    #[serde(default)]
    pub email: Option<String>,
    /// Phone (with consent).
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::phone")))]
    #[serde(default)]
    #[cfg_attr(feature = "server", schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", example = "06-12345678"))]
    pub phone: Option<String>,
    /// Agreement that the group keeps name and contact details to answer (AVG); required with any
    /// of them.
    #[serde(default)]
    pub contact_consent: bool,
    /// Leave empty (a field people do not see; forms filled in by robots fill it).
    #[cfg_attr(feature = "server", validate(length(max = 200), custom(function = "crate::rules::left_empty")))]
    #[cfg_attr(feature = "server", schema(max_length = 200, example = "https://www.example.org/"))]
    #[serde(default)]
    pub website: Option<String>,
}

#[cfg(feature = "server")]
impl PublicQuestion {
    fn check_consent(&self) -> Result<(), validator::ValidationError> {
        crate::rules::contact_consent(self.contact_consent, &[&self.name, &self.email, &self.phone])
    }
}

/// `POST /api/v1/public/questions/{trackingCode}/reactions`: the resident reacts to the answer
/// without an account, or says it is not solved.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewResidentReaction {
    /// What the resident writes, 1–2000 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 1, max = 2000), custom(function = "crate::rules::not_blank"))
    )]
    #[cfg_attr(
        feature = "server",
        schema(example = "Dank je, de lamp doet het weer.", min_length = 1, max_length = 2000)
    )]
    pub text: String,
    /// `true`: the question is not solved; an answered or closed question is reopened
    /// (`in_progress`).
    #[serde(default)]
    pub not_solved: bool,
}

/// One reaction of the resident, as the tracking page shows it back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ResidentReaction {
    /// What they wrote.
    #[cfg_attr(feature = "server", schema(example = "Dank je, de lamp doet het weer."))]
    pub text: String,
    /// Whether they said it is not solved.
    pub not_solved: bool,
    /// When (UTC).
    pub created_at: DateTime<Utc>,
}

/// What a resident can see with their tracking code: never personal data (only their own
/// reactions, which they wrote with this code).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct QuestionTracking {
    /// The tracking code (about 80 random bits, in groups of four characters).
    #[cfg_attr(feature = "server", schema(example = "LNDR-4M7Q-PZ2W-9H6V"))]
    pub tracking_code: String,
    /// The group's name.
    #[cfg_attr(feature = "server", schema(example = "Buurtverbinders De Linde"))]
    pub group_name: String,
    /// The group's public address (`public/groups/{slug}`), where a resident asks another
    /// question.
    #[cfg_attr(feature = "server", schema(example = "de-linde"))]
    pub group_slug: String,
    /// Topic.
    pub topic: Topic,
    /// Where it stands.
    pub status: QuestionStatus,
    /// When it was asked.
    pub asked_at: DateTime<Utc>,
    /// The answer written for the resident, if any.
    #[cfg_attr(
        feature = "server",
        schema(example = "Wij hebben het doorgegeven aan de gemeente; de lamp wordt deze week vervangen.")
    )]
    pub public_answer: Option<String>,
    /// The resident's reactions through the tracking code, oldest first.
    #[serde(default)]
    pub reactions: Vec<ResidentReaction>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// What kind of organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    /// The municipality (a wijkteam, the Wmo desk).
    Municipality,
    /// Social work, welfare.
    Welfare,
    /// Health care (GP, home care).
    Care,
    /// Housing corporation.
    Housing,
    /// Debt and money help.
    Money,
    /// Legal help.
    Legal,
    /// Volunteers' organisation.
    Volunteering,
    /// Anything else.
    Other,
}

crate::string_values!(OrganisationKind {
    Municipality => "municipality",
    Welfare => "welfare",
    Care => "care",
    Housing => "housing",
    Money => "money",
    Legal => "legal",
    Volunteering => "volunteering",
    Other => "other",
});

/// A professional organisation of the local directory ("sociale kaart").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Organisation {
    /// UUID v7.
    pub id: Uuid,
    /// Name.
    #[cfg_attr(feature = "server", schema(example = "Welzijn Voorbeeldstad"))]
    pub name: String,
    /// Kind.
    pub kind: OrganisationKind,
    /// Topics it helps with.
    pub topics: Vec<Topic>,
    /// Neighbourhoods it serves (empty: the whole municipality).
    pub neighbourhood_ids: Vec<Uuid>,
    /// The contact person to refer to.
    #[cfg_attr(feature = "server", schema(example = "Ria Kok"))]
    pub contact_person: Option<String>,
    /// Phone.
    #[cfg_attr(feature = "server", schema(example = "06-12345678"))]
    pub phone: Option<String>,
    /// Email.
    #[cfg_attr(feature = "server", schema(example = "info@example.org"))]
    pub email: Option<String>,
    /// Website (http or https).
    #[cfg_attr(feature = "server", schema(example = "https://www.example.org/"))]
    pub website: Option<String>,
    /// Instant of creation (UTC).
    pub created_at: DateTime<Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: DateTime<Utc>,
}

/// `POST /api/v1/organisations` (coordinators, admins and professionals).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewOrganisation {
    /// Name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 200, example = "Welzijn Voorbeeldstad"))]
    pub name: String,
    /// Kind.
    pub kind: OrganisationKind,
    /// Topics it helps with.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Neighbourhoods it serves (empty: all).
    #[serde(default)]
    pub neighbourhood_ids: Vec<Uuid>,
    /// Contact person, at most 100 characters.
    #[cfg_attr(feature = "server", validate(length(max = 100)))]
    #[cfg_attr(feature = "server", schema(max_length = 100, example = "Ria Kok"))]
    #[serde(default)]
    pub contact_person: Option<String>,
    /// Phone.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::phone")))]
    #[serde(default)]
    #[cfg_attr(feature = "server", schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", example = "06-12345678"))]
    pub phone: Option<String>,
    /// Email.
    #[cfg_attr(feature = "server", validate(email, length(max = 254)))]
    #[cfg_attr(feature = "server", schema(max_length = 254, format = Email, example = "info@example.org"))]
    #[serde(default)]
    pub email: Option<String>,
    /// Website, an http(s) URL.
    #[cfg_attr(feature = "server", validate(url, length(max = 500), custom(function = "crate::rules::web_address")))]
    #[cfg_attr(feature = "server", schema(max_length = 500, format = "uri", example = "https://www.example.org/"))]
    #[serde(default)]
    pub website: Option<String>,
}

/// How a referral turned out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum ReferralOutcome {
    /// The resident and the organisation are in touch.
    Connected,
    /// The organisation could not reach the resident (or the other way round).
    NotReached,
    /// The resident or the organisation declined.
    Declined,
}

crate::string_values!(ReferralOutcome {
    Connected => "connected",
    NotReached => "not_reached",
    Declined => "declined",
});

/// A warm referral of a question to a named contact at an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Referral {
    /// UUID v7.
    pub id: Uuid,
    /// The question.
    pub question_id: Uuid,
    /// The organisation.
    pub organisation_id: Uuid,
    /// Its name.
    #[cfg_attr(feature = "server", schema(example = "Welzijn Voorbeeldstad"))]
    pub organisation_name: String,
    /// The named contact the resident was handed to.
    #[cfg_attr(feature = "server", schema(example = "Ria Kok"))]
    pub contact_name: Option<String>,
    /// When the resident agreed that their details are passed on; absent: they are not.
    pub consent_to_share_at: Option<DateTime<Utc>>,
    /// A note.
    #[cfg_attr(feature = "server", schema(example = "Gebeld; komt naar de training in maart."))]
    pub note: Option<String>,
    /// When to check how it went.
    pub follow_up_on: Option<NaiveDate>,
    /// How it turned out; absent while open.
    pub outcome: Option<ReferralOutcome>,
    /// Instant of creation (UTC).
    pub created_at: DateTime<Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: DateTime<Utc>,
}

/// `POST /api/v1/questions/{id}/referrals`: refer the question (it becomes `referred`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewReferral {
    /// The organisation.
    pub organisation_id: Uuid,
    /// The named contact, at most 100 characters (default the organisation's contact person).
    #[cfg_attr(feature = "server", validate(length(max = 100)))]
    #[cfg_attr(feature = "server", schema(max_length = 100, example = "Ria Kok"))]
    #[serde(default)]
    pub contact_name: Option<String>,
    /// The resident agreed that their details are passed on.
    #[serde(default)]
    pub consent_to_share: bool,
    /// A note, at most 1000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 1000)))]
    #[cfg_attr(feature = "server", schema(max_length = 1000, example = "Gebeld; komt naar de training in maart."))]
    #[serde(default)]
    pub note: Option<String>,
    /// When to check how it went (not in the past).
    #[serde(default)]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub follow_up_on: Option<NaiveDate>,
}

/// `PATCH /api/v1/questions/{id}/referrals/{referralId}` (JSON merge patch): the outcome, a new
/// follow-up date or a note.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct ReferralPatch {
    /// How it turned out, or `null` while open.
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<ReferralOutcome>))]
    pub outcome: Option<Option<ReferralOutcome>>,
    /// When to check, or `null`.
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<NaiveDate>))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub follow_up_on: Option<Option<NaiveDate>>,
    /// A note, at most 1000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 1000)))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, max_length = 1000, example = "Gebeld; komt naar de training in maart.")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// An anonymised question and answer on the group's public page, written by a member: nothing of
/// the private record is copied into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct FaqItem {
    /// UUID v7.
    pub id: Uuid,
    /// The group.
    pub group_id: Uuid,
    /// The question it came from (members only; absent on public pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_id: Option<Uuid>,
    /// Topic.
    pub topic: Topic,
    /// The public question.
    #[cfg_attr(feature = "server", schema(example = "Moet ik me aanmelden voor het inloopuur?"))]
    pub question: String,
    /// The public answer.
    #[cfg_attr(feature = "server", schema(example = "Nee, kom gewoon langs; de koffie staat klaar."))]
    pub answer: String,
    /// Shown on the public page.
    pub published: bool,
    /// Instant of the last change (UTC).
    pub updated_at: DateTime<Utc>,
}

/// `POST /api/v1/groups/{id}/faq`: a member writes a public question and answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewFaqItem {
    /// The question it came from (optional).
    #[serde(default)]
    pub question_id: Option<Uuid>,
    /// Topic.
    pub topic: Topic,
    /// The public question, 1–500 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 500), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(min_length = 1, max_length = 500, example = "Moet ik me aanmelden voor het inloopuur?")
    )]
    pub question: String,
    /// The public answer, 1–2000 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 1, max = 2000), custom(function = "crate::rules::not_blank"))
    )]
    #[cfg_attr(
        feature = "server",
        schema(example = "Nee, kom gewoon langs; de koffie staat klaar.", min_length = 1, max_length = 2000)
    )]
    pub answer: String,
    /// Shown on the public page (default true).
    #[serde(default)]
    pub published: Option<bool>,
}

/// `PATCH /api/v1/organisations/{id}` (JSON merge patch).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct OrganisationPatch {
    /// Name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "Welzijn Voorbeeldstad")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Kind.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub kind: Option<OrganisationKind>,
    /// Topics (replaces the list).
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub topics: Option<Vec<Topic>>,
    /// Neighbourhoods served (replaces the list; empty: all).
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub neighbourhood_ids: Option<Vec<Uuid>>,
    /// Contact person or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 100)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 100, example = "Ria Kok"))]
    pub contact_person: Option<Option<String>>,
    /// Phone or `null`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::phone")))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", value_type = Option<String>, example = "06-12345678"))]
    pub phone: Option<Option<String>>,
    /// Email or `null`.
    #[cfg_attr(feature = "server", validate(email, length(max = 254)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, format = Email, max_length = 254))]
    pub email: Option<Option<String>>,
    /// Website or `null`.
    #[cfg_attr(feature = "server", validate(url, length(max = 500), custom(function = "crate::rules::web_address")))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 500, format = "uri", example = "https://www.example.org/"))]
    pub website: Option<Option<String>>,
}

/// `PATCH /api/v1/groups/{id}/faq/{itemId}` (JSON merge patch).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct FaqItemPatch {
    /// Topic.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub topic: Option<Topic>,
    /// The public question, 1–500 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 500), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(
            nullable = false,
            min_length = 1,
            max_length = 500,
            example = "Moet ik me aanmelden voor het inloopuur?"
        )
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The public answer, 1–2000 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 1, max = 2000), custom(function = "crate::rules::not_blank"))
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "server",
        schema(
            nullable = false,
            example = "Nee, kom gewoon langs; de koffie staat klaar.",
            min_length = 1,
            max_length = 2000
        )
    )]
    pub answer: Option<String>,
    /// Shown on the public page.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub published: Option<bool>,
}
