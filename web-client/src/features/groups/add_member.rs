//! Adding a member to a group: pick a person who is already known (search by name) or enter a new
//! one, say whether they take part as a resident or a professional, and send it. Every problem
//! the API lists is shown beside its field; a refusal under the composition rules (409) is shown
//! at the top of the form.

use api_types::{ContactPreference, MembershipKind, NewMembership, NewPerson, Person, ProblemCode, ProfessionalRole};
use uuid::Uuid;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::field::{SelectField, TextField};
use crate::components::problem::{error_text, field_error, other_field_errors, ErrorAlert};
use crate::i18n::{use_locale, Arg, I18n};

const ROLES: [ProfessionalRole; 4] = [
    ProfessionalRole::DistrictDirector,
    ProfessionalRole::VolunteerCoordinator,
    ProfessionalRole::SocialWorker,
    ProfessionalRole::Other,
];

const PREFERENCES: [ContactPreference; 3] =
    [ContactPreference::InPerson, ContactPreference::Email, ContactPreference::Phone];

/// Whether the member is someone already known or someone new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PersonMode {
    Existing,
    New,
}

/// The values in the form.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    mode: PersonMode,
    query: String,
    selected: Option<Uuid>,
    name: String,
    email: String,
    phone: String,
    postcode: String,
    contact_preference: String,
    kind: MembershipKind,
    role: String,
    organisation: String,
    /// The person to add although they are in another group (confirmed after the warning about
    /// them; picking someone else does not carry it over).
    confirmed_for: Option<Uuid>,
}

impl Default for Values {
    fn default() -> Self {
        Values {
            mode: PersonMode::Existing,
            query: String::new(),
            selected: None,
            name: String::new(),
            email: String::new(),
            phone: String::new(),
            postcode: String::new(),
            contact_preference: ContactPreference::InPerson.as_str().into(),
            confirmed_for: None,
            kind: MembershipKind::Resident,
            role: String::new(),
            organisation: String::new(),
        }
    }
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// What went wrong with the last attempt.
#[derive(Debug, Clone, Default, PartialEq)]
struct Errors {
    /// Creating the new person failed.
    person: Option<ApiError>,
    /// Adding the membership failed.
    member: Option<ApiError>,
    /// No person was picked.
    no_person: bool,
    /// The person the warning "in another group already" is about.
    warned_for: Option<Uuid>,
}

/// Properties of [`AddMemberForm`].
#[derive(Debug, Properties, PartialEq)]
pub struct AddMemberFormProps {
    /// The group the member joins.
    pub group_id: Uuid,
    /// Called after a member was added.
    pub on_added: Callback<()>,
}

/// The add-member form of the group page.
#[function_component]
pub fn AddMemberForm(props: &AddMemberFormProps) -> Html {
    let i18n = use_locale();
    let announce = use_announce();
    let values = use_state(Values::default);
    let results = use_state(|| None::<Result<Vec<Person>, ApiError>>);
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);

    let update = |apply: fn(&mut Values, String)| {
        let values = values.clone();
        Callback::from(move |value: String| {
            let mut next = (*values).clone();
            apply(&mut next, value);
            values.set(next);
        })
    };

