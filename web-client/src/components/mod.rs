//! Building blocks shared by the pages.

pub mod add_member;
pub mod composition;
pub mod confirm;
pub mod event;
pub mod field;
pub mod layout;
pub mod problem;
pub mod question;
pub mod training;
