//! The handlers of the public pages: each reads what the page shows through the features' doors,
//! renders it, and answers `text/html`. A group or event that does not exist gets the web
//! client's page with 404, whose own not-found page then shows.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{EventStatus, FaqItem, GoalStatus, Location, Occurrence, PublicEvent, PublicResource, SiteSection};
use askama::Template;
use chrono::{DateTime, Days, FixedOffset, Locale};
use serde_json::{json, Value};

use super::render::{
    self, AgendaPage, AskPage, DateLine, EventPage, FaqLine, GoalLine, GroupPage, Head, ResourceLine, Section,
    StoryLine,
};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::{events, faq, goals, groups, neighbourhoods, resources, sites, stories};
use crate::local_time;
use crate::web::http;
use crate::web::state::AppState;

/// How far ahead the agenda and a group's site look, in days.
const AHEAD_DAYS: u64 = 90;
/// A meta description's length, in characters (about what search engines show).
const DESCRIPTION_LENGTH: usize = 160;
/// At most this many resources on a group's server page (the app shows them all).
const RESOURCES_SHOWN: i64 = 50;

/// Registers the public pages; the web client's files and its other routes stay with the
/// default service.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/groep/{slug}", web::get().to(group_page))
        .route("/agenda", web::get().to(agenda_page))
        .route("/agenda/{id}", web::get().to(event_page))
        .route("/vraag/{slug}", web::get().to(ask_page));
}

/// A path segment as written (any text: an odd one finds nothing, and the page says so).
fn segment(req: &HttpRequest, name: &str) -> String {
    req.match_info().get(name).unwrap_or_default().to_string()
}

/// A page, or "no such page" (the web client's own 404 page).
enum Rendered {
    Page { head: String, body: String },
    Missing,
}

fn rendered(head: Head, body: impl Template) -> ApiResult<Rendered> {
    let failed = |e: askama::Error| ApiError::Internal(format!("rendering a page: {e}"));
    Ok(Rendered::Page { head: head.render().map_err(failed)?, body: body.render().map_err(failed)? })
}

/// Answers the page inside the web client's `index.html` (read on the blocking pool, with the
/// database work).
async fn respond(
    state: web::Data<AppState>,
    build: impl FnOnce(&mut DbConnection, &str) -> ApiResult<Rendered> + Send + 'static,
) -> ApiResult<HttpResponse> {
    let public_url = state.config.public_url.clone();
    let index_path = std::path::Path::new(&state.config.web_client_dir).join("index.html");
    let (index, page) = db::run(&state.pool, move |conn| {
        let page = match build(conn, &public_url) {
            Err(ApiError::NotFound(_)) => Rendered::Missing,
            other => other?,
        };
        Ok((std::fs::read_to_string(index_path).ok(), page))
    })
    .await?;
    let (status, html) = match page {
        Rendered::Page { head, body } => (StatusCode::OK, render::document(index.as_deref(), &head, &body)),
        Rendered::Missing => (
            StatusCode::NOT_FOUND,
            index.unwrap_or_else(|| render::document(None, "<title>Niet gevonden</title>", "<h1>Niet gevonden</h1>")),
        ),
    };
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        // Public content, briefly cacheable like the public calendar feeds.
        .insert_header(("Cache-Control", "public, max-age=300"))
        .body(html))
}

/// `dinsdag 8 december 2026, 10:00–12:00`.
fn when(starts: &DateTime<FixedOffset>, ends: &DateTime<FixedOffset>) -> String {
    let day = starts.format_localized("%A %-d %B %Y", Locale::nl_NL);
    if starts.date_naive() == ends.date_naive() {
        format!("{day}, {}–{}", starts.format("%H:%M"), ends.format("%H:%M"))
    } else {
        format!("{day} {} tot {}", starts.format("%H:%M"), ends.format_localized("%A %-d %B %Y %H:%M", Locale::nl_NL))
    }
}

fn place(location: &Location) -> String {
    match &location.address {
        Some(address) => format!("{}, {address}", location.name),
        None => location.name.clone(),
    }
}

fn date_line(o: &Occurrence) -> DateLine {
    DateLine {
        event_id: o.event_id.to_string(),
        called_off: (o.status == EventStatus::Cancelled).then(|| o.cancellation_reason.clone().unwrap_or_default()),
        title: o.title.clone(),
        when: when(&o.starts_at, &o.ends_at),
        place: place(&o.location),
        group: o.group_name.clone(),
    }
}