    let search = {
        let (values, results) = (values.clone(), results.clone());
        Callback::from(move |_: ()| {
            let query = values.query.clone();
            let results = results.clone();
            let values = values.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let found = api::people(&query, None).await.map(|page| page.items);
                // Someone picked before who is not in the new results is no longer picked.
                if let Ok(people) = &found {
                    if values.selected.is_some_and(|id| !people.iter().any(|p| p.id == id)) {
                        let mut next = (*values).clone();
                        next.selected = None;
                        values.set(next);
                    }
                }
                results.set(Some(found));
            });
        })
    };
    let search_click = search.reform(|_: MouseEvent| ());
    let search_key = {
        let search = search.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                // Enter in the search box searches; it does not send the whole form.
                e.prevent_default();
                search.emit(());
            }
        })
    };

    let onsubmit = {
        let (values, results, errors, busy) = (values.clone(), results.clone(), errors.clone(), busy.clone());
        let (announce, i18n, on_added, group_id) =
            (announce.clone(), i18n.clone(), props.on_added.clone(), props.group_id);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let v = (*values).clone();
            if v.mode == PersonMode::Existing && v.selected.is_none() {
                errors.set(Errors { no_person: true, ..Errors::default() });
                return;
            }
            busy.set(true);
            let (values, results, errors, busy) = (values.clone(), results.clone(), errors.clone(), busy.clone());
            let (announce, i18n, on_added) = (announce.clone(), i18n.clone(), on_added.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let (person_id, person_name) = match v.mode {
                    PersonMode::Existing => {
                        let name = results
                            .as_ref()
                            .and_then(|r| r.as_ref().ok())
                            .and_then(|list| list.iter().find(|p| Some(p.id) == v.selected))
                            .map(|p| p.name.clone())
                            .unwrap_or_default();
                        (v.selected.unwrap_or_default(), name)
                    }
                    PersonMode::New => {
                        let new = NewPerson {
                            name: v.name.trim().to_string(),
                            email: optional(&v.email),
                            phone: optional(&v.phone),
                            postcode: optional(&v.postcode).map(|p| p.to_uppercase()),
                            contact_preference: ContactPreference::parse(&v.contact_preference),
                        };
                        match api::create_person(&new).await {
                            Ok(person) => {
                                // From now on the new person is the one picked, so a second try
                                // (say, after choosing a role) does not create them twice.
                                let mut next = v.clone();
                                next.mode = PersonMode::Existing;
                                next.selected = Some(person.id);
                                next.query = person.name.clone();
                                values.set(next);
                                let found = (person.id, person.name.clone());
                                results.set(Some(Ok(vec![person])));
                                found
                            }
                            Err(e) => {
                                busy.set(false);
                                errors.set(Errors { person: Some(e), ..Errors::default() });
                                return;
                            }
                        }
                    }
                };
                let professional = v.kind == MembershipKind::Professional;
                let new = NewMembership {
                    person_id,
                    kind: v.kind,
                    professional_role: if professional { ProfessionalRole::parse(&v.role) } else { None },
                    organisation: if professional { optional(&v.organisation) } else { None },
                    joined_on: None,
                    confirm_other_groups: v.confirmed_for == Some(person_id),
                };
                let result = api::add_member(group_id, &new).await;
                busy.set(false);
                match result {
                    Ok(membership) => {
                        errors.set(Errors::default());
                        values.set(Values::default());
                        results.set(None);
                        let name = if person_name.is_empty() { membership.person_name.clone() } else { person_name };
                        announce.emit(i18n.ta(
                            "member-added",
                            &[("name", Arg::Text(name)), ("kind", Arg::Text(i18n.membership_kind(membership.kind)))],
                        ));
                        on_added.emit(());
                    }
                    Err(e) => {
                        let warned_for = (e.code() == Some(ProblemCode::MemberOfOtherGroup)).then_some(person_id);
                        errors.set(Errors { member: Some(e), warned_for, ..Errors::default() });
                    }
                }
            });
        })
    };

    let set_mode = |mode: PersonMode| {
        let values = values.clone();
        Callback::from(move |_: Event| {
            let mut next = (*values).clone();
            next.mode = mode;
            values.set(next);
        })
    };
    let set_kind = |kind: MembershipKind| {
        let values = values.clone();
        Callback::from(move |_: Event| {
            let mut next = (*values).clone();
            next.kind = kind;
            values.set(next);
        })
    };
    let pick = |id: Uuid| {
        let values = values.clone();
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<HtmlInputElement>().checked() {
                let mut next = (*values).clone();
                if next.selected != Some(id) {
                    // A confirmation was about the person picked before.
                    next.confirmed_for = None;
                }
                next.selected = Some(id);
                values.set(next);
            }
        })
    };

    let person_error = errors.person.as_ref();
    // In another group already: not an error but a question, answered in the form itself.
    // Only about the person picked now: after picking someone else it no longer applies.
    let warned = errors.warned_for.filter(|id| values.selected == Some(*id) && values.mode == PersonMode::Existing);
    let other_groups: Vec<String> = match (warned, errors.member.as_ref()) {
        (Some(_), Some(e)) => e.other_groups().to_vec(),
        _ => Vec::new(),
    };
    let member_error = errors.member.as_ref().filter(|_| errors.warned_for.is_none());
    let form_message = match (person_error, member_error) {
        (Some(e), _) | (None, Some(e)) => Some(error_text(&i18n, e)),
        (None, None) if errors.no_person => Some(i18n.t("error-invalid-input")),
        (None, None) => None,
    };
    let mut form_details: Vec<String> =
        member_error.map(|e| e.unmet_rules().iter().map(|r| i18n.unmet_rule(*r)).collect()).unwrap_or_default();
    form_details.extend(other_field_errors(
        &i18n,
        person_error,
        &["/name", "/email", "/phone", "/postcode", "/contactPreference"],
    ));
    form_details.extend(other_field_errors(
        &i18n,
        member_error,
        &["/personId", "/kind", "/professionalRole", "/organisation"],
    ));
    let person_pick_error = field_error(&i18n, member_error, "/personId")
        .or_else(|| errors.no_person.then(|| AttrValue::from(i18n.t("member-pick-required"))));

    let v = &*values;
    let person_part = match v.mode {
        PersonMode::Existing => existing_person(
            &i18n,
            v,
            &results,
            update(|v, x| v.query = x),
            search_key,
            search_click,
            pick,
            person_pick_error,
        ),
        PersonMode::New => {
            let mut preferences = Vec::new();
            for preference in PREFERENCES {
                preferences
                    .push((AttrValue::from(preference.as_str()), AttrValue::from(i18n.contact_preference(preference))));
            }
            html! {
                <>
                    <TextField id="new-person-name" label={i18n.t("person-name")} value={v.name.clone()} required=true
                        oninput={update(|v, x| v.name = x)} autocomplete={Some(AttrValue::Static("off"))}
                        error={field_error(&i18n, person_error, "/name")} />
                    <TextField id="new-person-email" label={i18n.t("person-email")} value={v.email.clone()}
                        input_type="email" oninput={update(|v, x| v.email = x)} autocomplete={Some(AttrValue::Static("off"))}
                        error={field_error(&i18n, person_error, "/email")} />
                    <TextField id="new-person-phone" label={i18n.t("person-phone")} value={v.phone.clone()}
                        input_type="tel" oninput={update(|v, x| v.phone = x)} autocomplete={Some(AttrValue::Static("off"))}
                        error={field_error(&i18n, person_error, "/phone")} />
                    <TextField id="new-person-postcode" label={i18n.t("person-postcode")} value={v.postcode.clone()}
                        hint={Some(AttrValue::from(i18n.t("person-postcode-hint")))}
                        oninput={update(|v, x| v.postcode = x)} autocomplete={Some(AttrValue::Static("off"))}
                        error={field_error(&i18n, person_error, "/postcode")} />
                    <SelectField id="new-person-contact" label={i18n.t("person-contact-preference")}
                        value={v.contact_preference.clone()} options={preferences}
                        onchange={update(|v, x| v.contact_preference = x)}
                        error={field_error(&i18n, person_error, "/contactPreference")} />
                </>
            }
        }
    };

    let kind_error = field_error(&i18n, member_error, "/kind");
    let mut role_options = vec![(AttrValue::Static(""), AttrValue::from(i18n.t("choose")))];
    for role in ROLES {
        role_options.push((AttrValue::from(role.as_str()), AttrValue::from(i18n.professional_role(role))));
    }

    html! {
        <form class="form" {onsubmit} novalidate=true aria-describedby={form_message.as_ref().map(|_| "add-member-error")}>
            <ErrorAlert id={Some(AttrValue::Static("add-member-error"))} message={form_message.map(AttrValue::from)}
                details={form_details} />
            <fieldset class="choices">
                <legend>{ i18n.t("member-who") }</legend>
                <div class="choice">
                    <input type="radio" id="person-mode-existing" name="person-mode"
                        checked={v.mode == PersonMode::Existing} onchange={set_mode(PersonMode::Existing)} />
                    <label for="person-mode-existing">{ i18n.t("member-who-existing") }</label>
                </div>
                <div class="choice">
                    <input type="radio" id="person-mode-new" name="person-mode"
                        checked={v.mode == PersonMode::New} onchange={set_mode(PersonMode::New)} />
                    <label for="person-mode-new">{ i18n.t("member-who-new") }</label>
                </div>
            </fieldset>
            { person_part }
            <fieldset class={classes!("choices", kind_error.as_ref().map(|_| "has-error"))}
                aria-describedby={kind_error.as_ref().map(|_| "member-kind-error")}>
                <legend>{ i18n.t("member-kind") }</legend>
                <div class="choice">
                    <input type="radio" id="member-kind-resident" name="member-kind"
                        checked={v.kind == MembershipKind::Resident} onchange={set_kind(MembershipKind::Resident)} />
                    <label for="member-kind-resident">{ i18n.membership_kind(MembershipKind::Resident) }</label>
                </div>
                <div class="choice">
                    <input type="radio" id="member-kind-professional" name="member-kind"
                        checked={v.kind == MembershipKind::Professional} onchange={set_kind(MembershipKind::Professional)} />
                    <label for="member-kind-professional">{ i18n.membership_kind(MembershipKind::Professional) }</label>
                </div>
                if let Some(error) = kind_error.clone() {
                    <p class="field-error" id="member-kind-error">{ error }</p>
                }
            </fieldset>
            if v.kind == MembershipKind::Professional {
                <SelectField id="member-role" label={i18n.t("member-professional-role")} value={v.role.clone()}
                    options={role_options} required=true onchange={update(|v, x| v.role = x)}
                    error={field_error(&i18n, member_error, "/professionalRole")} />
                <TextField id="member-organisation" label={i18n.t("member-organisation")} value={v.organisation.clone()}
                    oninput={update(|v, x| v.organisation = x)}
                    error={field_error(&i18n, member_error, "/organisation")} />
            }
            if !other_groups.is_empty() {
                <div class="alert alert-warning other-groups" role="alert">
                    <p>{ i18n.ta("member-other-groups", &[("groups", Arg::Text(other_groups.join(", ")))]) }</p>
                    <div class="toggle">
                        <input type="checkbox" id="member-confirm-other-groups" checked={v.confirmed_for.is_some() && v.confirmed_for == warned}
                            onchange={{
                                let values = values.clone();
                                Callback::from(move |e: Event| {
                                    let mut next = (*values).clone();
                                    let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                                    next.confirmed_for = if checked { warned } else { None };
                                    values.set(next);
                                })
                            }} />
                        <label for="member-confirm-other-groups">{ i18n.t("member-other-groups-confirm") }</label>
                    </div>
                </div>
            }
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={busy.then_some("true")}>
                    { i18n.t("member-add") }
                </button>
            </div>
        </form>
    }
}

