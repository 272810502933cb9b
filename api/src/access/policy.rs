//! Who may read or change what (DESIGN.md §5), in one place. Features find the facts a rule needs
//! (is the caller a current member of the group, a participant of the training?) and ask here;
//! the answer is a yes or no, or a 403 with the feature's own words for a person.
//!
//! The programme is run by coordinators (and admins, who operate the installation): they see and
//! change every group. Professionals and connectors work in their groups: a group's private side
//! — its members and their contact details, questions, agenda and FAQ — is for its current members.

use api_types::{AccountId, Audience, PersonId, Role, Scope};

use super::{Caller, Principal};
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

/// What an API client may do (issue 13): it reads the programme as a whole, as whoever runs the
/// programme does, for it belongs to no group; which operations it may call at all its scopes
/// decide, checked by the [`Caller`] extractor against the operation's documented `oauth2`
/// requirement before the handler runs. Names and contact details only with `personal_data`.
impl Caller {
    /// Whether the caller sees and changes every group: coordinators, admins and API clients
    /// (within the operations their scopes allow).
    pub fn sees_everything(&self) -> bool {
        match self {
            Caller::Person(person) => person.sees_everything(),
            Caller::Client(_) => true,
        }
    }

    /// 403 unless a person has one of `roles`; an API client passes, its scope for this
    /// operation being checked already (roles are for people).
    pub fn require_role(&self, roles: &[Role]) -> ApiResult<()> {
        match self {
            Caller::Person(person) => person.require_role(roles),
            Caller::Client(_) => Ok(()),
        }
    }

