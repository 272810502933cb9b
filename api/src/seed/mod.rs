//! Invented demo data: one municipality, three neighbourhoods, three groups in the states a
//! coordinator meets (one active and complete, one forming without a professional, one forming with
//! too few members), trainings, events around today (a past residents' evening with candidates, a
//! weekly walk-in hour, a full meal with a waiting list), resident questions in every status with referrals to
//! organisations and an FAQ item, and one account per role. Running it again
//! adds nothing twice.

use api_types::{
    CandidateStatus, ContactPreference, EventId, EventStatus, GroupStatus, MembershipKind, NeighbourhoodId, NewAccount,
    NewNeighbourhood, NewPerson, PersonId, ProfessionalRole, RegistrationId, RegistrationStatus, Role, Visibility,
};
use diesel::prelude::*;

use crate::access::tokens;
use crate::db::schema::{
    faq_items, organisations, question_history, questions, referrals, training_attendance, training_availability,
    training_date_options, training_participants, training_sessions, trainings,
};
use crate::db::{self, DbConnection};
use crate::error::ApiResult;
use crate::features::{accounts, candidates, events, groups, neighbourhoods, people};
use crate::web::http::new_id;

/// Password of every demo account (documented in the README).
pub const DEMO_PASSWORD: &str = "buurtverbinders-demo";

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
                        password: DEMO_PASSWORD.into(),
                        person_id: person.map(PersonId::uuid),
                    },
                )?;
                added += 1;
            }
        }
        Ok(added)
    })
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

/// The members of a group by name: (person id, name).
fn group_member_ids(conn: &mut DbConnection, slug: &str) -> ApiResult<Vec<(String, String)>> {
    let Some(group) = groups::summary_by_slug(conn, slug)? else {
        return Ok(Vec::new());
    };
    let members = groups::current_member_ids(conn, &group.id)?;
    Ok(people::names(conn, &members)?.into_iter().map(|(id, name)| (id.to_string(), name)).collect())
}

