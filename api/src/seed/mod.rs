//! Invented demo data: one municipality, three neighbourhoods, three groups in the states a
//! coordinator meets (one active and complete, one forming without a professional, one forming with
//! too few members), trainings, events around today (a past residents' evening with candidates, a
//! weekly walk-in hour, a full meal with a waiting list), resident questions in every status with referrals to
//! organisations and an FAQ item, one account per role and an API client. Running it again
//! adds nothing twice.

use api_types::{
    AccountId, ApiClientId, AttendanceEntry, AttendanceStatus, Audience, Availability, AvailabilityAnswer,
    CandidateStatus, Channel, ContactPreference, EventId, EventStatus, GroupStatus, MembershipKind, NeighbourhoodId,
    NewAccount, NewDateOption, NewFaqItem, NewNeighbourhood, NewOrganisation, NewPerson, NewResource,
    OpeningHoursFormat, OrganisationKind, PersonId, Point, ProfessionalRole, QuestionChange, QuestionStatus,
    ReferralOutcome, RegistrationId, RegistrationStatus, ResourceKind, ResourceStatus, Role, Scope, Topic, TrainingId,
    TrainingStatus, Visibility,
};

use crate::access::tokens;
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::{
    accounts, api_clients, candidates, events, faq, goals, groups, neighbourhoods, organisations, people, questions,
    resources, sites, stories, time, trainings,
};

/// Password of every demo account (documented in the README).
pub const DEMO_PASSWORD: &str = "buurtverbinders-demo";

/// The demo's API client (documented in the README): the municipality's dashboard, which reads the
/// programme and its reports but holds no scope for personal data.
pub const DEMO_CLIENT_ID: &str = "0193b5c0-0000-7000-8000-00000000d3a0";
/// The demo API client's secret; a real client's secret is made by the server and shown once.
pub const DEMO_CLIENT_SECRET: &str = "buurtverbinders-demo-client";

const MUNICIPALITY: &str = "Lindeburg";