    /// Whether the caller may see people's names and contact details at all: a person (the
    /// policy then decides per person), an API client only with `personal_data`.
    pub fn may_see_personal_data(&self) -> bool {
        match self {
            Caller::Person(_) => true,
            Caller::Client(client) => client.scopes.contains(&Scope::PersonalData),
        }
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
/// members of a group the person currently belongs to; an API client with `personal_data`.
pub fn sees_contact_details(caller: &Caller, person: &PersonId, shares_a_group: bool) -> bool {
    match caller {
        Caller::Person(p) => p.sees_everything() || p.is(person) || shares_a_group,
        Caller::Client(_) => caller.may_see_personal_data(),
    }
}

/// Logging a member's time (issue 14): whoever runs the programme, the member themself, and a
/// current member of the group for a member without an account (who cannot log it).
pub fn logs_time_for(caller: &Principal, person: &PersonId, caller_in_group: bool, person_has_account: bool) -> bool {
    caller.sees_everything() || caller.is(person) || (caller_in_group && !person_has_account)
}

/// Every member's weeks and entries, with the signals: whoever runs the programme and the group's
/// current professionals. A connector sees their own time and the group's totals only.
pub fn looks_after_time(caller: &Principal, caller_is_group_professional: bool) -> bool {
    caller.sees_everything() || caller_is_group_professional
}

/// Correcting or deleting a time entry: only whoever wrote it.
pub fn changes_time_entry(caller: &Principal, entered_by: Option<&AccountId>) -> bool {
    entered_by == Some(&caller.account_id)
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

/// How the caller stands to a resource, as the resources feature finds it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResourceRelation {
    /// The caller's account added it.
    pub added_it: bool,
    /// It is the caller's own skill.
    pub owns_it: bool,
    /// The caller is a current member of the group that keeps it.
    pub member_of_its_group: bool,
    /// The caller is a current member of a group of its neighbourhood.
    pub works_in_its_neighbourhood: bool,
    /// It is kept by a group.
    pub has_group: bool,
}

/// Reading a resource: `public` ones everyone logged in; `group` ones the members of the group
/// that keeps it (without a group: of the groups of its neighbourhood); whoever added it, its
/// owner and whoever runs the programme always. From the issue: a skill is visible only at the
/// level its owner consented to.
pub fn reads_resource(caller: &Principal, audience: Audience, relation: ResourceRelation) -> bool {
    caller.sees_everything()
        || relation.added_it
        || relation.owns_it
        || match audience {
            Audience::Public => true,
            Audience::Group if relation.has_group => relation.member_of_its_group,
            Audience::Group => relation.works_in_its_neighbourhood,
            Audience::Coordinators => false,
        }
}

/// Changing, checking or removing a resource: whoever may read it and works there (a member of
/// its group or of a group of its neighbourhood), whoever added it, its owner, and whoever runs
/// the programme. From the issue: members add and check resources of their neighbourhoods.
pub fn changes_resource(caller: &Principal, audience: Audience, relation: ResourceRelation) -> bool {
    reads_resource(caller, audience, relation)
        && (caller.sees_everything()
            || relation.added_it
            || relation.owns_it
            || relation.member_of_its_group
            || relation.works_in_its_neighbourhood)
}

/// Seeing a skill's private side (its owner, address, location and the contact details not marked
/// public): the owner, whoever added it, the members of the group that keeps it (who asked for the
/// consent) and whoever runs the programme. Everyone else who may read a skill sees what the
/// public sees of it: a skill is its owner's personal data.
pub fn sees_skill_details(caller: &Principal, relation: ResourceRelation) -> bool {
    caller.sees_everything() || relation.added_it || relation.owns_it || relation.member_of_its_group
}

/// Adding a resource: whoever runs the programme anywhere; a member in a neighbourhood one of
/// their groups works in, kept by no group or by a group they are in.
pub fn adds_resource(caller: &Principal, relation: ResourceRelation) -> bool {
    caller.sees_everything()
        || (relation.works_in_its_neighbourhood && (!relation.has_group || relation.member_of_its_group))
}

/// Recording someone's skill: whoever runs the programme; a member for themself, for someone
/// they entered, or for a current member of the group that keeps it (people whose details they
/// see already).
pub fn records_skill_of(caller: &Principal, owner: &PersonId, entered_by_caller: bool, member_of_group: bool) -> bool {
    caller.sees_everything() || caller.is(owner) || entered_by_caller || member_of_group
}

#[cfg(test)]
mod tests {
    use super::super::ClientPrincipal;
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
        let connector = Caller::Person(caller(Role::Connector, Some(me)));
        assert!(sees_contact_details(&connector, &me, false));
        assert!(!sees_contact_details(&connector, &other, false));
        assert!(sees_contact_details(&connector, &other, true));
    }

    #[test]
    fn an_api_client_sees_names_and_contact_details_only_with_personal_data() {
        let person = PersonId(uuid::Uuid::now_v7());
        let client = |scopes: Vec<Scope>| {
            Caller::Client(ClientPrincipal { client_id: api_types::ApiClientId(uuid::Uuid::now_v7()), scopes })
        };
        assert!(!sees_contact_details(&client(vec![Scope::Read]), &person, false));
        assert!(!client(vec![Scope::Read, Scope::Reports]).may_see_personal_data());
        assert!(sees_contact_details(&client(vec![Scope::Read, Scope::PersonalData]), &person, false));
        assert!(client(vec![Scope::Read]).sees_everything(), "a client belongs to no group: it reads the programme");
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

    #[test]
    fn a_skill_shows_only_at_its_consented_level() {
        let connector = caller(Role::Connector, None);
        let member = ResourceRelation { member_of_its_group: true, has_group: true, ..Default::default() };
        let neighbour = ResourceRelation { works_in_its_neighbourhood: true, has_group: true, ..Default::default() };
        assert!(reads_resource(&connector, Audience::Group, member));
        assert!(!reads_resource(&connector, Audience::Group, neighbour), "a group's skill is not the neighbourhood's");
        assert!(!reads_resource(&connector, Audience::Coordinators, member));
        assert!(reads_resource(&connector, Audience::Coordinators, ResourceRelation { added_it: true, ..member }));
        assert!(reads_resource(&caller(Role::Coordinator, None), Audience::Coordinators, ResourceRelation::default()));
        assert!(reads_resource(&connector, Audience::Public, ResourceRelation::default()));
        assert!(!changes_resource(&connector, Audience::Public, ResourceRelation::default()), "reading is not keeping");
        assert!(changes_resource(&connector, Audience::Public, neighbour));
    }
}
