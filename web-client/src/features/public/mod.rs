//! The pages residents use without logging in: the public agenda, a public event with signing
//! up, their own sign-up, asking a group a question, and following it with a tracking code.

pub(crate) mod agenda;
mod ask;
mod event;
mod registration;
mod track;

pub use agenda::PublicAgendaPage;
pub use ask::AskPage;
pub use event::PublicEventPage;
pub use registration::RegistrationPage;
pub use track::TrackPage;
