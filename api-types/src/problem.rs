//! RFC 9457 problem details, the one error shape of the API.

use serde::{Deserialize, Serialize};

/// Media type of a problem details body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem details object (`application/problem+json`).
///
/// `type` is a URI naming the problem, e.g. `https://buurtverbinders.nl/problems/max-members`;
/// `errors` lists every invalid input at once (only for 400).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// URI reference that identifies the problem type.
    #[serde(rename = "type")]
    #[cfg_attr(feature = "server", schema(example = "https://buurtverbinders.nl/problems/invalid-input"))]
    pub type_: String,
    /// Short, human-readable summary of the problem type.
    #[cfg_attr(feature = "server", schema(example = "Your request has invalid input."))]
    pub title: String,
    /// HTTP status code.
    pub status: u16,
    /// Human-readable explanation specific to this occurrence.
    #[cfg_attr(feature = "server", schema(example = "1 problem(s) found; see `errors`."))]
    pub detail: String,
    /// URI reference of this occurrence: the request path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(example = "/api/v1/groups"))]
    pub instance: Option<String>,
    /// Every invalid input, for a 400.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<InvalidParam>,
    /// For a 409 on a composition rule: the codes of every rule not met.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmet_rules: Vec<crate::CompositionRule>,
    /// For a 409 `member-of-other-group`: the names of the groups the person is a current member
    /// of already.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_groups: Vec<String>,
}

/// One invalid input in a problem's `errors` list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct InvalidParam {
    /// JSON pointer (RFC 6901) into the request body (`/name`), or the query parameter's name
    /// prefixed with `?` (`?pageSize`).
    #[cfg_attr(feature = "server", schema(example = "/name"))]
    pub pointer: String,
    /// What is wrong, for a person.
    #[cfg_attr(feature = "server", schema(example = "Must be at most 200 characters."))]
    pub detail: String,
    /// Stable machine-readable code: `required`, `invalid_type`, `invalid_value`, `length`,
    /// `email`, `url`, `pattern`, `range`, `unique`, `contrast`, `not_found` or
    /// `unknown_parameter` (API-DESIGN.md lists what each means).
    #[cfg_attr(feature = "server", schema(example = "length"))]
    pub code: String,
}

/// Base of every problem `type` URI; the last segment is the problem's [`ProblemCode`].
pub const PROBLEM_TYPE_BASE: &str = "https://buurtverbinders.nl/problems/";

impl Problem {
    /// The problem's code, from the last segment of its `type`; `None` for a type this version
    /// does not know.
    pub fn code(&self) -> Option<ProblemCode> {
        self.type_.strip_prefix(PROBLEM_TYPE_BASE).and_then(ProblemCode::parse)
    }
}

