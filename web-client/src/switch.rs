//! Which page each route shows: one page per route, and a not-found page for everything else.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::loading::Restoring;
use crate::components::not_found::NotFoundPage;
use crate::features::{
    AccountsPage, ApiClientsPage, AskPage, AttendancePage, CandidatesPage, CheckInPage, EventFormPage, EventPage,
    FaqPage, GroupAgendaPage, GroupFormPage, GroupPage, GroupSitePage, GroupTimePage, GroupsPage, InvitationPage,
    LoginPage, MyTimePage, OrganisationsPage, PeoplePage, PublicAgendaPage, PublicEventPage, QuestionFormPage,
    QuestionPage, QuestionsPage, RegistrationPage, ReportsPage, ResourceFormPage, ResourcesPage, SetPasswordPage,
    SiteSettingsPage, StoriesPage, TrackPage, TrainingFormPage, TrainingPage, TrainingsPage,
};
use crate::route::Route;
use crate::session::{use_session, Session};

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
        Route::SiteSettings { id } => html! { <RequireLogin><SiteSettingsPage {id} /></RequireLogin> },
        Route::GroupStories { id } => html! { <RequireLogin><StoriesPage {id} /></RequireLogin> },
        Route::GroupSite { slug } => html! { <GroupSitePage slug={AttrValue::from(slug)} /> },
        Route::Question { id } => html! { <RequireLogin><QuestionPage {id} /></RequireLogin> },
        Route::Organisations => html! { <RequireLogin><OrganisationsPage /></RequireLogin> },
        Route::Resources => html! { <RequireLogin><ResourcesPage /></RequireLogin> },
        Route::ResourcesToCheck => html! { <RequireLogin><ResourcesPage to_check=true /></RequireLogin> },
        Route::NewResource => html! { <RequireLogin><ResourceFormPage /></RequireLogin> },
        Route::EditResource { id } => html! { <RequireLogin><ResourceFormPage id={Some(id)} /></RequireLogin> },
        Route::Ask { slug } => html! { <AskPage slug={AttrValue::from(slug)} /> },
        Route::TrackStart => html! { <TrackPage code={None::<AttrValue>} /> },
        Route::Track { code } => html! { <TrackPage code={Some(AttrValue::from(code))} /> },
        Route::Accounts => html! { <RequireLogin><AccountsPage /></RequireLogin> },
        Route::Reports => html! { <RequireLogin><ReportsPage /></RequireLogin> },
        Route::MyTime => html! { <RequireLogin><MyTimePage /></RequireLogin> },
        Route::GroupTime { id } => html! { <RequireLogin><GroupTimePage {id} /></RequireLogin> },
        Route::ApiClients => html! { <RequireLogin><ApiClientsPage /></RequireLogin> },
        Route::SetPassword { token } => html! { <SetPasswordPage token={AttrValue::from(token)} /> },
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
