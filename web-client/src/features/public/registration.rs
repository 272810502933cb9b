//! A resident's own sign-up, through their personal link without logging in: whether they have a
//! place or where they are on the waiting list, what they signed up for, and a button to cancel
//! (which asks first). A link that does not work (404) gets a plain explanation.

use api_types::RegistrationStatus;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::{focus_by_id, ConfirmAction};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::events::ReceiptDetails;
use crate::hooks::use_loaded;
use crate::i18n::{use_locale, Arg};
use crate::route::Route;

/// Properties of [`RegistrationPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct RegistrationPageProps {
    /// The personal token from the link.
    pub token: AttrValue,
}

/// The resident's sign-up page.
#[function_component]
pub fn RegistrationPage(props: &RegistrationPageProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let token = props.token.to_string();

    let receipt = use_loaded(token.clone(), |token| async move { api::registration(&token).await });
    let error = use_state(|| None::<ApiError>);
    let just_cancelled = use_state(|| false);

    use_title(match receipt.error() {
        Some(e) if e.status() == Some(404) => i18n.t("registration-invalid-title"),
        _ => i18n.t("registration-title"),
    });
    use_effect_with(*just_cancelled, |cancelled| {
        if *cancelled {
            focus_by_id("registration-status");
        }
    });

    let r = match (receipt.error(), receipt.value()) {
        (Some(e), _) if e.status() == Some(404) => {
            return html! {
                <section class="page narrow" aria-labelledby="page-title">
                    <h1 id="page-title">{ i18n.t("registration-invalid-title") }</h1>
                    <div class="alert alert-error" role="alert"><p>{ i18n.t("registration-invalid") }</p></div>
                    <p>{ i18n.t("registration-invalid-help") }</p>
                    <p><Link<Route> to={Route::PublicAgenda}>{ i18n.t("back-to-public-agenda") }</Link<Route>></p>
                </section>
            };
        }
        (Some(e), _) => {
            return html! {
                <section class="page narrow" aria-labelledby="page-title">
                    <h1 id="page-title">{ i18n.t("registration-title") }</h1>
                    <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} />
                </section>
            };
        }
        (None, None) => return html! { <section class="page narrow"><Loading /></section> },
        (None, Some(r)) => r.clone(),
    };

    let cancel = {
        let (receipt, error, just_cancelled, announce, i18n, token) =
            (receipt.clone(), error.clone(), just_cancelled.clone(), announce.clone(), i18n.clone(), token.clone());
        let title = r.event_title.clone();
        Callback::from(move |_| {
            let (receipt, error, just_cancelled, announce, i18n, token, title) = (
                receipt.clone(),
                error.clone(),
                just_cancelled.clone(),
                announce.clone(),
                i18n.clone(),
                token.clone(),
                title.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match api::cancel_registration(&token).await {
                    Ok(updated) => {
                        error.set(None);
                        announce.emit(i18n.ta("registration-cancelled-message", &[("title", Arg::Text(title))]));
                        receipt.set(updated, None);
                        just_cancelled.set(true);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    html! {
        <section class="page narrow registration" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("registration-title") }</h1>
            <p class="greeting">{ i18n.ta("registration-greeting", &[("name", Arg::Text(r.name.clone()))]) }</p>
            <ReceiptDetails receipt={r.clone()} heading_id="registration-status" />
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
            if r.status != RegistrationStatus::Cancelled {
                <div class="actions">
                    <ConfirmAction id="cancel-registration" label={i18n.t("registration-cancel")}
                        question={i18n.ta("registration-cancel-question", &[("title", Arg::Text(r.event_title.clone()))])}
                        confirm_label={i18n.t("registration-cancel-confirm")} danger=true on_confirm={cancel} />
                </div>
            }
            <p><Link<Route> to={Route::PublicEvent { id: r.event_id }}>{ i18n.t("registration-to-event") }</Link<Route>></p>
        </section>
    }
}
