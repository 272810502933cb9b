//! A group's FAQ, for its members: every question and answer, published or not; writing a new
//! one, changing one, publishing or taking it off the public page, and removing it (after a
//! confirmation). The published ones show on the group's public "ask a question" page.

use api_types::{FaqItem, FaqItemPatch, NewFaqItem, Topic};
use uuid::Uuid;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::choices::topic_options;
use crate::components::confirm::{focus_by_id, ConfirmAction};
use crate::components::field::{SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
use crate::hooks::{use_loaded, use_loaded_with_etag};
use crate::i18n::{use_locale, Arg};
use crate::route::Route;

/// Properties of [`FaqPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct FaqPageProps {
    /// The group's id.
    pub id: Uuid,
}

/// The FAQ page of a group.
#[function_component]
pub fn FaqPage(props: &FaqPageProps) -> Html {
    let id = props.id;
    let i18n = use_locale();
    // The group only names the page and links to its public page: without it the page works.
    let group = use_loaded_with_etag(id, api::group);
    let items = use_loaded(id, api::faq);
    let adding = use_state(|| false);

    use_title(i18n.t("faq-title"));
    let on_changed = items.reloader();
    let open_add = {
        let adding = adding.clone();
        Callback::from(move |_: MouseEvent| adding.set(true))
    };
    let added = {
        let (adding, items) = (adding.clone(), items.clone());
        Callback::from(move |_: FaqItem| {
            adding.set(false);
            items.reload();
            focus_by_id("faq-list-title");
        })
    };
    let cancel_add = {
        let adding = adding.clone();
        Callback::from(move |_| {
            adding.set(false);
            focus_by_id("faq-add-button");
        })
    };
    let group_name = group.value().map(|g| g.name.clone()).unwrap_or_default();

    html! {
        <article class="page faq-page" aria-labelledby="page-title">
            <p class="breadcrumb">
                <Link<Route> to={Route::Group { id }}>
                    { if group_name.is_empty() { i18n.t("back-to-groups") } else { i18n.ta("back-to-group", &[("group", Arg::Text(group_name.clone()))]) } }
                </Link<Route>>
            </p>
            <h1 id="page-title">{ i18n.t("faq-title") }</h1>
            <p class="lead">{ i18n.t("faq-intro") }</p>
            if let Some(g) = group.value() {
                <p><Link<Route> to={Route::Ask { slug: g.slug.clone() }}>{ i18n.t("faq-public-link") }</Link<Route>></p>
            }
            <section class="card" aria-labelledby="faq-add-title">
                <h2 id="faq-add-title">{ i18n.t("faq-add-title") }</h2>
                if *adding {
                    <FaqForm group_id={id} question_id={None::<Uuid>} topic={None::<Topic>} on_done={added} on_cancel={cancel_add} />
                } else {
                    <button type="button" id="faq-add-button" class="button button-primary" aria-expanded="false" onclick={open_add}>
                        { i18n.t("faq-add") }
                    </button>
                }
            </section>
            <section aria-labelledby="faq-list-title">
                <h2 id="faq-list-title" tabindex="-1">{ i18n.t("faq-list") }</h2>
                { match (items.error(), items.value()) {
                    (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
                    (None, None) => html! { <Loading /> },
                    (None, Some(list)) if list.is_empty() => html! { <p class="card">{ i18n.t("faq-empty") }</p> },
                    (None, Some(list)) => html! {
                        <ul class="faq-items" role="list">
                            { for list.iter().map(|item| html! {
                                <FaqRow key={item.id.to_string()} item={item.clone()} on_changed={on_changed.clone()} />
                            }) }
                        </ul>
                    },
                } }
            </section>
        </article>
    }
}

/// Properties of [`FaqRow`].
#[derive(Debug, Properties, PartialEq)]
struct FaqRowProps {
    item: FaqItem,
    on_changed: Callback<()>,
}

/// One FAQ item with its actions.
#[function_component]
fn FaqRow(props: &FaqRowProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let editing = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    let item = &props.item;
    let (group_id, item_id) = (item.group_id, item.id);
    let title_id = format!("faq-{}", item.id);

    let toggle_published = {
        let (error, announce, i18n, on_changed) =
            (error.clone(), announce.clone(), i18n.clone(), props.on_changed.clone());
        let published = !item.published;
        Callback::from(move |_: MouseEvent| {
            let (error, announce, i18n, on_changed) =
                (error.clone(), announce.clone(), i18n.clone(), on_changed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let patch = FaqItemPatch { published: Some(published), ..FaqItemPatch::default() };
                match api::patch_faq_item(group_id, item_id, &patch, None).await {
                    Ok(_) => {
                        error.set(None);
                        announce.emit(i18n.t(if published { "faq-published" } else { "faq-unpublished" }));
                        on_changed.emit(());
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let delete = {
        let (error, announce, i18n, on_changed) =
            (error.clone(), announce.clone(), i18n.clone(), props.on_changed.clone());
        Callback::from(move |_| {
            let (error, announce, i18n, on_changed) =
                (error.clone(), announce.clone(), i18n.clone(), on_changed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::delete_faq_item(group_id, item_id).await {
                    Ok(()) => {
                        announce.emit(i18n.t("faq-deleted"));
                        on_changed.emit(());
                        focus_by_id("faq-list-title");
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let open_edit = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };
    let edited = {
        let (editing, on_changed, title_id) = (editing.clone(), props.on_changed.clone(), title_id.clone());
        Callback::from(move |_: FaqItem| {
            editing.set(false);
            on_changed.emit(());
            focus_by_id(&title_id);
        })
    };
    let cancel_edit = {
        let (editing, title_id) = (editing.clone(), title_id.clone());
        Callback::from(move |_| {
            editing.set(false);
            focus_by_id(&title_id);
        })
    };
    let context = html! { <span class="visually-hidden">{ " " }{ i18n.ta("faq-of", &[("question", Arg::Text(item.question.clone()))]) }</span> };

    html! {
        <li class={classes!("card", "faq-item", (!item.published).then_some("is-draft"))}>
            <p class="question-row-meta">
                <span class="badge badge-neutral">{ i18n.question_topic(item.topic) }</span>{ " " }
                <span class={classes!("badge", if item.published { "faq-published" } else { "faq-draft" })}>
                    { if item.published { i18n.t("faq-state-published") } else { i18n.t("faq-state-draft") } }
                </span>
            </p>
            <h3 id={title_id.clone()} tabindex="-1">{ item.question.clone() }</h3>
            if *editing {
                <FaqForm group_id={group_id} question_id={None::<Uuid>} topic={Some(item.topic)} item={Some(item.clone())}
                    on_done={edited} on_cancel={cancel_edit} />
            } else {
                <p class="pre-line">{ item.answer.clone() }</p>
                <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
                <div class="actions">
                    <button type="button" class="button button-small" onclick={open_edit}>{ i18n.t("faq-edit") }{ context.clone() }</button>
                    <button type="button" class="button button-small" onclick={toggle_published}>
                        { if item.published { i18n.t("faq-unpublish") } else { i18n.t("faq-publish") } }{ context.clone() }
                    </button>
                    <ConfirmAction id={format!("faq-delete-{}", item.id)} label={i18n.t("faq-delete")}
                        context={Some(AttrValue::from(i18n.ta("faq-of", &[("question", Arg::Text(item.question.clone()))])))}
                        question={i18n.t("faq-delete-question")} confirm_label={i18n.t("faq-delete-confirm")}
                        danger=true on_confirm={delete} />
                </div>
            }
        </li>
    }
}

/// Properties of [`FaqForm`].
#[derive(Debug, Properties, PartialEq)]
pub struct FaqFormProps {
    /// The group.
    pub group_id: Uuid,
    /// The question it is made from, if any (nothing of it is copied but the topic).
    pub question_id: Option<Uuid>,
    /// The topic chosen already.
    pub topic: Option<Topic>,
    /// The item to change; a new one without.
    #[prop_or_default]
    pub item: Option<FaqItem>,
    /// Called with the saved item.
    pub on_done: Callback<FaqItem>,
    /// Called on cancel.
    pub on_cancel: Callback<()>,
}

/// Writing or changing a FAQ item: topic, public question, public answer, published or not.
///
/// It keeps its own load and save rather than the shared hooks: after a 412 it loads the item as
/// stored now first and announces the change only once the latest text is in the form, and the
/// form's first field takes focus once the item is in.
#[function_component]
pub fn FaqForm(props: &FaqFormProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let key = props.item.as_ref().map(|i| i.id.to_string()).unwrap_or_else(|| "new".into());
    let topic = use_state(|| props.topic.map(|t| t.as_str().to_string()).unwrap_or_default());
    let question = use_state(|| props.item.as_ref().map(|i| i.question.clone()).unwrap_or_default());
    let answer = use_state(|| props.item.as_ref().map(|i| i.answer.clone()).unwrap_or_default());
    let published = use_state(|| props.item.as_ref().is_none_or(|i| i.published));
    let error = use_state(|| None::<ApiError>);
    let notice = use_state(|| None::<String>);
    let local = use_state(Vec::<(&'static str, &'static str)>::new);
    let busy = use_state(|| false);
    // An item is edited as stored now (not as the list showed it), and the change is sent with
    // that ETag: someone else's change made meanwhile is not overwritten (412).
    let etag = use_state(|| None::<String>);
    let ready = use_state(|| props.item.is_none());
    {
        let first = format!("faq-form-{key}-{}", if props.topic.is_some() { "question" } else { "topic" });
        let (topic, question, answer, published, etag, ready, error) = (
            topic.clone(),
            question.clone(),
            answer.clone(),
            published.clone(),
            etag.clone(),
            ready.clone(),
            error.clone(),
        );
        let (group_id, item) = (props.group_id, props.item.as_ref().map(|i| i.id));
        use_effect_with((), move |_| match item {
            None => focus_by_id(&first),
            Some(item) => wasm_bindgen_futures::spawn_local(async move {
                match api::faq_item(group_id, item).await {
                    Ok(current) => {
                        topic.set(current.value.topic.as_str().to_string());
                        question.set(current.value.question);
                        answer.set(current.value.answer);
                        published.set(current.value.published);
                        etag.set(current.etag);
                        ready.set(true);
                        focus_by_id(&first);
                    }
                    Err(e) => error.set(Some(e)),
                }
            }),
        });
    }
    let onsubmit = {
        let (topic, question, answer, published, error, local, busy, notice, etag) = (
            topic.clone(),
            question.clone(),
            answer.clone(),
            published.clone(),
            error.clone(),
            local.clone(),
            busy.clone(),
            notice.clone(),
            etag.clone(),
        );
        let (announce, i18n, on_done) = (announce.clone(), i18n.clone(), props.on_done.clone());
        let (group_id, question_id, item) = (props.group_id, props.question_id, props.item.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let mut problems = Vec::new();
            let chosen = Topic::parse(&topic);
            if chosen.is_none() {
                problems.push(("/topic", "field-error-choose"));
            }
            if question.trim().is_empty() {
                problems.push(("/question", "field-error-required"));
            }
            if answer.trim().is_empty() {
                problems.push(("/answer", "field-error-required"));
            }
            let (Some(chosen), true) = (chosen, problems.is_empty()) else {
                error.set(None);
                local.set(problems);
                return;
            };
            local.set(Vec::new());
            busy.set(true);
            let (q, a, p) = (question.trim().to_string(), answer.trim().to_string(), *published);
            let (error, busy, announce, i18n, on_done, item) =
                (error.clone(), busy.clone(), announce.clone(), i18n.clone(), on_done.clone(), item.clone());
            let (topic, question, answer, published, notice, etag) =
                (topic.clone(), question.clone(), answer.clone(), published.clone(), notice.clone(), etag.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match &item {
                    Some(item) => {
                        let patch = FaqItemPatch {
                            topic: Some(chosen),
                            question: Some(q),
                            answer: Some(a),
                            published: Some(p),
                        };
                        api::patch_faq_item(group_id, item.id, &patch, (*etag).clone()).await
                    }
                    None => {
                        let new = NewFaqItem { question_id, topic: chosen, question: q, answer: a, published: Some(p) };
                        api::create_faq_item(group_id, &new).await
                    }
                };
                busy.set(false);
                match result {
                    Ok(saved) => {
                        error.set(None);
                        announce.emit(i18n.t("faq-saved"));
                        on_done.emit(saved);
                    }
                    Err(e) if e.status() == Some(412) => {
                        error.set(None);
                        if let Some(item) = &item {
                            if let Ok(current) = api::faq_item(group_id, item.id).await {
                                topic.set(current.value.topic.as_str().to_string());
                                question.set(current.value.question);
                                answer.set(current.value.answer);
                                published.set(current.value.published);
                                etag.set(current.etag);
                            }
                        }
                        // Said once the latest text is in the form.
                        let message = i18n.t("faq-changed-elsewhere");
                        announce.emit(message.clone());
                        notice.set(Some(message));
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let error_at = |pointer: &str| {
        field_error(&i18n, error.as_ref(), pointer)
            .or_else(|| local.iter().find(|(p, _)| *p == pointer).map(|(_, m)| AttrValue::from(i18n.t(m))))
    };
    let form_error = error
        .as_ref()
        .map(|e| AttrValue::from(error_text(&i18n, e)))
        .or_else(|| (!local.is_empty()).then(|| AttrValue::from(i18n.t("error-invalid-input"))));
    let mut topics = vec![(AttrValue::from(""), AttrValue::from(i18n.t("choose")))];
    topics.extend(topic_options(&i18n));
    let id = |field: &str| format!("faq-form-{key}-{field}");
    let on_published = {
        let published = published.clone();
        Callback::from(move |e: Event| published.set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    if !*ready {
        return html! {
            <>
                if let Some(e) = &*error {
                    <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} />
                    <button type="button" class="button" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ i18n.t("cancel") }</button>
                } else {
                    <Loading />
                }
            </>
        };
    }
    html! {
        <form class="form inline-form faq-form" {onsubmit} novalidate=true>
            if let Some(message) = &*notice {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            <ErrorAlert message={form_error}
                details={other_field_errors(&i18n, error.as_ref(), &["/topic", "/question", "/answer", "/published"])} />
            <p class="hint">{ i18n.t("faq-form-hint") }</p>
            <SelectField id={id("topic")} label={i18n.t("faq-topic")} value={AttrValue::from((*topic).clone())} options={topics}
                required=true error={error_at("/topic")}
                onchange={Callback::from({ let topic = topic.clone(); move |v| topic.set(v) })} />
            <TextField id={id("question")} label={i18n.t("faq-question")} value={(*question).clone()} required=true
                hint={Some(AttrValue::from(i18n.t("faq-question-hint")))} error={error_at("/question")}
                oninput={Callback::from({ let question = question.clone(); move |v| question.set(v) })} />
            <TextField id={id("answer")} label={i18n.t("faq-answer")} value={(*answer).clone()} required=true multiline=true
                error={error_at("/answer")}
                oninput={Callback::from({ let answer = answer.clone(); move |v| answer.set(v) })} />
            <div class="toggle">
                <input type="checkbox" id={id("published")} checked={*published} onchange={on_published} />
                <label for={id("published")}>{ i18n.t("faq-published-label") }</label>
            </div>
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>{ i18n.t("faq-save") }</button>
                <button type="button" class="button" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ i18n.t("cancel") }</button>
            </div>
        </form>
    }
}
