//! Following a question with its tracking code, without an account: a field for the code (case,
//! spaces and dashes do not matter) and, for a known code, where the question stands and the
//! answer written for the resident. Never the question's text or anyone's personal data.

use api_types::QuestionTracking;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::api;
use crate::components::field::TextField;
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::questions::{normalise_code, QuestionStatusBadge};
use crate::hooks::use_loaded_anew;
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;

/// Properties of [`TrackPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct TrackPageProps {
    /// The tracking code from the address, if any.
    pub code: Option<AttrValue>,
}

/// The tracking page.
#[function_component]
pub fn TrackPage(props: &TrackPageProps) -> Html {
    let i18n = use_locale();
    let navigator = use_navigator();
    let code = props.code.as_ref().map(|c| normalise_code(c)).filter(|c| !c.is_empty());
    let typed = use_state(|| code.clone().unwrap_or_default());
    let missing = use_state(|| false);
    // Another code shows that it loads, rather than the status of the last one; without a code
    // there is nothing to follow.
    let result = {
        let typed = typed.clone();
        use_loaded_anew(code.clone(), move |code| {
            if let Some(code) = &code {
                typed.set(code.clone());
            }
            async move {
                match code {
                    Some(code) => api::track_question(&code).await.map(Some),
                    None => Ok(None),
                }
            }
        })
    };

    use_title(i18n.t("track-title"));
    let onsubmit = {
        let (typed, missing, navigator) = (typed.clone(), missing.clone(), navigator.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let code = normalise_code(&typed);
            if code.is_empty() {
                missing.set(true);
                return;
            }
            missing.set(false);
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Track { code });
            }
        })
    };

    html! {
        <article class="page narrow track-page" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("track-title") }</h1>
            <p class="lead">{ i18n.t("track-intro") }</p>
            <form class="form card track-form" {onsubmit} novalidate=true role="search" aria-label={i18n.t("track-form-label")}>
                <TextField id="track-code" label={i18n.t("track-code")} value={(*typed).clone()}
                    hint={Some(AttrValue::from(i18n.t("track-code-hint")))}
                    error={missing.then(|| AttrValue::from(i18n.t("field-error-required")))}
                    autocomplete={Some(AttrValue::Static("off"))}
                    oninput={Callback::from({ let typed = typed.clone(); move |v| typed.set(v) })} />
                <div class="actions">
                    <button type="submit" class="button button-primary button-large">{ i18n.t("track-submit") }</button>
                </div>
            </form>
            if code.is_some() {
                <section aria-labelledby="track-result-title" aria-live="polite">
                    <h2 id="track-result-title" class="visually-hidden">{ i18n.t("track-result") }</h2>
                    { match (result.error(), result.value()) {
                        (Some(e), _) => {
                            let message = if e.status() == Some(404) { i18n.t("track-not-found") } else { error_text(&i18n, e) };
                            html! { <ErrorAlert message={Some(AttrValue::from(message))} /> }
                        }
                        (None, Some(Some(t))) => status_card(&i18n, t),
                        (None, _) => html! { <Loading /> },
                    } }
                </section>
            }
        </article>
    }
}

fn status_card(i18n: &I18n, t: &QuestionTracking) -> Html {
    html! {
        <div class="card track-status">
            <p class="tracking-code-small">{ i18n.ta("track-code-shown", &[("code", Arg::Text(t.tracking_code.clone()))]) }</p>
            <p class="track-status-line">
                { i18n.t("track-status") }{ " " }<QuestionStatusBadge status={t.status} />
            </p>
            <p>{ i18n.t(&format!("track-explain-{}", t.status.as_str())) }</p>
            <dl class="details">
                <dt>{ i18n.t("track-group") }</dt>
                <dd>{ t.group_name.clone() }</dd>
                <dt>{ i18n.t("track-topic") }</dt>
                <dd>{ i18n.question_topic(t.topic) }</dd>
                <dt>{ i18n.t("track-asked") }</dt>
                <dd>{ i18n.date(amsterdam::to_local(t.asked_at).date_naive()) }</dd>
                <dt>{ i18n.t("track-updated") }</dt>
                <dd>{ i18n.instant(t.updated_at) }</dd>
            </dl>
            <h3>{ i18n.t("track-answer") }</h3>
            if let Some(answer) = &t.public_answer {
                <blockquote class="public-answer"><p class="pre-line">{ answer.clone() }</p></blockquote>
            } else {
                <p class="no-answer">{ i18n.t("track-no-answer") }</p>
            }
            <p class="ask-link">
                <Link<Route> to={Route::Ask { slug: t.group_slug.clone() }}>
                    { i18n.ta("track-ask-again", &[("group", Arg::Text(t.group_name.clone()))]) }
                </Link<Route>>
            </p>
        </div>
    }
}
