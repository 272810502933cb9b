//! Validation rules for request bodies that `validator`'s built-in rules do not cover. Each
//! returns the error code and message that end up in a problem's `errors` list.

use validator::ValidationError;

fn error(code: &'static str, message: &'static str) -> ValidationError {
    ValidationError::new(code).with_message(message.into())
}

/// An error of a rule on several members together (a `schema` rule, which `validator` files under
/// `__all__`): `pointer` names the member the person has to change, and the API's body reader
/// lists it under that member like any other problem.
pub fn on_member(pointer: &'static str, code: &'static str, message: &'static str) -> ValidationError {
    let mut error = error(code, message);
    error.add_param("pointer".into(), &pointer);
    error
}

/// From the AVG: a name or contact details are kept only when the person agrees. Blank values
/// count as not given.
pub fn contact_consent(consent: bool, details: &[&Option<String>]) -> Result<(), ValidationError> {
    let given = details.iter().any(|d| d.as_deref().is_some_and(|d| !d.trim().is_empty()));
    if given && !consent {
        return Err(on_member(
            "/contactConsent",
            "required",
            "A name or contact details are kept only when the person agrees; tick the consent or leave them out.",
        ));
    }
    Ok(())
}

/// A moment of the past year: not in the future (with five minutes of slack for a phone whose
/// clock runs ahead), and not longer ago than a year, so that a mistyped year cannot distort the
/// response times in the reports.
pub fn in_past_year(value: &chrono::DateTime<chrono::Utc>) -> Result<(), ValidationError> {
    let now = chrono::Utc::now();
    if *value > now + chrono::TimeDelta::minutes(5) {
        return Err(error("range", "Cannot be in the future."));
    }
    if *value < now - chrono::TimeDelta::days(366) {
        return Err(error("range", "Cannot be more than a year ago."));
    }
    Ok(())
}

/// A honeypot field: people do not see it and leave it empty; forms filled in by robots fill it.
pub fn left_empty(value: &str) -> Result<(), ValidationError> {
    if !value.trim().is_empty() {
        return Err(error("invalid_value", "Leave this field empty."));
    }
    Ok(())
}

/// The years a date or instant of the programme lies in (from the product: a date outside them
/// is a typing mistake, such as `0202` for `2026`, not a plan).
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// What has a calendar year: a day or an instant (also behind the reference `validator` passes
/// for an optional member).
pub trait InYear {
    /// The year, in the value's own calendar date.
    fn calendar_year(&self) -> i32;
}

impl InYear for chrono::NaiveDate {
    fn calendar_year(&self) -> i32 {
        chrono::Datelike::year(self)
    }
}

impl<Tz: chrono::TimeZone> InYear for chrono::DateTime<Tz> {
    fn calendar_year(&self) -> i32 {
        chrono::Datelike::year(&self.naive_utc())
    }
}

impl<T: InYear> InYear for &T {
    fn calendar_year(&self) -> i32 {
        (*self).calendar_year()
    }
}

/// A date or instant in [`PLAUSIBLE_YEARS`].
pub fn plausible_date<T: InYear>(value: &T) -> Result<(), ValidationError> {
    if !PLAUSIBLE_YEARS.contains(&value.calendar_year()) {
        return Err(error("range", "Must lie in the years 2000 to 2100."));
    }
    Ok(())
}

/// A duration as people write it (`1:30`, `2`, `1,5`), as [`crate::parse_duration`] reads it.
pub fn duration(value: &str) -> Result<(), ValidationError> {
    crate::parse_duration(value)
        .map(|_| ())
        .map_err(|words| ValidationError::new("invalid_value").with_message(words.into()))
}

/// Scopes a client can use: `personal_data` widens what `read` and `write` show and take; alone
/// it opens no operation.
pub fn usable_scopes(scopes: &[crate::Scope]) -> Result<(), ValidationError> {
    use crate::Scope::{PersonalData, Read, Write};
    if scopes.contains(&PersonalData) && !scopes.iter().any(|s| matches!(s, Read | Write)) {
        return Err(error("invalid_value", "Personal data goes with reading or writing: add `read` or `write`."));
    }
    Ok(())
}

