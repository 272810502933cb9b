//! Create a training, or change one (coordinators). A change sends `If-Match` with the ETag the
//! form was loaded with; when someone else changed the training meanwhile (412) the form says
//! so and reloads. The programme's own four topics are shown in the reader's language and
//! stored as the API knows them.

use api_types::{NewTraining, Training, TrainingPatch, TrainingStatus, DEFAULT_REQUIRED_DAYS, DEFAULT_TOPICS};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::field::TextField;
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, field_error, field_error_text, ErrorAlert};
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
    let announce = use_announce();
    let navigator = use_navigator();
    let editing = props.id;
    use_title(if editing.is_some() { i18n.t("training-edit-title") } else { i18n.t("training-new-title") });

    let loaded = use_state(|| None::<(Training, Option<String>)>);
    let values = {
        let i18n = i18n.clone();
        use_state(move || Values::new(&i18n))
    };
    let error = use_state(|| None::<ApiError>);
    let local = use_state(Vec::<(&'static str, &'static str)>::new);
    let notice = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let reload = use_state(|| 0_u32);

    {
        let (loaded, values, error, i18n) = (loaded.clone(), values.clone(), error.clone(), i18n.clone());
        use_effect_with((editing, *reload), move |(editing, _)| {
            if let Some(id) = *editing {
                wasm_bindgen_futures::spawn_local(async move {
                    match api::training(id).await {
                        Ok(reply) => {
                            values.set(Values::of(&i18n, &reply.value));
                            loaded.set(Some((reply.value, reply.etag)));
                        }
                        Err(e) => error.set(Some(e)),
                    }
                });
            }
        });
    }

    let planning = loaded.as_ref().is_none_or(|(t, _)| t.status == TrainingStatus::Planning);
    let onsubmit = {
        let (values, loaded, error, local, notice, busy, reload) = (
            values.clone(),
            loaded.clone(),
            error.clone(),
            local.clone(),
            notice.clone(),
            busy.clone(),
            reload.clone(),
        );
        let (announce, i18n) = (announce.clone(), i18n.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
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
                error.set(None);
                local.set(problems);
                return;
            }
            local.set(Vec::new());
            busy.set(true);
            let current = (*loaded).clone();
            let (error, notice, busy, reload) = (error.clone(), notice.clone(), busy.clone(), reload.clone());
            let (announce, i18n, navigator) = (announce.clone(), i18n.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match (editing, current) {
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
                };
                busy.set(false);
                match result {
                    Ok(training) => {
                        error.set(None);
                        let key = if editing.is_some() { "training-saved" } else { "training-created" };
                        announce.emit(i18n.ta(key, &[("title", Arg::Text(training.title.clone()))]));
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::Training { id: training.id });
                        }
                    }
                    Err(e) if e.status() == Some(412) => {
                        let message = i18n.t("training-changed-elsewhere");
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
                <h1 id="page-title">{ i18n.t("training-edit-title") }</h1>
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
    // An error beside a field: the API's, else one found before sending.
    let error_at = |pointer: &str| {
        field_error(&i18n, error.as_ref(), pointer)
            .or_else(|| local.iter().find(|(p, _)| *p == pointer).map(|(_, message)| AttrValue::from(i18n.t(message))))
    };
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
    let form_error = error
        .as_ref()
        .map(|e| AttrValue::from(error_text(&i18n, e)))
        .or_else(|| (!local.is_empty()).then(|| AttrValue::from(i18n.t("error-invalid-input"))));
    let back = match editing {
        Some(id) => Route::Training { id },
        None => Route::Trainings,
    };

    html! {
        <section class="page narrow" aria-labelledby="page-title">
            <h1 id="page-title">
                { if editing.is_some() { i18n.t("training-edit-title") } else { i18n.t("training-new-title") } }
            </h1>
            if let Some((training, _)) = &*loaded {
                <p class="meta">{ training.title.clone() }</p>
            }
            if let Some(message) = &*notice {
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
                    <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>
                        { if editing.is_some() { i18n.t("save") } else { i18n.t("training-create") } }
                    </button>
                    <Link<Route> classes="button" to={back}>{ i18n.t("cancel") }</Link<Route>>
                </div>
            </form>
        </section>
    }
}
