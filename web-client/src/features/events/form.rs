//! Create an event, or change one (members of the group, coordinators). The date and times are
//! typed as local Dutch time and sent with the offset of that day (`+01:00` or `+02:00`). A
//! weekly walk-in hour is a series: every week or every other week, until a date or a number
//! of times. A change sends only what changed, with `If-Match`; when someone else changed the
//! event meanwhile (412) the form says so and reloads. Every problem the API names is shown
//! beside its field.

use api_types::{EventPatch, EventType, Location, NewEvent, Recurrence, Visibility};
use chrono::{NaiveDate, NaiveTime};
use uuid::Uuid;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::amsterdam;
use crate::api::{self, ApiError};
use crate::components::field::{setter, SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::LoadingPage;
use crate::components::problem::{error_text, ErrorAlert};
use crate::hooks::{use_loaded_for, use_save};
use crate::i18n::{use_locale, Arg};
use crate::route::Route;
use crate::session::use_session;

/// Properties of [`EventFormPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct EventFormPageProps {
    /// The event to change; `None` creates a new one (the group comes from `?group=`).
    #[prop_or_default]
    pub id: Option<Uuid>,
}

/// Whether and how often an event repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeat {
    Never,
    Weekly,
    EveryOtherWeek,
}

/// How a series ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RepeatEnd {
    Until,
    Count,
}

/// The values in the form.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    group: String,
    event_type: String,
    title: String,
    description: String,
    date: String,
    start: String,
    end: String,
    place: String,
    address: String,
    postcode: String,
    city: String,
    visibility: Visibility,
    capacity: String,
    repeat: Repeat,
    repeat_end: RepeatEnd,
    until: String,
    count: String,
}

impl Values {
    fn new(group: Option<Uuid>) -> Self {
        Values {
            group: group.map(|g| g.to_string()).unwrap_or_default(),
            event_type: String::new(),
            title: String::new(),
            description: String::new(),
            date: String::new(),
            start: "19:00".into(),
            end: "21:00".into(),
            place: String::new(),
            address: String::new(),
            postcode: String::new(),
            city: String::new(),
            visibility: Visibility::Public,
            capacity: String::new(),
            repeat: Repeat::Never,
            repeat_end: RepeatEnd::Count,
            until: String::new(),
            count: String::new(),
        }
    }

    fn of(event: &api_types::Event) -> Self {
        let (repeat, repeat_end, until, count) = match &event.recurrence {
            None => (Repeat::Never, RepeatEnd::Count, String::new(), String::new()),
            Some(r) => (
                if r.interval_weeks >= 2 { Repeat::EveryOtherWeek } else { Repeat::Weekly },
                if r.until.is_some() { RepeatEnd::Until } else { RepeatEnd::Count },
                r.until.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
                r.count.map(|c| c.to_string()).unwrap_or_default(),
            ),
        };
        Values {
            group: event.group_id.map(|g| g.to_string()).unwrap_or_default(),
            event_type: event.event_type.as_str().into(),
            title: event.title.clone(),
            description: event.description.clone().unwrap_or_default(),
            date: event.starts_at.format("%Y-%m-%d").to_string(),
            start: event.starts_at.format("%H:%M").to_string(),
            end: event.ends_at.format("%H:%M").to_string(),
            place: event.location.name.clone(),
            address: event.location.address.clone().unwrap_or_default(),
            postcode: event.location.postcode.clone().unwrap_or_default(),
            city: event.location.city.clone().unwrap_or_default(),
            visibility: event.visibility,
            capacity: event.capacity.map(|c| c.to_string()).unwrap_or_default(),
            repeat,
            repeat_end,
            until,
            count,
        }
    }
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M").or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S")).ok()
}

/// What the form holds, checked as far as it can be before sending; a problem names the JSON
/// pointer the API would use and a message.
#[derive(Debug, Clone, PartialEq)]
struct Checked {
    event_type: Option<EventType>,
    group: Option<Uuid>,
    starts_at: chrono::DateTime<chrono::FixedOffset>,
    ends_at: chrono::DateTime<chrono::FixedOffset>,
    location: Location,
    capacity: Option<i32>,
    recurrence: Option<Recurrence>,
}

type Problems = Vec<(&'static str, &'static str)>;

