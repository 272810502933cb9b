//! Accounts, for admins: who can log in and with which role. A new account gets an invitation link
//! to set its own password (shown once, valid for days); a forgotten password gets a new link; a
//! role changes; an account is disabled and enabled again. And the page a person opens with such
//! a link to set their password, without logging in.

mod password;

pub use password::SetPasswordPage;

use api_types::{Account, AccountPatch, NewAccount, PasswordLink, ProblemCode, Role};
use uuid::Uuid;
use yew::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError};
use crate::components::confirm::{focus_by_id, ConfirmAction};
use crate::components::field::{setter, SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::personal_link::PersonalLink;
use crate::components::problem::{error_text, ErrorAlert};
use crate::features::events::absolute_url;
use crate::hooks::{run_action, use_loaded, use_save};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;
use crate::session::use_session;

/// Every role, in the order the choice offers them.
const ROLES: [Role; 4] = [Role::Connector, Role::Professional, Role::Coordinator, Role::Admin];

/// The role choices in words.
fn role_options(i18n: &I18n) -> Vec<(AttrValue, AttrValue)> {
    ROLES.iter().map(|r| (AttrValue::from(r.as_str()), AttrValue::from(i18n.role(*r)))).collect()
}

/// A link just made: for whom, and the link (shown once).
#[derive(Debug, Clone, PartialEq)]
struct Issued {
    account: Account,
    link: PasswordLink,
}

/// The accounts page (admins).
#[function_component]
pub fn AccountsPage() -> Html {
    let i18n = use_locale();
    let session = use_session();
    use_title(i18n.t("accounts-title"));
    // Others are told the page is for admins, without asking the API (a 403 in their console).
    let admin = session.role() == Some(Role::Admin);
    let list = use_loaded(admin, |admin| async move {
        if admin {
            api::accounts().await
        } else {
            Ok(Vec::new())
        }
    });
    let issued = use_state(|| None::<Issued>);
    let action_error = use_state(|| None::<ApiError>);
    let announce = use_announce();

    use_effect_with(issued.as_ref().map(|i| i.link.token.clone()), |shown| {
        if shown.is_some() {
            focus_by_id("issued-title");
        }
    });

    if !admin {
        return html! {
            <section class="page narrow" aria-labelledby="page-title">
                <h1 id="page-title">{ i18n.t("accounts-title") }</h1>
                <ErrorAlert message={Some(AttrValue::from(i18n.t("accounts-admins-only")))} />
            </section>
        };
    }
    let own_id = session.me().map(|me| me.account.id);

    // A new link for an account, shown once.
    let new_link = {
        let (issued, action_error, list) = (issued.clone(), action_error.clone(), list.clone());
        Callback::from(move |account: Account| {
            let (issued, list) = (issued.clone(), list.clone());
            let id = account.id;
            run_action(api::create_password_link(id), action_error.clone(), "accounts-list-title", move |link| {
                issued.set(Some(Issued { account, link }));
                list.reload();
            });
        })
    };
    let change = {
        let (action_error, list, announce, i18n) = (action_error.clone(), list.clone(), announce.clone(), i18n.clone());
        Callback::from(move |(id, patch): (Uuid, AccountPatch)| {
            let (list, announce, i18n) = (list.clone(), announce.clone(), i18n.clone());
            let save = async move { api::patch_account(id, &patch).await };
            run_action(save, action_error.clone(), "accounts-list-title", move |account| {
                announce.emit(i18n.ta("account-saved", &[("name", Arg::Text(account.display_name))]));
                list.reload();
            });
        })
    };
    let created = {
        let (issued, list) = (issued.clone(), list.clone());
        Callback::from(move |made: Issued| {
            issued.set(Some(made));
            list.reload();
        })
    };

    let accounts = match (list.error(), list.value()) {
        (Some(e), _) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
        (None, None) => html! { <Loading /> },
        (None, Some(accounts)) => html! {
            <ul class="account-list" role="list">
                { for accounts.iter().map(|a| account_item(&i18n, a, own_id == Some(a.id), &new_link, &change)) }
            </ul>
        },
    };

    html! {
        <article class="page accounts-page" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("accounts-title") }</h1>
            <p class="lead">{ i18n.t("accounts-intro") }</p>
            if let Some(made) = &*issued {
                { issued_card(&i18n, made) }
            }
            <NewAccountForm on_created={created} />
            <section aria-labelledby="accounts-list-title">
                <h2 id="accounts-list-title" tabindex="-1">{ i18n.t("accounts-list") }</h2>
                <ErrorAlert message={action_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
                { accounts }
            </section>
        </article>
    }
}

/// The link just made, with what to do with it.
fn issued_card(i18n: &I18n, made: &Issued) -> Html {
    let url = absolute_url(&Route::SetPassword { token: made.link.token.clone() });
    let expires = i18n.instant(made.link.expires_at);
    let name = made.account.display_name.clone();
    html! {
        <section class="card receipt issued-link" aria-labelledby="issued-title">
            <h2 id="issued-title" tabindex="-1">{ i18n.ta("accounts-issued-title", &[("name", Arg::Text(name.clone()))]) }</h2>
            <p>{ i18n.ta("accounts-issued-text", &[("email", Arg::Text(made.account.email.clone())), ("expires", Arg::Text(expires))]) }</p>
            <PersonalLink owner_id={made.account.id} name={name} url={url} />
            <p class="hint">{ i18n.t("accounts-issued-once") }</p>
        </section>
    }
}

/// One account: name, email, role, state, and what an admin can do with it.
fn account_item(
    i18n: &I18n,
    a: &Account,
    own: bool,
    new_link: &Callback<Account>,
    change: &Callback<(Uuid, AccountPatch)>,
) -> Html {
    let state = if a.disabled {
        ("badge-error", "account-state-disabled")
    } else if !a.password_set {
        ("badge-moved", "account-state-invited")
    } else {
        ("badge-neutral", "account-state-active")
    };
    let id = a.id;
    let on_role = {
        let change = change.clone();
        Callback::from(move |value: String| {
            if let Some(role) = Role::parse(&value) {
                change.emit((id, AccountPatch { role: Some(role), ..AccountPatch::default() }));
            }
        })
    };
    let set_disabled = |disabled: bool| {
        let change = change.clone();
        Callback::from(move |_| change.emit((id, AccountPatch { disabled: Some(disabled), ..AccountPatch::default() })))
    };
    let link = {
        let (new_link, account) = (new_link.clone(), a.clone());
        Callback::from(move |_| new_link.emit(account.clone()))
    };
    let link_label = if a.password_set { "account-reset" } else { "account-invite-again" };
    let context = Some(AttrValue::from(i18n.ta("account-of", &[("name", Arg::Text(a.display_name.clone()))])));
    html! {
        <li class="card account-item">
            <h3 class="account-title">{ a.display_name.clone() }</h3>
            <p class="meta account-email">{ a.email.clone() }</p>
            <p><span class={classes!("badge", state.0)}>{ i18n.t(state.1) }</span></p>
            if own {
                <p>{ i18n.ta("account-own", &[("role", Arg::Text(i18n.role(a.role)))]) }</p>
            } else {
                <SelectField id={format!("role-{}", a.id)} label={i18n.ta("account-role-of", &[("name", Arg::Text(a.display_name.clone()))])}
                    value={AttrValue::from(a.role.as_str())} options={role_options(i18n)} onchange={on_role} />
            }
            <div class="actions">
                <ConfirmAction id={format!("link-{}", a.id)} label={i18n.t(link_label)} context={context.clone()}
                    question={i18n.t("account-link-question")} confirm_label={i18n.t(link_label)} on_confirm={link} />
                if !own {
                    if a.disabled {
                        <ConfirmAction id={format!("enable-{}", a.id)} label={i18n.t("account-enable")} context={context.clone()}
                            question={i18n.t("account-enable-question")} confirm_label={i18n.t("account-enable")}
                            on_confirm={set_disabled(false)} />
                    } else {
                        <ConfirmAction id={format!("disable-{}", a.id)} label={i18n.t("account-disable")} context={context}
                            question={i18n.t("account-disable-question")} confirm_label={i18n.t("account-disable")}
                            danger=true on_confirm={set_disabled(true)} />
                    }
                }
            </div>
        </li>
    }
}

/// Properties of [`NewAccountForm`].
#[derive(Debug, Properties, PartialEq)]
struct NewAccountFormProps {
    /// Called with the new account and its invitation link.
    on_created: Callback<Issued>,
}

/// What the new-account form holds.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    name: String,
    email: String,
    role: Role,
}

