//! What the neighbourhood has: the resources list with its filters and map, the list of what is
//! due for a check, and the phone-first form to add or change a resource.

mod form;
mod list;

pub use form::ResourceFormPage;
pub use list::ResourcesPage;

use api_types::{Audience, ResourceKind, ResourceStatus};
use yew::AttrValue;

use crate::i18n::I18n;

/// Options of a select: an empty first choice, then every value in words.
fn options<T: Copy>(
    all: &[T],
    first: String,
    as_str: fn(T) -> &'static str,
    words: impl Fn(T) -> String,
) -> Vec<(AttrValue, AttrValue)> {
    let mut options = vec![(AttrValue::from(""), AttrValue::from(first))];
    options.extend(all.iter().map(|v| (AttrValue::from(as_str(*v)), AttrValue::from(words(*v)))));
    options
}

fn kind_options(i18n: &I18n, first: String) -> Vec<(AttrValue, AttrValue)> {
    options(&ResourceKind::ALL, first, ResourceKind::as_str, |k| i18n.resource_kind(k))
}

fn status_options(i18n: &I18n, first: String) -> Vec<(AttrValue, AttrValue)> {
    options(&ResourceStatus::ALL, first, ResourceStatus::as_str, |s| i18n.resource_status(s))
}

fn audience_options(i18n: &I18n) -> Vec<(AttrValue, AttrValue)> {
    Audience::ALL.iter().map(|a| (AttrValue::from(a.as_str()), AttrValue::from(i18n.audience(*a)))).collect()
}
