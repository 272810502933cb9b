//! People: everyone the programme knows, filtered on name. Contact details appear only where the
//! API says the account may see them.

use api_types::Person;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::components::field::TextField;
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::i18n::{use_locale, Arg, I18n};

/// The people list.
#[function_component]
pub fn PeoplePage() -> Html {
    let i18n = use_locale();
    use_title(i18n.t("people-title"));

    let query = use_state(String::new);
    let filter = use_state(String::new);
    let people = use_state(|| None::<Vec<Person>>);
    let next = use_state(|| None::<String>);
    let error = use_state(|| None::<ApiError>);
    let loading_more = use_state(|| false);

    // The list keeps its own load rather than use_loaded: it is paged, and "more" adds the next
    // page to what is shown.
    {
        let (people, next, error) = (people.clone(), next.clone(), error.clone());
        use_effect_with((*filter).clone(), move |filter| {
            let filter = filter.clone();
            people.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match api::people(&filter, None).await {
                    Ok(page) => {
                        error.set(None);
                        next.set(page.links.next.map(|l| l.href));
                        people.set(Some(page.items));
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        });
    }

    let onsubmit = {
        let (query, filter) = (query.clone(), filter.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            filter.set(query.trim().to_string());
        })
    };

    let load_more = {
        let (people, next, error, loading_more, filter) =
            (people.clone(), next.clone(), error.clone(), loading_more.clone(), filter.clone());
        Callback::from(move |_| {
            let Some(href) = (*next).clone() else { return };
            if *loading_more {
                return;
            }
            loading_more.set(true);
            let (people, next, error, loading_more, filter) =
                (people.clone(), next.clone(), error.clone(), loading_more.clone(), filter.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::people(&filter, Some(href)).await {
                    Ok(page) => {
                        let mut all = (*people).clone().unwrap_or_default();
                        all.extend(page.items);
                        people.set(Some(all));
                        next.set(page.links.next.map(|l| l.href));
                    }
                    Err(e) => error.set(Some(e)),
                }
                loading_more.set(false);
            });
        })
    };

    let list = match &*people {
        None if error.is_none() => html! { <Loading /> },
        None => Html::default(),
        Some(list) if list.is_empty() => html! { <p>{ i18n.t("people-empty") }</p> },
        Some(list) => html! {
            <>
                <p class="count" aria-live="polite">
                    { i18n.ta("people-count", &[("count", Arg::Number(list.len() as i64))]) }
                </p>
                <ul class="cards people" role="list">
                    { for list.iter().map(|p| person_card(&i18n, p)) }
                </ul>
            </>
        },
    };

    html! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("people-title") }</h1>
            <form class="search-row card" role="search" {onsubmit}>
                <TextField id="people-filter" label={i18n.t("people-filter")} value={(*query).clone()} input_type="search"
                    oninput={Callback::from({ let query = query.clone(); move |v| query.set(v) })} />
                <button type="submit" class="button button-primary">{ i18n.t("search") }</button>
            </form>
            <ErrorAlert message={error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
            { list }
            if next.is_some() {
                <div class="actions">
                    <button type="button" class="button" onclick={load_more} aria-disabled={loading_more.then_some("true")}>
                        { if *loading_more { i18n.t("loading") } else { i18n.t("people-more") } }
                    </button>
                </div>
            }
        </section>
    }
}

fn person_card(i18n: &I18n, p: &Person) -> Html {
    let contact = if p.contact_details_visible {
        html! {
            <dl class="details">
                <dt>{ i18n.t("person-email") }</dt>
                <dd>
                    if let Some(email) = &p.email {
                        <a href={format!("mailto:{email}")}>{ email.clone() }</a>
                    } else { { i18n.t("not-given") } }
                </dd>
                <dt>{ i18n.t("person-phone") }</dt>
                <dd>
                    if let Some(phone) = &p.phone {
                        <a href={format!("tel:{}", phone.replace(' ', ""))}>{ phone.clone() }</a>
                    } else { { i18n.t("not-given") } }
                </dd>
                <dt>{ i18n.t("person-postcode") }</dt>
                <dd>{ p.postcode.clone().unwrap_or_else(|| i18n.t("not-given")) }</dd>
                <dt>{ i18n.t("person-contact-preference") }</dt>
                <dd>{ i18n.contact_preference(p.contact_preference) }</dd>
            </dl>
        }
    } else {
        html! {
            <>
                <dl class="details">
                    <dt>{ i18n.t("person-contact-preference") }</dt>
                    <dd>{ i18n.contact_preference(p.contact_preference) }</dd>
                </dl>
                <p class="meta">{ i18n.t("person-contact-hidden") }</p>
            </>
        }
    };
    html! {
        <li class="card person-card">
            <h2 class="card-title">{ p.name.clone() }</h2>
            if p.has_account || p.training_completed {
                <p class="badges">
                    if p.training_completed {
                        <span class="badge badge-trained">
                            <span aria-hidden="true">{ i18n.t("availability-symbol-yes") }{ " " }</span>{ i18n.t("person-trained") }
                        </span>
                    }
                    if p.has_account {
                        <span class="badge badge-neutral">{ i18n.t("person-has-account") }</span>
                    }
                </p>
            }
            { contact }
        </li>
    }
}
