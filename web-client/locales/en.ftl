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
groups-attention-title = Needs attention
groups-attention-intro = These active groups no longer meet the programme's rules. They stay active; find a solution together with the group.
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
composition-incomplete = Does not meet the rules:
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
member-other-groups = Note: this person is already a member of { $groups }. A connector in two groups often has too little time for both.
member-other-groups-confirm = Yes, add them to this group as well
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
personal-link-copied-short = ✓ Copied
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
register-not-yet = This day has not come yet. Attendance is filled in on the day itself or after; you can print the sheet now.
register-closed = The training is completed or cancelled: its attendance is final.
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
error-insufficient-scope = This API client may not do this: its scopes do not allow it.
error-invalid-client = The API client's id or secret is not right, or the client is disabled.
error-token-request-refused = The token request was refused.
error-not-found = This does not exist (any more).
error-precondition-failed = Someone else changed this in the meantime. Please reload the page.
error-too-many-requests = Too many attempts in a row. Wait a moment and try again.
error-unavailable = The service is briefly unavailable. Please try again shortly.
error-max-members = This group already has the maximum of { $limit } members. End a membership first.
error-max-professionals = This group already has the maximum of { $limit } professionals. Add this person as a resident, or end a membership first.
error-already-member = This person is already a member of the group.
error-member-of-other-group = This person is already a member of another group. Confirm if you want to add them anyway.
error-group-ended = This group has ended: it takes no new members or questions.
error-composition-rules = The group cannot become active yet, because:
error-invalid-status-transition = This is not possible in the current status.
error-session-not-held = This training day has not come yet. Attendance is filled in on the day itself or after.
error-training-closed = The training is completed or cancelled; no participants can be added.
error-training-not-planning = The days are already fixed; dates and answers can no longer change.
error-training-scheduled = The number of days can only change while the training is being planned.
error-too-many-date-options = { $limit } dates have been proposed already, the most there can be. Withdraw a date first.
error-duplicate-email = There is already an account with this email address. Choose another address, or look up the account that already exists.
error-duplicate-buurt-code = There is already a neighbourhood with this CBS neighbourhood code. Check that the code is right, or choose the neighbourhood that already exists.
error-person-has-account = This person already has an account. Someone can have only one account.
error-membership-ended = This membership has ended and can no longer change. Is this person taking part again? Then add them to the group again.
error-duplicate-date-option = This date and time have been proposed already. Choose another day or another time.
error-training-not-scheduled = This is only possible once the training days are fixed and while the training is running. Right now the days and attendance cannot change.
error-unreadable-request = Something went wrong while sending. Reload the page and try again.
error-method-not-allowed = This is not possible on this page. Reload the page and try again.
error-not-acceptable = The map data cannot be shown in this form. Reload the page and try again.
error-payload-too-large = What is being sent is too long. Make the text shorter and try again.
field-error-required = Fill in this field.
field-error-email = Enter a valid email address, such as name@example.org.
field-error-url = Enter a full web address, for example https://www.example.org.
field-error-length = This text is too long or too short.
field-error-pattern = This does not have the right format.
field-error-range = This value is outside the allowed range.
field-error-not-found = This does not exist (any more). Please choose again.
field-error-invalid = This value is not right.
field-error-number = Enter a number.
field-error-date = Enter a date.
field-error-other = { $input }: { $error }

## Menu and general (events)
nav-agenda = What's on
nav-candidates = Candidates
saved = Saved.
date-time = { $date }, { $time }
month-year = { $month } { $year }
back-to-group = ← Back to { $group }
back-to-agenda = ← Back to the group's calendar
back-to-event = ← Back to the event
back-to-public-agenda = ← Back to what's on

## Kinds of events and their status
event-type-residents_evening = Residents' evening
event-type-connector_meeting = Connectors' walk-in hour
event-type-gathering = Neighbourhood gathering
event-type-interview = Conversation with a resident
event-type-activity = Neighbourhood activity
event-type-other = Other event
event-status-label = Status:
event-status-scheduled = Going ahead
event-status-cancelled = Cancelled
visibility-public = Public
visibility-members = The group only
visibility-public-hint = Shown in the public calendar; residents can sign up.
visibility-members-hint = Only the group's members and coordinators see this event.
registration-status-confirmed = Signed up
registration-status-waitlisted = On the waiting list
registration-status-cancelled = Cancelled
recurrence-every = Every { $weekday }
recurrence-every-other = Every other { $weekday }
recurrence-until = { $every }, until { $date }
recurrence-count = { $every }, { $count ->
    [one] once
   *[other] { $count } times
}

## A group's calendar
group-agenda = Calendar
group-agenda-intro = The group's events: walk-in hours, gatherings, conversations and residents' evenings.
group-agenda-link = Go to the group's calendar
group-agenda-title = Calendar of { $group }
group-agenda-title-plain = The group's calendar
group-agenda-upcoming = The next three months
group-agenda-empty = There is nothing in the calendar for the next three months.
group-agenda-month = Month view
group-agenda-feeds = In your own calendar
group-agenda-download = Download all of the group's events (.ics)
group-agenda-download-hint = Open the file to add the events to your calendar.
group-agenda-subscribe = Or subscribe your calendar app to the group's public events, so new ones appear by themselves. Copy this address:
month-previous = Previous month
month-next = Next month
month-this = This month
month-today = (today)
month-caption = Events in { $month }
month-empty = No events this month.
event-new = New event
event-by-group = By { $group }
event-by = By
occurrence-moved = Moved
occurrence-cancelled-short = (cancelled)

## Public calendar
agenda-title = What's on
agenda-intro = What the neighbourhood connectors organise in the next three months. Everyone is welcome. Choose an event for more information or to sign up.
agenda-empty = There are no public events in the next three months.
agenda-feed-title = In your own calendar app
agenda-feed-intro = Copy this address into your calendar app (for example "Add calendar from URL"), so new events appear by themselves.
agenda-filters = Choose a neighbourhood or group
agenda-filter-neighbourhood = Neighbourhood
agenda-filter-group = Group
agenda-all-neighbourhoods = All neighbourhoods
agenda-all-groups = All groups
agenda-none-chosen = Nothing is planned for this choice in the coming three months.
agenda-series-title = Regular activities
agenda-series-next = Next: { $when }
agenda-series-off = { $date } is called off
agenda-series-off-because = { $date } is called off: { $reason }
agenda-series-moved = { $date } has moved to { $when }

