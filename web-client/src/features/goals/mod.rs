//! A group's goals on its page: what it wants to reach, where each stands, its dated progress;
//! members set goals, move their status, note progress and choose which show on the site. The
//! site shows the public ones (`PublicGoals`).

use api_types::{Goal, GoalPatch, GoalStatus, NewGoal, NewProgressNote, PublicGoal};
use chrono::NaiveDate;
use uuid::Uuid;
use yew::prelude::*;

use crate::amsterdam;
use crate::api::{self, ApiError};
use crate::components::confirm::focus_by_id;
use crate::components::field::{setter, SelectField, TextField};
use crate::components::problem::{error_text, ErrorAlert};
use crate::hooks::{run_action, use_loaded, use_save, LocalProblem};
use crate::i18n::{use_locale, Arg, I18n};

/// Properties of [`GoalsSection`].
#[derive(Debug, Properties, PartialEq)]
pub struct GoalsSectionProps {
    /// The group.
    pub group_id: Uuid,
    /// Whether the caller writes the group's goals (its members and the coordinators).
    pub manages: bool,
}

/// The goal's status as a badge class.
fn badge(status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::Achieved => "badge-success",
        GoalStatus::Dropped => "badge-neutral",
        _ => "badge-info",
    }
}

/// The group's goals, with their progress, and for its members the forms to write them.
#[function_component]
pub fn GoalsSection(props: &GoalsSectionProps) -> Html {
    let i18n = use_locale();
    let list = use_loaded((props.group_id, props.manages), |(group, manages)| async move {
        if manages {
            api::goals(group).await
        } else {
            Ok(Vec::new())
        }
    });
    let action_error = use_state(|| None::<ApiError>);
    if !props.manages {
        return Html::default();
    }
    let group = props.group_id;
    let change = {
        let (action_error, list) = (action_error.clone(), list.clone());
        Callback::from(move |(id, patch): (Uuid, GoalPatch)| {
            let list = list.clone();
            let save = async move { api::patch_goal(group, id, &patch).await };
            run_action(save, action_error.clone(), "goals-title", move |_| list.reload());
        })
    };
    let content = match (list.error(), list.value()) {
        (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
        (None, None) => Html::default(),
        (None, Some(goals)) if goals.is_empty() => html! { <p>{ i18n.t("goals-none") }</p> },
        (None, Some(goals)) => html! {
            <ul class="goal-list" role="list">
                { for goals.iter().map(|g| goal_item(&i18n, g, &change, &list.reloader())) }
            </ul>
        },
    };
    html! {
        <section class="card" aria-labelledby="goals-title">
            <h2 id="goals-title" tabindex="-1">{ i18n.t("goals-title") }</h2>
            <p class="hint">{ i18n.t("goals-intro") }</p>
            <ErrorAlert message={action_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
            { content }
            <NewGoalForm {group} on_saved={list.reloader()} />
        </section>
    }
}

fn goal_item(i18n: &I18n, g: &Goal, change: &Callback<(Uuid, GoalPatch)>, reload: &Callback<()>) -> Html {
    let id = g.id;
    let statuses: Vec<(AttrValue, AttrValue)> = GoalStatus::ALL
        .iter()
        .map(|s| (AttrValue::from(s.as_str()), AttrValue::from(i18n.t(&format!("goal-status-{}", s.as_str())))))
        .collect();
    let on_status = {
        let change = change.clone();
        Callback::from(move |x: String| {
            if let Some(status) = GoalStatus::parse(&x) {
                change.emit((id, GoalPatch { status: Some(status), ..GoalPatch::default() }));
            }
        })
    };
    let toggle_public = {
        let (change, public) = (change.clone(), g.public);
        Callback::from(move |_: MouseEvent| {
            change.emit((id, GoalPatch { public: Some(!public), ..GoalPatch::default() }))
        })
    };
    html! {
        <li class="goal" key={g.id.to_string()}>
            <h3>{ g.title.clone() }</h3>
            <p>
                <span class={classes!("badge", badge(g.status))}>{ i18n.t(&format!("goal-status-{}", g.status.as_str())) }</span>
                if let Some(on) = g.target_on { { " " }{ i18n.ta("goal-target", &[("date", Arg::Text(i18n.date(on)))]) } }
                { " · " }{ i18n.t(if g.public { "goal-public" } else { "goal-private" }) }
            </p>
            if let Some(success) = &g.success { <p class="pre-line">{ success.clone() }</p> }
            if !g.progress.is_empty() {
                <ul class="progress-list" role="list">
                    { for g.progress.iter().map(|p| html! {
                        <li><strong>{ i18n.date_short(p.on) }</strong>{ " " }{ p.note.clone() }
                            if let Some(by) = &p.written_by { <span class="hint">{ " — " }{ by.clone() }</span> }</li>
                    }) }
                </ul>
            }
            <div class="field-row">
                <SelectField id={format!("goal-{id}-status")} label={i18n.t("goal-status")} value={AttrValue::from(g.status.as_str())}
                    options={statuses} onchange={on_status} />
            </div>
            <div class="actions">
                <button type="button" class="button button-small" onclick={toggle_public}>
                    { i18n.t(if g.public { "goal-make-private" } else { "goal-make-public" }) }
                    <span class="visually-hidden">{ " " }{ g.title.clone() }</span>
                </button>
            </div>
            <ProgressForm group={g.group_id} goal={id} title={g.title.clone()} on_saved={reload.clone()} />
        </li>
    }
}

/// Properties of [`NewGoalForm`].
#[derive(Debug, Properties, PartialEq)]
struct NewGoalFormProps {
    group: Uuid,
    on_saved: Callback<()>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct GoalValues {
    title: String,
    success: String,
    target: String,
    public: bool,
}

/// What is wrong with a new goal before it is sent, or the goal to send.
fn new_goal(v: &GoalValues) -> Result<NewGoal, Vec<LocalProblem>> {
    let mut problems = Vec::new();
    if v.title.trim().is_empty() {
        problems.push(("/title", "field-error-required"));
    }
    let target = match v.target.trim() {
        "" => None,
        text => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(day) => Some(day),
            Err(_) => {
                problems.push(("/targetOn", "field-error-date"));
                None
            }
        },
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(NewGoal {
        title: v.title.trim().to_string(),
        success: Some(v.success.trim().to_string()).filter(|s| !s.is_empty()),
        target_on: target,
        status: None,
        public: v.public,
        event_ids: Vec::new(),
        resource_ids: Vec::new(),
        question_ids: Vec::new(),
    })
}

#[function_component]
fn NewGoalForm(props: &NewGoalFormProps) -> Html {
    let i18n = use_locale();
    let values = use_state(GoalValues::default);
    let save = use_save("error-precondition-failed", Callback::noop());
    let onsubmit = {
        let (values, save, on_saved, group) = (values.clone(), save.clone(), props.on_saved.clone(), props.group);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            match new_goal(&values) {
                Err(found) => {
                    save.invalid(found);
                    focus_by_id("new-goal-title");
                }
                Ok(new) => {
                    let (values, on_saved) = (values.clone(), on_saved.clone());
                    save.run(
                        async move { api::create_goal(group, &new).await },
                        |i18n, goal: &Goal| i18n.ta("goal-saved", &[("title", Arg::Text(goal.title.clone()))]),
                        move |_| {
                            values.set(GoalValues::default());
                            on_saved.emit(());
                        },
                    );
                }
            }
        })
    };
    let set = |apply: fn(&mut GoalValues, String)| setter(&values, apply);
    let public = {
        let values = values.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            let mut next = (*values).clone();
            next.public = on;
            values.set(next);
        })
    };
    let v = (*values).clone();
    html! {
        <details class="new-goal">
            <summary class="button">{ i18n.t("goal-new") }</summary>
            <form class="form" {onsubmit} novalidate=true aria-labelledby="new-goal-title">
                <h3 id="new-goal-title" tabindex="-1">{ i18n.t("goal-new") }</h3>
                <ErrorAlert message={save.form_error()} details={save.other_errors(&["/title", "/success", "/targetOn"])} />
                <TextField id="goal-title" label={i18n.t("goal-title")} value={v.title.clone()} required=true
                    error={save.field_error("/title")} oninput={set(|v, x| v.title = x)} />
                <TextField id="goal-success" label={i18n.t("goal-success")} value={v.success.clone()} multiline=true
                    hint={Some(AttrValue::from(i18n.t("goal-success-hint")))} error={save.field_error("/success")}
                    oninput={set(|v, x| v.success = x)} />
                <TextField id="goal-target" label={i18n.t("goal-target-field")} value={v.target.clone()} input_type="date"
                    error={save.field_error("/targetOn")} oninput={set(|v, x| v.target = x)} />
                <div class="toggle">
                    <input type="checkbox" id="goal-public" checked={v.public} onchange={public} />
                    <label for="goal-public">{ i18n.t("goal-public-field") }</label>
                </div>
                <div class="actions">
                    <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>{ i18n.t("goal-create") }</button>
                </div>
            </form>
        </details>
    }
}

