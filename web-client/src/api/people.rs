//! People: members, professionals and anyone else the programme knows.

use api_types::{NewPerson, Page, Person};
use gloo_net::http::Method;

use super::{encode, get, get_all, request, url, ApiError, ApiRequest};

/// `GET /people`, filtered on name, or the page at a `next` link.
pub async fn people(name: &str, page: Option<String>) -> Result<Page<Person>, ApiError> {
    let first = || {
        let name = name.trim();
        if name.is_empty() {
            url("/people")
        } else {
            url(&format!("/people?name={}", encode(name)))
        }
    };
    get(page.unwrap_or_else(first)).await
}

/// `POST /people`.
pub async fn create_person(new: &NewPerson) -> Result<Person, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/people")).json(new, "application/json")).await?.value)
}

/// Everyone the account may see, for looking up what a membership does not carry (such as
/// whether the person completed a training).
pub async fn all_people() -> Result<Vec<Person>, ApiError> {
    get_all(url("/people?pageSize=100")).await
}
