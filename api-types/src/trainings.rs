//! Trainings of three days, planned with their participants (DESIGN.md §3).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[cfg(feature = "server")]
use validator::Validate;

/// From the programme: a training takes three days.
pub const DEFAULT_REQUIRED_DAYS: i32 = 3;
/// Most date options a training can have; keeps the exhaustive search of the proposal small
/// (C(20, 10) = 184,756 sets at worst).
pub const MAX_DATE_OPTIONS: usize = 20;
/// Most days a training can require.
pub const MAX_REQUIRED_DAYS: i32 = 10;

/// The four topics of the programme's training, used when none are given.
pub const DEFAULT_TOPICS: [&str; 4] = [
    "Working together well",
    "Setting achievable goals",
    "Having a good conversation",
    "Motivating residents, businesses and organisations to take part",
];

/// Life cycle of a training: `planning` → `scheduled` → `completed` | `cancelled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum TrainingStatus {
    /// Date options are proposed and answered.
    Planning,
    /// The days are fixed (sessions exist).
    Scheduled,
    /// All days have taken place.
    Completed,
    /// Called off.
    Cancelled,
}

crate::string_values!(TrainingStatus {
    Planning => "planning",
    Scheduled => "scheduled",
    Completed => "completed",
    Cancelled => "cancelled",
});

/// A training.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Training {
    /// UUID v7.
    pub id: Uuid,
    /// Title, e.g. "Training buurtverbinders voorjaar 2027".
    #[cfg_attr(feature = "server", schema(example = "Training buurtverbinders voorjaar"))]
    pub title: String,
    /// Who gives the training.
    #[cfg_attr(feature = "server", schema(example = "Mirjam Visser"))]
    pub trainer: Option<String>,
    /// Where it takes place.
    #[cfg_attr(feature = "server", schema(example = "Wijkcentrum De Molen, Molenweg 1"))]
    pub location: Option<String>,
    /// What participants should know.
    #[cfg_attr(
        feature = "server",
        schema(example = "Drie dagen: de buurt in kaart, het goede gesprek, warm doorverwijzen.")
    )]
    pub description: Option<String>,
    /// Days a participant must attend to complete the training (default 3).
    pub required_days: i32,
    /// The topics covered.
    #[cfg_attr(feature = "server", schema(example = json!(["De buurt in kaart", "Het goede gesprek", "Warm doorverwijzen"])))]
    pub topics: Vec<String>,
    /// Life-cycle status.
    pub status: TrainingStatus,
    /// Number of participants.
    pub participant_count: i64,
    /// Number of participants who completed the training (present at every required day).
    pub completed_count: i64,
    /// Instant of creation (UTC).
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// `POST /api/v1/trainings` (coordinators and admins).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewTraining {
    /// Title, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(min_length = 1, max_length = 200, example = "Training buurtverbinders voorjaar")
    )]
    pub title: String,
    /// Trainer, at most 200 characters.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[cfg_attr(feature = "server", schema(max_length = 200, example = "Mirjam Visser"))]
    #[serde(default)]
    pub trainer: Option<String>,
    /// Location, at most 200 characters.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[cfg_attr(feature = "server", schema(max_length = 200, example = "Wijkcentrum De Molen, Molenweg 1"))]
    #[serde(default)]
    pub location: Option<String>,
    /// Description, at most 2000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[cfg_attr(
        feature = "server",
        schema(max_length = 2000, example = "Drie dagen: de buurt in kaart, het goede gesprek, warm doorverwijzen.")
    )]
    #[serde(default)]
    pub description: Option<String>,
    /// Required days, 1–10 (default 3).
    #[cfg_attr(feature = "server", validate(range(min = 1, max = 10)))]
    #[cfg_attr(feature = "server", schema(minimum = 1, maximum = 10, example = 3))]
    #[serde(default)]
    pub required_days: Option<i32>,
    /// Topics (default the programme's four), each 1–200 characters, at most 20.
    #[cfg_attr(feature = "server", validate(length(max = 20), custom(function = "crate::rules::topics")))]
    #[cfg_attr(feature = "server", schema(max_items = 20, value_type = Option<Vec<crate::rules::TrainingTopic>>, example = json!(["De buurt in kaart", "Het goede gesprek", "Warm doorverwijzen"])))]
    #[serde(default)]
    pub topics: Option<Vec<String>>,
}

