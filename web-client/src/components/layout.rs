//! The frame around every page: a skip link, the header with navigation, language switch and
//! account, the main landmark, and the live region for status messages.

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::announce::{use_announce, LiveRegion};
use crate::api;
use crate::i18n::{use_locale, Lang};
use crate::route::Route;
use crate::session::{use_session, Session, SessionAction};

/// Sets the document title to `{title} – Buurtverbinders`.
#[hook]
pub fn use_title(title: String) {
    let i18n = use_locale();
    let full = i18n.ta("document-title", &[("page", crate::i18n::Arg::Text(title))]);
    use_effect_with(full, |full| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(full);
        }
    });
}

/// Moves focus to the start of the page's content (the main landmark).
pub fn focus_main() {
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// Properties of [`NavLink`].
#[derive(Debug, Properties, PartialEq)]
pub struct NavLinkProps {
    /// Where the link goes.
    pub to: Route,
    /// The link text.
    pub children: Html,
}

/// A link in the main navigation that says `aria-current="page"` on its own page.
#[function_component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let current = use_route::<Route>();
    let is_current = match (&current, &props.to) {
        (
            Some(
                Route::Groups
                | Route::Home
                | Route::Group { .. }
                | Route::NewGroup
                | Route::EditGroup { .. }
                | Route::GroupAgenda { .. }
                | Route::NewEvent
                | Route::Event { .. }
                | Route::EditEvent { .. }
                | Route::CheckIn { .. }
                | Route::GroupQuestions { .. }
                | Route::NewQuestion { .. }
                | Route::GroupFaq { .. }
                | Route::SiteSettings { .. }
                | Route::GroupStories { .. }
                | Route::Question { .. },
            ),
            Route::Groups,
        ) => true,
        (Some(Route::Track { .. } | Route::TrackStart), Route::TrackStart) => true,
        (
            Some(Route::Resources | Route::ResourcesToCheck | Route::NewResource | Route::EditResource { .. }),
            Route::Resources,
        ) => true,
        (Some(Route::PublicAgenda | Route::PublicEvent { .. } | Route::Registration { .. }), Route::PublicAgenda) => {
            true
        }
        (
            Some(
                Route::Trainings
                | Route::NewTraining
                | Route::Training { .. }
                | Route::EditTraining { .. }
                | Route::Attendance { .. },
            ),
            Route::Trainings,
        ) => true,
        (Some(current), to) => current == to,
        (None, _) => false,
    };
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            if let Some(navigator) = &navigator {
                navigator.push(&to);
            }
        })
    };
    html! {
        <a href={props.to.to_path()} {onclick} aria-current={is_current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}

/// Properties of [`Layout`].
#[derive(Debug, Properties, PartialEq)]
pub struct LayoutProps {
    /// The page.
    pub children: Html,
}

/// The frame of every page.
#[function_component]
pub fn Layout(props: &LayoutProps) -> Html {
    let i18n = use_locale();
    let session = use_session();
    let navigator = use_navigator();
    let announce = use_announce();
    let location = use_location();

    // After a change of page, start reading and tabbing at the new page's content.
    let first = use_mut_ref(|| true);
    use_effect_with(location.map(|l| l.path().to_string()), move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        focus_main();
    });

    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_main();
    });

    let other = if i18n.lang() == Lang::Nl { Lang::En } else { Lang::Nl };
    let switch_lang = {
        let set_lang = i18n.set_lang.clone();
        let announce = announce.clone();
        Callback::from(move |_| {
            set_lang.emit(other);
            let message = crate::i18n::I18n::new(other).t("language-changed");
            announce.emit(message);
        })
    };

    let logout = {
        let session = session.clone();
        let announce = announce.clone();
        let message = i18n.t("logged-out");
        Callback::from(move |_| {
            let session = session.clone();
            let navigator = navigator.clone();
            let announce = announce.clone();
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Even when the server cannot be reached, the token is forgotten here.
                let _ = api::logout().await;
                session.dispatch(SessionAction::LoggedOut);
                announce.emit(message);
                if let Some(navigator) = navigator {
                    navigator.push(&Route::Login);
                }
            });
        })
    };

    let account = match &*session {
        Session::LoggedIn(me) => html! {
            <div class="account">
                <span class="account-name">
                    <span class="visually-hidden">{ i18n.t("logged-in-as") }{ " " }</span>
                    { me.account.display_name.clone() }
                </span>
                <button type="button" class="button button-quiet" onclick={logout}>{ i18n.t("log-out") }</button>
            </div>
        },
        _ => Html::default(),
    };
    let nav = match &*session {
        Session::LoggedIn(_) => html! {
            <nav class="main-nav" aria-label={i18n.t("nav-label")}>
                <ul>
                    <li><NavLink to={Route::Groups}>{ i18n.t("nav-groups") }</NavLink></li>
                    <li><NavLink to={Route::People}>{ i18n.t("nav-people") }</NavLink></li>
                    <li><NavLink to={Route::Trainings}>{ i18n.t("nav-trainings") }</NavLink></li>
                    if session.me().is_some_and(|me| me.account.person_id.is_some() && !me.group_ids.is_empty()) {
                        <li><NavLink to={Route::MyTime}>{ i18n.t("nav-time") }</NavLink></li>
                    }
                    if session.coordinates() {
                        <li><NavLink to={Route::Candidates}>{ i18n.t("nav-candidates") }</NavLink></li>
                        <li><NavLink to={Route::Reports}>{ i18n.t("nav-reports") }</NavLink></li>
                    }
                    <li><NavLink to={Route::Resources}>{ i18n.t("nav-resources") }</NavLink></li>
                    <li><NavLink to={Route::Organisations}>{ i18n.t("nav-organisations") }</NavLink></li>
                    if session.role() == Some(api_types::Role::Admin) {
                        <li><NavLink to={Route::Accounts}>{ i18n.t("nav-accounts") }</NavLink></li>
                        <li><NavLink to={Route::ApiClients}>{ i18n.t("nav-api-clients") }</NavLink></li>
                    }
                    <li><NavLink to={Route::PublicAgenda}>{ i18n.t("nav-agenda") }</NavLink></li>
                </ul>
            </nav>
        },
        // Residents without an account find the public agenda.
        _ => html! {
            <nav class="main-nav" aria-label={i18n.t("nav-label")}>
                <ul>
                    <li><NavLink to={Route::PublicAgenda}>{ i18n.t("nav-agenda") }</NavLink></li>
                    <li><NavLink to={Route::TrackStart}>{ i18n.t("nav-track") }</NavLink></li>
                </ul>
            </nav>
        },
    };

    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip}>{ i18n.t("skip-to-content") }</a>
            <header class="site-header">
                <div class="header-inner">
                    <Link<Route> classes="brand" to={Route::Groups}>{ i18n.t("app-name") }</Link<Route>>
                    { nav }
                    <div class="header-tools">
                        <button type="button" class="button button-quiet lang-switch" lang={other.code()} onclick={switch_lang}>
                            { i18n.t("switch-language") }
                        </button>
                        { account }
                    </div>
                </div>
            </header>
            <main id="main" tabindex="-1">
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>{ i18n.t("footer-text") }</p>
            </footer>
            <LiveRegion />
        </>
    }
}