## Event (form)
event-new-title = New event
event-edit-title = Change event
event-create = Create event
event-created = Event { $title } has been created.
event-saved = The changes to { $title } have been saved.
event-changed-elsewhere = Someone else changed this event in the meantime. We loaded the latest details; check them and try again.
event-field-group = Group
event-field-type = Kind of event
event-field-title = Title
event-field-title-hint = For example "Walk-in hour at the library".
event-field-description = Description
event-field-description-hint = What can residents expect? At most 2000 characters.
event-when = When
event-where = Where
event-field-place = Name of the place
event-field-place-hint = A place residents know, for example "Lindeburg library".
event-field-address = Street and number
event-field-city = Town
event-field-visibility = Who sees the event?
event-field-capacity = Most people who can come
event-field-capacity-hint = Leave empty for no limit. Whoever signs up when it is full goes on the waiting list.
event-repeat = Repeats
event-repeat-never = Once
event-repeat-weekly = Every week
event-repeat-other = Every other week
event-repeat-end = For how long?
event-repeat-count = A number of times
event-repeat-count-field = Number of times
event-repeat-count-hint = At most 104 times (two years, every week).
event-repeat-until = Until a date
event-repeat-until-field = Last date
event-repeat-until-hint = The last day the event can take place.

## Event (members' page)
event-title = Event
event-forbidden = Only the group's members and coordinators can see this event.
event-not-found = This event does not exist (any more).
event-details = Details
event-edit = Change details
event-first-date = First date
event-places = Places
event-places-of = { $taken } of { $capacity } places taken
event-places-unlimited = No limit; { $taken ->
    [one] 1 person signed up
   *[other] { $taken } people signed up
}
event-waiting-list = Waiting list
event-waiting-count = { $count ->
    [one] 1 sign-up waits for a place
   *[other] { $count } sign-ups wait for a place
}
event-public-page = Public page and poster
event-is-cancelled = This event is cancelled.
event-add-to-calendar = Add to my calendar
event-moved-from = Moved: first planned for { $first }. The new date and time are below.
event-cancelled-because = Reason: { $reason }
event-cancel = Call off the event
event-cancel-title = Call off the whole event
event-cancel-hint = The reason is shown on the public page. Sign-ups are kept.
event-cancel-reason = Reason
event-cancel-confirm = Call off
event-cancelled-message = { $title } is cancelled.
event-reinstate = Go ahead after all
event-reinstated-message = { $title } goes ahead again.
event-dates = Dates of the series
event-dates-coming = Coming dates
event-dates-past = Past dates
event-dates-none = There are no coming dates any more.
occurrence-cancel = Cancel this date
occurrence-cancel-title = Cancel { $when }
occurrence-cancel-hint = The reason is shown with this date in the calendar and on the public page.
occurrence-cancel-confirm = Cancel the date
occurrence-cancelled-message = { $when } is cancelled.
occurrence-reinstate = Go ahead after all
occurrence-reinstated-message = { $when } goes ahead again.
occurrence-move = Move
occurrence-move-title = Move { $when }
occurrence-move-submit = Move the date
occurrence-moved-message = The date has moved to { $when }.
occurrence-record = Record the outcome
occurrence-recorded-message = Saved what { $when } reached.
occurrence-reached = { $count ->
    [one] 1 resident reached.
   *[other] { $count } residents reached.
}
event-after = Afterwards
event-after-intro = After the event, record how many residents you reached, with a short note. Only the group's members and coordinators see this.
event-after-intro-series = For the whole series; per date, record it under "Past dates". Only the group's members and coordinators see this.
event-after-saved = Saved what the event reached.
event-residents-reached = Residents reached
event-residents-reached-hint = An estimate is fine. Leave empty if you do not know.
event-notes = Notes
event-notes-hint = What stood out? What questions came up? No residents' names. At most 2000 characters.
event-story-consent = The resident agrees that a summary of the conversation is published as a story
event-story-consent-hint = Always ask explicitly. Untick it when the resident withdraws their consent.
event-story-consent-at = Consent given on { $when }.

## Sign-ups (members)
registrations-title = Sign-ups
registrations-summary = { $count ->
    [one] 1 sign-up
   *[other] { $count } sign-ups
} with a place, { $people ->
    [one] 1 person
   *[other] { $people } people
} in all.
registrations-capacity = There are { $capacity } places.
registrations-empty = Nobody has signed up yet.
registrations-confirmed = Signed up, with a place
registrations-waiting = Waiting list, in order of sign-up
registrations-waiting-empty = Nobody is on the waiting list.
registrations-cancelled = { $count ->
    [one] 1 sign-up was cancelled.
   *[other] { $count } sign-ups were cancelled.
}
registrations-hidden = Only the group's members and coordinators see who signed up.
registration-people = Number of people
registration-contact = Contact
registration-checked-in = Arrived
registration-not-checked-in = Not yet
registration-position = Place
registration-wants-to-join = Wants to become a connector
check-in-link = Check-in list

## Check-in list at the door
check-in-title = Check-in list: { $title }
check-in-title-plain = Check-in list
check-in-count = Arrived: { $arrived } of { $people ->
    [one] 1 person
   *[other] { $people } people
}.
check-in-list-title = Who is here?
check-in-people = { $count ->
    [one] 1 person
   *[other] { $count } people
}
check-in-at = Arrived at { $when }
event-dates-show-all = Show all coming dates ({ $count } more)
check-in-button = Check in
check-in-undo = Undo
check-in-done = { $name } has arrived.
check-in-undone = { $name } is back to "not arrived yet".
check-in-present = Arrived
check-in-remark = Remark
check-in-print-footer = Tick whoever comes in. Write below who came without signing up.