/// schema.org's `Event` of a date of a public event.
fn event_ld(
    public_url: &str,
    id: &str,
    title: &str,
    dates: (&DateTime<FixedOffset>, &DateTime<FixedOffset>),
    location: &Location,
    cancelled: bool,
    organizer: Option<(&str, Option<&str>)>,
) -> Value {
    let mut event = json!({
        "@type": "Event",
        "name": title,
        "url": format!("{public_url}/agenda/{id}"),
        "startDate": dates.0.to_rfc3339(),
        "endDate": dates.1.to_rfc3339(),
        "eventStatus": if cancelled { "https://schema.org/EventCancelled" } else { "https://schema.org/EventScheduled" },
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "isAccessibleForFree": true,
        "location": {
            "@type": "Place",
            "name": location.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": location.address,
                "postalCode": location.postcode,
                "addressCountry": "NL",
            },
        },
    });
    if let Some((name, slug)) = organizer {
        let mut organization = json!({"@type": "Organization", "name": name});
        if let Some(slug) = slug {
            organization["url"] = json!(format!("{public_url}/groep/{slug}"));
        }
        event["organizer"] = organization;
    }
    event
}

fn occurrence_ld(public_url: &str, o: &Occurrence) -> Value {
    event_ld(
        public_url,
        &o.event_id.to_string(),
        &o.title,
        (&o.starts_at, &o.ends_at),
        &o.location,
        o.status == EventStatus::Cancelled,
        o.group_name.as_deref().map(|name| (name, o.group_slug.as_deref())),
    )
}

fn faq_lines(items: Vec<FaqItem>) -> Vec<FaqLine> {
    items.into_iter().map(|i| FaqLine { question: i.question, answer: i.answer }).collect()
}

fn resource_line(r: PublicResource) -> ResourceLine {
    ResourceLine { name: r.name, description: r.description, address: r.address, opening_hours: r.opening_hours }
}

fn ahead(conn: &mut DbConnection, group_slug: Option<String>) -> ApiResult<Vec<Occurrence>> {
    let from = local_time::today();
    let to = from.checked_add_days(Days::new(AHEAD_DAYS)).unwrap_or(from);
    events::public_dates(conn, from, to, group_slug)
}

/// The group and its neighbourhood's name; 404 for no such group.
fn group_and_place(conn: &mut DbConnection, slug: &str) -> ApiResult<(groups::GroupSummary, String)> {
    let group =
        groups::summary_by_slug(conn, slug)?.ok_or_else(|| ApiError::NotFound("No group with this address.".into()))?;
    let place = neighbourhoods::names(conn, std::slice::from_ref(&group.neighbourhood_id))?
        .remove(&group.neighbourhood_id)
        .unwrap_or_default();
    Ok((group, place))
}

/// `/groep/{slug}`: the group's site.
async fn group_page(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let slug = segment(&req, "slug");
    respond(state, move |conn, public_url| {
        let (group, neighbourhood) = group_and_place(conn, &slug)?;
        let site = sites::public_site(conn, &group.id)?;
        let dates = ahead(conn, Some(group.slug.clone()))?;
        let mut sections = Vec::new();
        let mut graph_events = Vec::new();
        for section in &site.sections {
            sections.push(match section {
                SiteSection::Agenda => {
                    graph_events = dates.iter().map(|o| occurrence_ld(public_url, o)).collect();
                    Section::Agenda(dates.iter().map(date_line).collect())
                }
                SiteSection::Ask => Section::Ask,
                SiteSection::Faq => Section::Faq(faq_lines(faq::published(conn, &group.id)?)),
                SiteSection::Resources => Section::Resources(
                    resources::public_of_neighbourhood(conn, &group.neighbourhood_id, RESOURCES_SHOWN)?
                        .into_iter()
                        .map(resource_line)
                        .collect(),
                ),
                SiteSection::Stories => Section::Stories(
                    stories::published(conn, &group.id)?
                        .into_iter()
                        .map(|s| StoryLine { title: s.title, text: s.text, teller: s.teller_name })
                        .collect(),
                ),
                SiteSection::JoinUs => Section::JoinUs,
            });
        }
        let url = format!("{public_url}/groep/{}", group.slug);
        let about = site.introduction.clone().or(group.description.clone()).unwrap_or_else(|| {
            format!("{} verbindt bewoners, ondernemers en organisaties in {neighbourhood}.", group.name)
        });
        let mut organization = json!({
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": group.name,
            "url": url,
            "description": about,
            "areaServed": {"@type": "Place", "name": neighbourhood},
        });
        if let Some(place) = &site.walk_in_place {
            organization["location"] = json!({"@type": "Place", "name": place});
        }
        if !graph_events.is_empty() {
            organization["event"] = Value::Array(graph_events);
        }
        let head = Head {
            title: format!("{} — Buurtverbinders", group.name),
            description: render::summary(&about, DESCRIPTION_LENGTH),
            url,
            og_type: "website",
            json_ld: render::json_ld(&organization),
        };
        rendered(
            head,
            GroupPage {
                current: "",
                name: group.name,
                slug: group.slug,
                neighbourhood,
                colour: site.colour,
                introduction: site.introduction,
                contact: site.contact,
                walk_in_place: site.walk_in_place,
                walk_in_time: site.walk_in_time,
                sections,
                goals: goals::public_of_group(conn, &group.id)?
                    .into_iter()
                    .map(|g| GoalLine {
                        status: match g.status {
                            GoalStatus::Planned => "Gepland",
                            GoalStatus::InProgress => "Bezig",
                            GoalStatus::Achieved => "Gehaald",
                            GoalStatus::Dropped => "Gestopt",
                        },
                        target: g.target_on.map(|d| d.format_localized("%-d %B %Y", Locale::nl_NL).to_string()),
                        title: g.title,
                        success: g.success,
                    })
                    .collect(),
            },
        )
    })
    .await
}

