//! Log in with email and password.

use yew::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::field::TextField;
use crate::components::layout::{focus_main, use_title};
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
use crate::i18n::{use_locale, Arg};
use crate::session::{use_session, SessionAction};

/// The log-in form. On success the session holds the account and the page it was shown on
/// appears (or, on `/login`, the groups overview).
#[function_component]
pub fn LoginPage() -> Html {
    let i18n = use_locale();
    let session = use_session();
    let announce = use_announce();
    use_title(i18n.t("login-title"));

    let email = use_state(String::new);
    let password = use_state(String::new);
    let error = use_state(|| None::<ApiError>);
    let busy = use_state(|| false);

    let onsubmit = {
        let (email, password, error, busy) = (email.clone(), password.clone(), error.clone(), busy.clone());
        let i18n = i18n.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            busy.set(true);
            let (email, password, error, busy) = ((*email).clone(), (*password).clone(), error.clone(), busy.clone());
            let (session, announce, i18n) = (session.clone(), announce.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match api::login(email.trim().to_string(), password).await {
                    Ok(_) => api::me().await,
                    Err(e) => Err(e),
                };
                busy.set(false);
                match outcome {
                    Ok(me) => {
                        error.set(None);
                        announce.emit(i18n.ta("logged-in", &[("name", Arg::Text(me.account.display_name.clone()))]));
                        session.dispatch(SessionAction::LoggedIn(me));
                        // The form is gone: continue at the page that takes its place.
                        focus_main();
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    let form_error = (*error).as_ref().map(|e| match e.status() {
        Some(401) => i18n.t("login-failed"),
        _ => error_text(&i18n, e),
    });
    let email_error = field_error(&i18n, error.as_ref(), "/email");
    let password_error = field_error(&i18n, error.as_ref(), "/password");

    html! {
        <section class="page narrow" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("login-title") }</h1>
            <p>{ i18n.t("login-intro") }</p>
            <form class="form card" {onsubmit} novalidate=true aria-describedby={form_error.as_ref().map(|_| "login-error")}>
                <ErrorAlert id={Some(AttrValue::Static("login-error"))} message={form_error.clone().map(AttrValue::from)}
                    details={other_field_errors(&i18n, error.as_ref(), &["/email", "/password"])} />
                <TextField id="login-email" label={i18n.t("login-email")} value={(*email).clone()}
                    oninput={Callback::from({ let email = email.clone(); move |v| email.set(v) })}
                    input_type="email" autocomplete={Some(AttrValue::Static("username"))} required=true
                    error={email_error} />
                <TextField id="login-password" label={i18n.t("login-password")} value={(*password).clone()}
                    oninput={Callback::from({ let password = password.clone(); move |v| password.set(v) })}
                    input_type="password" autocomplete={Some(AttrValue::Static("current-password"))} required=true
                    error={password_error} />
                <div class="actions">
                    <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>
                        { if *busy { i18n.t("login-busy") } else { i18n.t("login-submit") } }
                    </button>
                </div>
            </form>
        </section>
    }
}
