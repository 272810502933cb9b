//! Who is logged in: a reducer shared through a context provider.
//!
//! On start the provider asks for a new access token with the refresh cookie, so a reload keeps
//! the session without the token ever touching storage.

use std::rc::Rc;

use api_types::{Me, Membership, MembershipKind, Role};
use uuid::Uuid;
use yew::prelude::*;

use crate::api;

/// The state of the session.
#[derive(Debug, Clone, PartialEq)]
pub enum Session {
    /// Finding out whether an earlier session can be restored.
    Restoring,
    /// Nobody is logged in.
    Anonymous,
    /// Logged in as this account.
    LoggedIn(Rc<Me>),
}

impl Session {
    /// The logged-in account, if any.
    pub fn me(&self) -> Option<&Me> {
        match self {
            Session::LoggedIn(me) => Some(me),
            _ => None,
        }
    }

    /// Whether the account coordinates the programme (coordinators and admins): it creates
    /// groups, activates them and sees every group's members.
    pub fn coordinates(&self) -> bool {
        self.me().is_some_and(|me| me.account.role.sees_everything())
    }

    /// Whether the account may change a group and its memberships: coordinators and admins, and
    /// the group's current members.
    pub fn manages_group(&self, group_id: Uuid) -> bool {
        self.coordinates() || self.me().is_some_and(|me| me.group_ids.contains(&group_id))
    }

    /// Whether the account may end this membership, as the API decides: whoever manages the
    /// group ends a resident's; a professional's only a coordinator or the professional themself
    /// (from the programme: one or two professionals are always involved).
    pub fn ends_membership(&self, membership: &Membership) -> bool {
        match membership.kind {
            MembershipKind::Resident => self.manages_group(membership.group_id),
            MembershipKind::Professional => {
                self.coordinates() || self.me().is_some_and(|me| me.account.person_id == Some(membership.person_id))
            }
        }
    }

    /// The account's role, if logged in.
    pub fn role(&self) -> Option<Role> {
        self.me().map(|me| me.account.role)
    }
}

/// What can happen to the session.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionAction {
    /// Logged in, or the session was restored.
    LoggedIn(Me),
    /// Logged out, or the session could not be restored or renewed.
    LoggedOut,
}

impl Reducible for Session {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        Rc::new(match action {
            SessionAction::LoggedIn(me) => Session::LoggedIn(Rc::new(me)),
            SessionAction::LoggedOut => Session::Anonymous,
        })
    }
}

/// The session context: read it, or dispatch a [`SessionAction`].
pub type SessionHandle = UseReducerHandle<Session>;

/// Properties of [`SessionProvider`].
#[derive(Debug, Properties, PartialEq)]
pub struct SessionProviderProps {
    /// The app.
    pub children: Html,
}

/// Provides the [`SessionHandle`] context and restores an earlier session on start.
#[function_component]
pub fn SessionProvider(props: &SessionProviderProps) -> Html {
    let session = use_reducer(|| Session::Restoring);
    {
        let session = session.clone();
        use_effect_with((), move |_| {
            let lost = session.clone();
            api::set_on_session_lost(Some(Callback::from(move |_| lost.dispatch(SessionAction::LoggedOut))));
            wasm_bindgen_futures::spawn_local(async move {
                let restored = if !api::may_have_session() {
                    None
                } else {
                    match api::refresh().await {
                        Ok(_) => api::me().await.ok(),
                        Err(_) => None,
                    }
                };
                session.dispatch(match restored {
                    Some(me) => SessionAction::LoggedIn(me),
                    None => SessionAction::LoggedOut,
                });
            });
            || api::set_on_session_lost(None)
        });
    }
    html! {
        <ContextProvider<SessionHandle> context={session}>
            { props.children.clone() }
        </ContextProvider<SessionHandle>>
    }
}

/// The session context. Panics outside a [`SessionProvider`], which wraps the whole app.
#[hook]
pub fn use_session() -> SessionHandle {
    use_context::<SessionHandle>().expect("SessionProvider wraps the app")
}
