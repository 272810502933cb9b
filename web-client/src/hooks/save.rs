//! Saving a form or an action: busy while the request runs; when someone else changed the data
//! meanwhile (412) a notice says so, is announced, and the page reloads; on success the page's
//! own message is announced and the page goes on (say, to the saved item). The errors of the
//! form's fields, the API's and those found before sending, come from here too.

use std::future::Future;

use yew::prelude::*;

use crate::announce::use_announce;
use crate::api::ApiError;
use crate::components::problem::{error_text, field_error, other_field_errors};
use crate::i18n::{use_locale, I18n};

/// An input found wrong before sending: its JSON pointer and the message key.
pub type LocalProblem = (&'static str, &'static str);

/// The handle [`use_save`] gives a page.
#[derive(Clone)]
pub struct Save {
    busy: UseStateHandle<bool>,
    error: UseStateHandle<Option<ApiError>>,
    local: UseStateHandle<Vec<LocalProblem>>,
    notice: UseStateHandle<Option<String>>,
    announce: Callback<String>,
    i18n: I18n,
    changed_elsewhere: &'static str,
    reload: Callback<()>,
}

impl Save {
    /// Whether a save is under way (the submit button says so with `aria-disabled`).
    pub fn busy(&self) -> bool {
        *self.busy
    }

    /// The API's answer to the last save, when it failed.
    pub fn error(&self) -> Option<&ApiError> {
        self.error.as_ref()
    }

    /// The notice that someone else changed the data meanwhile.
    pub fn notice(&self) -> Option<&String> {
        self.notice.as_ref()
    }

    /// Whether inputs were found wrong before sending.
    pub fn has_local_problems(&self) -> bool {
        !self.local.is_empty()
    }

    /// Shows problems found before sending, instead of sending (and of the last API error).
    pub fn invalid(&self, problems: Vec<LocalProblem>) {
        self.error.set(None);
        self.local.set(problems);
    }

    /// Shows an error that did not come from saving (say, a failed load the form depends on).
    pub fn fail(&self, error: ApiError) {
        self.error.set(Some(error));
    }

    /// Sends `request`. On success the error goes, `announcement` of the answer is announced,
    /// and `then` goes on with it; on 412 the notice is set and announced and the page reloads;
    /// any other error is kept for the form.
    pub fn run<T, Fut>(
        &self,
        request: Fut,
        announcement: impl FnOnce(&I18n, &T) -> String + 'static,
        then: impl FnOnce(T) + 'static,
    ) where
        T: 'static,
        Fut: Future<Output = Result<T, ApiError>> + 'static,
    {
        self.local.set(Vec::new());
        self.busy.set(true);
        let save = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = request.await;
            save.busy.set(false);
            match result {
                Ok(value) => {
                    save.error.set(None);
                    save.notice.set(None);
                    save.announce.emit(announcement(&save.i18n, &value));
                    then(value);
                }
                Err(e) if e.status() == Some(412) => {
                    let message = save.i18n.t(save.changed_elsewhere);
                    save.announce.emit(message.clone());
                    save.notice.set(Some(message));
                    save.error.set(None);
                    save.reload.emit(());
                }
                Err(e) => save.error.set(Some(e)),
            }
        });
    }

    /// The error beside the field at `pointer`: the API's, else one found before sending.
    pub fn field_error(&self, pointer: &str) -> Option<AttrValue> {
        field_error(&self.i18n, self.error(), pointer).or_else(|| {
            self.local.iter().find(|(p, _)| *p == pointer).map(|(_, message)| AttrValue::from(self.i18n.t(message)))
        })
    }

    /// The sentence at the top of the form: the API's error, else that some inputs are wrong.
    pub fn form_error(&self) -> Option<AttrValue> {
        self.error()
            .map(|e| AttrValue::from(error_text(&self.i18n, e)))
            .or_else(|| self.has_local_problems().then(|| AttrValue::from(self.i18n.t("error-invalid-input"))))
    }

    /// The invalid inputs the API reports that the form has no field for (`shown`).
    pub fn other_errors(&self, shown: &[&str]) -> Vec<String> {
        other_field_errors(&self.i18n, self.error(), shown)
    }
}

/// The save cycle of a form. `changed_elsewhere` is the message key of the notice after a 412;
/// `reload` loads the data again then.
#[hook]
pub fn use_save(changed_elsewhere: &'static str, reload: Callback<()>) -> Save {
    let i18n = use_locale().i18n;
    let announce = use_announce();
    let busy = use_state(|| false);
    let error = use_state(|| None::<ApiError>);
    let local = use_state(Vec::<LocalProblem>::new);
    let notice = use_state(|| None::<String>);
    Save { busy, error, local, notice, announce, i18n, changed_elsewhere, reload }
}
