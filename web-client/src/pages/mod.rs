//! One page per file.

mod ask;
mod attendance;
mod candidates;
mod check_in;
mod event;
mod event_form;
mod faq;
mod group;
pub(crate) mod group_agenda;
mod group_form;
mod groups;
mod invitation;
mod login;
mod not_found;
mod organisations;
mod people;
pub(crate) mod public_agenda;
mod public_event;
mod question;
mod question_form;
mod questions;
mod registration;
mod track;
mod training;
mod training_form;
mod trainings;

pub use ask::AskPage;
pub use attendance::AttendancePage;
pub use candidates::CandidatesPage;
pub use check_in::CheckInPage;
pub use event::EventPage;
pub use event_form::EventFormPage;
pub use faq::FaqPage;
pub use group::GroupPage;
pub use group_agenda::GroupAgendaPage;
pub use group_form::GroupFormPage;
pub use groups::GroupsPage;
pub use invitation::InvitationPage;
pub use login::LoginPage;
pub use not_found::NotFoundPage;
pub use organisations::OrganisationsPage;
pub use people::PeoplePage;
pub use public_agenda::PublicAgendaPage;
pub use public_event::PublicEventPage;
pub use question::QuestionPage;
pub use question_form::QuestionFormPage;
pub use questions::QuestionsPage;
pub use registration::RegistrationPage;
pub use track::TrackPage;
pub use training::TrainingPage;
pub use training_form::TrainingFormPage;
pub use trainings::TrainingsPage;

use yew::prelude::*;

use crate::i18n::use_locale;

/// Shown while an earlier session is being restored.
#[function_component]
pub fn Restoring() -> Html {
    let i18n = use_locale();
    html! { <p class="loading">{ i18n.t("session-restoring") }</p> }
}

/// Shown while a page loads its data.
#[function_component]
pub fn Loading() -> Html {
    let i18n = use_locale();
    html! { <p class="loading">{ i18n.t("loading") }</p> }
}