/// `PATCH /api/v1/trainings/{id}` (JSON merge patch). Status moves: `scheduled` → `completed`, and
/// `planning` or `scheduled` → `cancelled`; `scheduled` is reached by confirming days.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct TrainingPatch {
    /// Title, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "Training buurtverbinders voorjaar")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Trainer or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 200, example = "Mirjam Visser"))]
    pub trainer: Option<Option<String>>,
    /// Location or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 200, example = "Wijkcentrum De Molen, Molenweg 1"))]
    pub location: Option<Option<String>>,
    /// Description or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 2000, example = "Drie dagen: de buurt in kaart, het goede gesprek, warm doorverwijzen."))]
    pub description: Option<Option<String>>,
    /// Required days, 1–10 (only while planning).
    #[cfg_attr(feature = "server", validate(range(min = 1, max = 10)))]
    #[cfg_attr(feature = "server", schema(nullable = false, minimum = 1, maximum = 10))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub required_days: Option<i32>,
    /// Topics, at most 20.
    #[cfg_attr(feature = "server", validate(length(max = 20), custom(function = "crate::rules::topics")))]
    #[cfg_attr(feature = "server", schema(nullable = false, max_items = 20, value_type = Option<Vec<crate::rules::TrainingTopic>>, example = json!(["De buurt in kaart", "Het goede gesprek", "Warm doorverwijzen"])))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<String>>,
    /// New status.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub status: Option<TrainingStatus>,
}

/// A participant of a training.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    /// UUID v7 of the participation.
    pub id: Uuid,
    /// The training.
    pub training_id: Uuid,
    /// The person.
    pub person_id: Uuid,
    /// The person's name.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub person_name: String,
    /// The personal answer link's token (unguessable; only coordinators and admins see it).
    #[cfg_attr(feature = "server", schema(example = "p7Qm2Xc9Lk4Rt8Vb1Ns6Hd3Fg0Jw5Yz"))]
    pub answer_token: Option<String>,
    /// Days present so far.
    pub days_present: i64,
    /// Whether the participant was present at every required day.
    pub completed: bool,
    /// Instant of creation (UTC).
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// `POST /api/v1/trainings/{id}/participants`: one person, or every current member of a group.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewParticipants {
    /// A person to add.
    #[serde(default)]
    pub person_id: Option<Uuid>,
    /// A group whose current members are all added (people already taking part are skipped).
    #[serde(default)]
    pub group_id: Option<Uuid>,
}

/// A proposed date: a day with a start and end time (local time in the Netherlands).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct DateOption {
    /// UUID v7.
    pub id: Uuid,
    /// The training.
    pub training_id: Uuid,
    /// The day.
    pub date: chrono::NaiveDate,
    /// Start, `HH:MM` local time.
    #[cfg_attr(feature = "server", schema(value_type = String, format = "time-local", example = "09:30"))]
    pub start_time: String,
    /// End, `HH:MM` local time, after the start.
    #[cfg_attr(feature = "server", schema(value_type = String, format = "time-local", example = "16:00"))]
    pub end_time: String,
    /// How many participants answered `yes`.
    pub yes: i64,
    /// How many answered `if_need_be`.
    pub if_need_be: i64,
    /// How many answered `no`.
    pub no: i64,
}

/// `POST /api/v1/trainings/{id}/date-options`, and the body of moving a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewDateOption {
    /// The day.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub date: chrono::NaiveDate,
    /// Start, `HH:MM`.
    #[cfg_attr(feature = "server", schema(format = "time-local", example = "09:30"))]
    #[cfg_attr(feature = "server", validate(custom(function = "validate_time_of_day")))]
    pub start_time: String,
    /// End, `HH:MM`, after the start.
    #[cfg_attr(feature = "server", schema(format = "time-local", example = "16:00"))]
    #[cfg_attr(feature = "server", validate(custom(function = "validate_time_of_day")))]
    pub end_time: String,
}

/// Parses a local time of day written `HH:MM` (24-hour clock).
pub fn parse_time_of_day(value: &str) -> Option<chrono::NaiveTime> {
    if value.len() != 5 {
        return None;
    }
    chrono::NaiveTime::parse_from_str(value, "%H:%M").ok()
}

/// Validation rule: a time of day written `HH:MM`.
#[cfg(feature = "server")]
pub fn validate_time_of_day(value: &str) -> Result<(), validator::ValidationError> {
    match parse_time_of_day(value) {
        Some(_) => Ok(()),
        None => Err(validator::ValidationError::new("pattern").with_message("Must be a time as HH:MM.".into())),
    }
}

/// A participant's answer for one date option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    /// Can come.
    Yes,
    /// Can come if it must.
    IfNeedBe,
    /// Cannot come.
    No,
}

crate::string_values!(Availability {
    Yes => "yes",
    IfNeedBe => "if_need_be",
    No => "no",
});

/// One answer: an option and the participant's availability on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AvailabilityAnswer {
    /// The date option.
    pub option_id: Uuid,
    /// The answer.
    pub answer: Availability,
}

/// A participant's answers (replaces the answers for the options named; others stay).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct AvailabilityAnswers {
    /// Answers per option, at most 20.
    #[cfg_attr(feature = "server", validate(length(max = 20)))]
    #[cfg_attr(feature = "server", schema(max_items = 20))]
    pub answers: Vec<AvailabilityAnswer>,
}

