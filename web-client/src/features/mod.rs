//! The features of the web client, one folder each: its pages and the widgets only it uses.
//! Each re-exports its pages, for the routes.

pub mod accounts;
pub mod api_clients;
pub mod candidates;
pub mod events;
pub mod faq;
pub mod goals;
pub mod groups;
pub mod login;
pub mod organisations;
pub mod people;
pub mod public;
pub mod questions;
pub mod reports;
pub mod resources;
pub mod sites;
pub mod stories;
pub mod time;
pub mod trainings;

pub use accounts::{AccountsPage, SetPasswordPage};
pub use api_clients::ApiClientsPage;
pub use candidates::CandidatesPage;
pub use events::{CheckInPage, EventFormPage, EventPage, GroupAgendaPage};
pub use faq::FaqPage;
pub use groups::{GroupFormPage, GroupPage, GroupsPage};
pub use login::LoginPage;
pub use organisations::OrganisationsPage;
pub use people::PeoplePage;
pub use public::{AskPage, PublicAgendaPage, PublicEventPage, RegistrationPage, TrackPage};
pub use questions::{QuestionFormPage, QuestionPage, QuestionsPage};
pub use reports::ReportsPage;
pub use resources::{ResourceFormPage, ResourcesPage};
pub use sites::{GroupSitePage, SiteSettingsPage};
pub use stories::StoriesPage;
pub use time::{GroupTimePage, MyTimePage};
pub use trainings::{AttendancePage, InvitationPage, TrainingFormPage, TrainingPage, TrainingsPage};