/// An instant still to come (an API client's end).
pub fn in_future(value: &chrono::DateTime<chrono::Utc>) -> Result<(), ValidationError> {
    if *value <= chrono::Utc::now() {
        return Err(error("range", "The end must be in the future."));
    }
    Ok(())
}

/// Names and titles: not empty and not only spaces.
pub fn not_blank(value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        return Err(error("length", "Must not be empty or only spaces."));
    }
    Ok(())
}

/// A Dutch postcode: four digits (not starting with 0), an optional space, two capital letters.
pub fn postcode(value: &str) -> Result<(), ValidationError> {
    let compact: Vec<char> = value.chars().filter(|c| *c != ' ').collect();
    let valid = value.len() <= 7
        && compact.len() == 6
        && compact[0] != '0'
        && compact[..4].iter().all(char::is_ascii_digit)
        && compact[4..].iter().all(char::is_ascii_uppercase)
        && value.chars().filter(|c| *c == ' ').count() <= 1
        && (value.len() == 6 || value.chars().nth(4) == Some(' '));
    if !valid {
        return Err(error("pattern", "Must be a Dutch postcode such as `1234 AB`."));
    }
    Ok(())
}

/// A phone number: digits with optional `+`, spaces, hyphens and parentheses; 6–15 digits.
pub fn phone(value: &str) -> Result<(), ValidationError> {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    if !allowed || !(6..=15).contains(&digits) {
        return Err(error("pattern", "Must be a phone number: 6 to 15 digits, with +, spaces, - or ( ) if you like."));
    }
    Ok(())
}

fn cbs_code(value: &str, prefix: &str, digits: usize) -> bool {
    value.strip_prefix(prefix).is_some_and(|rest| rest.len() == digits && rest.chars().all(|c| c.is_ascii_digit()))
}

/// A CBS buurt code: `BU` + 8 digits.
pub fn buurt_code(value: &str) -> Result<(), ValidationError> {
    if cbs_code(value, "BU", 8) {
        Ok(())
    } else {
        Err(error("pattern", "Must be a CBS code: `BU` followed by 8 digits."))
    }
}

/// A CBS wijk code: `WK` + 6 digits.
pub fn wijk_code(value: &str) -> Result<(), ValidationError> {
    if cbs_code(value, "WK", 6) {
        Ok(())
    } else {
        Err(error("pattern", "Must be a CBS code: `WK` followed by 6 digits."))
    }
}

/// A CBS gemeente code: `GM` + 4 digits.
pub fn gemeente_code(value: &str) -> Result<(), ValidationError> {
    if cbs_code(value, "GM", 4) {
        Ok(())
    } else {
        Err(error("pattern", "Must be a CBS code: `GM` followed by 4 digits."))
    }
}

/// Training topics: each 1–200 characters and not blank.
pub fn topics(value: &[String]) -> Result<(), ValidationError> {
    if value.iter().any(|t| t.trim().is_empty() || t.chars().count() > 200) {
        return Err(error("length", "Each topic must be 1 to 200 characters long."));
    }
    Ok(())
}

/// Resource tags: each 1–50 characters, not blank (from the product: short words residents
/// search by, such as `repair` or `coffee`).
pub fn tags(value: &[String]) -> Result<(), ValidationError> {
    if value.iter().any(|t| t.trim().is_empty() || t.chars().count() > 50) {
        return Err(error("length", "Each tag must be 1 to 50 characters long."));
    }
    Ok(())
}

/// Languages as BCP 47 tags in their simple form: a 2–3 letter language, optionally a region or
/// script (`nl`, `en-GB`, `zh-Hant`).
pub fn languages(value: &[String]) -> Result<(), ValidationError> {
    let valid = |tag: &str| {
        let mut parts = tag.split('-');
        let language = parts.next().unwrap_or_default();
        (2..=3).contains(&language.len())
            && language.chars().all(|c| c.is_ascii_alphabetic())
            && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
    };
    if value.iter().any(|t| !valid(t.trim())) {
        return Err(error("pattern", "Each language must be a language tag such as `nl`, `en` or `ar`."));
    }
    Ok(())
}

