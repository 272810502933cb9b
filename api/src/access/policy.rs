//! Who may read or change what (DESIGN.md §5), in one place. Features find the facts a rule needs
//! (is the caller a current member of the group, a participant of the training?) and ask here;
//! the answer is a yes or no, or a 403 with the feature's own words for a person.
//!
//! The programme is run by coordinators (and admins, who operate the installation): they see and
//! change every group. Professionals and connectors work in their groups: a group's private side
//! — its members and their contact details, questions, agenda and FAQ — is for its current members.

use api_types::{AccountId, PersonId, Role};

use super::Principal;
use crate::error::{ApiError, ApiResult};

/// The roles that run the programme: they see and change every group.
pub const COORDINATORS: [Role; 2] = [Role::Admin, Role::Coordinator];

/// The roles that keep the organisation directory (the sociale kaart): professionals know the
/// organisations, coordinators run the programme.
pub const DIRECTORY_EDITORS: [Role; 3] = [Role::Admin, Role::Coordinator, Role::Professional];

impl Principal {
    /// Whether the caller runs the programme (coordinators and admins) and so sees and changes
    /// every group.
    pub fn sees_everything(&self) -> bool {
        self.role.sees_everything()
    }

    /// 403 unless the caller has one of `roles`.
    pub fn require_role(&self, roles: &[Role]) -> ApiResult<()> {
        if roles.contains(&self.role) {
            Ok(())
        } else {
            Err(ApiError::Forbidden("Your role does not allow this.".into()))
        }
    }

    /// Whether the caller is this person.
    pub fn is(&self, person: &PersonId) -> bool {
        self.person_id.as_ref() == Some(person)
    }
}

/// A group's private side (members, contact details, questions, agenda, FAQ) and its changes:
/// whoever runs the programme, and the group's current members.
pub fn group_insider(caller: &Principal, is_current_member: bool) -> bool {
    caller.sees_everything() || is_current_member
}

/// A group's status and neighbourhood: only whoever runs the programme.
pub fn changes_group_standing(caller: &Principal) -> bool {
    caller.sees_everything()
}

/// Ending a professional's membership: from the programme, one or two professionals are always
/// involved, so a connector cannot remove them; only whoever runs the programme, or the
/// professional themself, ends it. Residents' memberships the group's members end too.
pub fn ends_professional_membership(caller: &Principal, professional: &PersonId) -> bool {
    caller.sees_everything() || caller.is(professional)
}

/// Joining a group opens a person's contact details to its members, so members add only people
/// they entered themselves; someone known elsewhere is added by a coordinator.
pub fn adds_to_group(caller: &Principal, entered_by: Option<&AccountId>) -> bool {
    caller.sees_everything() || entered_by == Some(&caller.account_id)
}

/// A person's contact details: whoever runs the programme, the person themself, and the current
/// members of a group the person currently belongs to.
pub fn sees_contact_details(caller: &Principal, person: &PersonId, shares_a_group: bool) -> bool {
    caller.sees_everything() || caller.is(person) || shares_a_group
}

/// How the caller stands to an event, as the events feature finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventRelation {
    /// A member of the group that holds the event.
    GroupMember,
    /// The event belongs to no group, and the caller is a member of a group in its
    /// neighbourhood.
    Neighbour,
    /// Neither.
    Outsider,
}

/// Reading an event with its notes and registrations: the holding group's members, for an event
/// of no group the members of groups in its neighbourhood, and whoever runs the programme.
pub fn reads_event(caller: &Principal, relation: EventRelation) -> bool {
    caller.sees_everything() || relation != EventRelation::Outsider
}

/// Changing an event: the holding group's members and whoever runs the programme; an event of no
/// group only whoever runs the programme.
pub fn changes_event(caller: &Principal, relation: EventRelation) -> bool {
    caller.sees_everything() || relation == EventRelation::GroupMember
}

/// Reading a training: whoever runs the programme, and its participants.
pub fn reads_training(caller: &Principal, is_participant: bool) -> bool {
    caller.sees_everything() || is_participant
}

/// Changing a training, its days and its register: only whoever runs the programme.
pub fn changes_training(caller: &Principal) -> bool {
    caller.sees_everything()
}

/// Reading an account: admins, and the account itself.
pub fn reads_account(caller: &Principal, account: &AccountId) -> bool {
    caller.role == Role::Admin || caller.account_id == *account
}

/// Changing an account's role or disabling it: admins, never their own account (an admin who
/// demotes or locks out themself may leave the installation without one; another admin does it).
pub fn changes_standing_of(caller: &Principal, account: &AccountId) -> bool {
    caller.role == Role::Admin && caller.account_id != *account
}

/// Giving a participant's answers on the date options: whoever runs the programme (someone told
/// them in person or by phone), and the participant themself.
pub fn answers_for(caller: &Principal, own_participation: bool) -> bool {
    caller.sees_everything() || own_participation
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caller(role: Role, person: Option<PersonId>) -> Principal {
        Principal { account_id: AccountId(uuid::Uuid::now_v7()), role, person_id: person }
    }

    #[test]
    fn coordinators_and_admins_see_every_group_members_only_their_own() {
        for role in COORDINATORS {
            assert!(group_insider(&caller(role, None), false));
        }
        for role in [Role::Professional, Role::Connector] {
            assert!(!group_insider(&caller(role, None), false));
            assert!(group_insider(&caller(role, None), true));
            assert!(!changes_group_standing(&caller(role, None)));
        }
    }

    #[test]
    fn contact_details_for_the_person_themself_and_co_members() {
        let me = PersonId(uuid::Uuid::now_v7());
        let other = PersonId(uuid::Uuid::now_v7());
        let connector = caller(Role::Connector, Some(me));
        assert!(sees_contact_details(&connector, &me, false));
        assert!(!sees_contact_details(&connector, &other, false));
        assert!(sees_contact_details(&connector, &other, true));
    }

    #[test]
    fn neighbourhood_events_are_read_by_neighbours_but_changed_by_coordinators() {
        let connector = caller(Role::Connector, None);
        assert!(reads_event(&connector, EventRelation::Neighbour));
        assert!(!changes_event(&connector, EventRelation::Neighbour));
        assert!(changes_event(&connector, EventRelation::GroupMember));
        assert!(!reads_event(&connector, EventRelation::Outsider));
        assert!(changes_event(&caller(Role::Coordinator, None), EventRelation::Outsider));
    }

    #[test]
    fn members_add_only_people_they_entered() {
        let connector = caller(Role::Connector, None);
        assert!(adds_to_group(&connector, Some(&connector.account_id)));
        assert!(!adds_to_group(&connector, None));
        assert!(adds_to_group(&caller(Role::Coordinator, None), None));
    }
}