fn check(v: &Values, editing: bool, keep: Option<&Location>) -> Result<Checked, Problems> {
    let mut problems = Problems::new();
    let event_type = EventType::parse(&v.event_type);
    if !editing && event_type.is_none() {
        problems.push(("/type", "field-error-choose"));
    }
    let group = Uuid::parse_str(v.group.trim()).ok();
    if !editing && group.is_none() {
        problems.push(("/groupId", "field-error-choose"));
    }
    if v.title.trim().is_empty() {
        problems.push(("/title", "field-error-required"));
    }
    if v.place.trim().is_empty() {
        problems.push(("/location/name", "field-error-required"));
    }
    let date = NaiveDate::parse_from_str(v.date.trim(), "%Y-%m-%d").ok();
    if date.is_none() {
        problems.push(("/date", "field-error-date"));
    }
    let (start, end) = (parse_time(&v.start), parse_time(&v.end));
    if start.is_none() {
        problems.push(("/startsAt", "field-error-time"));
    }
    if end.is_none() {
        problems.push(("/endsAt", "field-error-time"));
    }
    let mut instants = None;
    if let (Some(date), Some(start), Some(end)) = (date, start, end) {
        match (amsterdam::local_instant(date, start), amsterdam::local_instant(date, end)) {
            (None, _) => problems.push(("/startsAt", "field-error-time-skipped")),
            (_, None) => problems.push(("/endsAt", "field-error-time-skipped")),
            (Some(s), Some(e)) if e <= s => problems.push(("/endsAt", "field-error-end-before-start")),
            (Some(s), Some(e)) => instants = Some((s, e)),
        }
    }
    let capacity = match v.capacity.trim() {
        "" => None,
        text => match text.parse::<i32>() {
            Ok(n) => Some(n),
            Err(_) => {
                problems.push(("/capacity", "field-error-number"));
                None
            }
        },
    };
    let recurrence = match v.repeat {
        Repeat::Never => None,
        repeat => {
            let interval_weeks = if repeat == Repeat::EveryOtherWeek { 2 } else { 1 };
            match v.repeat_end {
                RepeatEnd::Until => match NaiveDate::parse_from_str(v.until.trim(), "%Y-%m-%d") {
                    Ok(until) => Some(Recurrence { interval_weeks, until: Some(until), count: None }),
                    Err(_) => {
                        problems.push(("/recurrence/until", "field-error-date"));
                        None
                    }
                },
                RepeatEnd::Count => match v.count.trim().parse::<i32>() {
                    Ok(count) => Some(Recurrence { interval_weeks, until: None, count: Some(count) }),
                    Err(_) => {
                        problems.push(("/recurrence/count", "field-error-number"));
                        None
                    }
                },
            }
        }
    };
    let Some((starts_at, ends_at)) = instants.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    let location = Location {
        name: v.place.trim().to_string(),
        address: optional(&v.address),
        postcode: optional(&v.postcode),
        city: optional(&v.city),
        // A place keeps its map position when only its words change.
        latitude: keep.and_then(|l| l.latitude),
        longitude: keep.and_then(|l| l.longitude),
    };
    Ok(Checked { event_type, group, starts_at, ends_at, location, capacity, recurrence })
}

/// What the form changes compared with the event as loaded: a merge patch of changes only.
fn patch_of(loaded: &api_types::Event, v: &Values, c: &Checked) -> EventPatch {
    let before = Values::of(loaded);
    let changed = |a: &str, b: &str| a.trim() != b.trim();
    let moved = c.starts_at != loaded.starts_at || c.ends_at != loaded.ends_at;
    EventPatch {
        title: changed(&v.title, &before.title).then(|| v.title.trim().to_string()),
        description: changed(&v.description, &before.description).then(|| optional(&v.description)),
        starts_at: moved.then_some(c.starts_at),
        ends_at: moved.then_some(c.ends_at),
        location: (c.location != loaded.location).then(|| c.location.clone()),
        visibility: (v.visibility != loaded.visibility).then_some(v.visibility),
        capacity: (c.capacity != loaded.capacity).then_some(c.capacity),
        recurrence: (c.recurrence != loaded.recurrence).then(|| c.recurrence.clone()),
        ..EventPatch::default()
    }
}

/// The group of a new event, from `?group=<id>`.
fn group_from_query(query: &str) -> Option<Uuid> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "group")
        .and_then(|(_, value)| Uuid::parse_str(value).ok())
}

