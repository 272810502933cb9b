//! The groups' rules, without a database: the programme's composition rules on a write, the
//! status moves, what a membership may say, and slugs.

use api_types::{
    Composition, CompositionRule, GroupStatus, InvalidParam, MembershipKind, NewMembership, ProblemCode, MAX_MEMBERS,
    MAX_PROFESSIONALS,
};
use chrono::NaiveDate;

use crate::error::{invalid, ApiError};

/// A group's composition from its current residents, professionals and trained members.
pub fn composition(residents: i64, professionals: i64, trained: i64) -> Composition {
    let mut composition = Composition::evaluate(residents, professionals);
    composition.untrained_members -= trained;
    composition
}

/// Whether a group that is `from` may become `to`; activation needs every composition rule met
/// (409 `composition-rules` listing every unmet rule).
pub fn check_transition(from: GroupStatus, to: GroupStatus, composition: &Composition) -> Result<(), ApiError> {
    if !from.can_become(to) {
        return Err(ApiError::conflict(
            ProblemCode::InvalidStatusTransition,
            format!("A group that is {} cannot become {}.", from.as_str(), to.as_str()),
        ));
    }
    if to == GroupStatus::Active && !composition.is_complete {
        let codes: Vec<&str> = composition.unmet_rules.iter().map(|r| r.as_str()).collect();
        return Err(ApiError::Conflict {
            code: ProblemCode::CompositionRules,
            detail: format!(
                "The group cannot be activated: it needs 5–8 members, 1–2 professionals and a resident majority. Unmet: {}.",
                codes.join(", ")
            ),
            unmet_rules: composition.unmet_rules.clone(),
            other_groups: Vec::new(),
        });
    }
    Ok(())
}

/// What a new membership's own fields must say: professionals have a role (and may name their
/// organisation), residents neither; nobody joins in the future.
pub fn check_new_membership(new: &NewMembership, joined_on: NaiveDate, today: NaiveDate) -> Vec<InvalidParam> {
    let mut errors = Vec::new();
    match (new.kind, new.professional_role) {
        (MembershipKind::Professional, None) => {
            errors.push(invalid("/professionalRole", "required", "A professional needs a role."))
        }
        (MembershipKind::Resident, Some(_)) => {
            errors.push(invalid("/professionalRole", "invalid_value", "Only professionals have a role."))
        }
        _ => {}
    }
    if new.kind == MembershipKind::Resident && new.organisation.is_some() {
        errors.push(invalid("/organisation", "invalid_value", "Only professionals have an organisation."));
    }
    if joined_on > today {
        errors.push(invalid("/joinedOn", "range", "Cannot be in the future; add the member on the day they join."));
    }
    errors
}

/// From the programme: while a group is not ended, a write that would give it more than 8 current
/// members (`max-members`) or more than 2 professionals (`max-professionals`) is refused; both at
/// once is `composition-rules`.
pub fn check_room(composition: &Composition, kind: MembershipKind) -> Result<(), ApiError> {
    let mut broken = Vec::new();
    if composition.members + 1 > MAX_MEMBERS {
        broken.push((
            CompositionRule::MaxMembers,
            format!("A group has at most {MAX_MEMBERS} members; this one has {} already.", composition.members),
        ));
    }
    if kind == MembershipKind::Professional && composition.professionals + 1 > MAX_PROFESSIONALS {
        broken.push((
            CompositionRule::MaxProfessionals,
            format!(
                "A group has at most {MAX_PROFESSIONALS} professionals; this one has {} already.",
                composition.professionals
            ),
        ));
    }
    if broken.is_empty() {
        return Ok(());
    }
    let detail = broken.iter().map(|(_, d)| d.as_str()).collect::<Vec<_>>().join(" ");
    Err(ApiError::composition(broken.into_iter().map(|(rule, _)| rule).collect(), detail))
}

/// `Buurtverbinders Oost-Éénhoorn` → `buurtverbinders-oost-eenhoorn`: lower case ASCII letters and
/// digits joined by hyphens, at most 80 characters.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        let c = fold_accent(c).to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').chars().take(80).collect::<String>().trim_end_matches('-').to_string()
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ĳ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_hyphenated() {
        assert_eq!(slugify("Buurtverbinders Oost-Éénhoorn"), "buurtverbinders-oost-eenhoorn");
        assert_eq!(slugify("  De   Kern!! "), "de-kern");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn a_ninth_member_or_third_professional_is_refused() {
        use CompositionRule::{MaxMembers, MaxProfessionals};
        let refusal = |composition: Composition, kind| match check_room(&composition, kind) {
            Err(ApiError::Conflict { code, unmet_rules, .. }) => Some((code, unmet_rules)),
            _ => None,
        };
        assert_eq!(refusal(composition(5, 2, 0), MembershipKind::Resident), None);
        assert_eq!(
            refusal(composition(7, 1, 0), MembershipKind::Resident),
            Some((ProblemCode::MaxMembers, vec![MaxMembers]))
        );
        assert_eq!(
            refusal(composition(5, 2, 0), MembershipKind::Professional),
            Some((ProblemCode::MaxProfessionals, vec![MaxProfessionals]))
        );
        assert_eq!(
            refusal(composition(6, 2, 0), MembershipKind::Professional),
            Some((ProblemCode::CompositionRules, vec![MaxMembers, MaxProfessionals]))
        );
    }

    #[test]
    fn an_incomplete_group_is_not_activated() {
        let forming = composition(3, 0, 0);
        let Err(ApiError::Conflict { code, unmet_rules, .. }) =
            check_transition(GroupStatus::Forming, GroupStatus::Active, &forming)
        else {
            panic!("expected a conflict")
        };
        assert_eq!(code, ProblemCode::CompositionRules);
        assert!(unmet_rules.contains(&CompositionRule::MinProfessionals));
        assert!(check_transition(GroupStatus::Forming, GroupStatus::Active, &composition(5, 1, 0)).is_ok());
    }
}
