//! API clients, for admins: the systems that call the API (a municipal dashboard, a script) with
//! OAuth 2.0 client credentials. A new client's secret is shown once; a lost one is replaced by a
//! new secret (the old one stops working); a client is disabled and enabled again. Its scopes say
//! what it may do; without `personal_data` it sees nobody's name.

use api_types::{ApiClient, ApiClientCredentials, ApiClientPatch, NewApiClient, Role, Scope};
use chrono::NaiveTime;
use uuid::Uuid;
use yew::prelude::*;

use crate::amsterdam;
use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::{focus_by_id, ConfirmAction};
use crate::components::field::{setter, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::personal_link::PersonalLink;
use crate::components::problem::{error_text, ErrorAlert};
use crate::hooks::{run_action, use_loaded, use_save, Save};
use crate::i18n::{use_locale, Arg, I18n};
use crate::session::use_session;

/// The API clients page (admins).
#[function_component]
pub fn ApiClientsPage() -> Html {
    let i18n = use_locale();
    let session = use_session();
    use_title(i18n.t("api-clients-title"));
    // Others are told the page is for admins, without asking the API (a 403 in their console).
    let admin = session.role() == Some(Role::Admin);
    let list = use_loaded(admin, |admin| async move {
        if admin {
            api::api_clients().await
        } else {
            Ok(Vec::new())
        }
    });
    let issued = use_state(|| None::<ApiClientCredentials>);
    let action_error = use_state(|| None::<ApiError>);
    let announce = use_announce();

    use_effect_with(issued.as_ref().map(|i| i.client_secret.clone()), |shown| {
        if shown.is_some() {
            focus_by_id("secret-title");
        }
    });

    if !admin {
        return html! {
            <section class="page narrow" aria-labelledby="page-title">
                <h1 id="page-title">{ i18n.t("api-clients-title") }</h1>
                <ErrorAlert message={Some(AttrValue::from(i18n.t("api-clients-admins-only")))} />
            </section>
        };
    }

    let rotate = {
        let (issued, action_error, list) = (issued.clone(), action_error.clone(), list.clone());
        Callback::from(move |id: Uuid| {
            let (issued, list) = (issued.clone(), list.clone());
            run_action(
                api::rotate_api_client_secret(id),
                action_error.clone(),
                "api-clients-list-title",
                move |made| {
                    issued.set(Some(made));
                    list.reload();
                },
            );
        })
    };
    let change = {
        let (action_error, list, announce, i18n) = (action_error.clone(), list.clone(), announce.clone(), i18n.clone());
        Callback::from(move |(id, patch): (Uuid, ApiClientPatch)| {
            let (list, announce, i18n) = (list.clone(), announce.clone(), i18n.clone());
            let save = async move { api::patch_api_client(id, &patch).await };
            run_action(save, action_error.clone(), "api-clients-list-title", move |client| {
                announce.emit(i18n.ta("api-client-saved", &[("name", Arg::Text(client.name))]));
                list.reload();
            });
        })
    };
    let saved = {
        let list = list.clone();
        Callback::from(move |_: ApiClient| list.reload())
    };
    let created = {
        let (issued, list) = (issued.clone(), list.clone());
        Callback::from(move |made: ApiClientCredentials| {
            issued.set(Some(made));
            list.reload();
        })
    };

    let clients = match (list.error(), list.value()) {
        (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
        (None, None) => html! { <Loading /> },
        (None, Some(clients)) if clients.is_empty() => html! { <p>{ i18n.t("api-clients-none") }</p> },
        (None, Some(clients)) => html! {
            <ul class="account-list" role="list">
                { for clients.iter().map(|c| client_item(&i18n, c, &rotate, &change, &saved)) }
            </ul>
        },
    };

    html! {
        <article class="page accounts-page" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("api-clients-title") }</h1>
            <p class="lead">{ i18n.t("api-clients-intro") }</p>
            if let Some(made) = &*issued {
                { secret_card(&i18n, made) }
            }
            <NewApiClientForm on_created={created} />
            <section aria-labelledby="api-clients-list-title">
                <h2 id="api-clients-list-title" tabindex="-1">{ i18n.t("api-clients-list") }</h2>
                <ErrorAlert message={action_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
                { clients }
            </section>
        </article>
    }
}

/// The credentials just made, shown once, with how to use them.
fn secret_card(i18n: &I18n, made: &ApiClientCredentials) -> Html {
    let name = made.client.name.clone();
    html! {
        <section class="card receipt issued-link" aria-labelledby="secret-title">
            <h2 id="secret-title" tabindex="-1">{ i18n.ta("api-clients-secret-title", &[("name", Arg::Text(name.clone()))]) }</h2>
            <p>{ i18n.t("api-clients-secret-text") }</p>
            <PersonalLink owner_id={made.client.id} name={name.clone()} url={made.client_id.clone()}
                label={Some(AttrValue::from(i18n.t("api-client-id")))} field_id={Some(AttrValue::from("issued-client-id"))} />
            <PersonalLink owner_id={made.client.id} name={name} url={made.client_secret.clone()}
                label={Some(AttrValue::from(i18n.t("api-client-secret")))} field_id={Some(AttrValue::from("issued-client-secret"))} />
            <p class="hint">{ i18n.t("api-clients-secret-once") }</p>
        </section>
    }
}

/// What state a client is in, as a badge: (class, message id).
fn state_of(client: &ApiClient, now: chrono::DateTime<chrono::Utc>) -> (&'static str, &'static str) {
    if client.disabled {
        ("badge-error", "api-client-state-disabled")
    } else if client.expires_at.is_some_and(|end| end <= now) {
        ("badge-error", "api-client-state-expired")
    } else {
        ("badge-neutral", "api-client-state-active")
    }
}

/// One client: name, scopes, state, last use, end, and what an admin can do with it.
fn client_item(
    i18n: &I18n,
    c: &ApiClient,
    rotate: &Callback<Uuid>,
    change: &Callback<(Uuid, ApiClientPatch)>,
    saved: &Callback<ApiClient>,
) -> Html {
    let state = state_of(c, chrono::Utc::now());
    let id = c.id;
    let set_disabled = |disabled: bool| {
        let change = change.clone();
        Callback::from(move |_| {
            change.emit((id, ApiClientPatch { disabled: Some(disabled), ..ApiClientPatch::default() }))
        })
    };
    let new_secret = {
        let rotate = rotate.clone();
        Callback::from(move |_| rotate.emit(id))
    };
    let scopes: Vec<String> = c.scopes.iter().map(|s| i18n.scope(*s)).collect();
    let last_used = c.last_used_at.map(|at| i18n.instant(at)).unwrap_or_else(|| i18n.t("api-client-never-used"));
    let context = Some(AttrValue::from(i18n.ta("account-of", &[("name", Arg::Text(c.name.clone()))])));
    html! {
        <li class="card account-item">
            <h3 class="account-title">{ c.name.clone() }</h3>
            <p><span class={classes!("badge", state.0)}>{ i18n.t(state.1) }</span></p>
            <dl class="details compact">
                <dt>{ i18n.t("api-client-scopes") }</dt>
                <dd>{ scopes.join(", ") }</dd>
                <dt>{ i18n.t("api-client-last-used") }</dt>
                <dd>{ last_used }</dd>
                <dt>{ i18n.t("api-client-expires") }</dt>
                <dd>{ c.expires_at.map(|at| i18n.instant(at)).unwrap_or_else(|| i18n.t("api-client-no-end")) }</dd>
                <dt>{ i18n.t("api-client-id") }</dt>
                <dd><code>{ c.id.to_string() }</code></dd>
            </dl>
            <div class="actions">
                <ConfirmAction id={format!("secret-{}", c.id)} label={i18n.t("api-client-new-secret")} context={context.clone()}
                    question={i18n.t("api-client-new-secret-question")} confirm_label={i18n.t("api-client-new-secret")}
                    on_confirm={new_secret} />
                if c.disabled {
                    <ConfirmAction id={format!("enable-{}", c.id)} label={i18n.t("account-enable")} context={context.clone()}
                        question={i18n.t("api-client-enable-question")} confirm_label={i18n.t("account-enable")}
                        on_confirm={set_disabled(false)} />
                } else {
                    <ConfirmAction id={format!("disable-{}", c.id)} label={i18n.t("account-disable")} context={context}
                        question={i18n.t("api-client-disable-question")} confirm_label={i18n.t("account-disable")}
                        danger=true on_confirm={set_disabled(true)} />
                }
            </div>
            <EditApiClientForm client={c.clone()} on_saved={saved.clone()} />
        </li>
    }
}

/// Properties of [`NewApiClientForm`].
#[derive(Debug, Properties, PartialEq)]
struct NewApiClientFormProps {
    /// Called with the new client and its secret.
    on_created: Callback<ApiClientCredentials>,
}

/// Properties of [`EditApiClientForm`].
#[derive(Debug, Properties, PartialEq)]
struct EditApiClientFormProps {
    /// The client as it is.
    client: ApiClient,
    /// Called with the changed client.
    on_saved: Callback<ApiClient>,
}

/// What the new-client form holds; the end is a date as typed (`YYYY-MM-DD`), empty for none.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    name: String,
    scopes: Vec<Scope>,
    expires: String,
}

impl Default for Values {
    fn default() -> Self {
        Values { name: String::new(), scopes: vec![Scope::Read], expires: String::new() }
    }
}

impl Values {
    /// The form of an existing client: its end as the day it ends in Amsterdam.
    fn of(client: &ApiClient) -> Self {
        Values {
            name: client.name.clone(),
            scopes: client.scopes.clone(),
            expires: client.expires_at.map(|at| amsterdam::to_local(at).date_naive().to_string()).unwrap_or_default(),
        }
    }

    /// What changed against `before`, as a merge patch (an emptied end is `null`).
    fn patch_from(&self, before: &Values) -> ApiClientPatch {
        ApiClientPatch {
            name: (self.name.trim() != before.name).then(|| self.name.trim().to_string()),
            scopes: (self.scopes != before.scopes).then(|| self.scopes.clone()),
            expires_at: (self.expires.trim() != before.expires).then(|| end_of_day(&self.expires)),
            disabled: None,
        }
    }
}

/// The end of the given day in Amsterdam, as the client's expiry; `None` when the text is no date.
fn end_of_day(text: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let date = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()?;
    let end = NaiveTime::from_hms_opt(23, 59, 59)?;
    amsterdam::local_instant(date, end).map(|at| at.with_timezone(&chrono::Utc))
}

/// What is wrong with the form, before it is sent: (pointer, message id). An end that was there
/// already (a client that expired) is not held against a change of something else.
fn problems(v: &Values, today: chrono::NaiveDate, before: Option<&Values>) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    if v.name.trim().is_empty() {
        problems.push(("/name", "field-error-required"));
    }
    if v.scopes.is_empty() {
        problems.push(("/scopes", "api-client-error-scopes"));
    } else if v.scopes == [Scope::PersonalData] {
        problems.push(("/scopes", "api-client-error-personal-data-alone"));
    }
    let end_changed = before.is_none_or(|b| b.expires != v.expires.trim());
    if end_changed && !v.expires.trim().is_empty() {
        match chrono::NaiveDate::parse_from_str(v.expires.trim(), "%Y-%m-%d") {
            Err(_) => problems.push(("/expiresAt", "field-error-date")),
            Ok(date) if date < today => problems.push(("/expiresAt", "api-client-error-past")),
            Ok(_) => {}
        }
    }
    problems
}