type Member = (&'static str, Option<&'static str>, MembershipKind, Option<ProfessionalRole>, Option<&'static str>);

/// Creates the demo data where it is missing. Returns how many records were added.
pub fn seed_demo(conn: &mut DbConnection) -> ApiResult<usize> {
    db::write(conn, |conn| {
        let mut added = 0;
        let neighbourhood_ids = [
            neighbourhood(conn, "De Linde", "BU99010101", "WK990101", &mut added)?,
            neighbourhood(conn, "Kastanjeplein", "BU99010102", "WK990101", &mut added)?,
            neighbourhood(conn, "Molenwijk", "BU99010201", "WK990102", &mut added)?,
        ];
        let linde: [Member; 7] = [
            ("Anouk Verbeek", Some("anouk.verbeek@example.org"), MembershipKind::Resident, None, None),
            ("Bram Hoekstra", Some("bram.hoekstra@example.org"), MembershipKind::Resident, None, None),
            ("Fatma Yilmaz", None, MembershipKind::Resident, None, None),
            ("Gerrit van Dalen", None, MembershipKind::Resident, None, None),
            ("Noor el Amrani", Some("noor.elamrani@example.org"), MembershipKind::Resident, None, None),
            (
                "Petra Smulders",
                Some("petra.smulders@example.org"),
                MembershipKind::Professional,
                Some(ProfessionalRole::DistrictDirector),
                Some("Gemeente Lindeburg"),
            ),
            (
                "Sander Kuipers",
                Some("sander.kuipers@example.org"),
                MembershipKind::Professional,
                Some(ProfessionalRole::VolunteerCoordinator),
                Some("Vrijwilligerspunt Lindeburg"),
            ),
        ];
        let kastanje: [Member; 5] = [
            ("Chantal Brouwer", Some("chantal.brouwer@example.org"), MembershipKind::Resident, None, None),
            ("Dirk Mulder", None, MembershipKind::Resident, None, None),
            ("Esra Kaya", Some("esra.kaya@example.org"), MembershipKind::Resident, None, None),
            ("Henk Jacobs", None, MembershipKind::Resident, None, None),
            ("Ilse Wouters", Some("ilse.wouters@example.org"), MembershipKind::Resident, None, None),
        ];
        let molen: [Member; 3] = [
            ("Jasper Vink", Some("jasper.vink@example.org"), MembershipKind::Resident, None, None),
            ("Karin Peeters", None, MembershipKind::Resident, None, None),
            (
                "Lotte Dekker",
                Some("lotte.dekker@example.org"),
                MembershipKind::Professional,
                Some(ProfessionalRole::SocialWorker),
                Some("Welzijn Lindeburg"),
            ),
        ];
        group(
            conn,
            "Buurtverbinders De Linde",
            &neighbourhood_ids[0],
            GroupStatus::Active,
            "Wij maken zichtbaar wat De Linde al heeft en brengen bewoners met elkaar in contact.",
            Some("Buurthuis De Linde, elke dinsdag 10:00–12:00"),
            &linde,
            &mut added,
        )?;
        group(
            conn,
            "Buurtverbinders Kastanjeplein",
            &neighbourhood_ids[1],
            GroupStatus::Forming,
            "Een nieuwe groep rond het Kastanjeplein; we zoeken nog een professional.",
            Some("Bibliotheek Kastanjeplein"),
            &kastanje,
            &mut added,
        )?;
        group(
            conn,
            "Buurtverbinders Molenwijk",
            &neighbourhood_ids[2],
            GroupStatus::Forming,
            "Net begonnen in de Molenwijk: wie doet er mee?",
            None,
            &molen,
            &mut added,
        )?;
        trainings(conn, &mut added)?;
        events(conn, &neighbourhood_ids, &mut added)?;
        questions(conn, &mut added)?;
        let petra = person_id_by_email(conn, "petra.smulders@example.org")?;
        let anouk = person_id_by_email(conn, "anouk.verbeek@example.org")?;
        for (email, name, role, person) in [
            ("admin@example.org", "Beheerder", Role::Admin, None),
            ("coordinator@example.org", "Coördinator Lindeburg", Role::Coordinator, None),
            ("professional@example.org", "Petra Smulders", Role::Professional, petra),
            ("connector@example.org", "Anouk Verbeek", Role::Connector, anouk),
        ] {
            if !accounts::exists(conn, email)? {
                accounts::create(
                    conn,
                    &NewAccount {
                        email: email.into(),
                        display_name: name.into(),
                        role,
                        password: Some(DEMO_PASSWORD.into()),
                        person_id: person.map(PersonId::uuid),
                    },
                )?;
                added += 1;
            }
        }
        resources(conn, &neighbourhood_ids, &mut added)?;
        linde_site(conn, &mut added)?;
        linde_time(conn, &mut added)?;
        linde_goals(conn, &mut added)?;
        let client: ApiClientId = DEMO_CLIENT_ID.parse().map_err(|_| ApiError::Internal("demo client id".into()))?;
        if !api_clients::exists(conn, &client)? {
            api_clients::import(
                conn,
                &client,
                "Dashboard gemeente Lindeburg",
                &[Scope::Read, Scope::Reports],
                DEMO_CLIENT_SECRET,
            )?;
            added += 1;
        }
        Ok(added)
    })
}

/// De Linde's own site, as its members set it up: what they say about themselves, their walk-in
/// hour at the neighbourhood centre, and a colour of their own.
fn linde_site(conn: &mut DbConnection, added: &mut usize) -> ApiResult<()> {
    let Some(group) = groups::summary_by_slug(conn, "buurtverbinders-de-linde")?.map(|g| g.id) else {
        return Ok(());
    };
    let Some(anouk) = accounts::id_of(conn, "connector@example.org")? else {
        return Ok(());
    };
    if sites::public_site(conn, &group)?.introduction.is_some() {
        return Ok(());
    }
    linde_stories(conn, &group, &anouk, added)?;
    sites::import(
        conn,
        &group,
        "Wij zijn bewoners van De Linde die de buurt met elkaar verbinden. Heeft u een vraag, een idee \
         of wilt u iets doen voor de buurt? Kom langs of laat het ons weten. Samen weten we meer dan \
         alleen.",
        "Loop binnen tijdens het inloopuur, of bel het buurthuis: 030 765 1000.",
        ("Buurthuis De Linde, Lindeplein 1 (de grote tafel bij de ingang)", "Elke dinsdag 10:00–12:00"),
        "#7a2e5c",
        &anouk,
    )?;
    *added += 1;
    Ok(())
}

/// Twelve weeks of De Linde's time, up to today: Anouk logs her own and that of Fatma (who has no
/// account); the coordinator logs for the others, who have none either. Noor is overloaded (above
/// four hours in the last weeks), Gerrit dropped off (nothing for the last three weeks), Bram had a
/// week with "nothing this week".
fn linde_time(conn: &mut DbConnection, added: &mut usize) -> ApiResult<()> {
    use api_types::TimeActivity::{Meeting, Other, Question, WalkInHour};
    let Some(group) = groups::summary_by_slug(conn, "buurtverbinders-de-linde")? else { return Ok(()) };
    if time::any_of_group(conn, &group.id)? {
        return Ok(());
    }
    let (Some(anouk_account), Some(coordinator)) =
        (accounts::id_of(conn, "connector@example.org")?, accounts::id_of(conn, "coordinator@example.org")?)
    else {
        return Ok(());
    };
    let members = group_members(conn, "buurtverbinders-de-linde")?;
    let person = |name: &str| members.iter().find(|(_, n)| n == name).map(|(id, _)| *id);
    let today = crate::local_time::today();
    let monday = today - chrono::Duration::days(i64::from(chrono::Datelike::weekday(&today).num_days_from_monday()));
    // Per member: who logs, and per week (0 = this week, 11 = eleven weeks ago) Tuesday's and
    // Thursday's minutes (`None`: no entry; Tuesday `Some(0)`: "nothing this week").
    type Weeks = fn(i64) -> (Option<i32>, Option<i32>);
    let plan: [(&str, AccountId, Weeks); 5] = [
        ("Anouk Verbeek", anouk_account, |w| (Some(120), (w % 2 == 0).then_some(45))),
        ("Fatma Yilmaz", anouk_account, |w| (Some(120), (w % 3 == 0).then_some(30))),
        ("Noor el Amrani", coordinator, |w| {
            if w <= 4 {
                (Some(150), Some(150 + 15 * w as i32))
            } else {
                (Some(120), Some(60))
            }
        }),
        ("Gerrit van Dalen", coordinator, |w| if w >= 4 { (Some(120), Some(30)) } else { (None, None) }),
        (
            "Bram Hoekstra",
            coordinator,
            |w| if w == 5 { (Some(0), None) } else { (Some(120), (w % 4 == 1).then_some(60)) },
        ),
    ];
    for (name, author, weeks) in plan {
        let Some(member) = person(name) else { continue };
        for week in 0..12 {
            let start = monday - chrono::Duration::weeks(week);
            let (tuesday, thursday) = weeks(week);
            for (offset, minutes, activity, note) in [
                (1, tuesday, WalkInHour, None),
                (3, thursday, if week % 2 == 0 { Question } else { Meeting }, Some("Warm doorverwezen en nagebeld.")),
            ] {
                let (Some(minutes), day) = (minutes, start + chrono::Duration::days(offset)) else { continue };
                if day > today {
                    continue;
                }
                let activity = if minutes == 0 {
                    None
                } else if name == "Noor el Amrani" && offset == 3 {
                    Some(Other)
                } else {
                    Some(activity)
                };
                time::import_entry(
                    conn,
                    &time::ImportedEntry {
                        group: group.id,
                        person: member,
                        entered_by: author,
                        worked_on: day,
                        minutes,
                        activity,
                        note: if activity == Some(Question) { note } else { None },
                    },
                )?;
                *added += 1;
            }
        }
    }
    Ok(())
}

/// De Linde's goals, one in every status; the garden and the walk-in hour show on its site.
fn linde_goals(conn: &mut DbConnection, added: &mut usize) -> ApiResult<()> {
    use api_types::GoalStatus::{Achieved, Dropped, InProgress, Planned};
    let Some(group) = groups::summary_by_slug(conn, "buurtverbinders-de-linde")? else { return Ok(()) };
    let Some(anouk) = accounts::id_of(conn, "connector@example.org")? else { return Ok(()) };
    let today = crate::local_time::today();
    let ago = |days: i64| today - chrono::Duration::days(days);
    let goals = [
        goals::ImportedGoal {
            title: "Een buurtmoestuin achter de flat",
            success: "Tien buren tuinieren er elke week samen, en de oogst gaat naar de buurtmaaltijd.",
            target_on: Some(today + chrono::Duration::days(150)),
            status: InProgress,
            public: true,
            progress: vec![
                (ago(60), "Toestemming van de woningcorporatie voor het stuk grond."),
                (ago(20), "Twaalf buren kwamen naar de eerste plantdag."),
            ],
        },
        goals::ImportedGoal {
            title: "Elke week een inloopuur in het buurthuis",
            success: "Bewoners weten dat ze op dinsdagochtend met hun vraag terechtkunnen.",
            target_on: Some(ago(30)),
            status: Achieved,
            public: true,
            progress: vec![(ago(90), "Het eerste inloopuur: vier bewoners."), (ago(30), "Tien weken op rij open.")],
        },
        goals::ImportedGoal {
            title: "Een wegwijzer van wat de buurt heeft",
            success: "Een kaart met de plekken, clubs en vaardigheden, in het buurthuis en online.",
            target_on: Some(today + chrono::Duration::days(240)),
            status: Planned,
            public: false,
            progress: Vec::new(),
        },
        goals::ImportedGoal {
            title: "Een buurtkrant op papier",
            success: "Vier keer per jaar een krant in elke brievenbus.",
            target_on: None,
            status: Dropped,
            public: false,
            progress: vec![(ago(45), "Te duur om te drukken; we zetten het nieuws op onze site.")],
        },
    ];
    *added += goals::import(conn, &group.id, &anouk, &goals)?;
    Ok(())
}

/// Two stories De Linde wrote up from an interview, published with the residents' consent (one
/// named, one anonymous), and one kept for the group only.
fn linde_stories(
    conn: &mut DbConnection,
    group: &api_types::GroupId,
    by: &api_types::AccountId,
    added: &mut usize,
) -> ApiResult<()> {
    const INTERVIEW: &str = "Interview met bewoners van de Lindelaan";
    let interview = match events::find_by_title(conn, INTERVIEW)? {
        Some(id) => id,
        None => {
            let Some(neighbourhood) = groups::summary(conn, group)?.map(|g| g.neighbourhood_id) else {
                return Ok(());
            };
            insert_event(
                conn,
                &DemoEvent {
                    event_type: api_types::EventType::Interview,
                    title: INTERVIEW,
                    description: "Koffie bij bewoners thuis: wat is er goed in de buurt, wat kan beter?",
                    day: -20,
                    start: (10, 0),
                    end: (11, 30),
                    place: ("Lindelaan", "Lindelaan"),
                    group: Some("buurtverbinders-de-linde"),
                    neighbourhood: &neighbourhood,
                    public: false,
                    capacity: None,
                    series: None,
                },
            )?
        }
    };
    use api_types::StoryConsent::{Anonymous, Internal, Named};
    *added += stories::import(
        conn,
        group,
        Some(&interview),
        &[
            (
                "De moestuin achter de flat",
                "Toen ik hier kwam wonen kende ik niemand. Nu sta ik elke zaterdag met vijf buren in de \
                 moestuin. We delen wat we oogsten en drinken koffie in de schuur. Wie wil, mag aanschuiven.",
                Named,
                Some("Henk"),
                true,
            ),
            (
                "Eindelijk hulp bij de formulieren",
                "Ik durfde niet te vragen, want ik schaamde me dat ik de brieven van de gemeente niet \
                 begreep. Bij het inloopuur hielp een buurvrouw me. Nu help ik zelf weer iemand anders.",
                Anonymous,
                None,
                true,
            ),
            (
                "Zorgen over de speeltuin",
                "Een bewoner vertelde over de kapotte toestellen in de speeltuin; dit nemen we mee naar het \
                 overleg met de gemeente.",
                Internal,
                None,
                false,
            ),
        ],
        by,
    )?;
    Ok(())
}

fn person_id_by_email(conn: &mut DbConnection, email: &str) -> ApiResult<Option<PersonId>> {
    people::find_by_email(conn, email)
}

fn neighbourhood(
    conn: &mut DbConnection,
    name: &str,
    buurt: &str,
    wijk: &str,
    added: &mut usize,
) -> ApiResult<NeighbourhoodId> {
    if let Some(id) = neighbourhoods::find_by_buurt_code(conn, buurt)? {
        return Ok(id);
    }
    let id = neighbourhoods::import(
        conn,
        &NewNeighbourhood {
            name: name.into(),
            municipality: MUNICIPALITY.into(),
            buurt_code: Some(buurt.into()),
            wijk_code: Some(wijk.into()),
            gemeente_code: Some("GM9901".into()),
        },
    )?;
    *added += 1;
    Ok(id)
}

#[allow(clippy::too_many_arguments)]
fn group(
    conn: &mut DbConnection,
    name: &str,
    neighbourhood_id: &NeighbourhoodId,
    status: GroupStatus,
    description: &str,
    meeting_place: Option<&str>,
    members: &[Member],
    added: &mut usize,
) -> ApiResult<()> {
    let slug = groups::slugify(name);
    if groups::summary_by_slug(conn, &slug)?.is_some() {
        return Ok(());
    }
    let group_id = groups::import_group(
        conn,
        &groups::NewGroupRow {
            name,
            slug: &slug,
            neighbourhood_id: *neighbourhood_id,
            status,
            description: Some(description),
            meeting_place,
        },
    )?;
    *added += 1;
    let joined_on = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_else(db::today);
    for (index, (person_name, email, kind, role, organisation)) in members.iter().enumerate() {
        // Invented phone numbers and postcodes, different per person.
        let serial = slug.len() * 10 + index;
        let phone = format!("06-{:08}", 10_000_000 + serial * 7_919);
        let postcode = format!("9901 {}{}", (b'A' + (serial % 26) as u8) as char, (b'A' + (index % 26) as u8) as char);
        let person_id = people::import(
            conn,
            &NewPerson {
                name: person_name.to_string(),
                email: email.map(str::to_string),
                phone: email.map(|_| phone.clone()),
                postcode: Some(postcode),
                contact_preference: Some(if email.is_some() {
                    ContactPreference::Email
                } else {
                    ContactPreference::InPerson
                }),
            },
        )?;
        groups::import_membership(
            conn,
            &groups::NewMembershipRow {
                group_id: &group_id,
                person_id: &person_id,
                kind: *kind,
                professional_role: *role,
                organisation: *organisation,
                joined_on,
            },
        )?;
        *added += 2;
    }
    Ok(())
}

fn date(month: u32, day: u32, year: i32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(year, month, day).unwrap_or_else(db::today)
}

/// The members of a group by name: (person, name).
fn group_members(conn: &mut DbConnection, slug: &str) -> ApiResult<Vec<(PersonId, String)>> {
    let Some(group) = groups::summary_by_slug(conn, slug)? else {
        return Ok(Vec::new());
    };
    let members = groups::current_member_ids(conn, &group.id)?;
    people::names(conn, &members)
}

fn insert_training(
    conn: &mut DbConnection,
    title: &str,
    status: TrainingStatus,
    trainer: &str,
) -> ApiResult<TrainingId> {
    let topics: Vec<String> = api_types::DEFAULT_TOPICS.iter().map(|t| t.to_string()).collect();
    trainings::import_training(
        conn,
        &trainings::NewTrainingRow {
            title,
            trainer: Some(trainer),
            location: Some("Buurthuis De Linde, Lindelaan 12, Lindeburg"),
            description: Some("Drie dagen: goed samenwerken, haalbare doelen, een goed gesprek, mensen motiveren."),
            required_days: api_types::DEFAULT_REQUIRED_DAYS,
            topics: &topics,
            status,
        },
    )
}

/// A completed training for De Linde (one member missed a day) and one in planning for the two
/// forming groups, with answers from most of its participants.
fn trainings(conn: &mut DbConnection, added: &mut usize) -> ApiResult<()> {
    let trainer = "Marloes Dijkman (Buurtkracht Trainingen)";
    let done_title = "Training buurtverbinders voorjaar 2026";
    if trainings::find_by_title(conn, done_title)?.is_none() {
        let training = insert_training(conn, done_title, TrainingStatus::Completed, trainer)?;
        let mut participants = Vec::new();
        for (person, name) in group_members(conn, "buurtverbinders-de-linde")? {
            participants.push((trainings::import_participant(conn, &training, &person)?, name));
        }
        for (day, when) in [date(2, 14, 2026), date(2, 21, 2026), date(2, 28, 2026)].into_iter().enumerate() {
            let attendance: Vec<AttendanceEntry> = participants
                .iter()
                .map(|(participant, name)| AttendanceEntry {
                    participant_id: participant.uuid(),
                    // Gerrit was ill on the second day, so he has not completed the training.
                    status: if day == 1 && name.starts_with("Gerrit") {
                        AttendanceStatus::Excused
                    } else {
                        AttendanceStatus::Present
                    },
                })
                .collect();
            trainings::import_day(conn, &training, (when, "09:30", "16:00"), &attendance)?;
        }
        *added += 1;
    }
    let planning_title = "Training buurtverbinders voorjaar 2027";
    if trainings::find_by_title(conn, planning_title)?.is_none() {
        let training = insert_training(conn, planning_title, TrainingStatus::Planning, trainer)?;
        let mut participants = Vec::new();
        for slug in ["buurtverbinders-kastanjeplein", "buurtverbinders-molenwijk"] {
            for (person, _) in group_members(conn, slug)? {
                participants.push(trainings::import_participant(conn, &training, &person)?);
            }
        }
        let days = [date(1, 16, 2027), date(1, 23, 2027), date(1, 30, 2027), date(2, 6, 2027), date(2, 13, 2027)];
        let mut options = Vec::new();
        for day in days {
            let slot = NewDateOption { date: day, start_time: "09:30".into(), end_time: "16:00".into() };
            options.push(trainings::import_date_option(conn, &training, &slot)?);
        }
        // Rows of answers per participant (y = yes, m = if need be, n = no); the last two have not
        // answered yet.
        let answers = ["yyyny", "ymyyn", "yyyyy", "nyyym", "yyymy", "yyyny"];
        for (participant, row) in participants.iter().zip(answers) {
            let answers: Vec<AvailabilityAnswer> = options
                .iter()
                .zip(row.chars())
                .map(|(option, answer)| AvailabilityAnswer {
                    option_id: option.uuid(),
                    answer: match answer {
                        'y' => Availability::Yes,
                        'm' => Availability::IfNeedBe,
                        _ => Availability::No,
                    },
                })
                .collect();
            trainings::import_answers(conn, participant, &answers)?;
        }
        *added += 1;
    }
    Ok(())
}

/// A demo event, placed relative to today so the agenda always has something coming up.
struct DemoEvent<'a> {
    event_type: api_types::EventType,
    title: &'a str,
    description: &'a str,
    /// Days from today (local date) of the (first) start.
    day: i64,
    start: (u32, u32),
    end: (u32, u32),
    place: (&'a str, &'a str),
    group: Option<&'a str>,
    neighbourhood: &'a NeighbourhoodId,
    public: bool,
    capacity: Option<i32>,
    /// Weekly series: (interval in weeks, count).
    series: Option<(i32, i32)>,
}