/// What is wrong with the form, before it is sent: (pointer, message key).
fn problems(v: &Values) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    if v.name.trim().is_empty() {
        problems.push(("/displayName", "field-error-required"));
    }
    let email = v.email.trim();
    if email.is_empty() {
        problems.push(("/email", "field-error-required"));
    } else if !email.contains('@') || email.starts_with('@') || email.ends_with('@') {
        problems.push(("/email", "field-error-email"));
    }
    problems
}

/// Creates an account without a password, then its invitation link.
#[function_component]
fn NewAccountForm(props: &NewAccountFormProps) -> Html {
    let i18n = use_locale();
    let values = use_state(|| Values { name: String::new(), email: String::new(), role: Role::Connector });
    // Nothing to reload: a new account has no earlier version.
    let save = use_save("error-precondition-failed", Callback::noop());

    let onsubmit = {
        let (values, save, on_created) = (values.clone(), save.clone(), props.on_created.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if save.busy() {
                return;
            }
            let found = problems(&values);
            if !found.is_empty() {
                save.invalid(found);
                focus_by_id("new-account-title");
                return;
            }
            let new = NewAccount {
                email: values.email.trim().to_string(),
                display_name: values.name.trim().to_string(),
                role: values.role,
                password: None,
                person_id: None,
            };
            let (values, on_created) = (values.clone(), on_created.clone());
            save.run(
                async move {
                    let account = api::create_account(&new).await?;
                    let link = api::create_password_link(account.id).await?;
                    Ok(Issued { account, link })
                },
                |i18n, made: &Issued| {
                    i18n.ta("accounts-issued-title", &[("name", Arg::Text(made.account.display_name.clone()))])
                },
                move |made| {
                    values.set(Values { name: String::new(), email: String::new(), role: Role::Connector });
                    on_created.emit(made);
                },
            );
        })
    };
    let error_at = |pointer: &str| {
        save.field_error(pointer)
            // A taken address is the address field's problem too.
            .or_else(|| {
                save.error()
                    .filter(|e| pointer == "/email" && e.code() == Some(ProblemCode::DuplicateEmail))
                    .map(|_| AttrValue::from(i18n.t("field-error-email-taken")))
            })
    };
    let form_error = save.form_error();
    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let v = (*values).clone();
    html! {
        <form class="form card new-account" {onsubmit} novalidate=true aria-labelledby="new-account-title">
            <h2 id="new-account-title" tabindex="-1">{ i18n.t("accounts-new") }</h2>
            <p class="hint">{ i18n.t("accounts-new-hint") }</p>
            <ErrorAlert message={form_error} details={save.other_errors(&["/displayName", "/email", "/role"])} />
            <TextField id="account-name" label={i18n.t("account-name")} value={v.name.clone()} required=true
                autocomplete={Some(AttrValue::Static("off"))} error={error_at("/displayName")} oninput={set(|v, x| v.name = x)} />
            <TextField id="account-email" label={i18n.t("person-email")} value={v.email.clone()} required=true input_type="email"
                autocomplete={Some(AttrValue::Static("off"))} error={error_at("/email")} oninput={set(|v, x| v.email = x)} />
            <SelectField id="account-role" label={i18n.t("account-role")} value={AttrValue::from(v.role.as_str())}
                options={role_options(&i18n)} error={error_at("/role")}
                onchange={set(|v, x| v.role = Role::parse(&x).unwrap_or(Role::Connector))} />
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled={save.busy().then_some("true")}>
                    { i18n.t("accounts-create") }
                </button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_account_needs_a_name_and_an_email_address() {
        let empty = Values { name: " ".into(), email: String::new(), role: Role::Connector };
        assert_eq!(
            problems(&empty),
            vec![("/displayName", "field-error-required"), ("/email", "field-error-required")]
        );
        let bad = Values { name: "Anouk".into(), email: "anouk@".into(), role: Role::Connector };
        assert_eq!(problems(&bad), vec![("/email", "field-error-email")]);
        let ok = Values { email: "anouk@example.org".into(), ..bad };
        assert!(problems(&ok).is_empty());
    }
}
