//! One page per file.

mod attendance;
mod group;
mod group_form;
mod groups;
mod invitation;
mod login;
mod not_found;
mod people;
mod training;
mod training_form;
mod trainings;

pub use attendance::AttendancePage;
pub use group::GroupPage;
pub use group_form::GroupFormPage;
pub use groups::GroupsPage;
pub use invitation::InvitationPage;
pub use login::LoginPage;
pub use not_found::NotFoundPage;
pub use people::PeoplePage;
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
