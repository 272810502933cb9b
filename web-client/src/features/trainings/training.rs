//! One training: the planner. Its details and status; who takes part (with each one's personal
//! answer link for coordinators); while planning the proposed dates, everyone's answers and the
//! proposed days to confirm; once scheduled the fixed days with their attendance registers and
//! calendar file, and who completed the training.

use api_types::{AvailabilityGrid, Participant, Proposal, Training, TrainingPatch, TrainingSession, TrainingStatus};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{self, ApiError, Reply};
use crate::components::confirm::{focus_by_id, ConfirmAction};
use crate::components::layout::use_title;
use crate::components::loading::LoadingPage;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::trainings::answers::AnswersTable;
use crate::features::trainings::completion::CompletionTable;
use crate::features::trainings::date_options::DateOptionsSection;
use crate::features::trainings::participants::ParticipantsSection;
use crate::features::trainings::proposal::ProposalSection;
use crate::features::trainings::sessions::SessionsSection;
use crate::features::trainings::TrainingStatusBadge;
use crate::hooks::{use_loaded, use_save};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;
use crate::session::use_session;

/// Properties of [`TrainingPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct TrainingPageProps {
    /// The training's id.
    pub id: Uuid,
}

/// Everything the planner shows, loaded together.
#[derive(Debug, Clone, PartialEq)]
struct Planner {
    training: Training,
    etag: Option<String>,
    participants: Vec<Participant>,
    grid: AvailabilityGrid,
    proposal: Option<Proposal>,
    sessions: Vec<TrainingSession>,
    calendar: Option<String>,
}

async fn load(id: Uuid) -> Result<Planner, ApiError> {
    let reply = api::training(id).await?;
    let training = reply.value;
    let planning = training.status == TrainingStatus::Planning;
    let (participants, grid, sessions) =
        futures::future::join3(api::participants(id), api::availability(id), api::sessions(id)).await;
    let proposal = if planning { Some(api::proposal(id).await?) } else { None };
    let sessions = sessions?;
    // The calendar file is a convenience: without it the page still works.
    let calendar = if sessions.is_empty() { None } else { api::training_calendar(id).await.ok() };
    Ok(Planner { training, etag: reply.etag, participants: participants?, grid: grid?, proposal, sessions, calendar })
}