## Public page of an event
public-event-title = Event
public-event-not-found = This event does not exist or is not public.
public-ask-group = A question? Ask { $group }
public-event-by = Organised by
public-event-cancelled = This event is cancelled.
public-event-upcoming = The next dates
public-event-places-left = { $count ->
    [one] 1 place left.
   *[other] { $count } places left.
}
public-event-full = Full — you go on the waiting list.
public-event-waiting = { $count ->
    [one] 1 sign-up is on the waiting list.
   *[other] { $count } sign-ups are on the waiting list.
} When a place comes free, the first on the waiting list moves up.
public-event-walk-in = No need to sign up: just walk in.
public-event-closed = Signing up is not possible (any more).
public-event-register = Sign up
public-event-register-waiting = Sign up for the waiting list
public-event-register-full-hint = The event is full. If you sign up, you go on the waiting list. When a place comes free, it goes to the first in line.
public-event-submit = Sign up
public-event-submit-waiting = Put me on the waiting list
public-event-register-another = Sign up someone else
register-name = Your name
register-people = How many people are coming?
register-people-hint = Including yourself; at most { $max }.
register-contact = Contact details (optional)
register-contact-hint = Only needed if you want to hear from us, for example when the event is cancelled or a place comes free.
register-consent = I agree that the neighbourhood connectors keep my email address or phone number to contact me about this event
register-consent-hint = Required when you give an email address or phone number.
register-join-title = Become a neighbourhood connector?
register-join-intro = This evening we tell you about neighbourhood connectors: residents who bring the neighbourhood together, about 2 to 4 hours a week, after a three-day training.
register-join = I would like to become a neighbourhood connector
register-join-contact = The coordinator will contact you. So fill in your email address or phone number above and give your consent.
register-motivation = Why? (optional)
register-motivation-hint = In a few words. At most 1000 characters.
receipt-confirmed-title = You are signed up
receipt-confirmed = There is a place for you. See you then!
receipt-waitlisted-title = You are on the waiting list, in place { $position }
receipt-waitlisted = The event is full. When a place comes free, you move up in order of sign-up. Your personal link always shows where you stand.
registration-cancel-for-question = Cancel { $name }'s sign-up for this event? The place goes to the waiting list.
registration-cancelled-for = { $name }'s sign-up is cancelled.
registration-actions = Actions
phone-sign-up-title = Record a sign-up
phone-sign-up-intro = Did someone call or drop by? Record their sign-up here. The same rules as on the website: when it is full, the sign-up goes on the waiting list.
phone-sign-up-consent = The resident agrees that the group keeps this phone number to contact them about this event
phone-sign-up-submit = Record sign-up
phone-sign-up-done = { $name } is signed up.
phone-sign-up-waiting = { $name } is on the waiting list, in place { $position }.
receipt-called-off-title = This event does not go ahead
receipt-called-off = The event is called off. You need not do anything; your sign-up is kept in case it goes ahead after all.
receipt-cancelled-title = You have cancelled
receipt-cancelled = Your sign-up is cancelled. Would you like to come after all? Then sign up again.
receipt-event = Event
receipt-name = Name
receipt-status = Status
receipt-link-title = Your personal link
receipt-link-hint = Keep this link (as a bookmark or a screenshot). With it you can see your sign-up and cancel it.
poster-title = Poster
poster-intro = Print a poster for the meeting place, with a QR code to this page.
poster-print = Print poster
poster-next = Next time: { $date }
poster-scan = Scan the code for more information, or go to:
poster-scan-register = Scan the code to sign up, or go to:
poster-ask = A question about the neighbourhood? Ask it at:
poster-welcome = Everyone is welcome!

## Own sign-up (personal link)
registration-title = Your sign-up
registration-greeting = Hello { $name },
registration-cancel = Cancel my sign-up
registration-cancel-question = Are you sure you want to cancel your sign-up for { $title }? Your place will go to someone else.
registration-cancel-confirm = Yes, cancel
registration-cancelled-message = You have cancelled your sign-up for { $title }.
registration-to-event = Go to the event
registration-invalid-title = This link does not work
registration-invalid = This link is not valid (any more).
registration-invalid-help = Perhaps the link was not copied completely. You can sign up again through the calendar.

## Candidates
candidates-title = Candidates
candidates-intro = Residents who would like to become a neighbourhood connector, from signing up at a residents' evening to joining a group.
candidates-only-coordinators = Only coordinators see the candidates.
candidates-count = ({ $count })
candidate-status-interested = Interested
candidate-status-contacted = Contacted
candidate-status-in_training = In training
candidate-status-joined = Joined
candidate-status-declined = Declined
candidates-empty-interested = Nobody is waiting for a conversation.
candidates-empty-contacted = Nobody is contacted right now.
candidates-empty-in_training = Nobody is in training right now.
candidates-empty-joined = Nobody has joined yet.
candidates-empty-declined = Nobody has declined.
candidate-move-interested = Interested again
candidate-move-contacted = Contacted
candidate-move-in_training = In training
candidate-move-joined = Joined
candidate-move-declined = Declined
candidate-move-to = Move to:
candidate-move-label = Move { $name } to
candidate-moved = { $name } is now under { $status }.
candidate-of = ({ $name })
candidate-from = Via
candidate-from-elsewhere = Met elsewhere
candidate-group = Group
candidate-group-link = Go to the group
candidate-training = Training
candidate-training-link = Go to the training
candidate-motivation = Motivation
candidate-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
candidate-note-system = automatic
candidate-note-change = From { $from } to { $to }
candidate-note-status = To { $to }
candidate-add-note = Add a note
candidate-note-label = Note about { $name }
candidate-note-save = Save note
candidate-note-added = The note about { $name } has been saved.
candidate-enrol = Enrol
enrol-title = Enrol { $name }
enrol-intro = In one go: create a person, add them as a resident to a forming group and, if you like, to a training.
enrol-group = Forming group
enrol-group-option = { $name } ({ $count ->
    [one] 1 member
   *[other] { $count } members
})
enrol-no-groups = There is no forming group.
enrol-training = Training
enrol-training-hint = Optional. With a training the candidate goes to "In training", without to "Joined".
enrol-no-training = No training
enrol-submit = Enrol
enrol-nothing-changed = Nothing was changed.
candidate-enrolled = { $name } has been enrolled in { $group }.
candidate-add-title = Add a candidate
candidate-add-intro = Someone you met elsewhere who would like to become a neighbourhood connector.
candidate-add = Add candidate
candidate-added = { $name } has been added as a candidate.
report-title = Residents' evenings in figures
report-caption = Per residents' evening: signed up, came, interested, in training and joined
report-empty = There have been no residents' evenings yet.
report-evening = Residents' evening
report-registered = Signed up
report-came = Came
report-interested = Interested
report-in-training = In training
report-joined = Joined

