//! One group: its details, its composition against the programme's rules, its members (current,
//! and former on request), ending a membership, activating a forming group, and adding a member.

use std::collections::HashSet;

use api_types::{Group, GroupPatch, GroupStatus, Membership, MembershipKind, MembershipPatch};
use uuid::Uuid;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::announce::use_announce;
use crate::api::{self, ApiError, Reply};
use crate::components::layout::use_title;
use crate::components::loading::{Loading, LoadingPage};
use crate::components::problem::{error_text, other_field_errors, ErrorAlert};
use crate::features::events::agenda::NewEventQuery;
use crate::features::goals::GoalsSection;
use crate::features::groups::add_member::AddMemberForm;
use crate::features::groups::composition::{CompositionSummary, StatusBadge};
use crate::hooks::{use_loaded_with_etag, use_save};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;
use crate::session::use_session;

/// Properties of [`GroupPage`].
#[derive(Debug, Properties, PartialEq)]
pub struct GroupPageProps {
    /// The group's id.
    pub id: Uuid,
}

fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// The group page.
#[function_component]
pub fn GroupPage(props: &GroupPageProps) -> Html {
    let id = props.id;
    let i18n = use_locale();
    let session = use_session();
    let announce = use_announce();

    // One counter reloads the group, its members and who completed a training together.
    let reload = use_state(|| 0_u32);
    let group = use_loaded_with_etag((id, *reload), |(id, _)| api::group(id));
    let neighbourhood = use_state(|| None::<String>);
    let current = use_state(|| None::<Result<Vec<Membership>, ApiError>>);
    let former = use_state(|| None::<Result<Vec<Membership>, ApiError>>);
    // Who completed a training: memberships do not say, people do.
    let trained = use_state(HashSet::<Uuid>::new);
    let show_former = use_state(|| false);
    let confirming = use_state(|| None::<Uuid>);
    let end_error = use_state(|| None::<ApiError>);
    let activation = {
        let reload = reload.clone();
        use_save("group-changed-elsewhere", Callback::from(move |_| reload.set(*reload + 1)))
    };

    let manages = session.manages_group(id);
    use_title(group.value().map(|g| g.name.clone()).unwrap_or_else(|| i18n.t("group-title")));

    // The name of the group's neighbourhood, once the group is in (again after each reload).
    {
        let neighbourhood = neighbourhood.clone();
        let neighbourhood_id = group.value().map(|g| g.neighbourhood_id);
        use_effect_with((neighbourhood_id, *reload), move |(neighbourhood_id, _)| {
            if let Some(neighbourhood_id) = *neighbourhood_id {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(list) = api::neighbourhoods().await {
                        neighbourhood.set(list.into_iter().find(|n| n.id == neighbourhood_id).map(|n| n.name));
                    }
                });
            }
        });
    }
    // Members: only for coordinators and the group's own members.
    {
        let (current, former) = (current.clone(), former.clone());
        use_effect_with((id, *reload, *show_former, manages), move |(id, _, show_former, manages)| {
            let (id, show_former, manages) = (*id, *show_former, *manages);
            if manages {
                wasm_bindgen_futures::spawn_local(async move {
                    current.set(Some(api::members(id, true).await));
                    if show_former {
                        former.set(Some(api::members(id, false).await));
                    }
                });
            }
        });
    }
    {
        let trained = trained.clone();
        use_effect_with((id, *reload, manages), move |(_, _, manages)| {
            if *manages {
                wasm_bindgen_futures::spawn_local(async move {
                    // Without the list the members show without the marker; nothing else depends on it.
                    if let Ok(people) = api::all_people().await {
                        trained.set(people.into_iter().filter(|p| p.training_completed).map(|p| p.id).collect());
                    }
                });
            }
        });
    }

    // Move focus to the confirmation when it opens, so the keyboard lands on the question.
    use_effect_with(*confirming, |confirming| {
        if let Some(mid) = confirming {
            focus_by_id(&format!("confirm-end-{mid}"));
        }
    });

    let (Some(g), etag) = (group.value().cloned(), group.etag()) else {
        return html! {
            <LoadingPage title={i18n.t("group-title")} error={group.error().map(|e| AttrValue::from(error_text(&i18n, e)))}
                back={Some((Route::Groups, AttrValue::from(i18n.t("back-to-groups"))))} />
        };
    };

    let activate = {
        let (group, activation) = (group.clone(), activation.clone());
        Callback::from(move |_| {
            if activation.busy() {
                return;
            }
            let (group, etag) = (group.clone(), etag.clone());
            let patch = GroupPatch { status: Some(GroupStatus::Active), ..GroupPatch::default() };
            activation.run(
                async move { api::patch_group(id, &patch, etag).await },
                |i18n, reply: &Reply<Group>| {
                    i18n.ta("group-activated", &[("name", Arg::Text(reply.value.name.clone()))])
                },
                move |reply| group.set(reply.value, reply.etag),
            );
        })
    };

    let on_added = {
        let reload = reload.clone();
        Callback::from(move |_| reload.set(*reload + 1))
    };

    let toggle_former = {
        let show_former = show_former.clone();
        Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            show_former.set(checked);
        })
    };

    let end_membership = {
        let (confirming, end_error, reload) = (confirming.clone(), end_error.clone(), reload.clone());
        let (announce, i18n) = (announce.clone(), i18n.clone());
        Callback::from(move |membership: Membership| {
            let (confirming, end_error, reload) = (confirming.clone(), end_error.clone(), reload.clone());
            let (announce, i18n) = (announce.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let today = chrono::Local::now().date_naive();
                let patch = MembershipPatch { left_on: Some(today), ..MembershipPatch::default() };
                match api::patch_member(id, membership.id, &patch).await {
                    Ok(_) => {
                        confirming.set(None);
                        end_error.set(None);
                        announce.emit(i18n.ta("member-ended", &[("name", Arg::Text(membership.person_name.clone()))]));
                        reload.set(*reload + 1);
                        focus_by_id("members-title");
                    }
                    Err(e) => end_error.set(Some(e)),
                }
            });
        })
    };

    let member_list = |list: &[Membership], former_list: bool| -> Html {
        if list.is_empty() {
            let text = if former_list { i18n.t("members-former-empty") } else { i18n.t("members-empty") };
            return html! { <p>{ text }</p> };
        }
        html! {
            <ul class="cards members" role="list">
                { for list.iter().map(|m| member_card(&i18n, m, trained.contains(&m.person_id), MemberActions {
                    can_end: session.ends_membership(m) && m.is_current && g.status != GroupStatus::Ended,
                    confirming: *confirming == Some(m.id),
                    ask: {
                        let confirming = confirming.clone();
                        let mid = m.id;
                        Callback::from(move |_| {
                            confirming.set(Some(mid));
                        })
                    },
                    cancel: {
                        let confirming = confirming.clone();
                        let mid = m.id;
                        Callback::from(move |_| {
                            confirming.set(None);
                            focus_by_id(&format!("end-{mid}"));
                        })
                    },
                    confirm: {
                        let end_membership = end_membership.clone();
                        let membership = m.clone();
                        Callback::from(move |_| end_membership.emit(membership.clone()))
                    },
                })) }
            </ul>
        }
    };

    let members_section = if manages {
        let current_html = match &*current {
            None => html! { <Loading /> },
            Some(Err(e)) => {
                html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> }
            }
            Some(Ok(list)) => member_list(list, false),
        };
        let former_html = match (*show_former, &*former) {
            (false, _) => Html::default(),
            (true, None) => html! { <Loading /> },
            (true, Some(Err(e))) => {
                html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> }
            }
            (true, Some(Ok(list))) => html! {
                <>
                    <h3 class="former-title">{ i18n.t("members-former-title") }</h3>
                    { member_list(list, true) }
                </>
            },
        };
        html! {
            <>
                <div class="toggle">
                    <input type="checkbox" id="show-former" checked={*show_former} onchange={toggle_former} />
                    <label for="show-former">{ i18n.t("members-show-former") }</label>
                </div>
                { current_html }
                { former_html }
            </>
        }
    } else {
        html! { <p>{ i18n.t("members-hidden") }</p> }
    };

    let activate_message = activation.error().map(|e| AttrValue::from(error_text(&i18n, e)));
    let activate_details: Vec<String> =
        activation.error().map(|e| e.unmet_rules().iter().map(|r| i18n.unmet_rule(*r)).collect()).unwrap_or_default();
    let end_message = end_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)));
    let can_activate = session.coordinates() && g.status == GroupStatus::Forming;

    html! {
        <article class="page" aria-labelledby="page-title">
            <p class="breadcrumb"><Link<Route> to={Route::Groups}>{ i18n.t("back-to-groups") }</Link<Route>></p>
            <div class="page-head">
                <h1 id="page-title">{ g.name.clone() }</h1>
                <StatusBadge status={g.status} />
            </div>
            if let Some(message) = activation.notice() {
                <div class="alert alert-info"><p>{ message.clone() }</p></div>
            }

            <section class="card" aria-labelledby="details-title">
                <div class="card-head">
                    <h2 id="details-title">{ i18n.t("group-details") }</h2>
                    if manages && g.status != GroupStatus::Ended {
                        <Link<Route> classes="button" to={Route::EditGroup { id }}>{ i18n.t("group-edit") }</Link<Route>>
                    }
                </div>
                <dl class="details">
                    <dt>{ i18n.t("group-field-neighbourhood") }</dt>
                    <dd>{ (*neighbourhood).clone().unwrap_or_else(|| "–".into()) }</dd>
                    <dt>{ i18n.t("group-field-meeting-place") }</dt>
                    <dd>{ g.meeting_place.clone().unwrap_or_else(|| i18n.t("not-given")) }</dd>
                    <dt>{ i18n.t("group-field-description") }</dt>
                    <dd>{ g.description.clone().unwrap_or_else(|| i18n.t("not-given")) }</dd>
                </dl>
            </section>

            <section class="card" aria-labelledby="agenda-title">
                <div class="card-head">
                    <h2 id="agenda-title">{ i18n.t("group-agenda") }</h2>
                    if manages && g.status != GroupStatus::Ended {
                        <Link<Route, NewEventQuery> classes="button" to={Route::NewEvent}
                            query={Some(NewEventQuery { group: id })}>
                            { i18n.t("event-new") }
                        </Link<Route, NewEventQuery>>
                    }
                </div>
                <p>{ i18n.t("group-agenda-intro") }</p>
                <p><Link<Route> to={Route::GroupAgenda { id }}>{ i18n.t("group-agenda-link") }</Link<Route>></p>
            </section>

            <section class="card" aria-labelledby="questions-card-title">
                <div class="card-head">
                    <h2 id="questions-card-title">{ i18n.t("group-questions") }</h2>
                    if manages && g.status != GroupStatus::Ended {
                        <Link<Route> classes="button" to={Route::NewQuestion { id }}>{ i18n.t("questions-new") }</Link<Route>>
                    }
                </div>
                <p>{ i18n.t("group-questions-intro") }</p>
                <ul class="link-list">
                    if manages {
                        <li><Link<Route> to={Route::GroupQuestions { id }}>{ i18n.t("group-questions-link") }</Link<Route>></li>
                        <li><Link<Route> to={Route::GroupFaq { id }}>{ i18n.t("group-faq-link") }</Link<Route>></li>
                    }
                    <li><Link<Route> to={Route::Ask { slug: g.slug.clone() }}>{ i18n.t("group-ask-link") }</Link<Route>></li>
                    <li><Link<Route> to={Route::Organisations}>{ i18n.t("group-organisations-link") }</Link<Route>></li>
                </ul>
            </section>

            <section class="card" aria-labelledby="site-card-title">
                <h2 id="site-card-title">{ i18n.t("group-site") }</h2>
                <p>{ i18n.t("group-site-intro") }</p>
                <ul class="link-list">
                    <li><Link<Route> to={Route::GroupSite { slug: g.slug.clone() }}>{ i18n.t("group-site-open") }</Link<Route>></li>
                    if manages {
                        <li><Link<Route> to={Route::SiteSettings { id }}>{ i18n.t("group-site-settings") }</Link<Route>></li>
                        <li><Link<Route> to={Route::GroupStories { id }}>{ i18n.t("group-stories") }</Link<Route>></li>
                        <li><Link<Route> to={Route::GroupTime { id }}>{ i18n.t("group-time") }</Link<Route>></li>
                    }
                </ul>
            </section>

            <GoalsSection group_id={id} {manages} />

            <section class="card" aria-labelledby="composition-title">
                <h2 id="composition-title">{ i18n.t("composition-title") }</h2>
                <CompositionSummary composition={g.composition.clone()} show_training=true />
                if can_activate {
                    <div class="actions">
                        <button type="button" class="button button-primary" onclick={activate}
                            aria-describedby="activate-hint" aria-disabled={activation.busy().then_some("true")}>
                            { i18n.t("group-activate") }
                        </button>
                        <p class="hint" id="activate-hint">{ i18n.t("group-activate-hint") }</p>
                    </div>
                    <ErrorAlert message={activate_message} details={activate_details} />
                }
            </section>

            <section class="card" aria-labelledby="members-title">
                <h2 id="members-title" tabindex="-1">{ i18n.t("members-title") }</h2>
                <ErrorAlert message={end_message} details={other_field_errors(&i18n, end_error.as_ref(), &[])} />
                { members_section }
            </section>

            if manages && g.status != GroupStatus::Ended {
                <section class="card" aria-labelledby="add-member-title">
                    <h2 id="add-member-title">{ i18n.t("add-member-title") }</h2>
                    <AddMemberForm group_id={id} {on_added} />
                </section>
            }
        </article>
    }
}