/// The search-and-pick part of the form.
#[allow(clippy::too_many_arguments)]
fn existing_person(
    i18n: &I18n,
    v: &Values,
    results: &Option<Result<Vec<Person>, ApiError>>,
    oninput: Callback<String>,
    onkeydown: Callback<KeyboardEvent>,
    onsearch: Callback<MouseEvent>,
    pick: impl Fn(Uuid) -> Callback<Event>,
    error: Option<AttrValue>,
) -> Html {
    let list = match results {
        None => Html::default(),
        Some(Err(e)) => html! { <p class="field-error">{ error_text(i18n, e) }</p> },
        Some(Ok(people)) if people.is_empty() => html! { <p>{ i18n.t("member-search-none") }</p> },
        Some(Ok(people)) => html! {
            <fieldset class="choices results" aria-describedby={error.as_ref().map(|_| "member-search-error")}>
                <legend>{ i18n.t("member-pick") }</legend>
                { for people.iter().map(|p| {
                    let id = format!("pick-{}", p.id);
                    let extra = [p.email.clone(), p.postcode.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ");
                    html! {
                        <div class="choice">
                            <input type="radio" id={id.clone()} name="member-person" checked={v.selected == Some(p.id)}
                                onchange={pick(p.id)} />
                            <label for={id}>
                                { p.name.clone() }
                                if !extra.is_empty() { <span class="meta">{ format!(" ({extra})") }</span> }
                            </label>
                        </div>
                    }
                }) }
            </fieldset>
        },
    };
    html! {
        <div class="person-search">
            <div class="search-row">
                <TextField id="member-search" label={i18n.t("member-search")} value={v.query.clone()} input_type="search"
                    {oninput} onkeydown={Some(onkeydown)} autocomplete={Some(AttrValue::Static("off"))}
                    hint={Some(AttrValue::from(i18n.t("member-search-hint")))} {error} />
                <button type="button" class="button" onclick={onsearch}>{ i18n.t("search") }</button>
            </div>
            { list }
        </div>
    }
}