## Errors (events)
field-error-choose = Make a choice.
field-error-time = Enter a time, such as 19:30.
field-error-time-skipped = This time does not exist on that day: the clocks go forward an hour. Choose another time.
field-error-end-before-start = The end time must be after the start time.
field-error-contact-to-join = Fill in your email address or phone number: without one the coordinator cannot reach you about becoming a buurtverbinder.
field-error-consent = Give your consent, or leave the email address and phone number empty.
field-error-people = Enter a number from 1 to 10.
field-error-reason = Give a reason.
error-registration-closed = Signing up is not possible (any more): the event is cancelled, has started, or you can just walk in.
error-registration-not-confirmed = Only people with a place can be checked in; this sign-up is cancelled or on the waiting list.
error-has-registrations = Residents have signed up for this date, and a series takes no sign-ups. Plan the series as a new activity.
error-occurrence-changes-would-be-lost = Some dates of this series were called off, moved or have figures, and would no longer be part of it. Reinstate those dates first.
error-group-not-forming = This group is no longer forming. Choose a forming group.
error-not-a-series = This event is not a series; change the event itself.
error-duplicate = This already exists.
event-interview-private = A conversation with a resident is always for the group only.
group-agenda-view = View
group-agenda-view-list = List
group-agenda-view-month = Month
recurrence-with-time = { $every }, { $time }

## Resident questions: values
# Long topics carry a soft hyphen (U+00AD), so they break at a syllable on a phone.
channel-in_person = In person
channel-online = Online
channel-phone = Phone
channel-email = Email
channel-other = Other
topic-housing = Housing
topic-care_and_wellbeing = Care and wellbeing
topic-loneliness = Loneliness
topic-money = Money
topic-safety = Safety
topic-public_space = Public space
topic-activities = Activities
topic-volunteering = Volun­teering
topic-other = Something else
question-status-new = New
question-status-in_progress = In progress
question-status-referred = Referred
question-status-answered = Answered
question-status-closed = Closed
question-move-new = Back to new
question-move-in_progress = Pick up
question-move-referred = Referred
question-move-answered = Answered
question-move-closed = Close
organisation-kind-municipality = Municipality
organisation-kind-welfare = Welfare and social work
organisation-kind-care = Care
organisation-kind-housing = Housing corporation
organisation-kind-money = Money and debt
organisation-kind-legal = Legal help
organisation-kind-volunteering = Volunteers' organisation
organisation-kind-other = Other
referral-outcome-connected = In touch
referral-outcome-not_reached = Not reached
referral-outcome-declined = Declined
duration-minutes = { $count } { $count ->
    [one] minute
   *[other] minutes
}
duration-hours = { $count } { $count ->
    [one] hour
   *[other] hours
}
duration-days = { $count } { $count ->
    [one] day
   *[other] days
}

## Resident questions: menu and group
nav-organisations = Organisations
nav-track = Follow a question
group-questions = Residents' questions
group-questions-intro = Note residents' questions, pick them up, refer them warmly and keep track of what happens.
group-questions-link = All the group's questions
group-faq-link = Keep the FAQ up to date
group-ask-link = Public page "Ask a question"
group-organisations-link = Organisations to refer to
back-to-questions = ← Back to the questions

## Resident questions: inbox
questions-title = Residents' questions
questions-intro = The questions to { $group }. Questions whose follow-up date has passed come first.
questions-new = Note a question
questions-filters = Filter
questions-filter-any = All
questions-filter-status = Status
questions-filter-topic = Topic
questions-filter-assignee = Picked up by
questions-list = Questions
questions-count = { $count ->
    [0] No questions.
    [one] 1 question.
   *[other] { $count } questions.
}
questions-overdue-count = { $count ->
    [one] 1 question needs a follow-up call.
   *[other] { $count } questions need a follow-up call.
}
questions-empty = There are no questions (with these filters).
questions-overdue = Follow-up overdue
questions-asked-on = Asked on { $date }
questions-assignee = Picked up by { $name }
questions-unassigned = Not picked up yet
questions-erased-on = Personal data erased on { $date }
questions-follow-up = Follow up on { $date }
questions-forbidden = You can only see the questions of your own group.

## Resident questions: intake
intake-title = Note a question
intake-for-group = For { $group }
intake-form-title = The question's details
intake-channel = How did the question come in?
intake-topic = What is the question about?
intake-text = The question
intake-text-hint = Write the question down as the resident asked it.
intake-event = Asked at
intake-event-hint = Today's event where the question was asked.
intake-event-none = Not at an event
intake-event-option = { $title } ({ $time })
intake-asked-now = The question was asked just now.
intake-asked-earlier = The question was asked earlier:
intake-earlier-open = Asked earlier? (copying from paper)
intake-earlier-close = Asked just now after all
intake-asked-at = When was the question asked?
intake-date = Date
intake-time = Time
intake-contact = Contact details (optional)
intake-contact-hint = Only if the resident wants us to get back to them. Ask for consent first.
intake-consent = The resident agrees that the group keeps their name and contact details to get back to them about the question
intake-consent-hint = Required when you fill in a name, email address or phone number.
intake-submit = Save the question
intake-saved = The question has been saved.

## Resident questions: one question
question-title = A resident's question
question-heading = Question about { $topic }
question-forbidden = You can only see the questions of your own group.
question-not-found = This question does not exist (any more).
question-changed-elsewhere = Someone else changed this question in the meantime. You now see the latest version; make your change again if needed.
question-erased = The personal data of this question was erased on { $date } (retention period over). The question can no longer change.
question-erased-text = (erased)
question-the-question = The question
question-field-topic = Topic
question-field-channel = Came in by
question-field-asked-at = Asked on
question-field-event = Asked at
question-event-link = See the event
question-field-asker = Asked by
question-field-assignee = Picked up by
question-field-first-response = First response after
question-anonymous = Anonymous
question-consent-at = Consent given on { $when }
question-moves = Next steps
question-move-note = Note (optional)
question-move-note-hint = What was done or agreed? The note goes into the timeline.
question-move-to = Set the question to:
question-no-moves = No steps are possible now.
question-note-only = Save the note only
question-note-saved = The note has been saved.
question-moved = The question is now: { $status }.
question-reload-hint = Reload the page to see which steps are possible now.
question-assign = Assign
question-assign-to = Who picks up the question?
question-assign-nobody = Nobody yet
question-assign-save = Save
question-assigned = { $name } picks up the question.
question-unassigned = Nobody has picked up the question.
question-answer = Answer for the resident
question-answer-label = Answer
question-answer-hint = The resident sees this answer with the tracking code. Write it for the resident, without names or details of others.
question-answer-save = Save the answer
question-answer-saved = The answer has been saved.
question-timeline = Timeline
question-actor-none = Resident or system
question-actor-resident = The resident (with the tracking code)
timeline-created = Noted as { $to }
timeline-change = From { $from } to { $to }
timeline-note = Note
timeline-assigned = Assigned to { $name }
timeline-unassigned = No longer assigned to anyone
timeline-assigned-erased = Assigned (the name was erased with the personal data)
timeline-public-answer = Answer for the resident written or changed
timeline-reaction = Reaction from the resident
timeline-not-solved = The resident says: not solved yet
timeline-not-solved-reopened = The resident says: not solved yet. The question was reopened ({ $to }).
question-faq = Make an FAQ item
question-faq-hint = Write a general question and an answer in your own words. Nothing of this question is copied except the topic.
question-faq-make = Make an FAQ item

