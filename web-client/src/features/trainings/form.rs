//! Create a training, or change one (coordinators). A change sends `If-Match` with the ETag the
//! form was loaded with; when someone else changed the training meanwhile (412) the form says
//! so and reloads. The programme's own four topics are shown in the reader's language and
//! stored as the API knows them.

use api_types::{NewTraining, Training, TrainingPatch, TrainingStatus, DEFAULT_REQUIRED_DAYS, DEFAULT_TOPICS};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::api::{self, ApiError};
use crate::components::field::{setter, TextField};
use crate::components::layout::use_title;
use crate::components::loading::LoadingPage;
use crate::components::problem::{error_text, field_error_text, ErrorAlert};
use crate::hooks::{use_loaded_for, use_save};
use crate::i18n::{use_locale, Arg, I18n, Lang};
use crate::route::Route;

/// Properties of [`TrainingFormPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct TrainingFormPageProps {
    /// The training to change; `None` creates a new one.
    #[prop_or_default]
    pub id: Option<Uuid>,
}

/// The values in the form.
#[derive(Debug, Clone, Default, PartialEq)]
struct Values {
    title: String,
    trainer: String,
    location: String,
    description: String,
    required_days: String,
    topics: String,
}

impl Values {
    fn new(i18n: &I18n) -> Self {
        Values {
            required_days: DEFAULT_REQUIRED_DAYS.to_string(),
            topics: i18n.default_topics().join("\n"),
            ..Values::default()
        }
    }

    fn of(i18n: &I18n, training: &Training) -> Self {
        Values {
            title: training.title.clone(),
            trainer: training.trainer.clone().unwrap_or_default(),
            location: training.location.clone().unwrap_or_default(),
            description: training.description.clone().unwrap_or_default(),
            required_days: training.required_days.to_string(),
            topics: training.topics.iter().map(|t| i18n.topic(t)).collect::<Vec<_>>().join("\n"),
        }
    }
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The topics, one per line; the programme's own topics, in whichever language, as the API
/// knows them.
fn topics_of(text: &str) -> Vec<String> {
    let translations: Vec<Vec<String>> = Lang::ALL.iter().map(|lang| I18n::new(*lang).default_topics()).collect();
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            translations
                .iter()
                .find_map(|words| words.iter().position(|w| w == line))
                .map(|index| DEFAULT_TOPICS[index].to_string())
                .unwrap_or_else(|| line.to_string())
        })
        .collect()
}

/// What the form changes compared with the training as loaded: a merge patch of changes only.
fn patch_of(i18n: &I18n, loaded: &Training, values: &Values, days: Option<i32>) -> TrainingPatch {
    let before = Values::of(i18n, loaded);
    let changed = |a: &str, b: &str| a.trim() != b.trim();
    let topics = topics_of(&values.topics);
    TrainingPatch {
        title: changed(&values.title, &before.title).then(|| values.title.trim().to_string()),
        trainer: changed(&values.trainer, &before.trainer).then(|| optional(&values.trainer)),
        location: changed(&values.location, &before.location).then(|| optional(&values.location)),
        description: changed(&values.description, &before.description).then(|| optional(&values.description)),
        required_days: days.filter(|d| *d != loaded.required_days),
        topics: (topics != loaded.topics).then_some(topics),
        status: None,
    }
}

