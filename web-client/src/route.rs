//! The app's addresses: one route per page. The pages each route shows are in `switch.rs`.

use uuid::Uuid;
use yew_router::prelude::*;

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
    /// Set up a group's own site, with a live preview.
    #[at("/groups/:id/site")]
    SiteSettings {
        /// The group's id.
        id: Uuid,
    },
    /// A group's stories from interviews, with consent and withdrawal.
    #[at("/groups/:id/stories")]
    GroupStories {
        /// The group's id.
        id: Uuid,
    },
    /// A group's own site; no log-in.
    #[at("/groep/:slug")]
    GroupSite {
        /// The group's slug.
        slug: String,
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
    /// What the neighbourhood has: the resources list with its map.
    #[at("/resources")]
    Resources,
    /// The resources due for a check (not checked for six months).
    #[at("/resources/to-check")]
    ResourcesToCheck,
    /// Add a resource.
    #[at("/resources/new")]
    NewResource,
    /// Change a resource.
    #[at("/resources/:id/edit")]
    EditResource {
        /// The resource's id.
        id: Uuid,
    },
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
    /// Accounts: who logs in with which role (admins).
    #[at("/accounts")]
    Accounts,
    /// My time: a member logs their time and sees their weeks against the band.
    #[at("/time")]
    MyTime,
    /// A group's weeks against the band, with the signals for whoever looks after the group.
    #[at("/groups/:id/time")]
    GroupTime {
        /// The group's id.
        id: Uuid,
    },
    /// Reports: what the programme did in a period (coordinators and admins).
    #[at("/reports")]
    Reports,
    /// API clients: the systems that call the API, with their scopes (admins).
    #[at("/api-clients")]
    ApiClients,
    /// Set a password through a personal link; no log-in.
    #[at("/wachtwoord/:token")]
    SetPassword {
        /// The link's token.
        token: String,
    },
    /// Anything else.
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