## Resident questions: referrals
referrals-title = Referrals
referrals-none = Not referred yet.
referral-new = Refer to an organisation
referral-organisation = Organisation
referral-organisation-option = { $name } ({ $kind })
referral-organisation-topic = Organisations for { $topic }.
referral-organisation-all = All organisations.
referral-organisation-none = There is no organisation for this topic. Choose "Show all organisations".
referral-show-all = Show all organisations
referral-contact = Contact person
referral-contact-hint = The person the resident can turn to.
referral-contact-default = Leave empty for { $name }, the usual contact person.
referral-consent-label = The resident agrees that we pass on their details
referral-consent-hint = Without consent, you only give the contact person to the resident.
referral-note = Note
referral-follow-up = Follow up on
referral-follow-up-hint = When will you ask how it went?
referral-save = Refer
referral-saved = Referred to { $organisation }.
referral-consent = Details passed on
referral-consent-at = Yes, consent on { $when }
referral-consent-none = No
referral-outcome = Outcome
referral-open = Still open
referral-how = How did it go?
referral-of = to { $organisation }
referral-outcome-label = Outcome of the referral to { $organisation }
referral-recorded = Referral to { $organisation }: { $outcome }.

## Resident questions: FAQ (members)
faq-title = Frequently asked questions
faq-intro = Questions and answers for the group's public page, in your own words and without residents' names or details.
faq-public-link = See the public page
faq-add-title = New FAQ item
faq-add = Add a question and answer
faq-list = All questions and answers
faq-empty = No frequently asked questions yet.
faq-form-hint = Write for all residents: no names, addresses or other recognisable details.
faq-topic = Topic
faq-question = Question
faq-question-hint = As a resident would ask it.
faq-answer = Answer
faq-published-label = Show on the public page
faq-save = Save
faq-saved = The FAQ item has been saved.
faq-changed-elsewhere = Someone else changed this item in the meantime. You now see the latest text; make your change again if needed.
faq-made = The FAQ item "{ $question }" has been saved.
faq-link = To the frequently asked questions
faq-state-published = Public
faq-state-draft = Not public
faq-edit = Edit
faq-publish = Publish
faq-unpublish = Take off the public page
faq-published = The question is now on the public page.
faq-unpublished = The question is no longer on the public page.
faq-delete = Delete
faq-delete-question = Delete this question and answer?
faq-delete-confirm = Yes, delete
faq-deleted = The FAQ item has been deleted.
faq-of = { $question }

## Resident questions: organisations
organisations-title = Organisations
organisations-intro = The local directory: organisations you can refer residents to warmly.
organisations-read-only = Coordinators and professionals keep this list up to date.
organisations-filter-topic = Topic
organisations-filter-kind = Kind
organisations-list = Organisations
organisations-count = { $count ->
    [0] No organisations.
    [one] 1 organisation.
   *[other] { $count } organisations.
}
organisations-empty = There are no organisations (with these filters).
organisations-forbidden = You may not see the organisations.
organisation-add = Add an organisation
organisation-edit = Edit
organisation-name = Name
organisation-kind = Kind of organisation
organisation-topics = Helps with
organisation-contact = Contact person
organisation-website = Website
organisation-website-hint = The full address, for example https://www.example.org
organisation-saved = { $name } has been saved.
organisation-changed-elsewhere = Someone else changed this organisation in the meantime. You now see the latest details; make your change again if needed.

## Resident questions: asking in public
ask-title = Ask a question
ask-title-group = Ask { $group } a question
ask-meets = meets at { $place }
ask-group-ended = This group has stopped and takes no new questions. Look in the agenda for another group in your neighbourhood.
ask-intro = Do you have a question about housing, care, money or anything else in the neighbourhood? Ask it here. The neighbourhood connectors will find out for you or put you in touch with someone who can help.
ask-form-title = Ask your question here
ask-text = Your question
ask-text-hint = At most { $max } characters.
ask-topic = What is your question about?
ask-topic-hint = Optional.
ask-topic-unknown = I don't know
ask-contact = Your details (optional)
ask-contact-hint = Only needed if you want us to contact you. You can also ask without your name and follow the answer with the tracking code.
ask-consent = I agree that the neighbourhood connectors keep my name and contact details to get back to me about my question
ask-consent-hint = Required when you fill in a name, email address or phone number.
ask-website = Leave this field empty
ask-submit = Send the question
ask-sent = Your question has been sent.
ask-group-not-found = This group does not exist (any more). Check the address.
ask-receipt-title = Your question has been sent
ask-receipt-text = { $group } has received your question.
ask-receipt-code = Your tracking code:
ask-receipt-write-down = Write this code down or take a photo of it. With the code you can see how your question is doing and read the answer. We cannot look the code up for you again.
ask-receipt-track = Follow your question
ask-again = Ask another question
ask-faq-title = Frequently asked questions
ask-faq-empty = There are no frequently asked questions yet.
ask-track-link = Already asked a question? Follow it with your tracking code.

## Resident questions: following a question
track-title = Follow your question
track-intro = Fill in the tracking code you got when you asked the question. Capitals, spaces and dashes do not matter.
track-form-label = Look up a tracking code
track-code = Tracking code
track-code-hint = For example ABCD-EFGH-JKMN-PQRS
track-submit = Look up
track-result = How your question is doing
track-not-found = We do not know this tracking code. Check the code. After the retention period a code no longer works.
track-code-shown = Tracking code { $code }
track-status = Status:
track-explain-new = Your question has come in. A neighbourhood connector will pick it up as soon as possible.
track-explain-in_progress = A neighbourhood connector is working on your question.
track-explain-referred = Your question has been passed on to an organisation that can help you further.
track-explain-answered = Your question has been answered.
track-explain-closed = Your question has been dealt with.
track-ask-again = Another question? Ask { $group }
track-reactions = Your reactions
track-reaction-not-solved = not solved yet
track-reaction-title = React
track-reaction-intro = Anything you want the neighbourhood connectors to know? Your reaction is added to your question. Leave out anything you do not want to share.
track-reaction-text = Your reaction
track-reaction-hint = At most { $max } characters.
track-reaction-not-solved-label = My question is not solved yet
track-reaction-not-solved-hint = The neighbourhood connectors will then take up your question again.
track-reaction-submit = Send reaction
track-reaction-sent = Your reaction was sent.
track-reaction-reopened = Your reaction was sent. The neighbourhood connectors will take up your question again.
track-group = Asked to
track-topic = Topic
track-asked = Asked on
track-updated = Last updated
track-answer = Answer
track-no-answer = There is no answer yet. Please look again later.

