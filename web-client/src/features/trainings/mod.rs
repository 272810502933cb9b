//! Trainings: the list, the planner page (one section per file), the form, the attendance
//! register of a day and a participant's personal answer page; and what they share: the status
//! badge, the personal link of a participant and the calendar download.

pub mod answer_choices;
pub mod answers;
mod attendance;
pub mod completion;
pub mod date_options;
mod form;
mod invitation;
mod list;
pub mod participants;
pub mod proposal;
pub mod sessions;
mod training;

pub use attendance::AttendancePage;
pub use form::TrainingFormPage;
pub use invitation::InvitationPage;
pub use list::TrainingsPage;
pub use training::TrainingPage;

use api_types::TrainingStatus;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::use_locale;
use crate::route::Route;

/// Properties of [`TrainingStatusBadge`].
#[derive(Debug, Properties, PartialEq)]
pub struct TrainingStatusBadgeProps {
    /// The training's status.
    pub status: TrainingStatus,
}

/// A training's status as a labelled badge.
#[function_component]
pub fn TrainingStatusBadge(props: &TrainingStatusBadgeProps) -> Html {
    let i18n = use_locale();
    html! {
        <span class={classes!("badge", format!("training-status-{}", props.status.as_str()))}>
            <span class="visually-hidden">{ i18n.t("training-status-label") }{ " " }</span>
            { i18n.training_status(props.status) }
        </span>
    }
}

/// The absolute address of a participant's personal answer page, to send them.
pub fn personal_link(token: &str) -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let path = Route::Invitation { token: token.to_string() }.to_path();
    format!("{origin}{path}")
}

/// Turns calendar text into a `data:` address a link can offer for download.
pub fn calendar_data_url(ics: &str) -> String {
    format!("data:text/calendar;charset=utf-8,{}", String::from(js_sys::encode_uri_component(ics)))
}