/// The planner page.
#[function_component]
pub fn TrainingPage(props: &TrainingPageProps) -> Html {
    let id = props.id;
    let i18n = use_locale();
    let session = use_session();

    let planner = use_loaded(id, load);
    let save = use_save("training-changed-elsewhere", planner.reloader());
    // A heading to move to once the page has reloaded (say, the days after confirming them).
    let focus_after_load = use_mut_ref(|| None::<&'static str>);

    use_title(planner.value().map(|p| p.training.title.clone()).unwrap_or_else(|| i18n.t("training-title")));

    {
        let focus_after_load = focus_after_load.clone();
        use_effect_with(planner.value().cloned(), move |_| {
            if let Some(id) = focus_after_load.borrow_mut().take() {
                focus_by_id(id);
            }
        });
    }

    let Some(p) = planner.value().cloned() else {
        let message = planner.error().map(|e| match e.status() {
            Some(403) => i18n.t("training-forbidden"),
            Some(404) => i18n.t("training-not-found"),
            _ => error_text(&i18n, e),
        });
        return html! {
            <LoadingPage title={i18n.t("training-title")} error={message.map(AttrValue::from)}
                back={Some((Route::Trainings, AttrValue::from(i18n.t("back-to-trainings"))))} />
        };
    };

    let t = &p.training;
    let manages = session.coordinates();
    let planning = t.status == TrainingStatus::Planning;
    let closed = matches!(t.status, TrainingStatus::Completed | TrainingStatus::Cancelled);
    let on_changed = planner.reloader();

    let change_status = |to: TrainingStatus, message: &'static str| {
        let (planner, save, etag) = (planner.clone(), save.clone(), p.etag.clone());
        Callback::from(move |_| {
            let (planner, etag) = (planner.clone(), etag.clone());
            let patch = TrainingPatch { status: Some(to), ..TrainingPatch::default() };
            save.run(
                async move { api::patch_training(id, &patch, etag).await },
                move |i18n, reply: &Reply<Training>| {
                    i18n.ta(message, &[("title", Arg::Text(reply.value.title.clone()))])
                },
                move |reply| {
                    if let Some(current) = planner.value() {
                        let mut next = current.clone();
                        next.training = reply.value;
                        next.etag = reply.etag;
                        planner.set(next, None);
                    }
                    planner.reload();
                },
            );
        })
    };
    let on_confirmed = {
        let (planner, focus_after_load) = (planner.clone(), focus_after_load.clone());
        Callback::from(move |_| {
            *focus_after_load.borrow_mut() = Some("sessions-title");
            planner.reload();
        })
    };
    let sections = {
        let mut sections =
            vec![("details-title", i18n.t("training-details")), ("participants-title", i18n.t("participants-title"))];
        if planning {
            sections.push(("dates-title", i18n.t("date-options-title")));
            sections.push(("answers-title", i18n.t("answers-title")));
            if p.proposal.is_some() {
                sections.push(("proposal-title", i18n.t("proposal-title")));
            }
        }
        if !p.sessions.is_empty() {
            sections.push(("sessions-title", i18n.t("sessions-title")));
            sections.push(("completion-title", i18n.t("completion-title")));
        }
        sections
    };
    let page_nav = html! {
        <nav class="page-nav" aria-label={i18n.t("page-nav-label")}>
            <ul>
                { for sections.into_iter().map(|(target, text)| {
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        focus_by_id(target);
                    });
                    html! { <li><a href={format!("#{target}")} {onclick}>{ text }</a></li> }
                }) }
            </ul>
        </nav>
    };
    let complete = change_status(TrainingStatus::Completed, "training-completed-message");
    let cancel = change_status(TrainingStatus::Cancelled, "training-cancelled-message");

    html! {
        <article class="page planner" aria-labelledby="page-title">
            <p class="breadcrumb"><Link<Route> to={Route::Trainings}>{ i18n.t("back-to-trainings") }</Link<Route>></p>
            <div class="page-head">
                <h1 id="page-title">{ t.title.clone() }</h1>
                <TrainingStatusBadge status={t.status} />
            </div>
            { page_nav }
            if let Some(message) = save.notice() {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            if let Some(e) = planner.error() {
                <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} />
            }

            <section class="card" aria-labelledby="details-title">
                <div class="card-head">
                    <h2 id="details-title" tabindex="-1">{ i18n.t("training-details") }</h2>
                    if manages && !closed {
                        <Link<Route> classes="button" to={Route::EditTraining { id }}>{ i18n.t("training-edit") }</Link<Route>>
                    }
                </div>
                { details(&i18n, t) }
                if manages && !closed {
                    <div class="actions status-actions">
                        if t.status == TrainingStatus::Scheduled {
                            <ConfirmAction id="complete-training" label={i18n.t("training-complete")}
                                question={i18n.t("training-complete-question")} confirm_label={i18n.t("training-complete-confirm")}
                                on_confirm={complete} />
                        }
                        <ConfirmAction id="cancel-training" label={i18n.t("training-cancel")}
                            question={i18n.t("training-cancel-question")} confirm_label={i18n.t("training-cancel-confirm")}
                            danger=true on_confirm={cancel} />
                    </div>
                    <ErrorAlert message={save.error().map(|e| AttrValue::from(error_text(&i18n, e)))} />
                }
            </section>

            <section class="card" aria-labelledby="participants-title">
                <h2 id="participants-title" tabindex="-1">{ i18n.t("participants-title") }</h2>
                <ParticipantsSection training_id={id} participants={p.participants.clone()} {manages} open={!closed}
                    on_changed={on_changed.clone()} />
            </section>

            if planning {
                <section class="card" aria-labelledby="dates-title">
                    <h2 id="dates-title" tabindex="-1">{ i18n.t("date-options-title") }</h2>
                    <p class="hint">{ i18n.t("date-options-intro") }</p>
                    <DateOptionsSection training_id={id} options={p.grid.options.clone()} editable={manages}
                        on_changed={on_changed.clone()} />
                </section>

                <section class="card" aria-labelledby="answers-title">
                    <h2 id="answers-title" tabindex="-1">{ i18n.t("answers-title") }</h2>
                    <AnswersTable training_id={id} grid={p.grid.clone()} editable={manages} on_changed={on_changed.clone()} />
                </section>

                if let Some(proposal) = &p.proposal {
                    <section class="card" aria-labelledby="proposal-title">
                        <h2 id="proposal-title" tabindex="-1">{ i18n.t("proposal-title") }</h2>
                        <ProposalSection training_id={id} proposal={proposal.clone()} options={p.grid.options.clone()}
                            participants={p.participants.len() as i64} can_confirm={manages}
                            {on_confirmed} />
                    </section>
                }
            }

            if !p.sessions.is_empty() {
                <section class="card" aria-labelledby="sessions-title">
                    <h2 id="sessions-title" tabindex="-1">{ i18n.t("sessions-title") }</h2>
                    <SessionsSection training_id={id} title={t.title.clone()} sessions={p.sessions.clone()}
                        calendar={p.calendar.clone()} {manages} movable={t.status == TrainingStatus::Scheduled}
                        on_changed={on_changed.clone()} />
                </section>

                <section class="card" aria-labelledby="completion-title">
                    <h2 id="completion-title" tabindex="-1">{ i18n.t("completion-title") }</h2>
                    <CompletionTable participants={p.participants.clone()} required_days={t.required_days}
                        finished={t.status == TrainingStatus::Completed} />
                </section>
            }
        </article>
    }
}

fn details(i18n: &I18n, t: &Training) -> Html {
    html! {
        <>
            <dl class="details">
                <dt>{ i18n.t("training-field-trainer") }</dt>
                <dd>{ t.trainer.clone().unwrap_or_else(|| i18n.t("not-given")) }</dd>
                <dt>{ i18n.t("training-field-location") }</dt>
                <dd>{ t.location.clone().unwrap_or_else(|| i18n.t("not-given")) }</dd>
                <dt>{ i18n.t("training-field-days") }</dt>
                <dd>{ i18n.ta("training-days-value", &[("days", Arg::Number(i64::from(t.required_days)))]) }</dd>
                <dt>{ i18n.t("training-field-description") }</dt>
                <dd>{ t.description.clone().unwrap_or_else(|| i18n.t("not-given")) }</dd>
            </dl>
            <h3 class="topics-title">{ i18n.t("training-field-topics") }</h3>
            if t.topics.is_empty() {
                <p>{ i18n.t("not-given") }</p>
            } else {
                <ul class="topics">{ for t.topics.iter().map(|topic| html! { <li>{ i18n.topic(topic) }</li> }) }</ul>
            }
        </>
    }
}