/// Registers a client and shows its secret.
#[function_component]
fn NewApiClientForm(props: &NewApiClientFormProps) -> Html {
    let i18n = use_locale();
    let values = use_state(Values::default);
    // Nothing to reload: a new client has no earlier version.
    let save = use_save("error-precondition-failed", Callback::noop());

    let onsubmit = {
        let (values, save, on_created) = (values.clone(), save.clone(), props.on_created.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let found = problems(&values, amsterdam::today(), None);
            if !found.is_empty() {
                save.invalid(found);
                focus_by_id("new-api-client-title");
                return;
            }
            let new = NewApiClient {
                name: values.name.trim().to_string(),
                scopes: values.scopes.clone(),
                expires_at: end_of_day(&values.expires),
            };
            let (values, on_created) = (values.clone(), on_created.clone());
            save.run(
                async move { api::create_api_client(&new).await },
                |i18n, made: &ApiClientCredentials| {
                    i18n.ta("api-clients-secret-title", &[("name", Arg::Text(made.client.name.clone()))])
                },
                move |made| {
                    values.set(Values::default());
                    on_created.emit(made);
                },
            );
        })
    };
    let form_error = save.form_error();
    html! {
        <form class="form card new-account" {onsubmit} novalidate=true aria-labelledby="new-api-client-title">
            <h2 id="new-api-client-title" tabindex="-1">{ i18n.t("api-clients-new") }</h2>
            <p class="hint">{ i18n.t("api-clients-new-hint") }</p>
            <ErrorAlert message={form_error} details={save.other_errors(&["/name", "/scopes", "/expiresAt"])} />
            { fields(&i18n, "api-client", &values, &save) }
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>
                    { i18n.t("api-clients-create") }
                </button>
            </div>
        </form>
    }
}