/// The instant (UTC) of a local time of day, `day` days from today (Dutch local dates).
fn local_instant(day: i64, (hour, minute): (u32, u32)) -> chrono::NaiveDateTime {
    use chrono::TimeZone;
    let date = crate::local_time::local_date(db::now()) + chrono::TimeDelta::days(day);
    let naive = date.and_hms_opt(hour, minute, 0).unwrap_or_default();
    crate::local_time::ZONE.from_local_datetime(&naive).earliest().map(|t| t.naive_utc()).unwrap_or(naive)
}

fn insert_event(conn: &mut DbConnection, event: &DemoEvent) -> ApiResult<EventId> {
    let group = match event.group {
        Some(slug) => groups::summary_by_slug(conn, slug)?.map(|g| g.id),
        None => None,
    };
    let location = api_types::Location {
        name: event.place.0.into(),
        address: Some(event.place.1.into()),
        postcode: None,
        city: Some(MUNICIPALITY.into()),
        latitude: None,
        longitude: None,
    };
    let recurrence = event.series.map(|(interval_weeks, count)| api_types::Recurrence {
        interval_weeks,
        until: None,
        count: Some(count),
    });
    events::import_event(
        conn,
        &events::NewEventRow {
            event_type: event.event_type,
            title: event.title,
            description: Some(event.description),
            starts_at: local_instant(event.day, event.start),
            ends_at: local_instant(event.day, event.end),
            location: &location,
            group_id: group,
            neighbourhood_id: *event.neighbourhood,
            visibility: if event.public { Visibility::Public } else { Visibility::Members },
            capacity: event.capacity,
            recurrence: recurrence.as_ref(),
            created_by: None,
        },
    )
}

