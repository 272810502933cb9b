# Buurtverbinders web client — English.
# Every text the user sees is here and in nl.ftl, with the same keys.

## General
app-name = Buurtverbinders
document-title = { $page } – Buurtverbinders
skip-to-content = Skip to content
nav-label = Main menu
nav-groups = Groups
nav-people = People
nav-trainings = Trainings
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
back-to-trainings = ← Back to all trainings
back-to-training = ← Back to the training

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
date-weekday = { $weekday } { $date }
date-short = { $weekday } { $day } { $month }
time-range = { $start }–{ $end }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

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
person-trained = Trained

## Trainings
trainings-title = Trainings
trainings-new = New training
trainings-intro = Every connector follows a training of three days. The days are planned together with the participants.
trainings-intro-mine = The trainings you take part in.
trainings-empty = There are no trainings yet.
trainings-empty-mine = You do not take part in a training (yet).
trainings-count = { $count ->
    [one] 1 training
   *[other] { $count } trainings
}
training-title = Training
training-status-label = Status:
training-status-planning = Being planned
training-status-scheduled = Days fixed
training-status-completed = Completed
training-status-cancelled = Cancelled
training-participants = Participants
training-completed-count = Completed by
training-completed-of = { $completed } of { $total }
training-forbidden = Only coordinators and this training's participants can see this training.
training-not-found = This training does not exist (any more).
training-details = Details
training-edit = Change details
training-field-title = Title
training-field-trainer = Trainer
training-field-location = Location
training-field-location-hint = Where the training takes place, for example the community centre with its address.
training-field-description = Description
training-field-description-hint = What participants should know. At most 2000 characters.
training-field-days = Number of days
training-field-days-hint = How many days a participant must attend to complete the training (1 to 10).
training-field-topics = Topics
training-field-topics-hint = One topic per line.
training-days-value = { $days ->
    [one] 1 day
   *[other] { $days } days
}
training-topic-1 = Working together well
training-topic-2 = Setting achievable goals
training-topic-3 = Having a good conversation
training-topic-4 = Motivating residents, businesses and organisations to take part
training-new-title = New training
training-edit-title = Change training
training-create = Create training
training-created = Training { $title } was created.
training-saved = The changes to { $title } were saved.
training-changed-elsewhere = Someone else changed this training in the meantime. We loaded the latest details; check them and try again.
training-complete = Complete the training
training-complete-question = Have all days taken place, with attendance kept? Once completed, no participants can be added.
training-complete-confirm = Yes, complete
training-completed-message = Training { $title } is completed.
training-cancel = Cancel the training
training-cancel-question = Are you sure this training will not take place? This cannot be undone.
training-cancel-confirm = Yes, cancel it
training-cancelled-message = Training { $title } is cancelled.

## Participants
participants-title = Participants
participants-empty = Nobody takes part yet.
participants-count = { $count ->
    [one] 1 participant
   *[other] { $count } participants
}
participant-remove = Remove
participant-remove-of = ({ $name })
participant-remove-question = Remove { $name } from the training? Their answers and attendance go too, and their personal link stops working.
participant-remove-confirm = Yes, remove
participant-removed = { $name } no longer takes part in the training.
personal-link = Personal link
personal-link-of = of { $name }
personal-link-hint = Send every participant their own personal link. With it they say which days suit them, without logging in.
personal-link-copy = Copy
personal-link-copied = The link was copied.
personal-link-selected = The link is selected. Copy it with Ctrl+C (or Cmd+C).
participant-add-person = Add someone
participant-add = Add participant
participant-added = { $name } takes part in the training.
participant-search-none = Nobody found with this name. Add new people to a group first.
participant-search-trained = (trained)
participant-add-group = Add a whole group
participant-group = Group
participant-group-hint = All current members of the group take part. Anyone already taking part stays on the list once.
participant-group-option = { $name } ({ $count ->
    [one] 1 member
   *[other] { $count } members
})
participant-group-required = Choose a group.
participant-add-group-submit = Add group
participants-group-added = The members of { $group } were added. { $count } people now take part.

## Dates
date-options-title = Proposed dates
date-options-intro = Propose dates. Every participant says for each date whether they can come.
date-options-empty = No dates have been proposed yet.
date-option-add-title = Propose a date
date-option-add = Add date
date-option-added = { $date } was added.
date-option-remove = Withdraw
date-option-remove-question = Withdraw { $date }? The answers for this date go too.
date-option-remove-confirm = Yes, withdraw
date-option-removed = { $date } was withdrawn.
slot-date = Date
slot-start = Start time
slot-end = End time
slot-when = { $date }, { $time }

## Answers
answers-title = Answers
page-nav-label = On this page
answers-caption = Who can come when: the participants' answers per date
answers-participant = Participant
answers-actions = Change
answers-no-options = Once dates have been proposed, the answers appear here.
answers-answered = { $answered } of the { $total } participants have answered.
answers-total = Total { $answer }
answers-edit = Fill in
answers-edit-of = for { $name }
answers-edit-title = Answers of { $name }
answers-edit-hint = Fill in what the participant told you by phone or in person.
answers-edit-save = Save answers
answers-saved-for = The answers of { $name } were saved.
availability-yes = Yes
availability-if_need_be = If need be
availability-no = No
availability-none = No answer
availability-symbol-yes = ✓
availability-symbol-if_need_be = ~
availability-symbol-no = ✗
availability-symbol-none = –

