//! One page per file.

mod attendance;
mod candidates;
mod check_in;
mod event;
mod event_form;
mod group;
pub(crate) mod group_agenda;
mod group_form;
mod groups;
mod invitation;
mod login;
mod not_found;
mod people;
pub(crate) mod public_agenda;
mod public_event;
mod registration;
mod training;
mod training_form;
mod trainings;

pub use attendance::AttendancePage;
pub use candidates::CandidatesPage;
pub use check_in::CheckInPage;
pub use event::EventPage;
pub use event_form::EventFormPage;
pub use group::GroupPage;
pub use group_agenda::GroupAgendaPage;
pub use group_form::GroupFormPage;
pub use groups::GroupsPage;
pub use invitation::InvitationPage;
pub use login::LoginPage;
pub use not_found::NotFoundPage;
pub use people::PeoplePage;
pub use public_agenda::PublicAgendaPage;
pub use public_event::PublicEventPage;
pub use registration::RegistrationPage;
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
