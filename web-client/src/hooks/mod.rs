//! The cycles most pages share, as hooks: loading what a page shows ([`use_loaded`]), saving a
//! form or an action ([`use_save`]), and an action on an item of a list ([`run_action`]).

mod action;
mod loaded;
mod save;

pub use action::run_action;
pub use loaded::{use_loaded, use_loaded_anew, use_loaded_for, use_loaded_with_etag, Loaded};
pub use save::{use_save, LocalProblem, Save};