/// The create and edit form of a training.
#[function_component]
pub fn TrainingFormPage(props: &TrainingFormPageProps) -> Html {
    let i18n = use_locale();
    let navigator = use_navigator();
    let editing = props.id;
    use_title(if editing.is_some() { i18n.t("training-edit-title") } else { i18n.t("training-new-title") });

    let values = {
        let i18n = i18n.clone();
        use_state(move || Values::new(&i18n))
    };
    let loaded = {
        let (values, i18n) = (values.clone(), i18n.clone());
        use_loaded_for(editing, move |id| async move {
            let reply = api::training(id).await?;
            values.set(Values::of(&i18n, &reply.value));
            Ok(reply)
        })
    };
    let save = use_save("training-changed-elsewhere", loaded.reloader());
    // A load that failed shows where a failed save would.
    let error = save.error().or(loaded.error()).cloned();

    let planning = loaded.value().is_none_or(|t| t.status == TrainingStatus::Planning);
    let onsubmit = {
        let (values, loaded, save, i18n) = (values.clone(), loaded.clone(), save.clone(), i18n.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let v = (*values).clone();
            // What cannot be sent at all is caught here; everything else the API checks.
            let mut problems = Vec::new();
            if v.title.trim().is_empty() {
                problems.push(("/title", "field-error-required"));
            }
            let days = if planning {
                match v.required_days.trim().parse::<i32>() {
                    Ok(days) => Some(days),
                    Err(_) => {
                        problems.push(("/requiredDays", "field-error-number"));
                        None
                    }
                }
            } else {
                None
            };
            if !problems.is_empty() {
                save.invalid(problems);
                return;
            }
            let current = loaded.value().cloned().map(|training| (training, loaded.etag()));
            let (i18n, navigator) = (i18n.clone(), navigator.clone());
            let request = async move {
                match (editing, current) {
                    (Some(id), Some((training, etag))) => {
                        let patch = patch_of(&i18n, &training, &v, days);
                        api::patch_training(id, &patch, etag).await.map(|reply| reply.value)
                    }
                    (Some(_), None) => Err(ApiError::Decode),
                    (None, _) => {
                        let topics = topics_of(&v.topics);
                        let new = NewTraining {
                            title: v.title.trim().to_string(),
                            trainer: optional(&v.trainer),
                            location: optional(&v.location),
                            description: optional(&v.description),
                            required_days: days,
                            // The programme's own topics are the API's default.
                            topics: (topics != DEFAULT_TOPICS).then_some(topics),
                        };
                        api::create_training(&new).await
                    }
                }
            };
            save.run(
                request,
                move |i18n, training: &Training| {
                    let key = if editing.is_some() { "training-saved" } else { "training-created" };
                    i18n.ta(key, &[("title", Arg::Text(training.title.clone()))])
                },
                move |training| {
                    if let Some(navigator) = navigator {
                        navigator.push(&Route::Training { id: training.id });
                    }
                },
            );
        })
    };

    if editing.is_some() && loaded.value().is_none() {
        return html! {
            <LoadingPage title={i18n.t("training-edit-title")} narrow=true
                error={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
        };
    }

    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let error_at = |pointer: &str| save.field_error(pointer);
    // A problem with one topic (`/topics/2`) is shown beside the topics.
    let topics_error = error_at("/topics").or_else(|| {
        error.as_ref().and_then(|e| {
            e.field_errors()
                .iter()
                .find(|p| p.pointer.starts_with("/topics/"))
                .map(|p| AttrValue::from(field_error_text(&i18n, p)))
        })
    });
    let shown = ["/title", "/trainer", "/location", "/description", "/requiredDays", "/topics"];
    let details: Vec<String> = error
        .as_ref()
        .map(|e| {
            e.field_errors()
                .iter()
                .filter(|p| !shown.contains(&p.pointer.as_str()) && !p.pointer.starts_with("/topics/"))
                .map(|p| {
                    i18n.ta(
                        "field-error-other",
                        &[
                            ("input", Arg::Text(p.pointer.trim_start_matches('/').to_string())),
                            ("error", Arg::Text(field_error_text(&i18n, p))),
                        ],
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let form_error = save.form_error().or_else(|| error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e))));
    let back = match editing {
        Some(id) => Route::Training { id },
        None => Route::Trainings,
    };

    html! {
        <section class="page narrow" aria-labelledby="page-title">
            <h1 id="page-title">
                { if editing.is_some() { i18n.t("training-edit-title") } else { i18n.t("training-new-title") } }
            </h1>
            if let Some(training) = loaded.value() {
                <p class="meta">{ training.title.clone() }</p>
            }
            if let Some(message) = save.notice() {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            <form class="form card" {onsubmit} novalidate=true>
                <ErrorAlert message={form_error} {details} />
                <TextField id="training-title" label={i18n.t("training-field-title")} value={values.title.clone()}
                    oninput={set(|v, x| v.title = x)} required=true error={error_at("/title")} />
                <TextField id="training-trainer" label={i18n.t("training-field-trainer")} value={values.trainer.clone()}
                    oninput={set(|v, x| v.trainer = x)} error={error_at("/trainer")} />
                <TextField id="training-location" label={i18n.t("training-field-location")} value={values.location.clone()}
                    hint={Some(AttrValue::from(i18n.t("training-field-location-hint")))}
                    oninput={set(|v, x| v.location = x)} error={error_at("/location")} />
                <TextField id="training-description" label={i18n.t("training-field-description")}
                    value={values.description.clone()} multiline=true
                    hint={Some(AttrValue::from(i18n.t("training-field-description-hint")))}
                    oninput={set(|v, x| v.description = x)} error={error_at("/description")} />
                if planning {
                    <TextField id="training-days" label={i18n.t("training-field-days")} value={values.required_days.clone()}
                        input_type="number" hint={Some(AttrValue::from(i18n.t("training-field-days-hint")))}
                        oninput={set(|v, x| v.required_days = x)} required=true error={error_at("/requiredDays")} />
                }
                <TextField id="training-topics" label={i18n.t("training-field-topics")} value={values.topics.clone()}
                    multiline=true hint={Some(AttrValue::from(i18n.t("training-field-topics-hint")))}
                    oninput={set(|v, x| v.topics = x)} error={topics_error} />
                <div class="actions">
                    <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>
                        { if editing.is_some() { i18n.t("save") } else { i18n.t("training-create") } }
                    </button>
                    <Link<Route> classes="button" to={back}>{ i18n.t("cancel") }</Link<Route>>
                </div>
            </form>
        </section>
    }
}