/// The fields of a client's form (name, scopes, end), their ids starting with `prefix`.
fn fields(i18n: &I18n, prefix: &str, values: &UseStateHandle<Values>, save: &Save) -> Html {
    let toggle = |scope: Scope| {
        let values = values.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            let mut next = (*values).clone();
            next.scopes.retain(|s| *s != scope);
            if on {
                next.scopes.push(scope);
                next.scopes.sort();
            }
            values.set(next);
        })
    };
    let scopes_error = save.field_error("/scopes");
    let scopes_error_id = format!("{prefix}-scopes-error");
    let set = |apply: fn(&mut Values, String)| setter(values, apply);
    let v = (**values).clone();
    html! {
        <>
            <TextField id={format!("{prefix}-name")} label={i18n.t("api-client-name")} value={v.name.clone()} required=true
                hint={Some(AttrValue::from(i18n.t("api-client-name-hint")))}
                autocomplete={Some(AttrValue::Static("off"))} error={save.field_error("/name")} oninput={set(|v, x| v.name = x)} />
            <fieldset class={classes!("form-group", scopes_error.as_ref().map(|_| "has-error"))}
                aria-describedby={scopes_error.as_ref().map(|_| scopes_error_id.clone())}>
                <legend>{ i18n.t("api-client-scopes") }<span class="required" aria-hidden="true">{ " *" }</span></legend>
                if let Some(message) = scopes_error {
                    <p class="field-error" id={scopes_error_id.clone()}>{ message }</p>
                }
                { for Scope::ALL.iter().map(|scope| {
                    let id = format!("{prefix}-scope-{}", scope.as_str());
                    let hint = format!("{id}-hint");
                    html! {
                        <div class="scope-choice">
                            <div class="toggle">
                                <input type="checkbox" id={id.clone()} checked={v.scopes.contains(scope)}
                                    onchange={toggle(*scope)} aria-describedby={hint.clone()} />
                                <label for={id}>{ i18n.scope(*scope) }</label>
                            </div>
                            <p class="hint" id={hint}>{ i18n.t(&format!("scope-hint-{}", scope.as_str())) }</p>
                        </div>
                    }
                }) }
            </fieldset>
            <TextField id={format!("{prefix}-expires")} label={i18n.t("api-client-expires-field")} value={v.expires.clone()} input_type="date"
                hint={Some(AttrValue::from(i18n.t("api-client-expires-hint")))}
                error={save.field_error("/expiresAt")} oninput={set(|v, x| v.expires = x)} />
        </>
    }
}