/// Declares [`ProblemCode`] from one table: each code's variant, its text (the last segment of the
/// problem `type`), its HTTP status and one line of meaning, so the four cannot disagree.
macro_rules! problem_codes {
    ($($(#[$doc:meta])* $variant:ident => ($code:literal, $status:literal, $meaning:literal)),+ $(,)?) => {
        /// The stable code of a problem: the last segment of its `type`
        /// (`https://buurtverbinders.nl/problems/<code>`). The API raises only these; the web client
        /// has words for each; `api/API-DESIGN.md` lists them all.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ProblemCode {
            $($(#[$doc])* $variant),+
        }

        impl ProblemCode {
            /// Every code, in the order of the table in `api/API-DESIGN.md`.
            pub const ALL: [ProblemCode; [$($code),+].len()] = [$(ProblemCode::$variant),+];

            /// The code as it ends the problem `type`, e.g. `max-members`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $code),+
                }
            }

            /// The HTTP status every problem with this code has.
            pub fn status(self) -> u16 {
                match self {
                    $(ProblemCode::$variant => $status),+
                }
            }

            /// When the API answers with this code, in one line (for people reading the docs).
            pub fn meaning(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $meaning),+
                }
            }

            /// Parses a code, e.g. from the last segment of a problem's `type`.
            pub fn parse(code: &str) -> Option<Self> {
                match code {
                    $($code => Some(ProblemCode::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

problem_codes! {
    /// 400: the input is invalid; `errors` lists every problem.
    InvalidInput => ("invalid-input", 400, "The input is invalid: `errors` lists every problem at once, each with a JSON pointer (or `?name` for a query parameter), a `detail` and a `code`."),
    /// 400: the body is not a JSON object.
    MalformedBody => ("malformed-body", 400, "The body is not JSON, or not a JSON object."),
    /// 401: no valid credentials.
    Unauthorized => ("unauthorized", 401, "No valid access token; also a wrong log-in or an unusable refresh token."),
    /// 403: authenticated, but not allowed.
    Forbidden => ("forbidden", 403, "The role or the object does not allow it; nothing of the object is shown."),
    /// 403: the API client's token lacks a scope.
    InsufficientScope => ("insufficient-scope", 403, "The API client's token lacks a scope the operation needs (RFC 6750 `insufficient_scope`; `WWW-Authenticate` names the scopes), or the operation is for people's accounts only."),
    /// 401: the token endpoint could not authenticate the client.
    InvalidClient => ("invalid-client", 401, "The token endpoint could not authenticate the API client (RFC 6749 `invalid_client`): unknown, wrong secret, disabled or expired."),
    /// 400: the token endpoint refused the request.
    TokenRequestRefused => ("token-request-refused", 400, "The token endpoint refused the request; `error` names why as RFC 6749 §5.2 does (`invalid_request`, `unsupported_grant_type`, `invalid_scope`, …)."),
    /// 404: no such resource or route.
    NotFound => ("not-found", 404, "No such resource or route, or a personal link that is not (or no longer) valid."),
    /// 405: the resource does not take this method.
    MethodNotAllowed => ("method-not-allowed", 405, "The resource does not take this method."),
    /// 406: the CRS asked for is not supported.
    NotAcceptable => ("not-acceptable", 406, "The CRS asked for (`Accept-Crs`) is not one this API answers in; `GET /api/v1/crss` lists them."),
    /// 409: a unique value is taken.
    Duplicate => ("duplicate", 409, "A resource with this unique value exists already."),
    /// 409: the email address has an account.
    DuplicateEmail => ("duplicate-email", 409, "An account with this email address exists already."),
    /// 409: the CBS buurt code is taken.
    DuplicateBuurtCode => ("duplicate-buurt-code", 409, "A neighbourhood with this CBS buurt code exists already."),
    /// 409: the person has an account.
    PersonHasAccount => ("person-has-account", 409, "The person is linked to another account already."),
    /// 409: from the programme, at most 8 members.
    MaxMembers => ("max-members", 409, "The write would give the group more than 8 current members (from the programme: 5–8); `unmetRules` names the rule."),
    /// 409: from the programme, at most 2 professionals.
    MaxProfessionals => ("max-professionals", 409, "The write would give the group more than 2 professionals (from the programme: 1–2); `unmetRules` names the rule."),
    /// 409: several composition rules at once, or activation of an incomplete group.
    CompositionRules => ("composition-rules", 409, "The group does not meet the composition rules (to be activated, or two rules broken at once); `unmetRules` lists every rule not met."),
    /// 409: the person is a current member already.
    AlreadyMember => ("already-member", 409, "The person is a current member of the group already."),
    /// 409: the person is in another group; confirm to add them.
    MemberOfOtherGroup => ("member-of-other-group", 409, "The person is a current member of another group already; `otherGroups` names them. Send `confirmOtherGroups: true` to add them anyway."),
    /// 409: an ended membership cannot be reopened.
    MembershipEnded => ("membership-ended", 409, "An ended membership stays ended; add the person again instead."),
    /// 409: the group has ended.
    GroupEnded => ("group-ended", 409, "The group has ended: it takes no new members and no new questions."),
    /// 409: new connectors join forming groups.
    GroupNotForming => ("group-not-forming", 409, "A candidate is enrolled into a forming group only."),
    /// 409: the status cannot move this way.
    InvalidStatusTransition => ("invalid-status-transition", 409, "The status cannot move this way; the detail names the moves allowed (questions also list them in `allowedStatuses`)."),
    /// 409: the number of days is fixed.
    TrainingScheduled => ("training-scheduled", 409, "The number of days of a training changes only while it is being planned."),
    /// 409: date options and answers are closed.
    TrainingNotPlanning => ("training-not-planning", 409, "Date options and answers change only while the training is being planned."),
    /// 409: days and attendance are closed.
    TrainingNotScheduled => ("training-not-scheduled", 409, "Days and attendance change only while the training is scheduled."),
    /// 409: attendance waits for the day.
    SessionNotHeld => ("session-not-held", 409, "Attendance is recorded on or after the training day; a day still to come has none yet."),
    /// 409: the training is over.
    TrainingClosed => ("training-closed", 409, "The training is completed or cancelled: its participants no longer change."),
    /// 409: at most 20 date options.
    TooManyDateOptions => ("too-many-date-options", 409, "A training has at most 20 date options."),
    /// 409: the date option exists.
    DuplicateDateOption => ("duplicate-date-option", 409, "This date and time is proposed already."),
    /// 409: a single event with sign-ups cannot become a series.
    HasRegistrations => ("has-registrations", 409, "Residents signed up for this single event, so it cannot become a series."),
    /// 409: the change would drop changed dates of a series.
    OccurrenceChangesWouldBeLost => ("occurrence-changes-would-be-lost", 409, "The new start or rule would drop dates of the series that were cancelled, moved or given figures."),
    /// 409: the event has no dates of its own.
    NotASeries => ("not-a-series", 409, "A single event has no separate dates: change the event itself."),
    /// 409: signing up is closed.
    RegistrationClosed => ("registration-closed", 409, "Signing up is not possible: the event is cancelled, has started, or is a weekly series one walks in to."),
    /// 409: only confirmed registrations are checked in.
    RegistrationNotConfirmed => ("registration-not-confirmed", 409, "Only a registration with a place can be checked in."),
    /// 409: the question's personal data was erased.
    QuestionErased => ("question-erased", 409, "The question's personal data was erased: it and its referrals no longer change."),
    /// 409: the resident withdrew their consent to the story.
    StoryWithdrawn => ("story-withdrawn", 409, "The resident withdrew their consent: the story's text and name are erased and it no longer changes."),
    /// 412: `If-Match` is stale.
    PreconditionFailed => ("precondition-failed", 412, "`If-Match` does not match the current `ETag`: read the resource again; nothing was changed."),
    /// 413: the body is too large.
    PayloadTooLarge => ("payload-too-large", 413, "The body is larger than 64 KiB."),
    /// 415: the body is not JSON.
    UnsupportedMediaType => ("unsupported-media-type", 415, "The body is not JSON (`application/json`, or another `+json` type such as `application/merge-patch+json`)."),
    /// 429: slow down.
    TooManyRequests => ("too-many-requests", 429, "Too many log-ins or writes without an account from this address; `Retry-After` says when to try again."),
    /// 500: a fault of the service.
    InternalError => ("internal-error", 500, "A fault of the service, logged with the request id; the answer says nothing more."),
    /// 503: the database does not answer.
    ServiceUnavailable => ("service-unavailable", 503, "The database does not answer or is busy; `Retry-After` says when to try again."),
}
