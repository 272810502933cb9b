//! The app's routes: one page per route, and a not-found page for everything else.

use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::loading::Restoring;
use crate::components::not_found::NotFoundPage;
use crate::features::{
    AskPage, AttendancePage, CandidatesPage, CheckInPage, EventFormPage, EventPage, FaqPage, GroupAgendaPage,
    GroupFormPage, GroupPage, GroupsPage, InvitationPage, LoginPage, OrganisationsPage, PeoplePage, PublicAgendaPage,
    PublicEventPage, QuestionFormPage, QuestionPage, QuestionsPage, RegistrationPage, TrackPage, TrainingFormPage,
    TrainingPage, TrainingsPage,
};
use crate::session::{use_session, Session};

/// Every page of the web client.
#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    /// The start page: the groups overview.
    #[at("/")]
    Home,
    /// Log in.
    #[at("/login")]
    Login,
    /// Every group with its composition.
    #[at("/groups")]
    Groups,
    /// Create a group.
    #[at("/groups/new")]
    NewGroup,
    /// One group: details, composition, members.
    #[at("/groups/:id")]
    Group {
        /// The group's id.
        id: Uuid,
    },
    /// Change a group's details.
    #[at("/groups/:id/edit")]
    EditGroup {
        /// The group's id.
        id: Uuid,
    },
    /// A group's agenda: the coming dates, and a month at a glance.
    #[at("/groups/:id/agenda")]
    GroupAgenda {
        /// The group's id.
        id: Uuid,
    },
    /// A group's question inbox.
    #[at("/groups/:id/questions")]
    GroupQuestions {
        /// The group's id.
        id: Uuid,
    },
    /// Take a question in for a group: the quick intake.
    #[at("/groups/:id/questions/new")]
    NewQuestion {
        /// The group's id.
        id: Uuid,
    },
    /// A group's FAQ: write, publish and remove questions and answers.
    #[at("/groups/:id/faq")]
    GroupFaq {
        /// The group's id.
        id: Uuid,
    },
    /// One resident question: its timeline, the moves allowed now, referrals.
    #[at("/questions/:id")]
    Question {
        /// The question's id.
        id: Uuid,
    },
    /// The directory of organisations questions are referred to.
    #[at("/organisations")]
    Organisations,
    /// Ask a group a question, with its FAQ; no log-in.
    #[at("/vraag/:slug")]
    Ask {
        /// The group's slug.
        slug: String,
    },
    /// Follow a question: enter the tracking code; no log-in.
    #[at("/volg")]
    TrackStart,
    /// Follow a question with its tracking code; no log-in.
    #[at("/volg/:code")]
    Track {
        /// The tracking code.
        code: String,
    },
    /// Create an event; `?group=<id>` names the group holding it.
    #[at("/events/new")]
    NewEvent,
    /// One event, as members see it: details, dates, registrations.
    #[at("/events/:id")]
    Event {
        /// The event's id.
        id: Uuid,
    },
    /// Change an event.
    #[at("/events/:id/edit")]
    EditEvent {
        /// The event's id.
        id: Uuid,
    },
    /// The check-in list at the door, also on paper.
    #[at("/events/:id/check-in")]
    CheckIn {
        /// The event's id.
        id: Uuid,
    },
    /// Residents who would like to become a buurtverbinder (coordinators).
    #[at("/candidates")]
    Candidates,
    /// The public agenda: every public event of the coming months; no log-in.
    #[at("/agenda")]
    PublicAgenda,
    /// One public event: details, signing up, and the poster; no log-in.
    #[at("/agenda/:id")]
    PublicEvent {
        /// The event's id.
        id: Uuid,
    },
    /// A resident's own sign-up, through their personal link; no log-in.
    #[at("/aanmelding/:token")]
    Registration {
        /// The personal token.
        token: String,
    },
    /// People, with a name filter.
    #[at("/people")]
    People,
    /// Trainings: all for coordinators, their own for others.
    #[at("/trainings")]
    Trainings,
    /// Create a training.
    #[at("/trainings/new")]
    NewTraining,
    /// One training: the planner.
    #[at("/trainings/:id")]
    Training {
        /// The training's id.
        id: Uuid,
    },
    /// Change a training's details.
    #[at("/trainings/:id/edit")]
    EditTraining {
        /// The training's id.
        id: Uuid,
    },
    /// The attendance register of one training day.
    #[at("/trainings/:id/days/:session")]
    Attendance {
        /// The training's id.
        id: Uuid,
        /// The day's (session's) id.
        session: Uuid,
    },
    /// A participant's own answer page, through their personal link; no log-in.
    #[at("/uitnodiging/:token")]
    Invitation {
        /// The personal token.
        token: String,
    },
    /// Anything else.
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// Renders the page of a route. Pages that need an account show the log-in form until someone
/// logs in, and then themselves, on the same address.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Login => html! { <LoginRoute /> },
        Route::NotFound => html! { <NotFoundPage /> },
        Route::Home | Route::Groups => html! { <RequireLogin><GroupsPage /></RequireLogin> },
        Route::NewGroup => html! { <RequireLogin><GroupFormPage /></RequireLogin> },
        Route::Group { id } => html! { <RequireLogin><GroupPage {id} /></RequireLogin> },
        Route::EditGroup { id } => {
            html! { <RequireLogin><GroupFormPage id={Some(id)} /></RequireLogin> }
        }
        Route::People => html! { <RequireLogin><PeoplePage /></RequireLogin> },
        Route::Trainings => html! { <RequireLogin><TrainingsPage /></RequireLogin> },
        Route::NewTraining => html! { <RequireLogin><TrainingFormPage /></RequireLogin> },
        Route::Training { id } => html! { <RequireLogin><TrainingPage {id} /></RequireLogin> },
        Route::EditTraining { id } => {
            html! { <RequireLogin><TrainingFormPage id={Some(id)} /></RequireLogin> }
        }
        Route::Attendance { id, session } => {
            html! { <RequireLogin><AttendancePage {id} {session} /></RequireLogin> }
        }
        Route::Invitation { token } => html! { <InvitationPage token={AttrValue::from(token)} /> },
        Route::GroupAgenda { id } => html! { <RequireLogin><GroupAgendaPage {id} /></RequireLogin> },
        Route::NewEvent => html! { <RequireLogin><EventFormPage /></RequireLogin> },
        Route::Event { id } => html! { <RequireLogin><EventPage {id} /></RequireLogin> },
        Route::EditEvent { id } => html! { <RequireLogin><EventFormPage id={Some(id)} /></RequireLogin> },
        Route::CheckIn { id } => html! { <RequireLogin><CheckInPage {id} /></RequireLogin> },
        Route::Candidates => html! { <RequireLogin><CandidatesPage /></RequireLogin> },
        Route::PublicAgenda => html! { <PublicAgendaPage /> },
        Route::PublicEvent { id } => html! { <PublicEventPage {id} /> },
        Route::Registration { token } => html! { <RegistrationPage token={AttrValue::from(token)} /> },
        Route::GroupQuestions { id } => html! { <RequireLogin><QuestionsPage {id} /></RequireLogin> },
        Route::NewQuestion { id } => html! { <RequireLogin><QuestionFormPage {id} /></RequireLogin> },
        Route::GroupFaq { id } => html! { <RequireLogin><FaqPage {id} /></RequireLogin> },
        Route::Question { id } => html! { <RequireLogin><QuestionPage {id} /></RequireLogin> },
        Route::Organisations => html! { <RequireLogin><OrganisationsPage /></RequireLogin> },
        Route::Ask { slug } => html! { <AskPage slug={AttrValue::from(slug)} /> },
        Route::TrackStart => html! { <TrackPage code={None::<AttrValue>} /> },
        Route::Track { code } => html! { <TrackPage code={Some(AttrValue::from(code))} /> },
    }
}

/// `/login`: the log-in page, or on to the groups once logged in.
#[function_component]
fn LoginRoute() -> Html {
    let session = use_session();
    match &*session {
        Session::LoggedIn(_) => html! { <Redirect<Route> to={Route::Groups} /> },
        Session::Restoring => html! { <Restoring /> },
        Session::Anonymous => html! { <LoginPage /> },
    }
}

/// Properties of [`RequireLogin`].
#[derive(Debug, Properties, PartialEq)]
struct RequireLoginProps {
    children: Html,
}

/// Shows its page to a logged-in account, else the log-in form.
#[function_component]
fn RequireLogin(props: &RequireLoginProps) -> Html {
    let session = use_session();
    match &*session {
        Session::LoggedIn(_) => props.children.clone(),
        Session::Restoring => html! { <Restoring /> },
        Session::Anonymous => html! { <LoginPage /> },
    }
}
