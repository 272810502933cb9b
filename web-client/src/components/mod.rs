//! Building blocks shared by every feature: form fields and choices, the layout, problem details in words,
//! confirmations, a personal link to copy, and what a page shows while it loads or when an address
//! leads nowhere.

pub mod choices;
pub mod confirm;
pub mod evenings;
pub mod field;
pub mod layout;
pub mod loading;
pub mod map;
pub mod not_found;
pub mod personal_link;
pub mod problem;
