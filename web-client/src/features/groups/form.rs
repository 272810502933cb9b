//! Create a group, or change one. A change sends `If-Match` with the ETag the form was loaded
//! with; when someone else changed the group meanwhile (412) the form says so and reloads.

use api_types::{Group, GroupPatch, Neighbourhood, NewGroup};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::field::{SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
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
    let announce = use_announce();
    let navigator = use_navigator();
    let editing = props.id;
    use_title(if editing.is_some() { i18n.t("group-edit-title") } else { i18n.t("group-new-title") });

    let neighbourhoods = use_state(|| None::<Vec<Neighbourhood>>);
    let loaded = use_state(|| None::<(Group, Option<String>)>);
    let values = use_state(Values::default);
    let error = use_state(|| None::<ApiError>);
    let notice = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let reload = use_state(|| 0_u32);
    let missing_neighbourhood = use_state(|| false);
    let missing_name = use_state(|| false);

    {
        let neighbourhoods = neighbourhoods.clone();
        let error = error.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match api::neighbourhoods().await {
                    Ok(list) => neighbourhoods.set(Some(list)),
                    Err(e) => error.set(Some(e)),
                }
            });
        });
    }
    {
        let (loaded, values, error) = (loaded.clone(), values.clone(), error.clone());
        use_effect_with((editing, *reload), move |(editing, _)| {
            if let Some(id) = *editing {
                wasm_bindgen_futures::spawn_local(async move {
                    match api::group(id).await {
                        Ok(reply) => {
                            values.set(Values::of(&reply.value));
                            loaded.set(Some((reply.value, reply.etag)));
                        }
                        Err(e) => error.set(Some(e)),
                    }
                });
            }
        });
    }

    let may_move = session.coordinates();
    let onsubmit = {
        let (values, loaded, error, notice, busy, reload) =
            (values.clone(), loaded.clone(), error.clone(), notice.clone(), busy.clone(), reload.clone());
        let (missing_neighbourhood, missing_name) = (missing_neighbourhood.clone(), missing_name.clone());
        let (announce, i18n) = (announce.clone(), i18n.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let v = (*values).clone();
            let current = (*loaded).clone();
            let (error, notice, busy, reload) = (error.clone(), notice.clone(), busy.clone(), reload.clone());
            let (announce, i18n, navigator) = (announce.clone(), i18n.clone(), navigator.clone());
            if editing.is_none() && Uuid::parse_str(&v.neighbourhood_id).is_err() {
                // The API needs a neighbourhood id; without one there is nothing to send.
                error.set(None);
                missing_neighbourhood.set(true);
                missing_name.set(v.name.trim().is_empty());
                return;
            }
            missing_neighbourhood.set(false);
            missing_name.set(false);
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let result = match (editing, current) {
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
                };
                busy.set(false);
                match result {
                    Ok(group) => {
                        error.set(None);
                        let key = if editing.is_some() { "group-saved" } else { "group-created" };
                        announce.emit(i18n.ta(key, &[("name", Arg::Text(group.name.clone()))]));
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::Group { id: group.id });
                        }
                    }
                    Err(e) if e.status() == Some(412) => {
                        let message = i18n.t("group-changed-elsewhere");
                        announce.emit(message.clone());
                        notice.set(Some(message));
                        error.set(None);
                        reload.set(*reload + 1);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };

    if editing.is_some() && loaded.is_none() {
        return html! {
            <section class="page narrow" aria-labelledby="page-title">
                <h1 id="page-title">{ i18n.t("group-edit-title") }</h1>
                if let Some(e) = &*error {
                    <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} />
                } else {
                    <Loading />
                }
            </section>
        };
    }

    let set = |apply: fn(&mut Values, String)| {
        let values = values.clone();
        Callback::from(move |value: String| {
            let mut next = (*values).clone();
            apply(&mut next, value);
            values.set(next);
        })
    };

    let mut options = vec![(AttrValue::Static(""), AttrValue::from(i18n.t("choose")))];
    options.extend(
        neighbourhoods
            .iter()
            .flatten()
            .map(|n| (AttrValue::from(n.id.to_string()), AttrValue::from(format!("{} ({})", n.name, n.municipality)))),
    );
    let neighbourhood_field = if editing.is_none() || may_move {
        html! {
            <SelectField id="group-neighbourhood" label={i18n.t("group-field-neighbourhood")}
                value={values.neighbourhood_id.clone()} options={options} required=true
                onchange={set(|v, x| v.neighbourhood_id = x)}
                error={field_error(&i18n, error.as_ref(), "/neighbourhoodId")
                    .or_else(|| missing_neighbourhood.then(|| AttrValue::from(i18n.t("field-error-required"))))} />
        }
    } else {
        Html::default()
    };
    let back = match editing {
        Some(id) => Route::Group { id },
        None => Route::Groups,
    };
    let form_error = error
        .as_ref()
        .map(|e| AttrValue::from(error_text(&i18n, e)))
        .or_else(|| missing_neighbourhood.then(|| AttrValue::from(i18n.t("error-invalid-input"))));

    html! {
        <section class="page narrow" aria-labelledby="page-title">
            <h1 id="page-title">
                { if editing.is_some() { i18n.t("group-edit-title") } else { i18n.t("group-new-title") } }
            </h1>
            if let Some((group, _)) = &*loaded {
                <p class="meta">{ group.name.clone() }</p>
            }
            if let Some(message) = &*notice {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            <form class="form card" {onsubmit} novalidate=true>
                <ErrorAlert message={form_error} details={other_field_errors(&i18n, error.as_ref(), &["/name", "/neighbourhoodId", "/description", "/meetingPlace"])} />
                <TextField id="group-name" label={i18n.t("group-field-name")} value={values.name.clone()}
                    oninput={set(|v, x| v.name = x)} required=true
                    error={field_error(&i18n, error.as_ref(), "/name")
                        .or_else(|| missing_name.then(|| AttrValue::from(i18n.t("field-error-required"))))} />
                { neighbourhood_field }
                <TextField id="group-description" label={i18n.t("group-field-description")}
                    value={values.description.clone()} multiline=true
                    hint={Some(AttrValue::from(i18n.t("group-field-description-hint")))}
                    oninput={set(|v, x| v.description = x)}
                    error={field_error(&i18n, error.as_ref(), "/description")} />
                <TextField id="group-meeting-place" label={i18n.t("group-field-meeting-place")}
                    value={values.meeting_place.clone()}
                    hint={Some(AttrValue::from(i18n.t("group-field-meeting-place-hint")))}
                    oninput={set(|v, x| v.meeting_place = x)}
                    error={field_error(&i18n, error.as_ref(), "/meetingPlace")} />
                <div class="actions">
                    <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>
                        { if editing.is_some() { i18n.t("save") } else { i18n.t("group-create") } }
                    </button>
                    <Link<Route> classes="button" to={back}>{ i18n.t("cancel") }</Link<Route>>
                </div>
            </form>
        </section>
    }
}