/// The answers table of a training: every participant's answer per option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AvailabilityGrid {
    /// The options, by date and start time.
    pub options: Vec<DateOption>,
    /// One row per participant.
    pub rows: Vec<AvailabilityRow>,
}

/// One participant's answers in the grid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AvailabilityRow {
    /// The participation.
    pub participant_id: Uuid,
    /// The person's name.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub person_name: String,
    /// Answers, in the order of `options`; `null` where no answer was given.
    pub answers: Vec<Option<Availability>>,
}

/// A set of days the product proposes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ProposedSet {
    /// The options of the set, by date.
    pub option_ids: Vec<Uuid>,
    /// Their days.
    pub dates: Vec<chrono::NaiveDate>,
    /// Participants who can attend every day (`yes` or `if_need_be`).
    pub attendees: i64,
    /// `if_need_be` answers among those attendees' answers for these days.
    pub if_need_be_answers: i64,
    /// Names of the participants who cannot make every day (including those who did not answer).
    pub cannot_attend: Vec<String>,
}

/// `GET /api/v1/trainings/{id}/proposal`: the best set first, then runners-up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Proposal {
    /// Days the training needs.
    pub required_days: i32,
    /// Sets, best first (at most 5). Empty when there are fewer options than required days.
    pub sets: Vec<ProposedSet>,
}

/// `POST /api/v1/trainings/{id}/confirm`: fixes the days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct ConfirmDays {
    /// Exactly `requiredDays` distinct options of this training.
    pub option_ids: Vec<Uuid>,
}

/// A fixed day of a training.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct TrainingSession {
    /// UUID v7.
    pub id: Uuid,
    /// The training.
    pub training_id: Uuid,
    /// Day number, 1-based, in date order.
    pub day_number: i32,
    /// The day.
    pub date: chrono::NaiveDate,
    /// Start, `HH:MM` local time.
    #[cfg_attr(feature = "server", schema(value_type = String, format = "time-local"))]
    pub start_time: String,
    /// End, `HH:MM` local time.
    #[cfg_attr(feature = "server", schema(value_type = String, format = "time-local"))]
    pub end_time: String,
}

/// Attendance of a participant at a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum AttendanceStatus {
    /// Was there.
    Present,
    /// Was not there.
    Absent,
    /// Was not there, with notice.
    Excused,
}

crate::string_values!(AttendanceStatus {
    Present => "present",
    Absent => "absent",
    Excused => "excused",
});

/// One line of an attendance register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AttendanceRecord {
    /// The participation.
    pub participant_id: Uuid,
    /// The person's name (in responses).
    #[serde(default)]
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub person_name: Option<String>,
    /// Attendance; `null` when not yet recorded.
    pub status: Option<AttendanceStatus>,
}

/// A session's attendance register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AttendanceRegister {
    /// The session.
    pub session: TrainingSession,
    /// One line per participant, by name.
    pub records: Vec<AttendanceRecord>,
}

/// `PUT /api/v1/trainings/{id}/sessions/{sessionId}/attendance`: records attendance of the
/// participants named; others stay as they were.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct AttendanceUpdate {
    /// Lines to record, at most 200.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[cfg_attr(feature = "server", schema(max_items = 200))]
    pub records: Vec<AttendanceEntry>,
}

/// One attendance to record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AttendanceEntry {
    /// The participation.
    pub participant_id: Uuid,
    /// Attendance.
    pub status: AttendanceStatus,
}

/// What a participant sees through their personal link: the training, the options and only
/// their own answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    /// The participant's first name as greeting (the name up to the first space).
    #[cfg_attr(feature = "server", schema(example = "Sanne"))]
    pub greeting_name: String,
    /// Training title.
    #[cfg_attr(feature = "server", schema(example = "Training buurtverbinders voorjaar"))]
    pub training_title: String,
    /// Where.
    #[cfg_attr(feature = "server", schema(example = "Wijkcentrum De Molen, Molenweg 1"))]
    pub location: Option<String>,
    /// Days required.
    pub required_days: i32,
    /// Status of the training.
    pub status: TrainingStatus,
    /// The options with this participant's answer (`null` where none).
    pub options: Vec<InvitationOption>,
    /// The fixed days, once scheduled.
    pub sessions: Vec<TrainingSession>,
}

/// A date option with the participant's own answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct InvitationOption {
    /// The option.
    pub option_id: Uuid,
    /// The day.
    pub date: chrono::NaiveDate,
    /// Start, `HH:MM`.
    #[cfg_attr(feature = "server", schema(value_type = String, format = "time-local"))]
    pub start_time: String,
    /// End, `HH:MM`.
    #[cfg_attr(feature = "server", schema(value_type = String, format = "time-local"))]
    pub end_time: String,
    /// This participant's answer.
    pub answer: Option<Availability>,
}