/// Each value once: a list of choices that repeats one is a mistake, not a wish.
pub fn each_once<T: PartialEq>(values: &[T]) -> Result<(), ValidationError> {
    for (i, value) in values.iter().enumerate() {
        if values[..i].contains(value) {
            return Err(error("unique", "Name each value once."));
        }
    }
    Ok(())
}

/// A consent that must be given (AVG): name and contact details are kept only when the person
/// agrees.
pub fn agreed(consent: &bool) -> Result<(), ValidationError> {
    if *consent {
        Ok(())
    } else {
        Err(error("required", "Your name and how to reach you are kept only when you agree; tick the consent."))
    }
}

/// A web address people may follow: `http` or `https` only (a `javascript:` or `data:` address in
/// a link would run in the reader's session).
pub fn web_address(url: &str) -> Result<(), ValidationError> {
    let scheme = url.trim().split(':').next().unwrap_or_default().to_ascii_lowercase();
    if scheme == "http" || scheme == "https" {
        Ok(())
    } else {
        Err(error("url", "Must be an http or https address, such as https://www.example.org."))
    }
}

/// One item of the lists that [`tags`], [`languages`] and [`topics`] check, as the OpenAPI
/// document shows it (`schema(value_type = Vec<rules::Tag>)`), so that a generated validator or a
/// fuzzer knows each item's limits as the server does.
macro_rules! item_schema {
    ($(#[doc = $doc:literal])* $name:ident => $schema:expr) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                let text = utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .description(Some([$($doc),*].map(str::trim).join(" ")));
                #[allow(clippy::redundant_closure_call)]
                ($schema)(text).build().into()
            }
        }

        impl utoipa::ToSchema for $name {
            fn name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
        }
    };
}

item_schema! {
    /// A resource tag: 1–50 characters, kept in lower case.
    Tag => |s: utoipa::openapi::schema::ObjectBuilder| s.min_length(Some(1)).max_length(Some(50)).examples(["tuin"])
}

item_schema! {
    /// A language as a BCP 47 tag in its simple form: a 2–3 letter language, optionally a region or
    /// script (`nl`, `en-GB`, `zh-Hant`).
    LanguageTag => |s: utoipa::openapi::schema::ObjectBuilder| s
        .pattern(Some("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"))
        .examples(["nl"])
}

item_schema! {
    /// A training topic: 1–200 characters, not blank.
    TrainingTopic => |s: utoipa::openapi::schema::ObjectBuilder| s
        .min_length(Some(1))
        .max_length(Some(200))
        .examples(["Het goede gesprek"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes() {
        for good in ["1234 AB", "1234AB", "9901 ZZ"] {
            assert!(postcode(good).is_ok(), "{good}");
        }
        for bad in ["0123 AB", "1234 ab", "12 AB", "1234  AB", "1234 ABC", "12345 A", " 1234AB"] {
            assert!(postcode(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phones_and_codes() {
        assert!(phone("06-12345678").is_ok());
        assert!(phone("+31 (0)20 123 4567").is_ok());
        assert!(phone("abcdefgh").is_err());
        assert!(phone("12345").is_err());
        assert!(buurt_code("BU03630001").is_ok());
        assert!(buurt_code("BU0363000").is_err());
        assert!(wijk_code("WK036300").is_ok());
        assert!(gemeente_code("GM0363").is_ok());
        assert!(gemeente_code("GM12345").is_err());
        assert!(not_blank("  ").is_err());
        assert!(web_address("https://www.example.org").is_ok() && web_address("HTTP://x.nl").is_ok());
        for bad in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "ftp://x", " vbscript:x"] {
            assert!(web_address(bad).is_err(), "{bad}");
        }
    }
}
