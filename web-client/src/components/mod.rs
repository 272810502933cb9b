//! Building blocks shared by the pages.

pub mod add_member;
pub mod composition;
pub mod field;
pub mod layout;
pub mod problem;