/// A registration with a token nobody has (demo residents never cancel through a link).
fn insert_registration(
    conn: &mut DbConnection,
    event: &EventId,
    name: &str,
    people: i32,
    status: RegistrationStatus,
    checked_in: bool,
    connector: bool,
) -> ApiResult<RegistrationId> {
    let unusable = tokens::secret_hash(&tokens::new_link_token());
    events::import_registration(
        conn,
        &events::NewRegistrationRow {
            event_id: event,
            name,
            email: None,
            phone: None,
            number_of_people: people,
            wants_to_become_connector: connector,
            token_hash: &unusable,
        },
        status,
        checked_in,
    )
}

/// A past residents' evening in Kastanjeplein with the candidates it brought in, the weekly walk-in
/// hour of De Linde (one date called off, one with its figures), a full neighbourhood meal with a
/// waiting list, a members-only meeting and an upcoming residents' evening in the Molenwijk.
fn events(conn: &mut DbConnection, neighbourhood_ids: &[NeighbourhoodId; 3], added: &mut usize) -> ApiResult<()> {
    use api_types::EventType;
    use chrono::Datelike;
    let evening_title = "Inwonersavond Kastanjeplein: word buurtverbinder";
    if events::find_by_title(conn, evening_title)?.is_some() {
        return Ok(());
    }
    let library = ("Bibliotheek Kastanjeplein", "Kastanjeplein 3");
    let clubhouse = ("Buurthuis De Linde", "Lindelaan 12");
    let evening = insert_event(
        conn,
        &DemoEvent {
            event_type: EventType::ResidentsEvening,
            title: evening_title,
            description:
                "Hoe maken we samen zichtbaar wat de buurt al heeft? Kom luisteren, meepraten en misschien meedoen.",
            day: -42,
            start: (19, 30),
            end: (21, 30),
            place: library,
            group: None,
            neighbourhood: &neighbourhood_ids[1],
            public: true,
            capacity: Some(60),
            series: None,
        },
    )?;
    events::import_figures(conn, &evening, Some(34), Some("Goede sfeer; veel vragen over eenzaamheid."))?;
    for (name, people, checked_in) in [
        ("Familie Bos", 3, true),
        ("Wim Claassen", 1, true),
        ("Ria en Kees Mol", 2, true),
        ("Lisa Reijnders", 1, false),
    ] {
        insert_registration(conn, &evening, name, people, RegistrationStatus::Confirmed, checked_in, false)?;
    }
    let candidate_list = [
        ("Yusuf Demir", "Ik ken veel mensen in de straat en wil helpen.", CandidateStatus::Interested),
        ("Marieke Jansen", "Sinds mijn pensioen heb ik tijd over voor de buurt.", CandidateStatus::Contacted),
        ("Tom de Groot", "Ik wil dat nieuwe bewoners zich welkom voelen.", CandidateStatus::InTraining),
        ("Sanne Bakker", "Graag, maar misschien later.", CandidateStatus::Declined),
    ];
    for (name, motivation, status) in candidate_list {
        let registration = insert_registration(conn, &evening, name, 1, RegistrationStatus::Confirmed, true, true)?;
        let mut trail = vec![(None, None, CandidateStatus::Interested)];
        if status != CandidateStatus::Interested {
            let called = if status == CandidateStatus::Declined {
                CandidateStatus::Declined
            } else {
                CandidateStatus::Contacted
            };
            trail.push((Some("Gebeld na de inwonersavond."), Some(CandidateStatus::Interested), called));
        }
        candidates::import(conn, (&registration, &evening), name, Some(motivation), status, &trail)?;
    }
    // The walk-in hour is on Tuesday mornings (De Linde's meeting place says so) and started four
    // weeks before the last Tuesday.
    let since_tuesday = (crate::local_time::local_date(db::now()).weekday().num_days_from_monday() + 6) % 7;
    let first_day = -28 - i64::from(since_tuesday);
    let walk_in = insert_event(
        conn,
        &DemoEvent {
            event_type: EventType::ConnectorMeeting,
            title: "Inloopuur buurtverbinders De Linde",
            description: "Loop binnen met een vraag, een idee of gewoon voor koffie. De buurtverbinders zijn er.",
            day: first_day,
            start: (10, 0),
            end: (12, 0),
            place: clubhouse,
            group: Some("buurtverbinders-de-linde"),
            neighbourhood: &neighbourhood_ids[0],
            public: true,
            capacity: None,
            series: Some((1, 26)),
        },
    )?;
    let first = crate::local_time::local_date(local_instant(first_day, (10, 0)));
    events::import_date_change(
        conn,
        &walk_in,
        first + chrono::TimeDelta::days(21),
        &events::DateChange {
            status: EventStatus::Scheduled,
            cancellation_reason: None,
            times: None,
            residents_reached: Some(7),
            notes: Some("Twee vragen over de huurverhoging; doorverwezen naar het Juridisch Loket.".into()),
        },
    )?;
    events::import_date_change(
        conn,
        &walk_in,
        first + chrono::TimeDelta::days(42),
        &events::DateChange {
            status: EventStatus::Cancelled,
            cancellation_reason: Some("Het buurthuis is die week gesloten.".into()),
            times: None,
            residents_reached: None,
            notes: None,
        },
    )?;
    let meal = insert_event(
        conn,
        &DemoEvent {
            event_type: EventType::Activity,
            title: "Buurtmaaltijd Kastanjeplein",
            description: "Samen koken en eten met buren. Neem gerust iemand mee.",
            day: 14,
            start: (17, 30),
            end: (20, 0),
            place: library,
            group: Some("buurtverbinders-kastanjeplein"),
            neighbourhood: &neighbourhood_ids[1],
            public: true,
            capacity: Some(12),
            series: None,
        },
    )?;
    for (name, people, status) in [
        ("Joke van Leeuwen", 2, RegistrationStatus::Confirmed),
        ("Ahmed Benali", 4, RegistrationStatus::Confirmed),
        ("Greet Hermans", 1, RegistrationStatus::Confirmed),
        ("Familie Smit", 3, RegistrationStatus::Confirmed),
        ("Ben Willems", 2, RegistrationStatus::Confirmed),
        ("Nadia Ouali", 2, RegistrationStatus::Waitlisted),
        ("Piet Kramer", 1, RegistrationStatus::Waitlisted),
    ] {
        insert_registration(conn, &meal, name, people, status, false, false)?;
    }
    insert_event(
        conn,
        &DemoEvent {
            event_type: EventType::Gathering,
            title: "Overleg met de woningcorporatie",
            description: "Voorbereiden: vragen van bewoners over onderhoud verzamelen.",
            day: 9,
            start: (14, 0),
            end: (15, 30),
            place: clubhouse,
            group: Some("buurtverbinders-de-linde"),
            neighbourhood: &neighbourhood_ids[0],
            public: false,
            capacity: None,
            series: None,
        },
    )?;
    let molen = insert_event(
        conn,
        &DemoEvent {
            event_type: EventType::ResidentsEvening,
            title: "Inwonersavond Molenwijk",
            description: "Wat heeft de Molenwijk al, en wie wil helpen het zichtbaar te maken?",
            day: 21,
            start: (19, 30),
            end: (21, 0),
            place: ("Wijkcentrum De Molen", "Molenstraat 40"),
            group: None,
            neighbourhood: &neighbourhood_ids[2],
            public: true,
            capacity: Some(40),
            series: None,
        },
    )?;
    insert_registration(conn, &molen, "Harm Visser", 2, RegistrationStatus::Confirmed, false, false)?;
    *added += 6;
    Ok(())
}

