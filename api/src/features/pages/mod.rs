//! The public pages as the server sends them (`/groep/{slug}`, `/agenda`, `/agenda/{id}`,
//! `/vraag/{slug}`): the web client's `index.html` with the page's title, meta description, Open
//! Graph tags, schema.org JSON-LD (`Organization` for a group, `Event` for events, `FAQPage` for
//! a group's questions) and its readable text, rendered with askama. So the page reads with
//! JavaScript off, on an old phone before the app has loaded, and for search engines and chat
//! apps; the app replaces the server's part (`#server-page`) when it starts.

mod render;
mod routes;

pub use routes::configure;
