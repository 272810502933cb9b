//! Following a question with its tracking code, without an account: a field for the code (case,
//! spaces and dashes do not matter) and, for a known code, where the question stands, the answer
//! written for the resident, and a form to react or say it is not solved (which reopens an
//! answered question). Never the question's text or anyone's personal data.

use api_types::{NewResidentReaction, QuestionStatus, QuestionTracking, MAX_QUESTION_LENGTH};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::api;
use crate::components::confirm::focus_by_id;
use crate::components::field::TextField;
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::questions::{normalise_code, QuestionStatusBadge};
use crate::hooks::{use_loaded_anew, use_save};
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
                        (None, Some(Some(t))) => {
                            let reacted = {
                                let result = result.clone();
                                Callback::from(move |t: QuestionTracking| result.set(Some(t), None))
                            };
                            html! {
                                <>
                                    { status_card(&i18n, t) }
                                    <ReactionForm code={AttrValue::from(t.tracking_code.clone())} status={t.status} onreacted={reacted} />
                                </>
                            }
                        }
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
            if !t.reactions.is_empty() {
                <h3>{ i18n.t("track-reactions") }</h3>
                <ul class="track-reactions" role="list">
                    { for t.reactions.iter().map(|r| html! {
                        <li>
                            <p class="meta">
                                { i18n.instant(r.created_at) }
                                if r.not_solved { { " · " }{ i18n.t("track-reaction-not-solved") } }
                            </p>
                            <p class="pre-line">{ r.text.clone() }</p>
                        </li>
                    }) }
                </ul>
            }
            <p class="ask-link">
                <Link<Route> to={Route::Ask { slug: t.group_slug.clone() }}>
                    { i18n.ta("track-ask-again", &[("group", Arg::Text(t.group_name.clone()))]) }
                </Link<Route>>
            </p>
        </div>
    }
}

/// What the resident's reaction is, or what is wrong with it (a pointer and a message key).
fn reaction_of(text: &str, not_solved: bool) -> Result<NewResidentReaction, (&'static str, &'static str)> {
    let text = text.trim();
    if text.is_empty() {
        return Err(("/text", "field-error-required"));
    }
    if text.chars().count() as u64 > MAX_QUESTION_LENGTH {
        return Err(("/text", "field-error-reaction-length"));
    }
    Ok(NewResidentReaction { text: text.to_string(), not_solved })
}

/// Properties of [`ReactionForm`].
#[derive(Debug, Properties, PartialEq)]
struct ReactionFormProps {
    /// The tracking code.
    code: AttrValue,
    /// Where the question stands: "not solved" is offered once it is answered or closed.
    status: QuestionStatus,
    /// Called with where the question stands after the reaction.
    onreacted: Callback<QuestionTracking>,
}

/// The resident's reaction: a text, and for an answered question "not solved yet".
#[function_component]
fn ReactionForm(props: &ReactionFormProps) -> Html {
    let i18n = use_locale();
    let text = use_state(String::new);
    let not_solved = use_state(|| false);
    // Nothing to reload: the answer to a reaction is the tracking as it is now.
    let save = use_save("error-precondition-failed", Callback::noop());
    let answered = matches!(props.status, QuestionStatus::Answered | QuestionStatus::Closed);

    let onsubmit = {
        let (text, not_solved, save) = (text.clone(), not_solved.clone(), save.clone());
        let (code, onreacted) = (props.code.to_string(), props.onreacted.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let reaction = match reaction_of(&text, answered && *not_solved) {
                Ok(reaction) => reaction,
                Err(problem) => {
                    save.invalid(vec![problem]);
                    focus_by_id("reaction-text");
                    return;
                }
            };
            let (text, not_solved, code, onreacted) =
                (text.clone(), not_solved.clone(), code.clone(), onreacted.clone());
            let reopens = reaction.not_solved;
            save.run(
                async move { api::react_to_question(&code, &reaction).await },
                move |i18n, _| i18n.t(if reopens { "track-reaction-reopened" } else { "track-reaction-sent" }),
                move |tracking| {
                    text.set(String::new());
                    not_solved.set(false);
                    onreacted.emit(tracking);
                },
            );
        })
    };
    let text_error = save.field_error("/text");
    let form_error = save.form_error();
    let on_check = {
        let not_solved = not_solved.clone();
        Callback::from(move |e: Event| not_solved.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))
    };
    html! {
        <form class="form card reaction-form" {onsubmit} novalidate=true aria-labelledby="reaction-title">
            <h2 id="reaction-title" tabindex="-1">{ i18n.t("track-reaction-title") }</h2>
            <p class="hint">{ i18n.t("track-reaction-intro") }</p>
            <ErrorAlert message={form_error} details={save.other_errors(&["/text"])} />
            if answered {
                <div class="toggle">
                    <input type="checkbox" id="reaction-not-solved" checked={*not_solved} onchange={on_check}
                        aria-describedby="reaction-not-solved-hint" />
                    <label for="reaction-not-solved">{ i18n.t("track-reaction-not-solved-label") }</label>
                </div>
                <p class="hint" id="reaction-not-solved-hint">{ i18n.t("track-reaction-not-solved-hint") }</p>
            }
            <TextField id="reaction-text" label={i18n.t("track-reaction-text")} value={(*text).clone()} multiline=true
                required=true error={text_error}
                hint={Some(AttrValue::from(i18n.ta("track-reaction-hint", &[("max", Arg::Number(MAX_QUESTION_LENGTH as i64))])))}
                oninput={Callback::from({ let text = text.clone(); move |v| text.set(v) })} />
            <div class="actions">
                <button type="submit" class="button button-primary button-large" aria-disabled={save.busy().then_some("true")}>
                    { i18n.t("track-reaction-submit") }
                </button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reaction_needs_a_text_within_the_limit() {
        assert_eq!(reaction_of("  ", true), Err(("/text", "field-error-required")));
        assert_eq!(reaction_of(&"x".repeat(2001), false), Err(("/text", "field-error-reaction-length")));
        let ok = reaction_of(" Het is nog niet gelukt. ", true).unwrap();
        assert_eq!(ok.text, "Het is nog niet gelukt.");
        assert!(ok.not_solved);
    }
}