## Proposal
proposal-title = Proposed days
proposal-intro = The combinations of { $days ->
    [one] 1 day
   *[other] { $days } days
} that the most participants can attend in full, best first.
proposal-none = There are too few dates for a proposal yet. Propose at least { $days }.
proposal-best = Best proposal
proposal-alternative = Alternative { $number }
proposal-attendees = { $count } of the { $total } participants can come on every day.
proposal-if-need-be = { $count ->
    [0] Nobody said ‘if need be’ for these days.
    [one] 1 ‘if need be’ answer.
   *[other] { $count } ‘if need be’ answers.
}
proposal-cannot = { $count ->
    [one] Cannot come on every day (or has not answered yet):
   *[other] Cannot come on every day (or have not answered yet):
}
proposal-everyone = Everyone can come on every day.
proposal-confirm = Confirm these days
proposal-confirm-question = Confirm these { $days } days? Planning then closes: participants can no longer change their answers.
proposal-confirm-yes = Yes, confirm
proposal-confirmed = The { $days } days are fixed.

## Days
sessions-title = The days
session-day = Day { $day }
session-register = Attendance register day { $day }
session-move = Move
session-move-title = Move day { $day }
session-move-submit = Move day
session-moved = Day { $day } moved to { $when }.
calendar-download = Download calendar file (.ics)
calendar-download-hint = Open the file to put the days in your calendar.

## Completion
completion-title = Who completed the training
completion-caption = Attendance per participant
completion-count = { $completed } of the { $total } participants completed the training.
completion-days = Days present
completion-days-of = { $present } of { $required }
completion-done = Completed
completion-yes = Yes
completion-no = No
completion-not-yet = Not yet
completion-symbol-yes = ✓
completion-symbol-no = ✗

## Attendance register
register-title = Attendance register day { $day }
register-title-plain = Attendance register
register-forbidden = Only coordinators keep attendance.
register-print = Print
register-form-title = Who was there?
register-hint = Choose present, absent or excused for every participant, and save.
register-unmarked = { $count ->
    [one] Nothing has been chosen for 1 participant.
   *[other] Nothing has been chosen for { $count } participants.
}
register-all-present = Mark all others present
register-save = Save attendance
register-saved = Attendance for day { $day } was saved.
register-saved-notice = Attendance was saved.
register-signature = Signature
register-print-footer = Put one cross per participant. Then hand the list to the coordinator.
attendance-present = Present
attendance-absent = Absent
attendance-excused = Excused

## Personal link
invitation-title = Your answers
invitation-greeting = Hello { $name },
invitation-where = Where:
invitation-question = Which days can you make?
invitation-intro = The training takes { $days ->
    [one] 1 day
   *[other] { $days } days
}. We choose the days most participants can make. Say for each date whether you can come.
invitation-answered-before = You answered before. You can change your answers here.
invitation-nothing-chosen = Choose Yes, If need be or No for at least one date.
invitation-save = Save my answers
invitation-saving = Saving…
invitation-thanks-title = Thank you, { $name }!
invitation-thanks = Your answers were saved. Once the days are fixed, you will see them on this page. Until then you can still change your answers.
invitation-change = Change my answers
invitation-no-options = No dates have been proposed yet. Please look at this page again later.
invitation-closed = The days were fixed in the meantime, so your answers could not be saved any more. Below is what was agreed.
invitation-days-title = The days are fixed
invitation-days-intro = The training takes place on { $days ->
    [one] this day
   *[other] these { $days } days
}:
invitation-completed = The training has been completed. These were the days:
invitation-calendar = Add the days to my calendar
invitation-calendar-hint = Your phone or computer will ask whether to add the days to your calendar.
invitation-cancelled = This training will not take place.
invitation-invalid-title = This link does not work
invitation-invalid = This link is not (or no longer) valid.
invitation-invalid-help = Perhaps the link was not copied in full, or you no longer take part in the training. Ask the coordinator to send your link again.

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
error-invalid-status-transition = This is not possible in the current status.
error-training-closed = The training is completed or cancelled; no participants can be added.
error-training-not-planning = The days are already fixed; dates and answers can no longer change.
error-training-scheduled = The number of days can only change while the training is being planned.
error-too-many-date-options = { $limit } dates have been proposed already, the most there can be. Withdraw a date first.
field-error-required = Fill in this field.
field-error-email = Enter a valid email address, such as name@example.org.
field-error-length = This text is too long or too short.
field-error-pattern = This does not have the right format.
field-error-range = This value is outside the allowed range.
field-error-not-found = This does not exist (any more). Please choose again.
field-error-invalid = This value is not right.
field-error-number = Enter a number.
field-error-date = Enter a date.
field-error-other = { $input }: { $error }
