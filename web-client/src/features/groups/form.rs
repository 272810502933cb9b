//! Create a group, or change one. A change sends `If-Match` with the ETag the form was loaded
//! with; when someone else changed the group meanwhile (412) the form says so and reloads.

use api_types::{Group, GroupPatch, NewGroup};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{self, ApiError};
use crate::components::field::{setter, SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::LoadingPage;
use crate::components::problem::{error_text, ErrorAlert};
use crate::hooks::{use_loaded, use_loaded_for, use_save};
use crate::i18n::{use_locale, Arg};
use crate::route::Route;
use crate::session::use_session;

/// Properties of [`GroupFormPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct GroupFormPageProps {
    /// The group to change; `None` creates a new group.
    #[prop_or_default]
    pub id: Option<Uuid>,
}

/// The values in the form.
#[derive(Debug, Clone, Default, PartialEq)]
struct Values {
    name: String,
    neighbourhood_id: String,
    description: String,
    meeting_place: String,
}

impl Values {
    fn of(group: &Group) -> Self {
        Values {
            name: group.name.clone(),
            neighbourhood_id: group.neighbourhood_id.to_string(),
            description: group.description.clone().unwrap_or_default(),
            meeting_place: group.meeting_place.clone().unwrap_or_default(),
        }
    }
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// What the form changes compared with the group as loaded: a merge patch of changed members only.
fn patch_of(loaded: &Group, values: &Values, may_move: bool) -> GroupPatch {
    let before = Values::of(loaded);
    GroupPatch {
        name: (values.name != before.name).then(|| values.name.clone()),
        neighbourhood_id: if may_move && values.neighbourhood_id != before.neighbourhood_id {
            Uuid::parse_str(&values.neighbourhood_id).ok()
        } else {
            None
        },
        status: None,
        description: (values.description.trim() != before.description.trim()).then(|| optional(&values.description)),
        meeting_place: (values.meeting_place.trim() != before.meeting_place.trim())
            .then(|| optional(&values.meeting_place)),
    }
}

/// The create and edit form of a group.
#[function_component]
pub fn GroupFormPage(props: &GroupFormPageProps) -> Html {
    let i18n = use_locale();
    let session = use_session();
    let navigator = use_navigator();
    let editing = props.id;
    use_title(if editing.is_some() { i18n.t("group-edit-title") } else { i18n.t("group-new-title") });

    let values = use_state(Values::default);
    let neighbourhoods = use_loaded((), |_| api::neighbourhoods());
    let loaded = {
        let values = values.clone();
        use_loaded_for(editing, move |id| async move {
            let reply = api::group(id).await?;
            values.set(Values::of(&reply.value));
            Ok(reply)
        })
    };
    let save = use_save("group-changed-elsewhere", loaded.reloader());
    // A load that failed shows where a failed save would.
    let error = save.error().or(loaded.error()).or(neighbourhoods.error()).cloned();

    let may_move = session.coordinates();
    let onsubmit = {
        let (values, loaded, save) = (values.clone(), loaded.clone(), save.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let v = (*values).clone();
            let current = loaded.value().cloned().map(|group| (group, loaded.etag()));
            if editing.is_none() && Uuid::parse_str(&v.neighbourhood_id).is_err() {
                // The API needs a neighbourhood id; without one there is nothing to send.
                let mut problems = vec![("/neighbourhoodId", "field-error-required")];
                if v.name.trim().is_empty() {
                    problems.push(("/name", "field-error-required"));
                }
                save.invalid(problems);
                return;
            }
            let navigator = navigator.clone();
            let request = async move {
                match (editing, current) {
                    (Some(id), Some((group, etag))) => {
                        let patch = patch_of(&group, &v, may_move);
                        api::patch_group(id, &patch, etag).await.map(|reply| reply.value)
                    }
                    (Some(_), None) => Err(ApiError::Decode),
                    (None, _) => {
                        let new = NewGroup {
                            name: v.name.trim().to_string(),
                            neighbourhood_id: Uuid::parse_str(&v.neighbourhood_id).unwrap_or_default(),
                            description: optional(&v.description),
                            meeting_place: optional(&v.meeting_place),
                        };
                        api::create_group(&new).await
                    }
                }
            };
            save.run(
                request,
                move |i18n, group: &Group| {
                    let key = if editing.is_some() { "group-saved" } else { "group-created" };
                    i18n.ta(key, &[("name", Arg::Text(group.name.clone()))])
                },
                move |group| {
                    if let Some(navigator) = navigator {
                        navigator.push(&Route::Group { id: group.id });
                    }
                },
            );
        })
    };

    if editing.is_some() && loaded.value().is_none() {
        return html! {
            <LoadingPage title={i18n.t("group-edit-title")} narrow=true
                error={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
        };
    }

    let set = |apply: fn(&mut Values, String)| setter(&values, apply);

    let mut options = vec![(AttrValue::Static(""), AttrValue::from(i18n.t("choose")))];
    options.extend(
        neighbourhoods
            .value()
            .into_iter()
            .flatten()
            .map(|n| (AttrValue::from(n.id.to_string()), AttrValue::from(format!("{} ({})", n.name, n.municipality)))),
    );
    let neighbourhood_field = if editing.is_none() || may_move {
        html! {
            <SelectField id="group-neighbourhood" label={i18n.t("group-field-neighbourhood")}
                value={values.neighbourhood_id.clone()} options={options} required=true
                onchange={set(|v, x| v.neighbourhood_id = x)}
                error={save.field_error("/neighbourhoodId")} />
        }
    } else {
        Html::default()
    };
    let back = match editing {
        Some(id) => Route::Group { id },
        None => Route::Groups,
    };
    let form_error = save.form_error().or_else(|| error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e))));

    html! {
        <section class="page narrow" aria-labelledby="page-title">
            <h1 id="page-title">
                { if editing.is_some() { i18n.t("group-edit-title") } else { i18n.t("group-new-title") } }
            </h1>
            if let Some(group) = loaded.value() {
                <p class="meta">{ group.name.clone() }</p>
            }
            if let Some(message) = save.notice() {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            <form class="form card" {onsubmit} novalidate=true>
                <ErrorAlert message={form_error} details={save.other_errors(&["/name", "/neighbourhoodId", "/description", "/meetingPlace"])} />
                <TextField id="group-name" label={i18n.t("group-field-name")} value={values.name.clone()}
                    oninput={set(|v, x| v.name = x)} required=true
                    error={save.field_error("/name")} />
                { neighbourhood_field }
                <TextField id="group-description" label={i18n.t("group-field-description")}
                    value={values.description.clone()} multiline=true
                    hint={Some(AttrValue::from(i18n.t("group-field-description-hint")))}
                    oninput={set(|v, x| v.description = x)}
                    error={save.field_error("/description")} />
                <TextField id="group-meeting-place" label={i18n.t("group-field-meeting-place")}
                    value={values.meeting_place.clone()}
                    hint={Some(AttrValue::from(i18n.t("group-field-meeting-place-hint")))}
                    oninput={set(|v, x| v.meeting_place = x)}
                    error={save.field_error("/meetingPlace")} />
                <div class="actions">
                    <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>
                        { if editing.is_some() { i18n.t("save") } else { i18n.t("group-create") } }
                    </button>
                    <Link<Route> classes="button" to={back}>{ i18n.t("cancel") }</Link<Route>>
                </div>
            </form>
        </section>
    }
}
