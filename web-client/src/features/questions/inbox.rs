//! A group's question inbox: the questions whose follow-up date has passed first, then the rest,
//! oldest first; filters on status, topic and assignee; and the way to the quick intake.

use api_types::{Group, Membership, Question, QuestionStatus, Topic};
use chrono::NaiveDate;
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::api::{self, QuestionFilter};
use crate::components::choices::topic_options;
use crate::components::field::{setter, SelectField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::questions::QuestionStatusBadge;
use crate::hooks::{use_loaded_anew, Loaded};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;
use crate::session::use_session;

/// Properties of [`QuestionsPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct QuestionsPageProps {
    /// The group's id.
    pub id: Uuid,
}

/// The inbox as loaded: every question, overdue ones first, and how many are overdue.
/// The questions in the order shown, and how many of them are overdue.
type Inbox = (Vec<Question>, usize);

/// How many characters of a question the inbox shows.
const SHORT_TEXT: usize = 120;

/// The first characters of a text, with an ellipsis when it is cut.
pub fn short_text(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// The overdue questions first, the longest overdue on top; then the others, each once, newest
/// first (by when they were asked): what came in last is what a member looks for.
pub fn overdue_first(mut overdue: Vec<Question>, all: Vec<Question>) -> Vec<Question> {
    overdue.sort_by_key(|q| (q.follow_up_on, std::cmp::Reverse(q.asked_at)));
    let mut rest: Vec<Question> = all.into_iter().filter(|q| !overdue.iter().any(|o| o.id == q.id)).collect();
    rest.sort_by_key(|q| std::cmp::Reverse(q.asked_at));
    overdue.extend(rest);
    overdue
}

/// Whether the follow-up date of an open referral of the question has come (on `today`), as the
/// API's `followUpDue` has it.
pub fn is_overdue(q: &Question, today: NaiveDate) -> bool {
    q.follow_up_on.is_some_and(|d| d <= today)
}

/// The inbox page.
#[function_component]
pub fn QuestionsPage(props: &QuestionsPageProps) -> Html {
    let id = props.id;
    let i18n = use_locale();
    let session = use_session();
    let group = use_state(|| None::<Group>);
    let members = use_state(Vec::<Membership>::new);
    let filter = use_state(|| QuestionFilter { group_id: Some(id), ..QuestionFilter::default() });
    // Another filter shows that it loads, rather than the questions of the last one.
    let list = use_loaded_anew((*filter).clone(), |filter| async move {
        let due = QuestionFilter { follow_up_due: true, ..filter.clone() };
        let overdue = api::questions(&due).await?;
        let count = overdue.len();
        api::questions(&filter).await.map(|all| (overdue_first(overdue, all), count))
    });

    use_title(i18n.t("questions-title"));
    {
        let (group, members) = (group.clone(), members.clone());
        use_effect_with(id, move |id| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(reply) = api::group(id).await {
                    group.set(Some(reply.value));
                }
                if let Ok(list) = api::members(id, true).await {
                    members.set(list);
                }
            });
        });
    }
    let set = |apply: fn(&mut QuestionFilter, String)| setter(&filter, apply);
    let any = AttrValue::from(i18n.t("questions-filter-any"));
    let mut statuses = vec![(AttrValue::from(""), any.clone())];
    statuses.extend(
        QuestionStatus::ALL.iter().map(|s| (AttrValue::from(s.as_str()), AttrValue::from(i18n.question_status(*s)))),
    );
    let mut topics = vec![(AttrValue::from(""), any.clone())];
    topics.extend(topic_options(&i18n));
    let mut assignees = vec![(AttrValue::from(""), any)];
    assignees.extend(
        members.iter().map(|m| (AttrValue::from(m.person_id.to_string()), AttrValue::from(m.person_name.clone()))),
    );
    // Another group's inbox is refused by the API (the list says so); its intake and filters are
    // not offered.
    let manages = session.manages_group(id);
    let f = (*filter).clone();
    let group_name = group.as_ref().map(|g| g.name.clone()).unwrap_or_default();

    html! {
        <article class="page questions-page" aria-labelledby="page-title">
            <p class="breadcrumb">
                <Link<Route> to={Route::Group { id }}>
                    { if group_name.is_empty() { i18n.t("back-to-groups") } else { i18n.ta("back-to-group", &[("group", Arg::Text(group_name.clone()))]) } }
                </Link<Route>>
            </p>
            <div class="page-head">
                <h1 id="page-title">{ i18n.t("questions-title") }</h1>
                if manages {
                    <Link<Route> classes="button button-primary button-large" to={Route::NewQuestion { id }}>{ i18n.t("questions-new") }</Link<Route>>
                }
            </div>
            if !group_name.is_empty() {
                <p class="lead">{ i18n.ta("questions-intro", &[("group", Arg::Text(group_name))]) }</p>
            }
            if manages {
            <section class="card filters" aria-labelledby="filters-title">
                <h2 id="filters-title">{ i18n.t("questions-filters") }</h2>
                <div class="filter-fields">
                    <SelectField id="filter-status" label={i18n.t("questions-filter-status")} options={statuses}
                        value={AttrValue::from(f.status.map(|s| s.as_str()).unwrap_or_default())}
                        onchange={set(|f, x| f.status = QuestionStatus::parse(&x))} />
                    <SelectField id="filter-topic" label={i18n.t("questions-filter-topic")} options={topics}
                        value={AttrValue::from(f.topic.map(|t| t.as_str()).unwrap_or_default())}
                        onchange={set(|f, x| f.topic = Topic::parse(&x))} />
                    <SelectField id="filter-assignee" label={i18n.t("questions-filter-assignee")} options={assignees}
                        value={AttrValue::from(f.assignee_id.map(|a| a.to_string()).unwrap_or_default())}
                        onchange={set(|f, x| f.assignee_id = x.parse().ok())} />
                </div>
            </section>
            }
            <section aria-labelledby="list-title">
                <h2 id="list-title" class="visually-hidden">{ i18n.t("questions-list") }</h2>
                { question_list(&i18n, &list) }
            </section>
        </article>
    }
}