/// The tracking code of the demo's online question (documented in the README).
pub const DEMO_TRACKING_CODE: &str = "LNDB-RG26-VRGN-8K3T";

/// Three organisations of the local directory, questions to De Linde in every status (one asked
/// online with the demo tracking code, one referred with a follow-up date that has passed), and a
/// published FAQ item.
fn questions(conn: &mut DbConnection, added: &mut usize) -> ApiResult<()> {
    if organisations::any(conn)? {
        return Ok(());
    }
    let now = db::now();
    let mut organisation_ids = Vec::new();
    for (name, kind, topics, contact, phone, website) in [
        (
            "Schuldhulp Lindeburg",
            OrganisationKind::Money,
            &[Topic::Money][..],
            "Ria Kok",
            "0301234567",
            "https://schuldhulp.example.org",
        ),
        (
            "Wijkteam Lindeburg-Noord",
            OrganisationKind::Municipality,
            &[Topic::CareAndWellbeing, Topic::Loneliness, Topic::Housing][..],
            "Omar Haddou",
            "0301234500",
            "https://wijkteam.example.org",
        ),
        (
            "Woonstichting Lindeburg",
            OrganisationKind::Housing,
            &[Topic::Housing, Topic::PublicSpace][..],
            "Els de Boer",
            "0301234599",
            "https://woonstichting.example.org",
        ),
    ] {
        let organisation = NewOrganisation {
            name: name.into(),
            kind,
            topics: topics.to_vec(),
            neighbourhood_ids: Vec::new(),
            contact_person: Some(contact.into()),
            phone: Some(phone.into()),
            email: None,
            website: Some(website.into()),
        };
        organisation_ids.push(organisations::import(conn, &organisation)?);
    }
    let Some(group) = groups::summary_by_slug(conn, "buurtverbinders-de-linde")?.map(|g| g.id) else {
        return Ok(());
    };
    let members = group_members(conn, "buurtverbinders-de-linde")?;
    let assignee = members.iter().find(|(_, name)| name.starts_with("Anouk")).map(|(id, _)| *id);
    // Anouk moves the demo questions along; the intake of an online question has no actor.
    let anouk = accounts::id_of(conn, "connector@example.org")?;
    let day = |days: i64| now - chrono::TimeDelta::days(days);
    use QuestionStatus::{Answered, Closed, InProgress, New, Referred};
    // (status, channel, topic, text, asker, days ago, public answer). The last seven go back half a
    // year, so the reports' default period (the last full quarter) shows the group at work.
    type DemoQuestion = (QuestionStatus, Channel, Topic, &'static str, Option<&'static str>, i64, Option<&'static str>);
    let list: [DemoQuestion; 13] = [
        (
            New,
            Channel::Online,
            Topic::PublicSpace,
            "De lantaarnpaal bij het speelveld doet het al weken niet. Wie kan ik bellen?",
            None,
            1,
            None,
        ),
        (
            InProgress,
            Channel::InPerson,
            Topic::Loneliness,
            "Mijn buurman komt de deur bijna niet meer uit. Hoe kan ik hem helpen?",
            Some("Henny de Vries"),
            4,
            None,
        ),
        (
            Referred,
            Channel::Phone,
            Topic::Money,
            "Ik krijg mijn rekeningen niet meer betaald en durf de post niet open te maken.",
            Some("J. Hendriks"),
            20,
            None,
        ),
        (
            Answered,
            Channel::InPerson,
            Topic::Activities,
            "Is er een koffieochtend voor ouderen in de buurt?",
            None,
            12,
            Some("Ja: elke donderdag om 10:00 in Buurthuis De Linde."),
        ),
        (
            Closed,
            Channel::Email,
            Topic::Housing,
            "Hoe meld ik vocht in mijn huurwoning?",
            Some("Samira B."),
            40,
            Some("Via de reparatiemelding van de woonstichting; zij komen kijken."),
        ),
        (
            New,
            Channel::InPerson,
            Topic::Volunteering,
            "Ik wil graag iets doen voor de buurt, bijvoorbeeld boodschappen voor ouderen.",
            None,
            2,
            None,
        ),
        (
            Closed,
            Channel::InPerson,
            Topic::Activities,
            "Is er in de buurt een plek waar kinderen na school kunnen spelen?",
            Some("Fatima A."),
            62,
            Some("Ja: de speeltuinvereniging aan de Lindelaan is open op woensdag- en vrijdagmiddag."),
        ),
        (
            Answered,
            Channel::Online,
            Topic::PublicSpace,
            "Er staat al weken een kapotte fiets tegen het hek van het speelveld.",
            None,
            81,
            Some("Gemeld bij de gemeente; de fiets is weggehaald."),
        ),
        (
            Closed,
            Channel::Phone,
            Topic::Loneliness,
            "Mijn moeder woont alleen en ziet bijna niemand. Is er een maatje voor haar?",
            Some("R. Visser"),
            99,
            Some("De vrijwilligerscentrale zoekt een maatje voor haar; de eerste afspraak staat."),
        ),
        (
            Answered,
            Channel::InPerson,
            Topic::Housing,
            "Hoe vraag ik een aanpassing aan mijn woning aan, zoals een traplift?",
            Some("Gerrit P."),
            118,
            Some("Via het Wmo-loket van de gemeente; we hebben je het nummer gegeven."),
        ),
        (
            Closed,
            Channel::Email,
            Topic::Money,
            "Ik heb een brief van de belastingdienst die ik niet begrijp.",
            Some("K. Yilmaz"),
            137,
            Some("Samen naar het spreekuur van de sociaal raadslieden geweest."),
        ),
        (
            Answered,
            Channel::InPerson,
            Topic::Volunteering,
            "Kan ik meehelpen bij de buurtmaaltijd?",
            Some("Joyce"),
            158,
            Some("Graag! Je bent welkom om mee te koken."),
        ),
        (
            Closed,
            Channel::Online,
            Topic::Activities,
            "Wanneer is de volgende burendag?",
            None,
            179,
            Some("Op de laatste zaterdag van september, op het Lindeplein."),
        ),
    ];
    *added += organisation_ids.len() + list.len();
    for (index, (status, channel, topic, text, asker, ago, answer)) in list.into_iter().enumerate() {
        let asked = day(ago);
        let hours = |h: i64| asked + chrono::TimeDelta::hours(h);
        // The same moments as the history below: a step every 20 hours.
        let id = questions::import_question(
            conn,
            &questions::QuestionRecord {
                group_id: &group,
                channel,
                asked_at: asked,
                topic,
                text,
                asker_name: asker,
                contact_consent_at: asker.map(|_| asked),
                status,
                assignee_id: if status == New { None } else { assignee },
                public_answer: answer,
                tracking_hash: (index == 0).then(|| questions::tracking_hash(DEMO_TRACKING_CODE)),
                first_response_at: (status != New).then(|| hours(20)),
                answered_at: match status {
                    Answered => Some(hours(40)),
                    Closed => Some(hours(60)),
                    _ => None,
                },
                closed_at: (status == Closed).then(|| hours(80)),
            },
        )?;
        let path: &[QuestionStatus] = match status {
            New => &[New],
            InProgress => &[New, InProgress],
            Referred => &[New, InProgress, Referred],
            Answered => &[New, InProgress, Answered],
            Closed => &[New, InProgress, Referred, Answered, Closed],
        };
        let mut previous = None;
        for (step, to) in path.iter().copied().enumerate() {
            let actor = if channel == Channel::Online && step == 0 { None } else { anouk.as_ref() };
            let at = hours(20 * step as i64);
            questions::import_history(conn, &id, actor, &questions::Entry::status(previous, to), at)?;
            if to == InProgress {
                let entry =
                    questions::Entry { change: QuestionChange::Assignment, from: Some(to), to, assignee, note: None };
                questions::import_history(conn, &id, anouk.as_ref(), &entry, at + chrono::TimeDelta::hours(1))?;
            }
            previous = Some(to);
        }
        if status == Referred {
            questions::import_referral(
                conn,
                &questions::ReferralRecord {
                    question_id: &id,
                    organisation_id: &organisation_ids[0],
                    contact_name: Some("Ria Kok"),
                    consent_to_share_at: Some(asked + chrono::TimeDelta::days(2)),
                    note: Some("Samen gebeld; Ria neemt contact op voor een eerste gesprek."),
                    follow_up_on: Some((now - chrono::TimeDelta::days(3)).date()),
                    outcome: None,
                    created_at: asked + chrono::TimeDelta::days(2),
                    updated_at: asked + chrono::TimeDelta::days(2),
                },
            )?;
        }
        if status == Closed {
            // Referred to the organisation of its topic, by name (the directory's order).
            let (organisation, contact) = match topic {
                Topic::Money => (0, "Ria Kok"),
                Topic::Housing => (2, "Els de Boer"),
                _ => (1, "Omar Haddou"),
            };
            questions::import_referral(
                conn,
                &questions::ReferralRecord {
                    question_id: &id,
                    organisation_id: &organisation_ids[organisation],
                    contact_name: Some(contact),
                    consent_to_share_at: Some(hours(40)),
                    note: None,
                    follow_up_on: None,
                    outcome: Some(ReferralOutcome::Connected),
                    created_at: hours(40),
                    updated_at: hours(60),
                },
            )?;
        }
        if status == Closed && topic == Topic::Housing {
            let item = NewFaqItem {
                question_id: Some(id.uuid()),
                topic: Topic::Housing,
                question: "Waar meld ik vocht of schimmel in mijn huurhuis?".into(),
                answer: "Bij de reparatiemelding van Woonstichting Lindeburg (0301234599). Lukt het niet? Kom langs bij het inloopuur.".into(),
                published: Some(true),
            };
            faq::import(conn, &group, &item)?;
        }
    }
    Ok(())
}

/// One demo resource: (name, kind, neighbourhood 0–2, kept by De Linde's group, tags, address,
/// offset of its location from the neighbourhood's centre in metres east and north (none: not
/// on the map), days since its last check (none: never checked), audience).
type DemoResource = (
    &'static str,
    ResourceKind,
    usize,
    bool,
    &'static [&'static str],
    Option<&'static str>,
    Option<(f64, f64)>,
    Option<i64>,
    Audience,
);