/// Changes a client's name, scopes or end, in a fold of its card; only what changed is sent.
/// Without `If-Match`: a client's ETag moves with every token its system asks (`lastUsedAt`),
/// which would make an admin's change fail for nothing; the few admins of an installation accept
/// that the later of two changes at once wins, as with enabling and disabling.
#[function_component]
fn EditApiClientForm(props: &EditApiClientFormProps) -> Html {
    let i18n = use_locale();
    let before = Values::of(&props.client);
    let values = use_state(|| before.clone());
    let save = use_save("error-precondition-failed", Callback::noop());
    let prefix = format!("api-client-{}", props.client.id);
    let title = format!("{prefix}-edit-title");
    let onsubmit = {
        let (values, save, on_saved, id, title) =
            (values.clone(), save.clone(), props.on_saved.clone(), props.client.id, title.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let found = problems(&values, amsterdam::today(), Some(&before));
            if !found.is_empty() {
                save.invalid(found);
                focus_by_id(&title);
                return;
            }
            let patch = values.patch_from(&before);
            let on_saved = on_saved.clone();
            save.run(
                async move { api::patch_api_client(id, &patch).await },
                |i18n, client: &ApiClient| i18n.ta("api-client-saved", &[("name", Arg::Text(client.name.clone()))]),
                move |client| on_saved.emit(client),
            );
        })
    };
    html! {
        <details class="edit-client">
            <summary class="button button-small">{ i18n.t("api-client-edit") }</summary>
            <form class="form" {onsubmit} novalidate=true aria-labelledby={title.clone()}>
                <h4 id={title} tabindex="-1">{ i18n.ta("api-client-edit-title", &[("name", Arg::Text(props.client.name.clone()))]) }</h4>
                <p class="hint">{ i18n.t("api-client-edit-hint") }</p>
                <ErrorAlert message={save.form_error()} details={save.other_errors(&["/name", "/scopes", "/expiresAt"])} />
                { fields(&i18n, &prefix, &values, &save) }
                <div class="actions">
                    <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>
                        { i18n.t("api-client-save") }
                    </button>
                </div>
            </form>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_client_needs_a_name_a_scope_and_no_end_in_the_past() {
        let today = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        let empty = Values { name: " ".into(), scopes: Vec::new(), expires: "1-3-2027".into() };
        assert_eq!(
            problems(&empty, today, None),
            vec![
                ("/name", "field-error-required"),
                ("/scopes", "api-client-error-scopes"),
                ("/expiresAt", "field-error-date")
            ]
        );
        let past = Values { name: "Wijkmonitor".into(), scopes: vec![Scope::Read], expires: "2027-02-28".into() };
        assert_eq!(problems(&past, today, None), vec![("/expiresAt", "api-client-error-past")]);
        // An end that passed already is not held against renaming an expired client.
        assert!(problems(&past, today, Some(&past.clone())).is_empty());
        let fine = Values { expires: "2027-03-01".into(), ..past.clone() };
        assert!(problems(&fine, today, None).is_empty());
        let alone = Values { scopes: vec![Scope::PersonalData], ..fine.clone() };
        assert_eq!(problems(&alone, today, None), vec![("/scopes", "api-client-error-personal-data-alone")]);
        // Only what changed is sent; an emptied end is `null`.
        let renamed = Values { name: " Wijkmonitor 2 ".into(), expires: String::new(), ..fine.clone() };
        let patch = renamed.patch_from(&fine);
        assert_eq!(patch.name.as_deref(), Some("Wijkmonitor 2"));
        assert_eq!((patch.scopes, patch.expires_at), (None, Some(None)));
    }

    #[test]
    fn the_end_is_the_last_second_of_that_day_in_amsterdam() {
        // Winter: UTC+1, so 23:59:59 local is 22:59:59 UTC.
        assert_eq!(end_of_day("2027-01-15").unwrap().to_rfc3339(), "2027-01-15T22:59:59+00:00");
        // Summer: UTC+2.
        assert_eq!(end_of_day("2027-07-15").unwrap().to_rfc3339(), "2027-07-15T21:59:59+00:00");
        assert!(end_of_day("").is_none());
    }
}