/// The create and edit form of an event.
#[function_component]
pub fn EventFormPage(props: &EventFormPageProps) -> Html {
    let i18n = use_locale();
    let session = use_session();
    let navigator = use_navigator();
    let location = use_location();
    let editing = props.id;
    let query_group = location.as_ref().and_then(|l| group_from_query(l.query_str()));
    use_title(if editing.is_some() { i18n.t("event-edit-title") } else { i18n.t("event-new-title") });

    let values = use_state(|| Values::new(query_group));
    let groups = use_state(Vec::<(Uuid, String)>::new);
    let loaded = {
        let values = values.clone();
        use_loaded_for(editing, move |id| async move {
            let reply = api::event(id).await?;
            values.set(Values::of(&reply.value));
            Ok(reply)
        })
    };
    let save = use_save("event-changed-elsewhere", loaded.reloader());

    // The groups the account may plan for, to name the holder (and to choose one without `?group=`).
    {
        let (groups, session) = (groups.clone(), session.clone());
        use_effect_with(editing, move |editing| {
            if editing.is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(list) = api::all_groups().await {
                        groups.set(
                            list.into_iter().filter(|g| session.manages_group(g.id)).map(|g| (g.id, g.name)).collect(),
                        );
                    }
                });
            }
        });
    }

    if editing.is_some() && loaded.value().is_none() {
        return html! {
            <LoadingPage title={i18n.t("event-edit-title")} narrow=true
                error={save.error().or(loaded.error()).map(|e| AttrValue::from(error_text(&i18n, e)))} />
        };
    }
    // A load that failed shows where a failed save would.
    let error = save.error().or(loaded.error()).cloned();

    let onsubmit = {
        let (values, loaded, save) = (values.clone(), loaded.clone(), save.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let v = (*values).clone();
            let current = loaded.value().cloned().map(|event| (event, loaded.etag()));
            let checked = match check(&v, editing.is_some(), current.as_ref().map(|(event, _)| &event.location)) {
                Ok(checked) => checked,
                Err(problems) => {
                    save.invalid(problems);
                    return;
                }
            };
            let navigator = navigator.clone();
            let request = async move {
                match (editing, current) {
                    (Some(id), Some((event, etag))) => {
                        let patch = patch_of(&event, &v, &checked);
                        api::patch_event(id, &patch, etag).await.map(|reply| reply.value)
                    }
                    (Some(_), None) => Err(ApiError::Decode),
                    (None, _) => {
                        let new = NewEvent {
                            event_type: checked.event_type.unwrap_or(EventType::Other),
                            title: v.title.trim().to_string(),
                            description: optional(&v.description),
                            starts_at: checked.starts_at,
                            ends_at: checked.ends_at,
                            location: checked.location,
                            group_id: checked.group,
                            neighbourhood_id: None,
                            visibility: v.visibility,
                            capacity: checked.capacity,
                            recurrence: checked.recurrence,
                        };
                        api::create_event(&new).await
                    }
                }
            };
            save.run(
                request,
                move |i18n, event: &api_types::Event| {
                    let key = if editing.is_some() { "event-saved" } else { "event-created" };
                    i18n.ta(key, &[("title", Arg::Text(event.title.clone()))])
                },
                move |event| {
                    if let Some(navigator) = navigator {
                        navigator.push(&Route::Event { id: event.id });
                    }
                },
            );
        })
    };

    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let choose = |apply: Box<dyn Fn(&mut Values)>| {
        let values = values.clone();
        let apply = std::rc::Rc::new(apply);
        Callback::from(move |_: Event| {
            let mut next = (*values).clone();
            apply(&mut next);
            values.set(next);
        })
    };
    // An error beside a field: the API's, else one found before sending.
    let error_at = |pointers: &[&str]| pointers.iter().find_map(|pointer| save.field_error(pointer));
    let shown = [
        "/type",
        "/groupId",
        "/neighbourhoodId",
        "/title",
        "/description",
        "/startsAt",
        "/endsAt",
        "/location",
        "/location/name",
        "/location/address",
        "/location/postcode",
        "/location/city",
        "/visibility",
        "/capacity",
        "/recurrence",
        "/recurrence/intervalWeeks",
        "/recurrence/until",
        "/recurrence/count",
    ];
    let form_error = save.form_error().or_else(|| error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e))));
    let v = (*values).clone();
    let back = match (editing, query_group) {
        (Some(id), _) => Route::Event { id },
        (None, Some(group)) => Route::GroupAgenda { id: group },
        (None, None) => Route::Groups,
    };

    let type_field = match loaded.value() {
        Some(event) => html! {
            <div class="field">
                <p class="field-static"><span class="label">{ i18n.t("event-field-type") }</span>{ " " }{ i18n.event_type(event.event_type) }</p>
            </div>
        },
        None => {
            let mut options = vec![(AttrValue::from(""), AttrValue::from(i18n.t("choose")))];
            options.extend(
                EventType::ALL.iter().map(|t| (AttrValue::from(t.as_str()), AttrValue::from(i18n.event_type(*t)))),
            );
            html! {
                <SelectField id="event-type" label={i18n.t("event-field-type")} value={v.event_type.clone()} {options}
                    required=true error={error_at(&["/type"])}
                    onchange={set(|v, x| {
                        // An interview is a private conversation: never public.
                        if x == EventType::Interview.as_str() {
                            v.visibility = Visibility::Members;
                        }
                        v.event_type = x;
                    })} />
            }
        }
    };
    let group_field = if editing.is_none() {
        let known = groups.iter().find(|(id, _)| Some(*id) == query_group).map(|(_, name)| name.clone());
        match (query_group, known) {
            (Some(_), Some(name)) => html! {
                <p class="field-static"><span class="label">{ i18n.t("event-field-group") }</span>{ " " }{ name }</p>
            },
            (Some(_), None) => Html::default(),
            (None, _) => {
                let mut options = vec![(AttrValue::from(""), AttrValue::from(i18n.t("choose")))];
                options.extend(
                    groups.iter().map(|(id, name)| (AttrValue::from(id.to_string()), AttrValue::from(name.clone()))),
                );
                html! {
                    <SelectField id="event-group" label={i18n.t("event-field-group")} value={v.group.clone()} {options}
                        required=true onchange={set(|v, x| v.group = x)} error={error_at(&["/groupId", "/neighbourhoodId"])} />
                }
            }
        }
    } else {
        Html::default()
    };

    let radio = |name: &'static str, id: &'static str, label: String, checked: bool, onchange: Callback<Event>| {
        html! {
            <div class="choice">
                <input type="radio" id={id} {name} {checked} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let visibility_error = error_at(&["/visibility"]);
    let interview = v.event_type == EventType::Interview.as_str();
    let recurrence_error = error_at(&["/recurrence", "/recurrence/intervalWeeks"]);

    html! {
        <section class="page narrow" aria-labelledby="page-title">
            <h1 id="page-title">
                { if editing.is_some() { i18n.t("event-edit-title") } else { i18n.t("event-new-title") } }
            </h1>
            if let Some(event) = loaded.value() {
                <p class="meta">{ event.title.clone() }</p>
            }
            if let Some(message) = save.notice() {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }
            <form class="form card event-form" {onsubmit} novalidate=true>
                <ErrorAlert message={form_error} details={save.other_errors(&shown)} />
                { group_field }
                { type_field }
                <TextField id="event-title" label={i18n.t("event-field-title")} value={v.title.clone()}
                    hint={Some(AttrValue::from(i18n.t("event-field-title-hint")))}
                    oninput={set(|v, x| v.title = x)} required=true error={error_at(&["/title"])} />
                <TextField id="event-description" label={i18n.t("event-field-description")} value={v.description.clone()}
                    multiline=true hint={Some(AttrValue::from(i18n.t("event-field-description-hint")))}
                    oninput={set(|v, x| v.description = x)} error={error_at(&["/description"])} />

                <fieldset class="form-group">
                    <legend>{ i18n.t("event-when") }</legend>
                    <div class="slot-fields">
                        <TextField id="event-date" label={i18n.t("slot-date")} value={v.date.clone()} input_type="date"
                            required=true oninput={set(|v, x| v.date = x)} error={error_at(&["/date"])} />
                        <TextField id="event-start" label={i18n.t("slot-start")} value={v.start.clone()} input_type="time"
                            required=true oninput={set(|v, x| v.start = x)} error={error_at(&["/startsAt"])} />
                        <TextField id="event-end" label={i18n.t("slot-end")} value={v.end.clone()} input_type="time"
                            required=true oninput={set(|v, x| v.end = x)} error={error_at(&["/endsAt"])} />
                    </div>
                </fieldset>

                <fieldset class={classes!("form-group", "choices", recurrence_error.as_ref().map(|_| "has-error"))}
                    aria-describedby={recurrence_error.as_ref().map(|_| "event-repeat-error")}>
                    <legend>{ i18n.t("event-repeat") }</legend>
                    { radio("event-repeat", "event-repeat-never", i18n.t("event-repeat-never"), v.repeat == Repeat::Never,
                        choose(Box::new(|v| v.repeat = Repeat::Never))) }
                    { radio("event-repeat", "event-repeat-weekly", i18n.t("event-repeat-weekly"), v.repeat == Repeat::Weekly,
                        choose(Box::new(|v| v.repeat = Repeat::Weekly))) }
                    { radio("event-repeat", "event-repeat-other", i18n.t("event-repeat-other"), v.repeat == Repeat::EveryOtherWeek,
                        choose(Box::new(|v| v.repeat = Repeat::EveryOtherWeek))) }
                    if let Some(message) = recurrence_error.clone() {
                        <p class="field-error" id="event-repeat-error">{ message }</p>
                    }
                </fieldset>
                if v.repeat != Repeat::Never {
                    <fieldset class="form-group choices repeat-end">
                        <legend>{ i18n.t("event-repeat-end") }</legend>
                        { radio("event-repeat-end", "event-repeat-count", i18n.t("event-repeat-count"), v.repeat_end == RepeatEnd::Count,
                            choose(Box::new(|v| v.repeat_end = RepeatEnd::Count))) }
                        if v.repeat_end == RepeatEnd::Count {
                            <div class="nested">
                                <TextField id="event-count" label={i18n.t("event-repeat-count-field")} value={v.count.clone()}
                                    input_type="number" hint={Some(AttrValue::from(i18n.t("event-repeat-count-hint")))}
                                    required=true oninput={set(|v, x| v.count = x)} error={error_at(&["/recurrence/count"])} />
                            </div>
                        }
                        { radio("event-repeat-end", "event-repeat-until", i18n.t("event-repeat-until"), v.repeat_end == RepeatEnd::Until,
                            choose(Box::new(|v| v.repeat_end = RepeatEnd::Until))) }
                        if v.repeat_end == RepeatEnd::Until {
                            <div class="nested">
                                <TextField id="event-until" label={i18n.t("event-repeat-until-field")} value={v.until.clone()}
                                    input_type="date" hint={Some(AttrValue::from(i18n.t("event-repeat-until-hint")))}
                                    required=true oninput={set(|v, x| v.until = x)} error={error_at(&["/recurrence/until"])} />
                            </div>
                        }
                    </fieldset>
                }

                <fieldset class="form-group">
                    <legend>{ i18n.t("event-where") }</legend>
                    <TextField id="event-place" label={i18n.t("event-field-place")} value={v.place.clone()}
                        hint={Some(AttrValue::from(i18n.t("event-field-place-hint")))}
                        required=true oninput={set(|v, x| v.place = x)} error={error_at(&["/location/name", "/location"])} />
                    <TextField id="event-address" label={i18n.t("event-field-address")} value={v.address.clone()}
                        autocomplete={Some(AttrValue::Static("street-address"))}
                        oninput={set(|v, x| v.address = x)} error={error_at(&["/location/address"])} />
                    <div class="slot-fields">
                        <TextField id="event-postcode" label={i18n.t("person-postcode")} value={v.postcode.clone()}
                            hint={Some(AttrValue::from(i18n.t("person-postcode-hint")))}
                            autocomplete={Some(AttrValue::Static("postal-code"))}
                            oninput={set(|v, x| v.postcode = x)} error={error_at(&["/location/postcode"])} />
                        <TextField id="event-city" label={i18n.t("event-field-city")} value={v.city.clone()}
                            autocomplete={Some(AttrValue::Static("address-level2"))}
                            oninput={set(|v, x| v.city = x)} error={error_at(&["/location/city"])} />
                    </div>
                </fieldset>

                if interview {
                    <p class="field-static"><span class="label">{ i18n.t("event-field-visibility") }</span>{ " " }
                        { i18n.visibility(Visibility::Members) }{ " – " }{ i18n.t("event-interview-private") }</p>
                } else {
                    <fieldset class={classes!("form-group", "choices", visibility_error.as_ref().map(|_| "has-error"))}
                        aria-describedby={visibility_error.as_ref().map(|_| "event-visibility-error")}>
                        <legend>{ i18n.t("event-field-visibility") }</legend>
                        <div class="choice">
                            <input type="radio" id="event-visibility-public" name="event-visibility"
                                checked={v.visibility == Visibility::Public} aria-describedby="event-visibility-public-hint"
                                onchange={choose(Box::new(|v| v.visibility = Visibility::Public))} />
                            <label for="event-visibility-public">{ i18n.visibility(Visibility::Public) }</label>
                        </div>
                        <p class="hint choice-hint" id="event-visibility-public-hint">{ i18n.t("visibility-public-hint") }</p>
                        <div class="choice">
                            <input type="radio" id="event-visibility-members" name="event-visibility"
                                checked={v.visibility == Visibility::Members} aria-describedby="event-visibility-members-hint"
                                onchange={choose(Box::new(|v| v.visibility = Visibility::Members))} />
                            <label for="event-visibility-members">{ i18n.visibility(Visibility::Members) }</label>
                        </div>
                        <p class="hint choice-hint" id="event-visibility-members-hint">{ i18n.t("visibility-members-hint") }</p>
                        if let Some(message) = visibility_error.clone() {
                            <p class="field-error" id="event-visibility-error">{ message }</p>
                        }
                    </fieldset>
                }

                <TextField id="event-capacity" label={i18n.t("event-field-capacity")} value={v.capacity.clone()}
                    input_type="number" hint={Some(AttrValue::from(i18n.t("event-field-capacity-hint")))}
                    oninput={set(|v, x| v.capacity = x)} error={error_at(&["/capacity"])} />

                <div class="actions">
                    <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>
                        { if editing.is_some() { i18n.t("save") } else { i18n.t("event-create") } }
                    </button>
                    <Link<Route> classes="button" to={back}>{ i18n.t("cancel") }</Link<Route>>
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> Values {
        Values {
            event_type: "connector_meeting".into(),
            title: "Inloopuur".into(),
            date: "2026-10-20".into(),
            place: "Bibliotheek".into(),
            ..Values::new(Some(Uuid::nil()))
        }
    }

    #[test]
    fn a_filled_in_form_becomes_instants_with_the_dutch_offset() {
        let checked = check(&filled(), false, None).unwrap();
        assert_eq!(checked.starts_at.to_rfc3339(), "2026-10-20T19:00:00+02:00");
        assert_eq!(checked.ends_at.to_rfc3339(), "2026-10-20T21:00:00+02:00");
        assert_eq!(checked.group, Some(Uuid::nil()));
        assert_eq!(checked.recurrence, None);
        // After the clocks go back the same times are an hour later in UTC.
        let november = Values { date: "2026-11-03".into(), ..filled() };
        assert_eq!(check(&november, false, None).unwrap().starts_at.to_rfc3339(), "2026-11-03T19:00:00+01:00");
    }

    #[test]
    fn a_series_until_a_date_or_a_number_of_times() {
        let weekly = Values { repeat: Repeat::Weekly, repeat_end: RepeatEnd::Count, count: "10".into(), ..filled() };
        assert_eq!(
            check(&weekly, false, None).unwrap().recurrence,
            Some(Recurrence { interval_weeks: 1, until: None, count: Some(10) })
        );
        let other = Values {
            repeat: Repeat::EveryOtherWeek,
            repeat_end: RepeatEnd::Until,
            until: "2027-01-31".into(),
            ..filled()
        };
        assert_eq!(
            check(&other, false, None).unwrap().recurrence,
            Some(Recurrence { interval_weeks: 2, until: NaiveDate::from_ymd_opt(2027, 1, 31), count: None })
        );
        let missing = Values { repeat: Repeat::Weekly, repeat_end: RepeatEnd::Until, ..filled() };
        assert_eq!(check(&missing, false, None), Err(vec![("/recurrence/until", "field-error-date")]));
    }

    #[test]
    fn what_cannot_be_sent_is_named_by_field() {
        let empty = Values::new(None);
        let problems = check(&empty, false, None).unwrap_err();
        let pointers: Vec<_> = problems.iter().map(|(p, _)| *p).collect();
        assert_eq!(pointers, ["/type", "/groupId", "/title", "/location/name", "/date"]);
        let backwards = Values { start: "21:00".into(), end: "19:00".into(), ..filled() };
        assert_eq!(check(&backwards, false, None), Err(vec![("/endsAt", "field-error-end-before-start")]));
        let skipped = Values { date: "2026-03-29".into(), start: "02:30".into(), end: "04:00".into(), ..filled() };
        assert_eq!(check(&skipped, false, None), Err(vec![("/startsAt", "field-error-time-skipped")]));
    }

    #[test]
    fn the_group_comes_from_the_query() {
        let id = Uuid::now_v7();
        assert_eq!(group_from_query(&format!("?group={id}")), Some(id));
        assert_eq!(group_from_query(&format!("?x=1&group={id}")), Some(id));
        assert_eq!(group_from_query("?group=nope"), None);
        assert_eq!(group_from_query(""), None);
    }
}