## Resident questions: errors
field-error-question-consent = Tick the consent, or leave name, email address and phone number empty.
field-error-future = This moment is in the future.
field-error-question-length = The question is too long: at most 2000 characters.
error-question-erased = The personal data of this question was erased; the question can no longer change.

## Accounts (admins) and setting a password
nav-accounts = Accounts
role-admin = Admin
role-coordinator = Coordinator
role-professional = Professional
role-connector = Neighbourhood connector
accounts-title = Accounts
accounts-intro = Who can log in, with which role. A new account gets a personal link to choose its own password.
accounts-admins-only = Only admins manage accounts.
accounts-new = New account
accounts-new-hint = You then get a personal link. Give it to the person: with it they choose their own password.
accounts-create = Create account
accounts-list = All accounts
accounts-issued-title = Personal link for { $name }
accounts-issued-text = Give this link to { $email }, in person, by phone or by mail. It works once, until { $expires }.
accounts-issued-once = You see this link only now. Lost it? Make a new one; the old one then stops working.
account-name = Name
account-role = Role
account-role-of = Role of { $name }
account-of = of { $name }
account-own = This is your own account ({ $role }). Another admin changes your role or disables your account.
account-state-active = Active
account-state-invited = Invited, no password yet
account-state-disabled = Disabled
account-reset = New log-in link
account-invite-again = New invitation link
account-link-question = Make a new link? An earlier link then stops working.
account-disable = Disable
account-disable-question = Disable this account? The person can then no longer log in.
account-enable = Enable again
account-enable-question = Enable this account again?
account-saved = The account of { $name } was saved.
password-title = Set your password
password-welcome = Welcome, { $name }
password-intro-invitation = Choose a password for your account { $email }. This link works until { $expires }.
password-intro-reset = Choose a new password for your account { $email }. Your old password works until you save the new one. This link works until { $expires }.
password-email = Your email address (you log in with it)
password-new = New password
password-hint = { $min } to 200 characters. A sentence of a few words is easiest to remember.
password-repeat = Repeat the password
password-submit = Save password
password-done = Your password is set
password-done-text = You can now log in with your email address and the new password.
password-link-invalid = This link does not work (any more). A link works once and only for a few days. Ask the admin for a new one.
field-error-password-length = Choose a password of at least 12 characters.
field-error-password-repeat = The two passwords are not the same.
field-error-password-blank = Only spaces is no password. Choose letters, digits or signs.
field-error-email-taken = This email address has an account already.
field-error-password-long = Choose a password of at most 200 characters.
field-error-reaction-length = Your reaction is too long: at most 2000 characters.

## What the neighbourhood has: resources and the map
nav-resources = What the neighbourhood has
resources-title = What the neighbourhood has
resources-intro = Initiatives, associations, places, businesses, services and what residents can do: everything the neighbourhood already has, so you can connect residents with it.
resources-to-check-title = To check
resources-to-check-intro = What has not been checked for six months or more. Is it still right? Look it over and choose ‘Checked’, or change it.
resources-views = View
resources-all = Everything
resources-to-check = To check
resources-list = List
resources-map = Map
resources-to-map = To the map
resources-count = { $count ->
    [one] 1 found
   *[other] { $count } found
}{ $without ->
    [0] {""}
    [one] , 1 of them without a place on the map
   *[other] , { $without } of them without a place on the map
}.
resources-empty = Nothing found (with these filters).
resources-to-check-empty = Everything was checked in the last six months.
resource-add = Add
resource-new-title = Add to what the neighbourhood has
resource-edit-title = Change
resource-edit = Change
resource-verify = Checked
resource-verified = { $name } was checked today.
resource-saved = { $name } was saved.
resource-changed-elsewhere = Someone else changed this meanwhile. You now see the latest details; make your change again if needed.
resource-show-on-map = On the map
resource-checked-on = Checked on { $date } by { $name }.
resource-never-checked = Never checked yet.
resource-due = To check
resource-not-public = not public
resource-name = Name
resource-kind = Kind
resource-kind-hint = A skill is something a resident can do or offers, such as repairing bikes.
resource-kind-initiative = Initiative
resource-kind-association = Association
resource-kind-place = Place
resource-kind-business = Business
resource-kind-service = Service
resource-kind-skill = Skill
resource-status = Status
resource-status-active = Active
resource-status-inactive = Stopped
resource-status-temporarily_closed = Temporarily closed
resource-audience = Who may see this
resource-audience-public = Everyone
resource-audience-group = The group
resource-audience-coordinators = Coordinators only
resource-consent = The resident's consent: who may see this
resource-consent-hint = Ask the resident. With ‘Everyone’ the skill is on the public site, without an address; the moment of consent is recorded.
resource-owner = Whose
resource-owner-hint = A skill belongs to a resident of the group.
resource-group = Group
resource-no-group = No group
resource-neighbourhood = Neighbourhood
resource-neighbourhood-of-group = The group's
resource-where = Neighbourhood and group
resource-where-error = Choose a group or a neighbourhood.
resource-where-legend = Where
resource-address = Address
resource-latitude = Latitude
resource-longitude = Longitude
resource-location-hint = For the map, for example 52.0930 and 5.1450. You may leave it empty: then it is in the list, not on the map.
resource-location-error = Enter a latitude (−90 to 90) and a longitude (−180 to 180), or leave both empty.
resource-description = What it is and does
resource-opening-hours = Opening hours
resource-osm-hours = Written as OpenStreetMap opening_hours (such as Mo-Fr 09:00-17:00)
resource-contact-legend = Contact
resource-contact-name = Contact person
resource-show-publicly = Show publicly
resource-accessibility = Accessibility
resource-languages = Languages
resource-languages-hint = Language codes with commas, such as nl, en, tr.
resource-tags = Tags
resource-tags-hint = With commas, such as food, meeting.
resource-tag = Tag
map-label = Map of what the neighbourhood has
map-hint = The list holds everything on the map. Choose a point for its name.
map-failed = The map could not be drawn. The list holds everything.
map-show-in-list = Show in the list

