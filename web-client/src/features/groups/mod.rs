//! Groups: the overview, one group with its members, the create and edit form, and the widgets
//! for the composition and for adding a member.

pub mod add_member;
pub mod composition;
mod form;
mod group;
mod list;

pub use form::GroupFormPage;
pub use group::GroupPage;
pub use list::GroupsPage;
