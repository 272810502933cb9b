//! The Buurtverbinders web client: a Yew single-page app for coordinators, professionals and
//! connectors. It talks to the API only through the shared request and response types of
//! `api-types`, so it cannot drift from the server.
//!
//! Dutch by default, English on request; every text comes from the Fluent files in `locales/`.

pub mod amsterdam;
pub mod announce;
pub mod api;
pub mod components;
pub mod features;
pub mod hooks;
pub mod i18n;
pub mod route;
pub mod session;
pub mod switch;

use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::announce::AnnouncerProvider;
use crate::components::layout::Layout;
use crate::i18n::LocaleProvider;
use crate::route::Route;
use crate::session::SessionProvider;
use crate::switch::switch;

/// The whole app: language, session and announcements around the router.
#[function_component]
pub fn App() -> Html {
    html! {
        <LocaleProvider>
            <AnnouncerProvider>
                <SessionProvider>
                    <BrowserRouter>
                        <Layout>
                            <Switch<Route> render={switch} />
                        </Layout>
                    </BrowserRouter>
                </SessionProvider>
            </AnnouncerProvider>
        </LocaleProvider>
    }
}

/// Entry point of the wasm module: renders the app into `<body>`.
#[wasm_bindgen(start)]
pub fn start() {
    // The readable page the server sent for a public address gives way to the app.
    if let Some(page) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("server-page")) {
        page.remove();
    }
    yew::Renderer::<App>::new().render();
}
