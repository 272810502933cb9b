//! Invented demo data: one municipality, three neighbourhoods, three groups in the states a
//! coordinator meets (one active and complete, one forming without a professional, one forming with
//! too few members), trainings, events around today (a past residents' evening with candidates, a
//! weekly walk-in hour, a full meal with a waiting list), resident questions in every status with referrals to
//! organisations and an FAQ item, and one account per role. Running it again
//! adds nothing twice.

use api_types::{GroupStatus, MembershipKind, NewAccount, ProfessionalRole, Role};
use diesel::prelude::*;

use crate::db::schema::{
    accounts, candidate_notes, candidates, event_occurrences, events, faq_items, groups, memberships, neighbourhoods,
    organisations, people, question_history, questions, referrals, registrations, training_attendance,
    training_availability, training_date_options, training_participants, training_sessions, trainings,
};
use crate::db::{self, DbConnection};
use crate::error::ApiResult;
use crate::features::accounts::insert_account;
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
            let exists: i64 = accounts::table.filter(accounts::email.eq(email)).count().get_result(conn)?;
            if exists == 0 {
                insert_account(
                    conn,
                    &NewAccount {
                        email: email.into(),
                        display_name: name.into(),
                        role,
                        password: DEMO_PASSWORD.into(),
                        person_id: person.as_deref().and_then(|p| uuid::Uuid::parse_str(p).ok()),
                    },
                )?;
                added += 1;
            }
        }
        Ok(added)
    })
}

fn person_id_by_email(conn: &mut DbConnection, email: &str) -> ApiResult<Option<String>> {
    Ok(people::table.filter(people::email.eq(email)).select(people::id).first(conn).optional()?)
}

fn neighbourhood(conn: &mut DbConnection, name: &str, buurt: &str, wijk: &str, added: &mut usize) -> ApiResult<String> {
    if let Some(id) = neighbourhoods::table
        .filter(neighbourhoods::buurt_code.eq(buurt))
        .select(neighbourhoods::id)
        .first::<String>(conn)
        .optional()?
    {
        return Ok(id);
    }
    let id = new_id();
    let now = db::now();
    diesel::insert_into(neighbourhoods::table)
        .values((
            neighbourhoods::id.eq(&id),
            neighbourhoods::name.eq(name),
            neighbourhoods::municipality.eq(MUNICIPALITY),
            neighbourhoods::buurt_code.eq(buurt),
            neighbourhoods::wijk_code.eq(wijk),
            neighbourhoods::gemeente_code.eq("GM9901"),
            neighbourhoods::created_at.eq(now),
            neighbourhoods::updated_at.eq(now),
        ))
        .execute(conn)?;
    *added += 1;
    Ok(id)
}

#[allow(clippy::too_many_arguments)]
fn group(
    conn: &mut DbConnection,
    name: &str,
    neighbourhood_id: &str,
    status: GroupStatus,
    description: &str,
    meeting_place: Option<&str>,
    members: &[Member],
    added: &mut usize,
) -> ApiResult<()> {
    let slug = crate::features::groups::slugify(name);
    if groups::table.filter(groups::slug.eq(&slug)).count().get_result::<i64>(conn)? > 0 {
        return Ok(());
    }
    let group_id = new_id();
    let now = db::now();
    diesel::insert_into(groups::table)
        .values((
            groups::id.eq(&group_id),
            groups::name.eq(name),
            groups::slug.eq(&slug),
            groups::neighbourhood_id.eq(neighbourhood_id),
            groups::status.eq(status.as_str()),
            groups::description.eq(description),
            groups::meeting_place.eq(meeting_place),
            groups::created_at.eq(now),
            groups::updated_at.eq(now),
        ))
        .execute(conn)?;
    *added += 1;
    let joined_on = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_else(db::today);
    for (index, (person_name, email, kind, role, organisation)) in members.iter().enumerate() {
        // Invented phone numbers and postcodes, different per person.
        let serial = slug.len() * 10 + index;
        let phone = format!("06-{:08}", 10_000_000 + serial * 7_919);
        let postcode = format!("9901 {}{}", (b'A' + (serial % 26) as u8) as char, (b'A' + (index % 26) as u8) as char);
        let person_id = new_id();
        diesel::insert_into(people::table)
            .values((
                people::id.eq(&person_id),
                people::name.eq(person_name),
                people::email.eq(email),
                people::phone.eq(email.map(|_| phone.as_str())),
                people::postcode.eq(postcode.as_str()),
                people::contact_preference.eq(if email.is_some() { "email" } else { "in_person" }),
                people::created_at.eq(now),
                people::updated_at.eq(now),
            ))
            .execute(conn)?;
        diesel::insert_into(memberships::table)
            .values((
                memberships::id.eq(new_id()),
                memberships::group_id.eq(&group_id),
                memberships::person_id.eq(&person_id),
                memberships::kind.eq(kind.as_str()),
                memberships::professional_role.eq(role.map(|r| r.as_str())),
                memberships::organisation.eq(organisation),
                memberships::joined_on.eq(joined_on),
                memberships::created_at.eq(now),
                memberships::updated_at.eq(now),
            ))
            .execute(conn)?;
        *added += 2;
    }
    Ok(())
}