/// Properties of [`ProgressForm`].
#[derive(Debug, Properties, PartialEq)]
struct ProgressFormProps {
    group: Uuid,
    goal: Uuid,
    title: String,
    on_saved: Callback<()>,
}

/// A dated note of how a goal goes.
#[function_component]
fn ProgressForm(props: &ProgressFormProps) -> Html {
    let i18n = use_locale();
    let note = use_state(String::new);
    let save = use_save("error-precondition-failed", Callback::noop());
    let id = format!("goal-{}-note", props.goal);
    let onsubmit = {
        let (note, save, on_saved, group, goal, id) =
            (note.clone(), save.clone(), props.on_saved.clone(), props.group, props.goal, id.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            if note.trim().is_empty() {
                save.invalid(vec![("/note", "field-error-required")]);
                focus_by_id(&id);
                return;
            }
            let new = NewProgressNote { on: Some(amsterdam::today()), note: note.trim().to_string() };
            let (note, on_saved) = (note.clone(), on_saved.clone());
            save.run(
                async move { api::add_progress(group, goal, &new).await },
                |i18n, goal: &Goal| i18n.ta("goal-progress-saved", &[("title", Arg::Text(goal.title.clone()))]),
                move |_| {
                    note.set(String::new());
                    on_saved.emit(());
                },
            );
        })
    };
    let oninput = {
        let note = note.clone();
        Callback::from(move |x: String| note.set(x))
    };
    html! {
        <form class="form progress-form" {onsubmit} novalidate=true aria-label={i18n.ta("goal-progress-of", &[("title", Arg::Text(props.title.clone()))])}>
            <ErrorAlert message={save.form_error()} details={save.other_errors(&["/note", "/on"])} />
            <TextField id={id} label={i18n.t("goal-progress")} value={(*note).clone()} error={save.field_error("/note")} {oninput} />
            <button type="submit" class="button button-small">{ i18n.t("goal-progress-add") }</button>
        </form>
    }
}

