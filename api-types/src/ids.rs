//! Typed ids: a `GroupId` cannot be passed where a `PersonId` is meant. Every id is a UUID v7
//! (time-ordered), written in JSON and stored in the database as its hyphenated text.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What every typed id offers beside its UUID.
pub trait Id: Copy + From<Uuid> + fmt::Display + FromStr {
    /// What it identifies, for a person: "group", "date option".
    const NOUN: &'static str;
}

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident => $noun:literal),+ $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "server", derive(diesel::FromSqlRow))]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl Id for $name {
            const NOUN: &'static str = $noun;
        }

        impl $name {
            /// The UUID inside.
            pub fn uuid(self) -> Uuid {
                self.0
            }
        }

        impl From<Uuid> for $name {
            fn from(uuid: Uuid) -> Self {
                $name(uuid)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl fmt::Display for $name {
            /// The hyphenated text, as in JSON, paths and the database.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(text).map($name)
            }
        }

        /// Read from a text column: text that is not a UUID is an error, never a default.
        #[cfg(feature = "server")]
        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                crate::from_text_column::<DB, _>(bytes, stringify!($name), |text| text.parse().ok())
            }
        }
    )+};
}

ids! {
    /// An account (`accounts`).
    AccountId => "account",
    /// A neighbourhood (`neighbourhoods`).
    NeighbourhoodId => "neighbourhood",
    /// A person (`people`).
    PersonId => "person",
    /// A group (`groups`).
    GroupId => "group",
    /// A membership of a person in a group (`groups/{id}/members`).
    MembershipId => "membership",
    /// A training (`trainings`).
    TrainingId => "training",
    /// A person's participation in a training.
    ParticipantId => "participant",
    /// A date proposed for a training day.
    DateOptionId => "date option",
    /// A fixed day of a training.
    SessionId => "session",
    /// An event or weekly series (`events`).
    EventId => "event",
    /// A sign-up for an event.
    RegistrationId => "registration",
    /// A resident who would like to become a buurtverbinder (`candidates`).
    CandidateId => "candidate",
    /// A resident question (`questions`).
    QuestionId => "question",
    /// A referral of a question to an organisation.
    ReferralId => "referral",
    /// An organisation of the directory (`organisations`).
    OrganisationId => "organisation",
    /// An item of a group's FAQ.
    FaqItemId => "FAQ item",
    /// Something the neighbourhood has (`resources`).
    ResourceId => "resource",
    /// A story from an interview with a resident (`stories`).
    StoryId => "story",
    /// A system that calls the API with OAuth 2.0 client credentials (`api-clients`).
    ApiClientId => "API client",
    /// A member's time on one day (`time-entries`).
    TimeEntryId => "time entry",
    /// An achievable goal of a group (`groups/{id}/goals`).
    GoalId => "goal",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_and_write_their_hyphenated_text() {
        let text = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
        let id: GroupId = text.parse().unwrap_or(GroupId(Uuid::nil()));
        assert_eq!(id.to_string(), text);
        assert_eq!(serde_json::to_value(id).ok(), Some(serde_json::Value::from(text)));
        assert!("not-a-uuid".parse::<PersonId>().is_err());
    }
}
