//! How people's details are kept, without a database.

use crate::web::body::blank_to_none;

/// A text detail as stored: trimmed, `None` when blank.
pub fn stored_text(value: Option<&str>) -> Option<String> {
    blank_to_none(value)
}

/// An email as stored: trimmed, lower case, `None` when blank.
pub fn stored_email(value: Option<&str>) -> Option<String> {
    blank_to_none(value).map(|e| e.to_lowercase())
}

/// The `LIKE` pattern for a name filter, any case: `None` for a blank filter. LIKE's own
/// wildcards in the filter are taken literally by dropping them.
pub fn name_pattern(filter: &str) -> Option<String> {
    let filter = filter.trim();
    (!filter.is_empty()).then(|| format!("%{}%", filter.to_lowercase().replace(['\\', '%', '_'], "")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_are_kept_trimmed_and_emails_in_lower_case() {
        assert_eq!(stored_email(Some("  Anouk@Example.org ")), Some("anouk@example.org".into()));
        assert_eq!(stored_text(Some("   ")), None);
        assert_eq!(name_pattern(" An%_ "), Some("%an%".into()));
        assert_eq!(name_pattern("  "), None);
    }
}
