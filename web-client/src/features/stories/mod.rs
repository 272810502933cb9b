//! A group's stories from interviews with residents: write one up with the resident's consent
//! (named, anonymous, or for the group only), publish it on the group's site, and withdraw it
//! when the resident asks — which erases the text and the name at once.

use api_types::{NewStory, Story, StoryConsent};
use uuid::Uuid;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api;
use crate::components::confirm::{focus_by_id, ConfirmAction};
use crate::components::field::{setter, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::questions::optional;
use crate::hooks::{use_loaded, use_save, LocalProblem};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;

/// Properties of [`StoriesPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct StoriesPageProps {
    /// The group's id.
    pub id: Uuid,
}

/// The values of the story form.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    title: String,
    text: String,
    consent: StoryConsent,
    teller_name: String,
    published: bool,
}

impl Default for Values {
    fn default() -> Self {
        Values {
            title: String::new(),
            text: String::new(),
            consent: StoryConsent::Anonymous,
            teller_name: String::new(),
            published: true,
        }
    }
}

/// What the form sends, or the problems that keep it from being sent.
fn new_story(group_id: Uuid, v: &Values) -> Result<NewStory, Vec<LocalProblem>> {
    let mut problems = Vec::new();
    if v.title.trim().is_empty() {
        problems.push(("/title", "field-error-required"));
    }
    if v.text.trim().is_empty() {
        problems.push(("/text", "field-error-required"));
    }
    if v.consent == StoryConsent::Named && v.teller_name.trim().is_empty() {
        problems.push(("/tellerName", "story-name-needed"));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let named = v.consent == StoryConsent::Named;
    Ok(NewStory {
        group_id,
        title: v.title.trim().into(),
        text: v.text.trim().into(),
        event_id: None,
        consent: v.consent,
        teller_name: if named { optional(&v.teller_name) } else { None },
        published: v.published && v.consent != StoryConsent::Internal,
    })
}

/// The group's stories, and the form to write one up.
#[function_component]
pub fn StoriesPage(props: &StoriesPageProps) -> Html {
    let i18n = use_locale();
    use_title(i18n.t("stories-title"));
    let id = props.id;
    let list = use_loaded(id, api::stories);
    let group = use_loaded(id, |id| async move { api::group(id).await.map(|r| r.value) });
    let values = use_state(Values::default);
    let save = use_save("story-changed-elsewhere", list.reloader());
    let onsubmit = {
        let (values, save, list) = (values.clone(), save.clone(), list.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let new = match new_story(id, &values) {
                Ok(new) => new,
                Err(problems) => {
                    save.invalid(problems);
                    return;
                }
            };
            let (values, list) = (values.clone(), list.clone());
            save.run(
                async move { api::create_story(&new).await },
                |i18n, story: &Story| i18n.ta("story-saved", &[("title", Arg::Text(story.title.clone()))]),
                move |_| {
                    values.set(Values::default());
                    list.reload();
                    focus_by_id("stories-list-title");
                },
            );
        })
    };
    let v = (*values).clone();
    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let on_consent = |consent: StoryConsent| {
        let values = values.clone();
        Callback::from(move |_: Event| {
            let mut next = (*values).clone();
            next.consent = consent;
            values.set(next);
        })
    };
    let on_published = {
        let values = values.clone();
        Callback::from(move |e: Event| {
            let mut next = (*values).clone();
            next.published = e.target_unchecked_into::<HtmlInputElement>().checked();
            values.set(next);
        })
    };
    let error_at = |pointer: &str| save.field_error(pointer);
    let slug = group.value().map(|g| g.slug.clone());

    html! {
        <article class="page stories-page" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("stories-title") }</h1>
            <p class="lead">{ i18n.t("stories-intro") }</p>
            <p>
                <Link<Route> to={Route::Group { id }}>{ i18n.t("site-back-to-group") }</Link<Route>>
                if let Some(slug) = slug {
                    { " · " }<Link<Route> to={Route::GroupSite { slug }}>{ i18n.t("site-open") }</Link<Route>>
                }
            </p>
            <section aria-labelledby="stories-list-title">
                <h2 id="stories-list-title" tabindex="-1">{ i18n.t("stories-list") }</h2>
                { match (list.error(), list.value()) {
                    (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
                    (None, None) => html! { <Loading /> },
                    (None, Some(items)) if items.is_empty() => html! { <p>{ i18n.t("stories-empty") }</p> },
                    (None, Some(items)) => html! {
                        <ul class="cards stories" role="list">
                            { for items.iter().map(|s| html! { <StoryCard key={s.id.to_string()} story={s.clone()} on_changed={list.reloader()} /> }) }
                        </ul>
                    },
                } }
            </section>
            // Who may not read the group's stories may not write them either.
            if list.error().is_none_or(|e| e.status() != Some(403)) {
            <section class="card" aria-labelledby="story-new-title">
                <h2 id="story-new-title">{ i18n.t("story-new") }</h2>
                if let Some(message) = save.notice() {
                    <div class="alert alert-info"><p>{ message.clone() }</p></div>
                }
                <form class="form" {onsubmit} novalidate=true>
                    <ErrorAlert message={save.form_error()} details={save.other_errors(&["/title", "/text", "/consent", "/tellerName", "/published"])} />
                    <TextField id="story-title" label={i18n.t("story-title")} value={v.title.clone()} required=true
                        error={error_at("/title")} oninput={set(|v, x| v.title = x)} />
                    <TextField id="story-text" label={i18n.t("story-text")} value={v.text.clone()} required=true multiline=true
                        error={error_at("/text")} oninput={set(|v, x| v.text = x)} />
                    <fieldset class="form-group">
                        <legend>{ i18n.t("story-consent") }</legend>
                        <p class="hint">{ i18n.t("story-consent-hint") }</p>
                        { for StoryConsent::ALL.iter().map(|c| {
                            let radio = format!("story-consent-{}", c.as_str());
                            html! {
                                <div class="toggle">
                                    <input type="radio" name="story-consent" id={radio.clone()} checked={v.consent == *c} onchange={on_consent(*c)} />
                                    <label for={radio}>{ i18n.story_consent(*c) }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                    if v.consent == StoryConsent::Named {
                        <TextField id="story-teller" label={i18n.t("story-teller")} value={v.teller_name.clone()} required=true
                            error={error_at("/tellerName")} oninput={set(|v, x| v.teller_name = x)} />
                    }
                    if v.consent != StoryConsent::Internal {
                        <div class="toggle">
                            <input type="checkbox" id="story-published" checked={v.published} onchange={on_published} />
                            <label for="story-published">{ i18n.t("story-publish") }</label>
                        </div>
                    }
                    <div class="actions">
                        <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>{ i18n.t("save") }</button>
                    </div>
                </form>
            </section>
            }
        </article>
    }
}

/// Properties of [`StoryCard`].
#[derive(Debug, Properties, PartialEq)]
struct StoryCardProps {
    story: Story,
    on_changed: Callback<()>,
}

fn consent_line(i18n: &I18n, s: &Story) -> String {
    i18n.ta(
        "story-consent-given",
        &[
            ("consent", Arg::Text(i18n.story_consent(s.consent))),
            ("date", Arg::Text(i18n.instant(s.consent_recorded_at))),
        ],
    )
}

/// One story: its consent, whether it is on the site, and withdrawal.
#[function_component]
fn StoryCard(props: &StoryCardProps) -> Html {
    let i18n = use_locale();
    let s = &props.story;
    let save = use_save("story-changed-elsewhere", props.on_changed.clone());
    let withdraw = {
        let (save, id, on_changed) = (save.clone(), s.id, props.on_changed.clone());
        Callback::from(move |_| {
            let on_changed = on_changed.clone();
            save.run(
                api::withdraw_story(id),
                |i18n, story: &Story| i18n.ta("story-withdrawn", &[("title", Arg::Text(story.title.clone()))]),
                move |story: Story| {
                    on_changed.emit(());
                    focus_by_id(&format!("story-{}", story.id));
                },
            );
        })
    };
    html! {
        <li class="card story-card">
            <h3 id={format!("story-{}", s.id)} tabindex="-1">{ s.title.clone() }</h3>
            <p class="badges">
                if s.withdrawn_at.is_some() {
                    <span class="badge badge-warning">{ i18n.t("story-badge-withdrawn") }</span>
                } else if s.published {
                    <span class="badge badge-trained">{ i18n.t("story-badge-published") }</span>
                } else {
                    <span class="badge badge-neutral">{ i18n.t("story-badge-not-published") }</span>
                }
                <span class="badge badge-neutral">{ i18n.story_consent(s.consent) }</span>
            </p>
            { match &s.text {
                Some(text) => html! { <p class="pre-line">{ text.clone() }</p> },
                None => html! { <p class="meta">{ i18n.t("story-erased") }</p> },
            } }
            if let Some(name) = &s.teller_name {
                <p class="meta">{ name.clone() }</p>
            }
            <p class="meta">{ consent_line(&i18n, s) }</p>
            <ErrorAlert message={save.form_error()} />
            if s.withdrawn_at.is_none() {
                <div class="actions">
                    <ConfirmAction id={format!("withdraw-{}", s.id)} label={i18n.t("story-withdraw")}
                        context={Some(AttrValue::from(s.title.clone()))}
                        question={i18n.t("story-withdraw-question")} confirm_label={i18n.t("story-withdraw-confirm")}
                        danger=true on_confirm={withdraw} />
                </div>
            }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_story_needs_the_name_and_internal_is_never_published() {
        let group = Uuid::nil();
        let v = Values { title: "T".into(), text: "X".into(), consent: StoryConsent::Named, ..Values::default() };
        assert_eq!(new_story(group, &v).map(|_| ()), Err(vec![("/tellerName", "story-name-needed")]));
        let v = Values { consent: StoryConsent::Internal, teller_name: "Piet".into(), ..v };
        let sent = new_story(group, &v).ok();
        assert_eq!(sent.as_ref().map(|s| (s.published, s.teller_name.clone())), Some((false, None)));
    }
}