## The group's own site
site-title = The group's site
site-section-agenda = What's on
site-section-ask = Ask a question
site-section-faq = Frequently asked questions
site-section-resources = What the neighbourhood has
site-section-stories = Stories
site-section-join_us = Join us
site-walk-in-time = Walk-in hour
site-walk-in-place = Where
site-contact = Contact
site-agenda-empty = Nothing is planned for the coming months.
site-agenda-all = The whole agenda of the neighbourhood
site-ask-intro = Do you have a question about the neighbourhood, or do you not know whom to ask? Ask it here. You get a code to follow your question.
site-ask-button = Ask your question
site-resources-intro = What the neighbourhood already has: initiatives, associations, places and people who can do something. The list holds everything; the map shows where it is.
site-resources-empty = Nothing here yet.
site-join-intro = Would you like to become a buurtverbinder with { $group } too? Leave your name and a phone number or e-mail address. A coordinator will contact you; you are not committing to anything.
site-join-contact = Your details
site-join-contact-hint = Your name and a phone number or e-mail address, so that we can reach you.
site-join-consent = I agree that Buurtverbinders keeps my name and contact details to contact me about joining.
site-join-consent-hint = Only the coordinators see them. You can always ask for them to be removed.
site-join-motivation = Why would you like to join? (optional)
site-join-submit = Sign up
site-join-received = Thank you! { $group } will contact you.
field-error-consent-to-join = Give your consent, or we cannot keep your details.
site-settings-title = Set up the group's site
site-settings-intro = This is { $group }'s own site: what residents see when they look the group up. Everyone in the group can change it.
site-open = View the site
site-back-to-group = Back to the group
site-introduction = Who are you?
site-introduction-hint = A few sentences about the group, for residents. Shown at the top of the site.
site-walk-in-time-hint = For example: Every Tuesday 10:00–12:00
site-walk-in-place-hint = A place residents can drop in, such as the community centre or the library.
site-contact-hint = How residents reach you: a phone number, an e-mail address, or ‘drop in at the walk-in hour’.
site-sections = What is on the site?
site-sections-hint = Tick what shows and put it in the order you want.
site-move-up = Up
site-move-down = Down
site-colour = Colour
site-colour-hint = The colour of the bar at the top, with white letters on it. Choose a dark colour so that everyone can read it.
site-colour-code = Colour code
site-contrast-ok = Contrast with white letters: { $ratio }:1. Easy to read.
site-contrast-low = Contrast with white letters: { $ratio }:1. That is too light: at least 4.5:1 is needed. Choose a darker colour.
site-colour-error = Choose a colour written #rrggbb that is dark enough for white letters (contrast at least 4.5:1).
site-saved = The site was saved.
site-changed-elsewhere = Someone else changed the site meanwhile. You now see the latest version; make your change again if needed.
site-preview = Preview
group-site = The group's site
group-site-intro = The group's own site: who you are, where the walk-in hour is, the agenda, asking questions and joining.
group-site-open = View the site
group-site-settings = Set up the site
error-story-withdrawn = The resident withdrew their consent: the text and the name are erased and the story no longer changes.

## Stories from interviews
group-stories = Stories from interviews
stories-title = Stories
stories-intro = What residents told in interviews, written up by the group. A story is on the site only if the resident agrees; when the resident withdraws their consent, the text is erased at once.
stories-list = The group's stories
stories-empty = There are no stories yet.
story-new = Write up a story
story-title = Title
story-text = The story
story-consent = The resident's consent
story-consent-hint = Ask the resident. The moment of consent is recorded.
story-consent-named = On the site with their name
story-consent-anonymous = On the site without a name
story-consent-internal = For the group only (never on the site)
story-teller = The name as the resident wants it shown
story-publish = Put it on the group's site
story-name-needed = Enter the name the resident wants shown, or choose ‘without a name’.
story-saved = { $title } was saved.
story-changed-elsewhere = Someone else changed this story meanwhile. You now see the latest version.
story-consent-given = { $consent }, consent recorded on { $date }.
story-badge-published = On the site
story-badge-not-published = Not on the site
story-badge-withdrawn = Consent withdrawn
story-erased = The text is erased: the resident withdrew their consent.
story-withdraw = Withdraw consent
story-withdraw-question = Did the resident withdraw their consent? The text and the name are erased at once and the story leaves the site. This cannot be undone.
story-withdraw-confirm = Yes, erase
story-withdrawn = { $title }: the text is erased and it is no longer on the site.

## API clients (admins)
nav-api-clients = API clients
api-clients-title = API clients
api-clients-intro = Systems that use the API, such as the municipality's dashboard or a script, get a client of their own with only the rights they need. That way no system uses a person's account.
api-clients-admins-only = Only admins manage API clients.
api-clients-new = New client
api-clients-new-hint = You then get a client id and a secret. Give them to whoever runs the system.
api-clients-create = Create client
api-clients-list = All clients
api-clients-none = There are no clients yet.
api-clients-secret-title = Client id and secret for { $name }
api-clients-secret-text = With these the system asks for an access token at POST /api/v1/oauth/token (OAuth 2.0 client credentials). Give the secret only to whoever runs the system, not by ordinary e-mail.
api-clients-secret-once = You see this secret only now. Lost it? Make a new secret; the old one then stops working.
api-client-id = Client id
api-client-secret = Secret
api-client-name = Name of the system
api-client-name-hint = For example: Municipality – neighbourhood monitor.
api-client-scopes = Rights
api-client-expires = Valid until
api-client-expires-field = Valid up to and including (optional)
api-client-expires-hint = Leave empty for no end. After this day the client stops working.
api-client-no-end = no end
api-client-last-used = Last used
api-client-never-used = never
api-client-state-active = Active
api-client-state-disabled = Disabled
api-client-state-expired = Expired
api-client-new-secret = New secret
api-client-new-secret-question = Make a new secret? The old secret stops working at once.
api-client-disable-question = Disable this client? The system can no longer use the API, at once.
api-client-enable-question = Enable this client again?
api-client-saved = The client { $name } was saved.
api-client-error-scopes = Choose at least one right.
api-client-error-past = Choose today or a day in the future.
api-client-error-personal-data-alone = Personal data goes with Read or Write: choose one as well.
api-client-edit = Change
api-client-edit-title = Change { $name }
api-client-edit-hint = Take a right away and the access tokens the system has stop working at once: it then asks a new one.
api-client-save = Save
scope-read = Read
scope-write = Change
scope-reports = Reports
scope-personal_data = Personal data
scope-hint-read = Read groups, neighbourhoods and organisations, without names or contact details.
scope-hint-write = Change organisations and neighbourhoods.
scope-hint-reports = Read the reports: counts only, never personal data.
scope-hint-personal_data = With Read: people's names and contact details. Only give it when the system really needs them.
copy-field-copied = Copied.
copy-field-selected = The text is selected. Copy it with Ctrl+C (or Cmd+C).

