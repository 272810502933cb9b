# Buurtverbinders web client — English.
# Every text the user sees is here and in nl.ftl, with the same keys.

## General
app-name = Buurtverbinders
document-title = { $page } – Buurtverbinders
skip-to-content = Skip to content
nav-label = Main menu
nav-groups = Groups
nav-people = People
switch-language = Nederlands
language-changed = The language is now English.
logged-in-as = Logged in as
log-out = Log out
logged-in = You are logged in as { $name }.
logged-out = You are logged out.
footer-text = Neighbourhood connectors bring residents, businesses and organisations together.
session-restoring = Checking whether you are still logged in…
loading = Loading…
save = Save
cancel = Cancel
search = Search
choose = — Choose —
not-given = Not given
back-to-groups = ← Back to all groups

## Dates
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Log in
login-title = Log in
login-intro = Log in with your account's email address and password.
login-email = Email address
login-password = Password
login-submit = Log in
login-busy = Logging in…
login-failed = The email address or password is not right.

## Groups
groups-title = Groups
groups-new = New group
groups-empty = There are no groups yet.
groups-more = Load more groups
groups-count = { $count ->
    [one] 1 group shown
   *[other] { $count } groups shown
}
group-neighbourhood-line = Neighbourhood: { $name }
group-status-label = Status:
status-forming = Forming
status-active = Active
status-paused = Paused
status-ended = Ended

## Composition
composition-title = Composition
composition-counts = { $members ->
    [one] 1 member
   *[other] { $members } members
}: { $residents ->
    [one] 1 resident
   *[other] { $residents } residents
}, { $professionals ->
    [one] 1 professional
   *[other] { $professionals } professionals
}
composition-untrained = { $count ->
    [one] 1 member has not completed the training yet
   *[other] { $count } members have not completed the training yet
}
composition-complete = Meets every rule
composition-incomplete = Does not meet the rules yet:
rule-min-members = Needs at least { $limit } members
rule-max-members = Has too many members: the maximum is { $limit }
rule-min-professionals = Needs at least { $limit } professional
rule-max-professionals = Has too many professionals: the maximum is { $limit }
rule-resident-majority = Needs more residents than professionals

## Group
group-title = Group
group-details = Details
group-edit = Edit details
group-field-name = Name of the group
group-field-neighbourhood = Neighbourhood
group-field-description = Description
group-field-description-hint = What does the group work on? At most 2000 characters.
group-field-meeting-place = Usual meeting place
group-field-meeting-place-hint = A visible place in the neighbourhood, such as the community centre on Tuesday mornings.
group-new-title = New group
group-edit-title = Edit group
group-create = Create group
group-created = Group { $name } was created.
group-saved = The changes to { $name } were saved.
group-changed-elsewhere = Someone else changed this group in the meantime. We loaded the latest details; check them and try again.
group-activate = Activate group
group-activate-hint = A group can become active when it has 5 to 8 members, 1 or 2 of them professionals, and more residents than professionals.
group-activated = Group { $name } is now active.

## Members
members-title = Members
members-show-former = Also show former members
members-former-title = Former members
members-empty = This group has no members yet.
members-former-empty = This group has no former members.
members-hidden = Only members of this group and coordinators see who is in the group.
member-kind = Role in the group
kind-resident = Resident
kind-professional = Professional
professional-role-district_director = District director
professional-role-volunteer_coordinator = Volunteer coordinator
professional-role-social_worker = Social worker
professional-role-other = Other professional
member-professional-role = Professional's role
member-organisation = Organisation
member-joined = Member since
member-left = Member until
member-end = End membership
member-end-of = of { $name }
member-end-question = Are you sure you want to end the membership of { $name } today? The history is kept.
member-end-confirm = Yes, end it
member-ended = The membership of { $name } has ended.

## Add a member
add-member-title = Add a member
member-who = Who joins?
member-who-existing = Someone already known
member-who-new = Add someone new
member-search = Search by name
member-search-hint = Type part of the name and choose Search.
member-search-none = Nobody found with this name. Choose ‘Add someone new’ to enter this person.
member-pick = Choose a person
member-pick-required = Search for and choose a person first.
member-add = Add member
member-added = { $name } was added as { $kind }.

## People
people-title = People
people-filter = Search by name
people-empty = Nobody found.
people-more = Load more people
people-count = { $count ->
    [one] 1 person shown
   *[other] { $count } people shown
}
person-name = Name
person-email = Email address
person-phone = Phone number
person-postcode = Postcode
person-postcode-hint = For example 1234 AB.
person-contact-preference = Prefers contact by
contact-preference-email = Email
contact-preference-phone = Phone
contact-preference-in_person = In person
person-contact-hidden = You only see the contact details of people in your own groups.
person-has-account = Has an account

## Not found
not-found-title = Page not found
not-found-text = This page does not exist (any more). The link may be old, or the address may have a typo.
not-found-back = Go to the overview of groups

## Errors
error-network = The server cannot be reached. Check your connection and try again.
error-generic = Something went wrong. Please try again later.
error-invalid-input = Not everything is filled in correctly. See the marked fields.
error-unauthorized = You are not logged in (any more). Please log in again.
error-forbidden = You are not allowed to do this.
error-not-found = This does not exist (any more).
error-precondition-failed = Someone else changed this in the meantime. Please reload the page.
error-too-many-requests = Too many attempts in a row. Wait a moment and try again.
error-unavailable = The service is briefly unavailable. Please try again shortly.
error-max-members = This group already has the maximum of { $limit } members. End a membership first.
error-max-professionals = This group already has the maximum of { $limit } professionals. Add this person as a resident, or end a membership first.
error-already-member = This person is already a member of the group.
error-group-ended = This group has ended and takes no new members.
error-composition-rules = The group cannot become active yet, because:
error-invalid-status-transition = The group cannot move to this status.
field-error-required = Fill in this field.
field-error-email = Enter a valid email address, such as name@example.org.
field-error-length = This text is too long or too short.
field-error-pattern = This does not have the right format.
field-error-range = This value is outside the allowed range.
field-error-not-found = This does not exist (any more). Please choose again.
field-error-invalid = This value is not right.
field-error-other = { $input }: { $error }