fn insert_training(conn: &mut DbConnection, title: &str, status: &str, trainer: &str) -> ApiResult<String> {
    let id = new_id();
    let now = db::now();
    let topics: Vec<&str> = api_types::DEFAULT_TOPICS.to_vec();
    diesel::insert_into(trainings::table)
        .values((
            trainings::id.eq(&id),
            trainings::title.eq(title),
            trainings::trainer.eq(trainer),
            trainings::location.eq("Buurthuis De Linde, Lindelaan 12, Lindeburg"),
            trainings::description
                .eq("Drie dagen: goed samenwerken, haalbare doelen, een goed gesprek, mensen motiveren."),
            trainings::required_days.eq(api_types::DEFAULT_REQUIRED_DAYS),
            trainings::topics.eq(serde_json::to_string(&topics).unwrap_or_default()),
            trainings::status.eq(status),
            trainings::created_at.eq(now),
            trainings::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

fn insert_participant(conn: &mut DbConnection, training_id: &str, person_id: &str, token: &str) -> ApiResult<String> {
    let id = new_id();
    diesel::insert_into(training_participants::table)
        .values((
            training_participants::id.eq(&id),
            training_participants::training_id.eq(training_id),
            training_participants::person_id.eq(person_id),
            training_participants::answer_token.eq(token),
            training_participants::created_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(id)
}

/// A completed training for De Linde (one member missed a day) and one in planning for the two
/// forming groups, with answers from most of its participants.
fn trainings(conn: &mut DbConnection, added: &mut usize) -> ApiResult<()> {
    use rand::Rng;
    let token = || {
        use base64::Engine;
        let bytes: [u8; 32] = rand::rng().random();
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    };
    let now = db::now();
    let done_title = "Training buurtverbinders voorjaar 2026";
    if trainings::table.filter(trainings::title.eq(done_title)).count().get_result::<i64>(conn)? == 0 {
        let training = insert_training(conn, done_title, "completed", "Marloes Dijkman (Buurtkracht Trainingen)")?;
        let mut participants = Vec::new();
        for (person, name) in group_member_ids(conn, "buurtverbinders-de-linde")? {
            participants.push((insert_participant(conn, &training, &person, &token())?, name));
        }
        for (day, when) in [date(2, 14, 2026), date(2, 21, 2026), date(2, 28, 2026)].into_iter().enumerate() {
            let session = new_id();
            diesel::insert_into(training_sessions::table)
                .values((
                    training_sessions::id.eq(&session),
                    training_sessions::training_id.eq(&training),
                    training_sessions::day_number.eq(day as i32 + 1),
                    training_sessions::date.eq(when),
                    training_sessions::start_time.eq("09:30"),
                    training_sessions::end_time.eq("16:00"),
                    training_sessions::created_at.eq(now),
                    training_sessions::updated_at.eq(now),
                ))
                .execute(conn)?;
            for (participant, name) in &participants {
                // Gerrit was ill on the second day, so he has not completed the training.
                let status = if day == 1 && name.starts_with("Gerrit") { "excused" } else { "present" };
                diesel::insert_into(training_attendance::table)
                    .values((
                        training_attendance::session_id.eq(&session),
                        training_attendance::participant_id.eq(participant),
                        training_attendance::status.eq(status),
                        training_attendance::updated_at.eq(now),
                    ))
                    .execute(conn)?;
            }
        }
        *added += 1;
    }
    let planning_title = "Training buurtverbinders voorjaar 2027";
    if trainings::table.filter(trainings::title.eq(planning_title)).count().get_result::<i64>(conn)? == 0 {
        let training = insert_training(conn, planning_title, "planning", "Marloes Dijkman (Buurtkracht Trainingen)")?;
        let mut participants = Vec::new();
        for slug in ["buurtverbinders-kastanjeplein", "buurtverbinders-molenwijk"] {
            for (person, name) in group_member_ids(conn, slug)? {
                participants.push((insert_participant(conn, &training, &person, &token())?, name));
            }
        }
        let days = [date(1, 16, 2027), date(1, 23, 2027), date(1, 30, 2027), date(2, 6, 2027), date(2, 13, 2027)];
        let mut options = Vec::new();
        for day in days {
            let option = new_id();
            diesel::insert_into(training_date_options::table)
                .values((
                    training_date_options::id.eq(&option),
                    training_date_options::training_id.eq(&training),
                    training_date_options::date.eq(day),
                    training_date_options::start_time.eq("09:30"),
                    training_date_options::end_time.eq("16:00"),
                    training_date_options::created_at.eq(now),
                ))
                .execute(conn)?;
            options.push(option);
        }
        // Rows of answers per participant (y = yes, m = if need be, n = no); the last two have not
        // answered yet.
        let answers = ["yyyny", "ymyyn", "yyyyy", "nyyym", "yyymy", "yyyny"];
        for ((participant, _), row) in participants.iter().zip(answers) {
            for (option, answer) in options.iter().zip(row.chars()) {
                let answer = match answer {
                    'y' => "yes",
                    'm' => "if_need_be",
                    _ => "no",
                };
                diesel::insert_into(training_availability::table)
                    .values((
                        training_availability::participant_id.eq(participant),
                        training_availability::option_id.eq(option),
                        training_availability::answer.eq(answer),
                        training_availability::updated_at.eq(now),
                    ))
                    .execute(conn)?;
            }
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
    let date = crate::features::events::recurrence::local_date(db::now()) + chrono::TimeDelta::days(day);
    let naive = date.and_hms_opt(hour, minute, 0).unwrap_or_default();
    crate::features::events::recurrence::ZONE
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.naive_utc())
        .unwrap_or(naive)
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
    let evening_title = "Bewonersavond Kastanjeplein: word buurtverbinder";
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
            trail.push((Some("Gebeld na de bewonersavond."), Some(CandidateStatus::Interested), called));
        }
        candidates::import(conn, (&registration, &evening), name, Some(motivation), status, &trail)?;
    }
    // The walk-in hour is on Tuesday mornings (De Linde's meeting place says so) and started four
    // weeks before the last Tuesday.
    let since_tuesday =
        (crate::features::events::recurrence::local_date(db::now()).weekday().num_days_from_monday() + 6) % 7;
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
    let first = crate::features::events::recurrence::local_date(local_instant(first_day, (10, 0)));
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
            title: "Bewonersavond Molenwijk",
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
    if organisations::table.count().get_result::<i64>(conn)? > 0 {
        return Ok(());
    }
    let now = db::now();
    let mut organisation_ids = Vec::new();
    for (name, kind, topics, contact, phone, website) in [
        ("Schuldhulp Lindeburg", "money", r#"["money"]"#, "Ria Kok", "0301234567", "https://schuldhulp.example.org"),
        (
            "Wijkteam Lindeburg-Noord",
            "municipality",
            r#"["care_and_wellbeing","loneliness","housing"]"#,
            "Omar Haddou",
            "0301234500",
            "https://wijkteam.example.org",
        ),
        (
            "Woonstichting Lindeburg",
            "housing",
            r#"["housing","public_space"]"#,
            "Els de Boer",
            "0301234599",
            "https://woonstichting.example.org",
        ),
    ] {
        let id = new_id();
        diesel::insert_into(organisations::table)
            .values((
                organisations::id.eq(&id),
                organisations::name.eq(name),
                organisations::kind.eq(kind),
                organisations::topics.eq(topics),
                organisations::neighbourhood_ids.eq("[]"),
                organisations::contact_person.eq(contact),
                organisations::phone.eq(phone),
                organisations::website.eq(website),
                organisations::created_at.eq(now),
                organisations::updated_at.eq(now),
            ))
            .execute(conn)?;
        organisation_ids.push(id);
    }
    let Some(group) = groups::summary_by_slug(conn, "buurtverbinders-de-linde")?.map(|g| g.id.to_string()) else {
        return Ok(());
    };
    let members = group_member_ids(conn, "buurtverbinders-de-linde")?;
    let assignee = members.iter().find(|(_, name)| name.starts_with("Anouk")).map(|(id, _)| id.clone());
    // Anouk moves the demo questions along; the intake of an online question has no actor.
    let anouk: Option<String> = accounts::id_of(conn, "connector@example.org")?.map(|id| id.to_string());
    let day = |days: i64| now - chrono::TimeDelta::days(days);
    // (status, channel, topic, text, asker, days ago, public answer)
    type DemoQuestion =
        (&'static str, &'static str, &'static str, &'static str, Option<&'static str>, i64, Option<&'static str>);
    let list: [DemoQuestion; 6] = [
        (
            "new",
            "online",
            "public_space",
            "De lantaarnpaal bij het speelveld doet het al weken niet. Wie kan ik bellen?",
            None,
            1,
            None,
        ),
        (
            "in_progress",
            "in_person",
            "loneliness",
            "Mijn buurman komt de deur bijna niet meer uit. Hoe kan ik hem helpen?",
            Some("Henny de Vries"),
            4,
            None,
        ),
        (
            "referred",
            "phone",
            "money",
            "Ik krijg mijn rekeningen niet meer betaald en durf de post niet open te maken.",
            Some("J. Hendriks"),
            20,
            None,
        ),
        (
            "answered",
            "in_person",
            "activities",
            "Is er een koffieochtend voor ouderen in de buurt?",
            None,
            12,
            Some("Ja: elke donderdag om 10:00 in Buurthuis De Linde."),
        ),
        (
            "closed",
            "email",
            "housing",
            "Hoe meld ik vocht in mijn huurwoning?",
            Some("Samira B."),
            40,
            Some("Via de reparatiemelding van de woonstichting; zij komen kijken."),
        ),
        (
            "new",
            "in_person",
            "volunteering",
            "Ik wil graag iets doen voor de buurt, bijvoorbeeld boodschappen voor ouderen.",
            None,
            2,
            None,
        ),
    ];
    for (index, (status, channel, topic, text, asker, ago, answer)) in list.into_iter().enumerate() {
        let id = new_id();
        let asked = day(ago);
        let first_response = (status != "new").then(|| asked + chrono::TimeDelta::hours(20));
        diesel::insert_into(questions::table)
            .values((
                (
                    questions::id.eq(&id),
                    questions::group_id.eq(&group),
                    questions::channel.eq(channel),
                    questions::asked_at.eq(asked),
                    questions::topic.eq(topic),
                    questions::text.eq(text),
                    questions::asker_name.eq(asker),
                    questions::contact_consent_at.eq(asker.map(|_| asked)),
                    questions::status.eq(status),
                    questions::assignee_id.eq(if status == "new" { None } else { assignee.clone() }),
                ),
                (
                    questions::public_answer.eq(answer),
                    questions::tracking_hash
                        .eq((index == 0).then(|| crate::features::questions::tracking_hash(DEMO_TRACKING_CODE))),
                    questions::first_response_at.eq(first_response),
                    // The same moments as the history below: a step every 20 hours.
                    questions::answered_at.eq(match status {
                        "answered" => Some(asked + chrono::TimeDelta::hours(40)),
                        "closed" => Some(asked + chrono::TimeDelta::hours(60)),
                        _ => None,
                    }),
                    questions::closed_at.eq((status == "closed").then(|| asked + chrono::TimeDelta::hours(80))),
                    questions::created_at.eq(asked),
                    questions::updated_at.eq(asked),
                ),
            ))
            .execute(conn)?;
        let mut previous: Option<&str> = None;
        let path: &[&str] = match status {
            "new" => &["new"],
            "in_progress" => &["new", "in_progress"],
            "referred" => &["new", "in_progress", "referred"],
            "answered" => &["new", "in_progress", "answered"],
            _ => &["new", "in_progress", "referred", "answered", "closed"],
        };
        for (step, to) in path.iter().enumerate() {
            diesel::insert_into(question_history::table)
                .values((
                    question_history::id.eq(new_id()),
                    question_history::question_id.eq(&id),
                    question_history::actor_account_id.eq(if channel == "online" && step == 0 {
                        None
                    } else {
                        anouk.clone()
                    }),
                    question_history::from_status.eq(previous),
                    question_history::to_status.eq(*to),
                    question_history::created_at.eq(asked + chrono::TimeDelta::hours(20 * step as i64)),
                ))
                .execute(conn)?;
            if *to == "in_progress" {
                diesel::insert_into(question_history::table)
                    .values((
                        question_history::id.eq(new_id()),
                        question_history::question_id.eq(&id),
                        question_history::change.eq("assignment"),
                        question_history::actor_account_id.eq(&anouk),
                        question_history::from_status.eq(*to),
                        question_history::to_status.eq(*to),
                        question_history::assignee_id.eq(&assignee),
                        question_history::created_at.eq(asked + chrono::TimeDelta::hours(20 * step as i64 + 1)),
                    ))
                    .execute(conn)?;
            }
            previous = Some(to);
        }
        if status == "referred" {
            diesel::insert_into(referrals::table)
                .values((
                    referrals::id.eq(new_id()),
                    referrals::question_id.eq(&id),
                    referrals::organisation_id.eq(&organisation_ids[0]),
                    referrals::contact_name.eq("Ria Kok"),
                    referrals::consent_to_share_at.eq(asked + chrono::TimeDelta::days(2)),
                    referrals::note.eq("Samen gebeld; Ria neemt contact op voor een eerste gesprek."),
                    referrals::follow_up_on.eq((now - chrono::TimeDelta::days(3)).date()),
                    referrals::created_at.eq(asked + chrono::TimeDelta::days(2)),
                    referrals::updated_at.eq(asked + chrono::TimeDelta::days(2)),
                ))
                .execute(conn)?;
        }
        if status == "closed" {
            diesel::insert_into(referrals::table)
                .values((
                    referrals::id.eq(new_id()),
                    referrals::question_id.eq(&id),
                    referrals::organisation_id.eq(&organisation_ids[2]),
                    referrals::contact_name.eq("Els de Boer"),
                    referrals::consent_to_share_at.eq(asked + chrono::TimeDelta::hours(40)),
                    referrals::outcome.eq("connected"),
                    referrals::created_at.eq(asked + chrono::TimeDelta::hours(40)),
                    referrals::updated_at.eq(asked + chrono::TimeDelta::hours(60)),
                ))
                .execute(conn)?;
            diesel::insert_into(faq_items::table)
                .values((
                    faq_items::id.eq(new_id()),
                    faq_items::group_id.eq(&group),
                    faq_items::question_id.eq(&id),
                    faq_items::topic.eq("housing"),
                    faq_items::question.eq("Waar meld ik vocht of schimmel in mijn huurhuis?"),
                    faq_items::answer.eq("Bij de reparatiemelding van Woonstichting Lindeburg (0301234599). Lukt het niet? Kom langs bij het inloopuur."),
                    faq_items::published.eq(true),
                    faq_items::created_at.eq(now),
                    faq_items::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
    }
    *added += 9;
    Ok(())
}
