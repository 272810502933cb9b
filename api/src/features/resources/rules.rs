//! Pure rules of resources: tags as kept, the opening hours syntax, a skill's owner, and when a
//! resource is due for a check.

use api_types::{Audience, ResourceKind, VERIFY_AFTER_MONTHS};
use chrono::{Months, NaiveDate};

/// Tags as kept: trimmed, lower case, each once, in the order given.
pub fn tags(given: &[String]) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for tag in given {
        let tag = tag.trim().to_lowercase();
        if !kept.contains(&tag) {
            kept.push(tag);
        }
    }
    kept
}

/// Languages as kept: trimmed, lower case, each once (BCP 47 tags compare without case).
pub fn languages(given: &[String]) -> Vec<String> {
    tags(given)
}

/// Whether `text` is valid OpenStreetMap `opening_hours` syntax (`Mo-Fr 09:00-17:00`).
pub fn osm_opening_hours(text: &str) -> bool {
    opening_hours_syntax::parse(text.trim()).is_ok()
}

/// What is wrong with a resource's owner, as `(pointer, code, detail)`: from the issue, a skill
/// belongs to a person (and is kept by a group, whose members asked for the consent); nothing
/// else has an owner.
pub fn owner_problems(
    kind: ResourceKind,
    has_owner: bool,
    has_group: bool,
) -> Vec<(&'static str, &'static str, &'static str)> {
    let mut problems = Vec::new();
    match kind {
        ResourceKind::Skill => {
            if !has_owner {
                problems.push(("/ownerPersonId", "required", "A skill belongs to a person: name whose it is."));
            }
            if !has_group {
                problems.push(("/groupId", "required", "A skill is kept by a group: name the group."));
            }
        }
        _ if has_owner => problems.push(("/ownerPersonId", "invalid_value", "Only a skill has an owner.")),
        _ => {}
    }
    problems
}

/// The day before which a resource counts as not checked: six months before `today`.
pub fn check_due_before(today: NaiveDate) -> NaiveDate {
    today.checked_sub_months(Months::new(VERIFY_AFTER_MONTHS)).unwrap_or(today)
}

/// Whether the consent moment is recorded anew: a skill records its owner's consent when it is
/// added and whenever the level changes.
pub fn records_consent(kind: ResourceKind, before: Option<Audience>, after: Audience) -> bool {
    kind == ResourceKind::Skill && before != Some(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_kept_trimmed_lower_case_and_once() {
        let given = vec![" Repair ".to_string(), "repair".into(), "Koffie".into()];
        assert_eq!(tags(&given), vec!["repair".to_string(), "koffie".into()]);
    }

    #[test]
    fn osm_opening_hours_are_checked() {
        assert!(osm_opening_hours("Mo-Fr 09:00-17:00; Sa 10:00-12:00"));
        assert!(osm_opening_hours("Tu 10:00-12:00"));
        assert!(!osm_opening_hours("dinsdagochtend"));
        assert!(!osm_opening_hours("Mo-Fr 25:00-26:00x"));
    }

    #[test]
    fn only_a_skill_has_an_owner_and_it_needs_a_group() {
        assert!(owner_problems(ResourceKind::Skill, true, true).is_empty());
        assert_eq!(owner_problems(ResourceKind::Skill, false, false).len(), 2);
        assert_eq!(
            owner_problems(ResourceKind::Place, true, false),
            vec![("/ownerPersonId", "invalid_value", "Only a skill has an owner.")]
        );
        assert!(owner_problems(ResourceKind::Place, false, false).is_empty());
    }

    #[test]
    fn six_months_back() {
        let today = NaiveDate::from_ymd_opt(2026, 8, 31).unwrap_or_default();
        assert_eq!(check_due_before(today), NaiveDate::from_ymd_opt(2026, 2, 28).unwrap_or_default());
    }

    #[test]
    fn consent_is_recorded_for_a_skill_when_it_changes() {
        assert!(records_consent(ResourceKind::Skill, None, Audience::Group));
        assert!(records_consent(ResourceKind::Skill, Some(Audience::Group), Audience::Public));
        assert!(!records_consent(ResourceKind::Skill, Some(Audience::Group), Audience::Group));
        assert!(!records_consent(ResourceKind::Place, None, Audience::Public));
    }
}