/// Dozens of resources across the three neighbourhoods: every kind, most on the map, some not
/// checked for months, contact details of which some are not public, and skills of De Linde's
/// members at each consent level. The invented municipality lies on a real Dutch map (east of
/// Utrecht), so the coordinates are plausible.
fn resources(conn: &mut DbConnection, neighbourhood_ids: &[NeighbourhoodId; 3], added: &mut usize) -> ApiResult<()> {
    if resources::any(conn)? {
        return Ok(());
    }
    // The centres of De Linde, Kastanjeplein and Molenwijk (CRS84).
    const CENTRES: [(f64, f64); 3] = [(5.1450, 52.0930), (5.1560, 52.0985), (5.1380, 52.1040)];
    let linde = groups::summary_by_slug(conn, "buurtverbinders-de-linde")?.map(|g| g.id);
    let anouk = accounts::id_of(conn, "connector@example.org")?;
    let coordinator = accounts::id_of(conn, "coordinator@example.org")?;
    let today = crate::local_time::today();
    use Audience::{Coordinators, Group, Public};
    use ResourceKind::{Association, Business, Initiative, Place, Service, Skill};
    let list: [DemoResource; 33] = [
        (
            "Buurthuis De Linde",
            Place,
            0,
            true,
            &["ontmoeten", "koffie", "inloop"],
            Some("Lindeplein 1"),
            Some((0.0, 0.0)),
            Some(10),
            Public,
        ),
        (
            "Repair Café De Linde",
            Initiative,
            0,
            true,
            &["repareren", "fiets", "kleding"],
            Some("Lindeplein 1"),
            Some((15.0, 10.0)),
            Some(40),
            Public,
        ),
        (
            "Koffieochtend voor ouderen",
            Initiative,
            0,
            true,
            &["ouderen", "koffie", "eenzaamheid"],
            Some("Lindeplein 1"),
            Some((-10.0, 5.0)),
            Some(25),
            Public,
        ),
        (
            "Voedselbank uitgiftepunt",
            Service,
            0,
            false,
            &["voedsel", "geld"],
            Some("Beukenlaan 14"),
            Some((220.0, -130.0)),
            Some(300),
            Public,
        ),
        (
            "Speeltuinvereniging De Eikel",
            Association,
            0,
            true,
            &["kinderen", "spelen"],
            Some("Eikenhof 3"),
            Some((-260.0, 180.0)),
            None,
            Public,
        ),
        (
            "Bakkerij Van Dam",
            Business,
            0,
            false,
            &["winkel", "brood"],
            Some("Lindestraat 22"),
            Some((90.0, -60.0)),
            Some(200),
            Public,
        ),
        (
            "Huisartsenpraktijk De Linde",
            Service,
            0,
            false,
            &["zorg", "gezondheid"],
            Some("Lindestraat 40"),
            Some((160.0, -90.0)),
            Some(60),
            Public,
        ),
        (
            "Taalcafé",
            Initiative,
            0,
            true,
            &["taal", "nederlands", "ontmoeten"],
            Some("Bibliotheek, Lindestraat 5"),
            Some((40.0, -20.0)),
            Some(400),
            Public,
        ),
        (
            "Moestuin Achter de Linde",
            Initiative,
            0,
            true,
            &["groen", "tuinieren"],
            None,
            Some((-150.0, -210.0)),
            Some(90),
            Public,
        ),
        (
            "Buurtbankje bij de vijver",
            Place,
            0,
            true,
            &["ontmoeten", "buiten"],
            None,
            Some((-320.0, -40.0)),
            None,
            Public,
        ),
        (
            "Klusjesdienst van de woonstichting",
            Service,
            0,
            false,
            &["wonen", "reparatie"],
            None,
            None,
            Some(500),
            Public,
        ),
        ("Fietsen repareren", Skill, 0, true, &["fiets", "repareren"], None, None, Some(20), Public),
        ("Hulp bij formulieren", Skill, 0, true, &["formulieren", "geld", "taal"], None, None, Some(30), Group),
        ("Turks en Nederlands tolken", Skill, 0, true, &["taal", "tolken"], None, None, None, Coordinators),
        ("Naailes", Skill, 0, true, &["kleding", "naaien"], None, None, Some(15), Group),
        (
            "Wijkgebouw Kastanjeplein",
            Place,
            1,
            false,
            &["ontmoeten", "zaal"],
            Some("Kastanjeplein 2"),
            Some((0.0, 0.0)),
            Some(50),
            Public,
        ),
        (
            "Bibliotheek Kastanjeplein",
            Place,
            1,
            false,
            &["lezen", "taal", "computer"],
            Some("Kastanjeplein 8"),
            Some((30.0, 25.0)),
            Some(20),
            Public,
        ),
        (
            "Seniorengym",
            Association,
            1,
            false,
            &["bewegen", "ouderen"],
            Some("Kastanjeplein 2"),
            Some((5.0, -5.0)),
            Some(230),
            Public,
        ),
        (
            "Kledingruil",
            Initiative,
            1,
            false,
            &["kleding", "duurzaam"],
            Some("Kastanjeplein 2"),
            Some((-8.0, 6.0)),
            None,
            Public,
        ),
        (
            "Supermarkt Plein",
            Business,
            1,
            false,
            &["winkel", "boodschappen"],
            Some("Kastanjelaan 30"),
            Some((180.0, 40.0)),
            Some(120),
            Public,
        ),
        (
            "Apotheek Kastanje",
            Business,
            1,
            false,
            &["zorg", "medicijnen"],
            Some("Kastanjelaan 12"),
            Some((110.0, -70.0)),
            Some(70),
            Public,
        ),
        ("Buurtpreventie", Association, 1, false, &["veiligheid"], None, None, Some(600), Public),
        (
            "Schuldhulp spreekuur",
            Service,
            1,
            false,
            &["geld", "schulden"],
            Some("Wijkgebouw, Kastanjeplein 2"),
            Some((2.0, 2.0)),
            Some(35),
            Public,
        ),
        (
            "Speelveld Kastanjehof",
            Place,
            1,
            false,
            &["kinderen", "buiten"],
            None,
            Some((-210.0, 150.0)),
            Some(250),
            Public,
        ),
        (
            "Moskee Al Nour, open dag",
            Association,
            1,
            false,
            &["ontmoeten", "geloof"],
            Some("Kastanjelaan 50"),
            Some((260.0, 120.0)),
            Some(45),
            Public,
        ),
        (
            "De Molen",
            Place,
            2,
            false,
            &["erfgoed", "ontmoeten"],
            Some("Molenweg 1"),
            Some((0.0, 0.0)),
            Some(100),
            Public,
        ),
        (
            "Molenwijk Sport",
            Association,
            2,
            false,
            &["sport", "kinderen"],
            Some("Sportlaan 4"),
            Some((300.0, -200.0)),
            Some(380),
            Public,
        ),
        (
            "Zorgcentrum De Wieken",
            Service,
            2,
            false,
            &["zorg", "ouderen"],
            Some("Wiekenlaan 10"),
            Some((-180.0, 90.0)),
            Some(55),
            Public,
        ),
        (
            "Fietsenmaker Molenwijk",
            Business,
            2,
            false,
            &["fiets", "winkel"],
            Some("Molenstraat 18"),
            Some((70.0, 40.0)),
            Some(260),
            Public,
        ),
        (
            "Wandelgroep De Wieken",
            Initiative,
            2,
            false,
            &["bewegen", "buiten", "ouderen"],
            None,
            Some((-60.0, 230.0)),
            None,
            Public,
        ),
        (
            "Buurtmaaltijd Molenwijk",
            Initiative,
            2,
            false,
            &["eten", "ontmoeten"],
            Some("Kerkzaal, Molenstraat 2"),
            Some((20.0, 10.0)),
            Some(80),
            Public,
        ),
        ("Hondenuitlaatveld", Place, 2, false, &["buiten", "honden"], None, Some((-280.0, -260.0)), Some(420), Public),
        (
            "Wijkagent spreekuur",
            Service,
            2,
            false,
            &["veiligheid"],
            Some("De Molen, Molenweg 1"),
            None,
            Some(30),
            Public,
        ),
    ];
    // Skills belong to De Linde's members, in the order above.
    let members = group_members(conn, "buurtverbinders-de-linde")?;
    let member = |first: &str| members.iter().find(|(_, name)| name.starts_with(first)).map(|(id, _)| id.uuid());
    let mut owners = [member("Gerrit"), member("Noor"), member("Fatma"), member("Bram")].into_iter();
    for (index, (name, kind, place, kept, tags, address, offset, checked, audience)) in list.into_iter().enumerate() {
        let (longitude, latitude) = CENTRES[place];
        // Metres to degrees at 52° N: a degree of latitude is 111.2 km, of longitude 68.5 km.
        let location =
            offset.map(|(east, north)| Point::new(longitude + east / 68_500.0, latitude + north / 111_200.0));
        let skill = kind == Skill;
        // Every third resource's phone is for the group only; skills show the owner's first
        // name publicly and nothing else.
        let phone_public = !skill && index % 3 != 0;
        let contact = if skill { None } else { Some(format!("Contact {name}")) };
        let new = NewResource {
            name: name.into(),
            description: Some(match kind {
                Skill => format!("Een bewoner van De Linde helpt graag: {}.", name.to_lowercase()),
                _ => format!("{name}: voor en door de buurt."),
            }),
            kind,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            status: if index == 21 { ResourceStatus::TemporarilyClosed } else { ResourceStatus::Active },
            audience,
            owner_person_id: if skill { owners.next().flatten() } else { None },
            contact_name: contact,
            contact_name_public: !skill,
            email: (!skill).then(|| format!("info{index}@example.org")),
            email_public: index % 2 == 0,
            phone: Some(format!("030 765 {:04}", 1000 + index)),
            phone_public,
            website: (kind == Business || kind == Association).then(|| format!("https://resource{index}.example.org")),
            website_public: true,
            address: address.map(|a| format!("{a}, {MUNICIPALITY}")),
            location,
            neighbourhood_id: Some(neighbourhood_ids[place].uuid()),
            group_id: if kept || skill { linde.map(|g| g.uuid()) } else { None },
            opening_hours: match kind {
                Place | Business => Some("Mo-Fr 09:00-17:00; Sa 10:00-16:00".into()),
                Initiative => Some("Elke week, zie het prikbord in het buurthuis".into()),
                _ => None,
            },
            opening_hours_format: if matches!(kind, Place | Business) {
                OpeningHoursFormat::Osm
            } else {
                OpeningHoursFormat::Text
            },
            accessibility: (kind == Place).then(|| "Drempelvrij, rolstoeltoilet aanwezig".into()),
            languages: if index % 4 == 0 { vec!["nl".into(), "tr".into(), "ar".into()] } else { vec!["nl".into()] },
        };
        let verified = checked.map(|days| {
            (today - chrono::TimeDelta::days(days), if place == 0 { anouk.as_ref() } else { coordinator.as_ref() })
        });
        resources::import(conn, &new, anouk.as_ref().filter(|_| place == 0).or(coordinator.as_ref()), verified)?;
        *added += 1;
    }
    Ok(())
}