## Reports (coordinators and admins)
nav-reports = Reports
reports-title = Reports
reports-intro = What the programme did in a period: per group, per neighbourhood or for the whole programme, with the CBS codes. Counts only, never personal data. Without a choice you see the last full quarter.
reports-coordinators-only = Only coordinators and admins see the reports.
reports-choose = Choose period and level
reports-level = Per
reports-level-group = Per group
reports-level-neighbourhood = Per neighbourhood
reports-level-programme = Whole programme
reports-unit-group = Group
reports-unit-neighbourhood = Neighbourhood
reports-unit-programme = Municipality
reports-from = From
reports-to = Up to and including
reports-period-hint = At most a year. Days in Dutch time.
reports-show = Show report
reports-error-too-long = Choose at most 366 days.
reports-error-last-before-first = The last day cannot come before the first (a single day is fine).
reports-period = { $from } up to and including { $to }
reports-address-refused = The address asks for a report that cannot be made (an unknown level, a date that does not exist, the last day before the first, or more than 366 days). Below is the last full quarter; choose a period yourself.
reports-download-csv = Download CSV
reports-download-excel = Download for Excel
reports-print = Print
reports-empty = There is nothing to count yet.
reports-municipality = Municipality of { $name }
reports-chart-questions-per-row = Questions asked
reports-chart-topics = Questions by topic
reports-chart-reached = Residents reached by kind of activity
reports-evenings-caption = Residents' evenings in the period: who came and what they brought
reports-table-caption = Every figure of the period
reports-cbs = CBS codes
reports-connectors = Connectors
reports-professionals = Professionals
reports-questions = Questions
reports-first-response = Median to first response
reports-closing = Median to closing
reports-days = { $days } d
reports-referrals = Referrals
reports-dates = Activities
reports-residents-reached = Residents reached
reports-training = Training completed
reports-of = { $part } of { $whole }
reports-candidates = Candidates (joined)
reports-candidates-value = { $all } ({ $joined })
reports-resources = What the neighbourhood has: new / checked
reports-resources-value = { $added } / { $checked }

## Time (My time and the group's weeks)
nav-time = My time
group-time = The group's time
time-title = My time
time-intro = After the training, connectors spend two to four hours a week on average. Keep track of your time: the group then sees when it becomes too much, or when someone drops away.
time-no-group = You are not a member of a group (yet), so there is no time to keep.
time-group = Group
time-week = This week
time-week-band = (the band is { $min } to { $max } hours a week)
time-nothing = Nothing this week
time-nothing-logged = Saved: nothing this week.
time-nothing-short = nothing
time-nothing-entry = Nothing this week
time-log = Log time
time-recent-hint = Tap a meeting of the last two weeks: its day, length and kind are filled in. Then Save.
time-date = Day
time-duration = Duration
time-duration-hint = Hours and minutes, for example 1:30.
time-activity = What for
time-activity-choose = Choose…
time-note = Note (optional)
time-save = Save
time-logged = Saved: { $duration } on { $date }.
time-error-future = Log time afterwards: the day cannot be in the future.
time-error-duration-missing = Say how long, for example 1:30.
time-error-duration = Write the duration as hours and minutes, for example 1:30 (minutes up to 59, at most 24:00).
time-error-activity = Choose what the time was for.
time-weeks = The last { $count } weeks
time-weeks-caption = Your time per week
time-week-column = Week
time-week-of = Week of { $date }
time-position = Against 2 to 4 hours
time-entries = What you logged
time-entries-none = You have not logged anything in the last weeks.
time-delete = Delete
time-entry-deleted = The entry was deleted.
time-activity-walk_in_hour = Walk-in hour
time-activity-event = Activity or meeting
time-activity-interview = Talk with a resident
time-activity-question = A resident's question
time-activity-meeting = The group's meeting
time-activity-training = Training
time-activity-other = Something else
time-position-no_entry = nothing logged
time-position-nothing = nothing done
time-position-below = under 2 hours
time-position-within = 2 to 4 hours
time-position-above = over 4 hours
time-group-title = The group's time
time-group-intro = Each resident's hours per week against the two to four hours. This is for looking after each other, not for comparing: everyone is listed by name.
time-signals = Signals
time-signals-none = No signals: nobody is far above the band or has dropped away.
time-signal-kind-overload = too much
time-signal-kind-drop_off = dropped away
time-signal-kind-back = back again
time-signal-overload = over { $max } hours in { $count } of the last weeks ({ $weeks }).
time-signal-drop_off = { $count } weeks without any entry, not even "nothing this week" ({ $weeks }).
time-signal-back = busy again in { $week }, after { $count } weeks without an entry.
time-member = Resident
time-no-account = (no account)
time-group-total = Whole group
time-band-hint = A week runs from Monday to Sunday. The band is { $min } to { $max } hours.

## The group's goals
goals-title = Goals
goals-intro = Achievable goals the group sets itself, with how they go. Choose per goal whether it shows on the group's site.
goals-none = The group has no goals yet.
goals-site-title = Our goals
goal-status = Status
goal-status-planned = Planned
goal-status-in_progress = In progress
goal-status-achieved = Achieved
goal-status-dropped = Dropped
goal-target = target date { $date }
goal-public = on the site
goal-private = not on the site
goal-make-public = Show on the site
goal-make-private = Take off the site
goal-new = New goal
goal-title = Goal
goal-success = What does success look like?
goal-success-hint = For example: ten neighbours garden there together every week.
goal-target-field = Target date (optional)
goal-public-field = Show on the group's site
goal-create = Save goal
goal-saved = The goal { $title } is saved.
goal-progress = How is it going? (today)
goal-progress-add = Save progress
goal-progress-of = Progress of { $title }
goal-progress-saved = The progress of { $title } is saved.
goal-last-progress = Last updated on { $date }
