//! The trainings: coordinators see every training and can start a new one; everyone else sees
//! the trainings they take part in. Each with its status, participants and how many completed.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::trainings::TrainingStatusBadge;
use crate::hooks::use_loaded;
use crate::i18n::{use_locale, Arg};
use crate::route::Route;
use crate::session::use_session;

/// The trainings list.
#[function_component]
pub fn TrainingsPage() -> Html {
    let i18n = use_locale();
    let session = use_session();
    use_title(i18n.t("trainings-title"));

    let trainings = use_loaded((), |_| api::trainings());

    let coordinates = session.coordinates();
    let list = match (trainings.error(), trainings.value()) {
        (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
        (None, None) => html! { <Loading /> },
        (None, Some(list)) if list.is_empty() => {
            html! { <p>{ if coordinates { i18n.t("trainings-empty") } else { i18n.t("trainings-empty-mine") } }</p> }
        }
        (None, Some(list)) => html! {
            <ul class="cards trainings" role="list">
                { for list.iter().map(|t| html! {
                    <li class="card training-card">
                        <div class="card-head">
                            <h2><Link<Route> to={Route::Training { id: t.id }}>{ t.title.clone() }</Link<Route>></h2>
                            <TrainingStatusBadge status={t.status} />
                        </div>
                        <dl class="details">
                            <dt>{ i18n.t("training-participants") }</dt>
                            <dd>{ t.participant_count }</dd>
                            <dt>{ i18n.t("training-completed-count") }</dt>
                            <dd>{ i18n.ta("training-completed-of", &[("completed", Arg::Number(t.completed_count)), ("total", Arg::Number(t.participant_count))]) }</dd>
                            if let Some(location) = &t.location {
                                <dt>{ i18n.t("training-field-location") }</dt>
                                <dd>{ location.clone() }</dd>
                            }
                        </dl>
                    </li>
                }) }
            </ul>
        },
    };

    html! {
        <section class="page" aria-labelledby="page-title">
            <div class="page-head">
                <h1 id="page-title">{ i18n.t("trainings-title") }</h1>
                if coordinates {
                    <Link<Route> classes="button button-primary" to={Route::NewTraining}>{ i18n.t("trainings-new") }</Link<Route>>
                }
            </div>
            <p>{ if coordinates { i18n.t("trainings-intro") } else { i18n.t("trainings-intro-mine") } }</p>
            if let (None, Some(list)) = (trainings.error(), trainings.value()) {
                if !list.is_empty() {
                    <p class="count">{ i18n.ta("trainings-count", &[("count", Arg::Number(list.len() as i64))]) }</p>
                }
            }
            { list }
        </section>
    }
}