/// `/agenda`: every public event of the coming months.
async fn agenda_page(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    respond(state, move |conn, public_url| {
        let dates = ahead(conn, None)?;
        let graph: Vec<Value> = dates.iter().map(|o| occurrence_ld(public_url, o)).collect();
        let head = Head {
            title: "Agenda — Buurtverbinders".into(),
            description: "Wat er de komende tijd in de buurt te doen is: inloopuren, bewonersavonden en activiteiten. Iedereen is welkom.".into(),
            url: format!("{public_url}/agenda"),
            og_type: "website",
            json_ld: render::json_ld(&json!({"@context": "https://schema.org", "@graph": graph})),
        };
        rendered(head, AgendaPage { current: "agenda", items: dates.iter().map(date_line).collect() })
    })
    .await
}

/// `/agenda/{id}`: one public event.
async fn event_page(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let Ok(id) = http::id::<api_types::EventId>(&segment(&req, "id")) else {
        return respond(state, |_, _| Err(ApiError::NotFound("No event with this id.".into()))).await;
    };
    respond(state, move |conn, public_url| {
        let event: PublicEvent = events::public_event(conn, &id)?;
        let cancelled = event.status == EventStatus::Cancelled;
        // A series is found by its next date; a single event by its own.
        let (starts, ends) = match (&event.recurrence, event.upcoming.first()) {
            (Some(_), Some(next)) => (next.starts_at, next.ends_at),
            _ => (event.starts_at, event.ends_at),
        };
        let mut ld = event_ld(
            public_url,
            &event.id.to_string(),
            &event.title,
            (&starts, &ends),
            &event.location,
            cancelled,
            event.group_name.as_deref().map(|name| (name, event.group_slug.as_deref())),
        );
        ld["@context"] = json!("https://schema.org");
        if let Some(text) = &event.description {
            ld["description"] = json!(text);
        }
        let when = match &event.recurrence {
            Some(_) => format!("Volgende keer: {}", when(&starts, &ends)),
            None => when(&starts, &ends),
        };
        let head = Head {
            title: format!("{} — Buurtverbinders", event.title),
            description: render::summary(
                &format!("{when}, {}. {}", place(&event.location), event.description.clone().unwrap_or_default()),
                DESCRIPTION_LENGTH,
            ),
            url: format!("{public_url}/agenda/{}", event.id),
            og_type: "article",
            json_ld: render::json_ld(&ld),
        };
        rendered(
            head,
            EventPage {
                current: "agenda",
                title: event.title,
                when,
                place: place(&event.location),
                description: event.description,
                group: event.group_name,
                group_slug: event.group_slug,
                cancelled,
                reason: event.cancellation_reason,
            },
        )
    })
    .await
}

/// `/vraag/{slug}`: asking a group a question, with its FAQ.
async fn ask_page(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let slug = segment(&req, "slug");
    respond(state, move |conn, public_url| {
        let (group, neighbourhood) = group_and_place(conn, &slug)?;
        let faq = faq_lines(faq::published(conn, &group.id)?);
        let url = format!("{public_url}/vraag/{}", group.slug);
        let organization = json!({
            "@type": "Organization",
            "name": group.name,
            "url": format!("{public_url}/groep/{}", group.slug),
            "areaServed": {"@type": "Place", "name": neighbourhood},
        });
        let mut graph = vec![organization];
        if !faq.is_empty() {
            graph.push(render::faq_page(&faq));
        }
        let head = Head {
            title: format!("Vraag aan {} — Buurtverbinders", group.name),
            description: render::summary(
                &format!(
                    "Stel uw vraag aan {} in {neighbourhood}: zonder account, met een code om de vraag te volgen.",
                    group.name
                ),
                DESCRIPTION_LENGTH,
            ),
            url,
            og_type: "website",
            json_ld: render::json_ld(&json!({"@context": "https://schema.org", "@graph": graph})),
        };
        rendered(head, AskPage { current: "", name: group.name, slug: group.slug, neighbourhood, faq })
    })
    .await
}