struct MemberActions {
    can_end: bool,
    confirming: bool,
    ask: Callback<MouseEvent>,
    cancel: Callback<MouseEvent>,
    confirm: Callback<MouseEvent>,
}

fn member_card(i18n: &I18n, m: &Membership, trained: bool, actions: MemberActions) -> Html {
    let kind = match (m.kind, m.professional_role) {
        (MembershipKind::Professional, Some(role)) => {
            format!("{} – {}", i18n.membership_kind(m.kind), i18n.professional_role(role))
        }
        (kind, _) => i18n.membership_kind(kind),
    };
    let name = m.person_name.clone();
    html! {
        <li class="card member-card">
            // Former members sit under the "Former members" heading, one level down.
            if m.is_current {
                <h3>{ name.clone() }</h3>
            } else {
                <h4>{ name.clone() }</h4>
            }
            if trained {
                <p class="badges">
                    <span class="badge badge-trained">
                        <span aria-hidden="true">{ i18n.t("availability-symbol-yes") }{ " " }</span>{ i18n.t("person-trained") }
                    </span>
                </p>
            }
            <dl class="details">
                <dt>{ i18n.t("member-kind") }</dt>
                <dd>{ kind }</dd>
                if let Some(organisation) = &m.organisation {
                    <dt>{ i18n.t("member-organisation") }</dt>
                    <dd>{ organisation.clone() }</dd>
                }
                <dt>{ i18n.t("member-joined") }</dt>
                <dd>{ i18n.date(m.joined_on) }</dd>
                if let Some(left) = m.left_on {
                    <dt>{ i18n.t("member-left") }</dt>
                    <dd>{ i18n.date(left) }</dd>
                }
            </dl>
            if actions.can_end {
                if actions.confirming {
                    <div class="confirm" role="group" aria-labelledby={format!("confirm-text-{}", m.id)}>
                        <p id={format!("confirm-text-{}", m.id)}>
                            { i18n.ta("member-end-question", &[("name", Arg::Text(name.clone()))]) }
                        </p>
                        <div class="actions">
                            <button type="button" class="button button-danger" id={format!("confirm-end-{}", m.id)}
                                onclick={actions.confirm}>
                                { i18n.t("member-end-confirm") }
                            </button>
                            <button type="button" class="button" onclick={actions.cancel}>{ i18n.t("cancel") }</button>
                        </div>
                    </div>
                } else {
                    <div class="actions">
                        <button type="button" class="button" id={format!("end-{}", m.id)} onclick={actions.ask}>
                            { i18n.t("member-end") }
                            <span class="visually-hidden">{ " " }{ i18n.ta("member-end-of", &[("name", Arg::Text(name))]) }</span>
                        </button>
                    </div>
                }
            }
        </li>
    }
}