fn question_list(i18n: &I18n, list: &Loaded<Inbox>) -> Html {
    let (questions, overdue) = match (list.error(), list.value()) {
        (Some(e), _) => {
            let message = if e.status() == Some(403) { i18n.t("questions-forbidden") } else { error_text(i18n, e) };
            return html! { <ErrorAlert message={Some(AttrValue::from(message))} /> };
        }
        (None, None) => return html! { <Loading /> },
        (None, Some(pair)) => pair,
    };
    let today = amsterdam::today();
    html! {
        <>
            <p class="count" role="status">
                { i18n.ta("questions-count", &[("count", Arg::Number(questions.len() as i64))]) }
                if *overdue > 0 {
                    { " " }{ i18n.ta("questions-overdue-count", &[("count", Arg::Number(*overdue as i64))]) }
                }
            </p>
            if questions.is_empty() {
                <p class="card">{ i18n.t("questions-empty") }</p>
            } else {
                <ul class="question-list" role="list">
                    { for questions.iter().map(|q| question_row(i18n, q, today)) }
                </ul>
            }
        </>
    }
}

fn question_row(i18n: &I18n, q: &Question, today: NaiveDate) -> Html {
    let overdue = is_overdue(q, today);
    let text = if q.erased_at.is_some() { i18n.t("question-erased-text") } else { short_text(&q.text, SHORT_TEXT) };
    html! {
        <li class={classes!("card", "question-row", overdue.then_some("is-overdue"))}>
            <p class="question-row-meta">
                <span class="badge badge-neutral">{ i18n.question_topic(q.topic) }</span>{ " " }
                <QuestionStatusBadge status={q.status} />
                if overdue {
                    { " " }<span class="badge badge-overdue">{ i18n.t("questions-overdue") }</span>
                }
            </p>
            <p class="question-row-text">
                <Link<Route> to={Route::Question { id: q.id }}>{ text }</Link<Route>>
            </p>
            <p class="question-row-facts">
                <span>{ i18n.ta("questions-asked-on", &[("date", Arg::Text(i18n.date(amsterdam::to_local(q.asked_at).date_naive())))]) }</span>
                { " · " }
                <span>{ match (&q.assignee_name, q.erased_at) {
                    (_, Some(at)) => i18n.ta("questions-erased-on", &[("date", Arg::Text(i18n.date(amsterdam::to_local(at).date_naive())))]),
                    (Some(name), None) => i18n.ta("questions-assignee", &[("name", Arg::Text(name.clone()))]),
                    (None, None) => i18n.t("questions-unassigned"),
                } }</span>
                if let Some(date) = q.follow_up_on {
                    { " · " }<span>{ i18n.ta("questions-follow-up", &[("date", Arg::Text(i18n.date(date)))]) }</span>
                }
            </p>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(n: u128, asked: &str, follow_up_on: Option<&str>) -> Question {
        serde_json::from_value(serde_json::json!({
            "id": Uuid::from_u128(n), "groupId": Uuid::from_u128(99), "channel": "phone",
            "askedAt": format!("{asked}T10:00:00Z"), "topic": "other", "text": "Een vraag",
            "status": "new", "allowedStatuses": [], "followUpOn": follow_up_on,
            "createdAt": "2026-01-01T10:00:00Z", "updatedAt": "2026-01-01T10:00:00Z",
        }))
        .unwrap()
    }

    #[test]
    fn overdue_on_top_then_the_newest_first() {
        let old_overdue = question(1, "2026-09-01", Some("2026-10-01"));
        let recent_overdue = question(2, "2026-10-01", Some("2026-11-01"));
        let older = question(3, "2026-11-01", None);
        let newest = question(4, "2026-11-20", None);
        let all = vec![old_overdue.clone(), recent_overdue.clone(), older.clone(), newest.clone()];
        let ids: Vec<u128> =
            overdue_first(vec![recent_overdue, old_overdue], all).iter().map(|q| q.id.as_u128()).collect();
        assert_eq!(ids, [1, 2, 4, 3]);
    }

    #[test]
    fn long_questions_are_cut_short() {
        assert_eq!(short_text("kort", 10), "kort");
        assert_eq!(short_text("een lange vraag over de buurt", 8), "een lang…");
    }
}