/// Properties of [`PublicGoals`].
#[derive(Debug, Properties, PartialEq)]
pub struct PublicGoalsProps {
    /// The group's slug.
    pub slug: AttrValue,
}

/// The goals a group shows on its site; left out while there are none.
#[function_component]
pub fn PublicGoals(props: &PublicGoalsProps) -> Html {
    let i18n = use_locale();
    let list = use_loaded(props.slug.to_string(), |slug| async move { api::public_goals(&slug).await });
    match list.value() {
        Some(goals) if !goals.is_empty() => html! {
            <section class="card site-section site-goals" aria-labelledby="site-goals-title">
                <h2 id="site-goals-title">{ i18n.t("goals-site-title") }</h2>
                <ul class="goal-list" role="list">
                    { for goals.iter().map(|g: &PublicGoal| html! {
                        <li class="goal">
                            <h3>{ g.title.clone() }</h3>
                            <p><span class={classes!("badge", badge(g.status))}>{ i18n.t(&format!("goal-status-{}", g.status.as_str())) }</span>
                                if let Some(on) = g.target_on { { " " }{ i18n.ta("goal-target", &[("date", Arg::Text(i18n.date(on)))]) } }</p>
                            if let Some(success) = &g.success { <p>{ success.clone() }</p> }
                            if let Some(on) = g.last_progress_on { <p class="meta">{ i18n.ta("goal-last-progress", &[("date", Arg::Text(i18n.date(on)))]) }</p> }
                        </li>
                    }) }
                </ul>
            </section>
        },
        _ => Html::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_goal_needs_a_title_and_a_real_date() {
        let empty = GoalValues { target: "31-12-2027".into(), ..GoalValues::default() };
        assert_eq!(
            new_goal(&empty).unwrap_err(),
            vec![("/title", "field-error-required"), ("/targetOn", "field-error-date")]
        );
        let fine =
            GoalValues { title: " Bankjes ".into(), success: " ".into(), target: "2027-06-01".into(), public: true };
        let goal = new_goal(&fine).unwrap();
        assert_eq!((goal.title.as_str(), goal.success, goal.public), ("Bankjes", None, true));
    }
}
