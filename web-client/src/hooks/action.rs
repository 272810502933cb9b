//! An action on an item of a list page (a new link, a new secret, a change of role): run it, and
//! on failure show the error above the list and move focus there, so a keyboard or screen-reader
//! user hears what went wrong.

use std::future::Future;

use yew::UseStateHandle;

use crate::api::ApiError;
use crate::components::confirm::focus_by_id;

/// Runs `action`; on success clears `error` and calls `done` with the result, on failure sets
/// `error` and focuses the element `focus_id` (the list's heading).
pub fn run_action<T: 'static>(
    action: impl Future<Output = Result<T, ApiError>> + 'static,
    error: UseStateHandle<Option<ApiError>>,
    focus_id: &'static str,
    done: impl FnOnce(T) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        match action.await {
            Ok(value) => {
                error.set(None);
                done(value);
            }
            Err(e) => {
                error.set(Some(e));
                focus_by_id(focus_id);
            }
        }
    });
}
