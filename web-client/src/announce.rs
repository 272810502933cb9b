//! Status messages for screen readers: one polite live region in the layout, fed through a
//! context, so a page can say "member added" without moving focus.

use std::rc::Rc;

use yew::prelude::*;

/// The last announcement; the counter makes a repeated message count as new.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Announcement {
    /// The text read out.
    pub message: String,
    serial: u32,
}

impl Reducible for Announcement {
    type Action = String;

    fn reduce(self: Rc<Self>, message: String) -> Rc<Self> {
        Rc::new(Announcement { message, serial: self.serial.wrapping_add(1) })
    }
}

/// Properties of [`AnnouncerProvider`].
#[derive(Debug, Properties, PartialEq)]
pub struct AnnouncerProviderProps {
    /// The app.
    pub children: Html,
}

/// Provides the announcement context.
#[function_component]
pub fn AnnouncerProvider(props: &AnnouncerProviderProps) -> Html {
    let announcement = use_reducer(Announcement::default);
    html! {
        <ContextProvider<UseReducerHandle<Announcement>> context={announcement}>
            { props.children.clone() }
        </ContextProvider<UseReducerHandle<Announcement>>>
    }
}

/// A callback that announces a message in the live region.
#[hook]
pub fn use_announce() -> Callback<String> {
    let context = use_context::<UseReducerHandle<Announcement>>();
    Callback::from(move |message: String| {
        if let Some(context) = &context {
            context.dispatch(message);
        }
    })
}

/// The live region itself: visually hidden, read out politely.
#[function_component]
pub fn LiveRegion() -> Html {
    let announcement = use_context::<UseReducerHandle<Announcement>>();
    let message = announcement.map(|a| a.message.clone()).unwrap_or_default();
    html! {
        <div id="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ message }</div>
    }
}