fn date(month: u32, day: u32, year: i32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(year, month, day).unwrap_or_else(db::today)
}

fn group_member_ids(conn: &mut DbConnection, slug: &str) -> ApiResult<Vec<(String, String)>> {
    Ok(memberships::table
        .inner_join(groups::table)
        .inner_join(people::table)
        .filter(groups::slug.eq(slug))
        .order(people::name.asc())
        .select((memberships::person_id, people::name))
        .load(conn)?)
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
    neighbourhood: &'a str,
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

fn insert_event(conn: &mut DbConnection, event: &DemoEvent, group_ids: &[(String, String)]) -> ApiResult<String> {
    let id = new_id();
    let now = db::now();
    let group = event.group.and_then(|slug| group_ids.iter().find(|(s, _)| s == slug)).map(|(_, id)| id.clone());
    diesel::insert_into(events::table)
        .values((
            (
                events::id.eq(&id),
                events::event_type.eq(event.event_type.as_str()),
                events::title.eq(event.title),
                events::description.eq(event.description),
                events::starts_at.eq(local_instant(event.day, event.start)),
                events::ends_at.eq(local_instant(event.day, event.end)),
                events::location_name.eq(event.place.0),
                events::location_address.eq(event.place.1),
                events::location_city.eq(MUNICIPALITY),
            ),
            (
                events::group_id.eq(group),
                events::neighbourhood_id.eq(event.neighbourhood),
                events::visibility.eq(if event.public { "public" } else { "members" }),
                events::capacity.eq(event.capacity),
                events::status.eq("scheduled"),
                events::recurrence_interval.eq(event.series.map(|s| s.0)),
                events::recurrence_count.eq(event.series.map(|s| s.1)),
                events::created_at.eq(now),
                events::updated_at.eq(now),
            ),
        ))
        .execute(conn)?;
    Ok(id)
}

/// A registration with an unusable token (demo residents never cancel through a link).
fn insert_registration(
    conn: &mut DbConnection,
    event: &str,
    name: &str,
    people: i32,
    status: &str,
    checked_in: bool,
    connector: bool,
) -> ApiResult<String> {
    let id = new_id();
    let now = db::now();
    diesel::insert_into(registrations::table)
        .values((
            registrations::id.eq(&id),
            registrations::event_id.eq(event),
            registrations::name.eq(name),
            registrations::number_of_people.eq(people),
            registrations::status.eq(status),
            registrations::wants_to_become_connector.eq(connector),
            registrations::token_hash.eq(format!("demo-{id}")),
            registrations::checked_in_at.eq(checked_in.then_some(now)),
            registrations::created_at.eq(now),
            registrations::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// A past residents' evening in Kastanjeplein with the candidates it brought in, the weekly walk-in
/// hour of De Linde (one date called off, one with its figures), a full neighbourhood meal with a
/// waiting list, a members-only meeting and an upcoming residents' evening in the Molenwijk.
fn events(conn: &mut DbConnection, neighbourhood_ids: &[String; 3], added: &mut usize) -> ApiResult<()> {
    use api_types::EventType;
    use chrono::Datelike;
    let evening_title = "Bewonersavond Kastanjeplein: word buurtverbinder";
    if events::table.filter(events::title.eq(evening_title)).count().get_result::<i64>(conn)? > 0 {
        return Ok(());
    }
    let group_ids: Vec<(String, String)> = groups::table.select((groups::slug, groups::id)).load(conn)?;
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
        &group_ids,
    )?;
    diesel::update(events::table.find(&evening))
        .set((
            events::residents_reached.eq(Some(34)),
            events::notes.eq(Some("Goede sfeer; veel vragen over eenzaamheid.")),
        ))
        .execute(conn)?;
    for (name, people, checked_in) in [
        ("Familie Bos", 3, true),
        ("Wim Claassen", 1, true),
        ("Ria en Kees Mol", 2, true),
        ("Lisa Reijnders", 1, false),
    ] {
        insert_registration(conn, &evening, name, people, "confirmed", checked_in, false)?;
    }
    let candidate_list = [
        ("Yusuf Demir", "Ik ken veel mensen in de straat en wil helpen.", "interested"),
        ("Marieke Jansen", "Sinds mijn pensioen heb ik tijd over voor de buurt.", "contacted"),
        ("Tom de Groot", "Ik wil dat nieuwe bewoners zich welkom voelen.", "in_training"),
        ("Sanne Bakker", "Graag, maar misschien later.", "declined"),
    ];
    for (name, motivation, status) in candidate_list {
        let registration = insert_registration(conn, &evening, name, 1, "confirmed", true, true)?;
        let id = new_id();
        let now = db::now();
        diesel::insert_into(candidates::table)
            .values((
                candidates::id.eq(&id),
                candidates::registration_id.eq(&registration),
                candidates::event_id.eq(&evening),
                candidates::name.eq(name),
                candidates::motivation.eq(motivation),
                candidates::status.eq(status),
                candidates::created_at.eq(now),
                candidates::updated_at.eq(now),
            ))
            .execute(conn)?;
        diesel::insert_into(candidate_notes::table)
            .values((
                candidate_notes::id.eq(new_id()),
                candidate_notes::candidate_id.eq(&id),
                candidate_notes::to_status.eq("interested"),
                candidate_notes::created_at.eq(now),
            ))
            .execute(conn)?;
        if status != "interested" {
            diesel::insert_into(candidate_notes::table)
                .values((
                    candidate_notes::id.eq(new_id()),
                    candidate_notes::candidate_id.eq(&id),
                    candidate_notes::body.eq("Gebeld na de bewonersavond."),
                    candidate_notes::from_status.eq("interested"),
                    candidate_notes::to_status.eq(if status == "declined" { "declined" } else { "contacted" }),
                    candidate_notes::created_at.eq(now),
                ))
                .execute(conn)?;
        }
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
        &group_ids,
    )?;
    let first = crate::features::events::recurrence::local_date(local_instant(first_day, (10, 0)));
    let now = db::now();
    diesel::insert_into(event_occurrences::table)
        .values((
            event_occurrences::event_id.eq(&walk_in),
            event_occurrences::occurrence_date.eq(first + chrono::TimeDelta::days(21)),
            event_occurrences::status.eq("scheduled"),
            event_occurrences::residents_reached.eq(Some(7)),
            event_occurrences::notes
                .eq(Some("Twee vragen over de huurverhoging; doorverwezen naar het Juridisch Loket.")),
            event_occurrences::updated_at.eq(now),
        ))
        .execute(conn)?;
    diesel::insert_into(event_occurrences::table)
        .values((
            event_occurrences::event_id.eq(&walk_in),
            event_occurrences::occurrence_date.eq(first + chrono::TimeDelta::days(42)),
            event_occurrences::status.eq("cancelled"),
            event_occurrences::cancellation_reason.eq(Some("Het buurthuis is die week gesloten.")),
            event_occurrences::updated_at.eq(now),
        ))
        .execute(conn)?;
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
        &group_ids,
    )?;
    for (name, people, status) in [
        ("Joke van Leeuwen", 2, "confirmed"),
        ("Ahmed Benali", 4, "confirmed"),
        ("Greet Hermans", 1, "confirmed"),
        ("Familie Smit", 3, "confirmed"),
        ("Ben Willems", 2, "confirmed"),
        ("Nadia Ouali", 2, "waitlisted"),
        ("Piet Kramer", 1, "waitlisted"),
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
        &group_ids,
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
        &group_ids,
    )?;
    insert_registration(conn, &molen, "Harm Visser", 2, "confirmed", false, false)?;
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
    let Some((group,)) = groups::table
        .filter(groups::slug.eq("buurtverbinders-de-linde"))
        .select((groups::id,))
        .first::<(String,)>(conn)
        .optional()?
    else {
        return Ok(());
    };
    let members = group_member_ids(conn, "buurtverbinders-de-linde")?;
    let assignee = members.iter().find(|(_, name)| name.starts_with("Anouk")).map(|(id, _)| id.clone());
    // Anouk moves the demo questions along; the intake of an online question has no actor.
    let anouk: Option<String> = accounts::table
        .filter(accounts::email.eq("connector@example.org"))
        .select(accounts::id)
        .first(conn)
        .optional()?;
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
