//! Setting a password through the personal link an admin handed over (an invitation for a new
//! account, or a reset), without logging in: whose account it is, two password fields, and then
//! the way to log in. A link that is used, replaced or expired says so.

use api_types::{PasswordLinkPurpose, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::confirm::focus_by_id;
use crate::components::field::TextField;
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::hooks::{use_loaded, use_save};
use crate::i18n::{use_locale, Arg};
use crate::route::Route;

/// What is wrong with the two passwords, as (pointer, message key); the API checks again.
fn password_problems(password: &str, repeated: &str) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    let length = password.chars().count();
    if password.trim().is_empty() && length > 0 {
        problems.push(("/password", "field-error-password-blank"));
    } else if length < MIN_PASSWORD_LENGTH {
        problems.push(("/password", "field-error-password-length"));
    } else if length > MAX_PASSWORD_LENGTH {
        problems.push(("/password", "field-error-password-long"));
    } else if password != repeated {
        problems.push(("/repeat", "field-error-password-repeat"));
    }
    problems
}

/// Properties of [`SetPasswordPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct SetPasswordPageProps {
    /// The link's token.
    pub token: AttrValue,
}

/// The page behind a password link.
#[function_component]
pub fn SetPasswordPage(props: &SetPasswordPageProps) -> Html {
    let i18n = use_locale();
    use_title(i18n.t("password-title"));
    let token = props.token.to_string();
    let info = use_loaded(token.clone(), |token| async move { api::password_link(&token).await });
    let password = use_state(String::new);
    let repeated = use_state(String::new);
    let save = use_save("error-precondition-failed", info.reloader());
    let done = use_state(|| false);

    use_effect_with(*done, |done| {
        if *done {
            focus_by_id("password-done-title");
        }
    });

    let onsubmit = {
        let (password, repeated, save, done) = (password.clone(), repeated.clone(), save.clone(), done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let problems = password_problems(&password, &repeated);
            if !problems.is_empty() {
                save.invalid(problems);
                focus_by_id("password-form-title");
                return;
            }
            let (password, done, token) = ((*password).clone(), done.clone(), token.clone());
            save.run(
                async move { api::set_password(&token, &password).await },
                |i18n, _| i18n.t("password-done"),
                move |()| done.set(true),
            );
        })
    };

    let body = match (info.error(), info.value()) {
        (Some(e), _) => {
            let message = if e.status() == Some(404) { i18n.t("password-link-invalid") } else { error_text(&i18n, e) };
            html! { <ErrorAlert message={Some(AttrValue::from(message))} /> }
        }
        (None, None) => html! { <Loading /> },
        (None, Some(_)) if *done => html! {
            <section class="card receipt" aria-labelledby="password-done-title">
                <h2 id="password-done-title" tabindex="-1">{ i18n.t("password-done") }</h2>
                <p>{ i18n.t("password-done-text") }</p>
                <p><Link<Route> classes="button button-primary" to={Route::Login}>{ i18n.t("login-submit") }</Link<Route>></p>
            </section>
        },
        (None, Some(link)) => {
            let error_at = |pointer: &str| save.field_error(pointer);
            let form_error = save.form_error();
            let intro = match link.purpose {
                PasswordLinkPurpose::Invitation => "password-intro-invitation",
                PasswordLinkPurpose::Reset => "password-intro-reset",
            };
            html! {
                <form class="form card" {onsubmit} novalidate=true aria-labelledby="password-form-title">
                    <h2 id="password-form-title" tabindex="-1">
                        { i18n.ta("password-welcome", &[("name", Arg::Text(link.display_name.clone()))]) }
                    </h2>
                    <p>{ i18n.ta(intro, &[("email", Arg::Text(link.email.clone())), ("expires", Arg::Text(i18n.instant(link.expires_at)))]) }</p>
                    <ErrorAlert message={form_error} />
                    // The address to log in with, shown and given to password managers with the new password.
                    <div class="field">
                        <label for="password-email">{ i18n.t("password-email") }</label>
                        <input type="email" id="password-email" autocomplete="username" value={link.email.clone()} readonly=true />
                    </div>
                    <TextField id="new-password" label={i18n.t("password-new")} value={(*password).clone()} required=true
                        input_type="password" autocomplete={Some(AttrValue::Static("new-password"))}
                        hint={Some(AttrValue::from(i18n.ta("password-hint", &[("min", Arg::Number(MIN_PASSWORD_LENGTH as i64))])))}
                        error={error_at("/password")}
                        oninput={Callback::from({ let password = password.clone(); move |v| password.set(v) })} />
                    <TextField id="repeat-password" label={i18n.t("password-repeat")} value={(*repeated).clone()} required=true
                        input_type="password" autocomplete={Some(AttrValue::Static("new-password"))} error={error_at("/repeat")}
                        oninput={Callback::from({ let repeated = repeated.clone(); move |v| repeated.set(v) })} />
                    <div class="actions">
                        <button type="submit" class="button button-primary button-large" aria-disabled={save.busy().then_some("true")}>
                            { i18n.t("password-submit") }
                        </button>
                    </div>
                </form>
            }
        }
    };

    html! {
        <article class="page narrow password-page" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("password-title") }</h1>
            { body }
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_long_enough_and_typed_twice_the_same() {
        assert_eq!(password_problems("kort", "kort"), vec![("/password", "field-error-password-length")]);
        let spaces = " ".repeat(12);
        assert_eq!(password_problems(&spaces, &spaces), vec![("/password", "field-error-password-blank")]);
        let long = "x".repeat(201);
        assert_eq!(password_problems(&long, &long), vec![("/password", "field-error-password-long")]);
        assert_eq!(
            password_problems("lang genoeg wachtwoord", "lang genoeg wachtwoort"),
            vec![("/repeat", "field-error-password-repeat")]
        );
        assert!(password_problems("lang genoeg wachtwoord", "lang genoeg wachtwoord").is_empty());
    }
}
