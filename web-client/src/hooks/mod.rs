//! The two cycles most pages share, as hooks: loading what a page shows ([`use_loaded`]) and
//! saving a form or an action ([`use_save`]).

mod loaded;
mod save;

pub use loaded::{use_loaded, use_loaded_anew, use_loaded_for, use_loaded_with_etag, Loaded};
pub use save::{use_save, LocalProblem, Save};
