//! Events as members see them: a group's agenda, one event with its dates and sign-ups, the
//! event form and the check-in list; and what the event pages (the public ones too) share: the
//! status and type badges, a place in words, a date of the agenda as a list item, absolute
//! addresses for links and posters, and the QR code.

pub(crate) mod agenda;
mod check_in;
mod event;
mod form;
mod phone_sign_up;

pub use agenda::GroupAgendaPage;
pub use check_in::CheckInPage;
pub use event::EventPage;
pub use form::EventFormPage;

use api_types::{
    EventStatus, Location, Occurrence, RegistrationReceipt, RegistrationStatus, MAX_PEOPLE_PER_REGISTRATION,
};
use chrono::{DateTime, FixedOffset};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;

/// How far ahead an agenda looks, in days (about three months): the group's and the public one.
pub const AGENDA_DAYS: u64 = 92;

/// How many people a sign-up is for, as typed: 1 to [`MAX_PEOPLE_PER_REGISTRATION`] (the API's
/// `numberOfPeople`); otherwise `None`, with what is wrong added to a form's `problems` at
/// `/numberOfPeople`.
pub fn number_of_people(text: &str, problems: &mut Vec<(&'static str, &'static str)>) -> Option<i32> {
    let problem = match text.trim().parse::<i32>() {
        Ok(n) if (1..=MAX_PEOPLE_PER_REGISTRATION).contains(&n) => return Some(n),
        Ok(_) => "field-error-people",
        Err(_) => "field-error-number",
    };
    problems.push(("/numberOfPeople", problem));
    None
}

/// A place in words: `Bibliotheek Lindeburg, Dorpsstraat 1, 1234 AB Lindeburg`.
pub fn location_text(location: &Location) -> String {
    let town = [location.postcode.as_deref(), location.city.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    [Some(location.name.trim()), location.address.as_deref().map(str::trim), Some(town.as_str())]
        .into_iter()
        .flatten()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The absolute address of a page of the web client, to send or print.
pub fn absolute_url(route: &Route) -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    format!("{origin}{}", route.to_path())
}

/// The absolute address of an API path (a calendar feed), to subscribe to.
pub fn absolute_api_url(path: &str) -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    format!("{origin}{path}")
}

/// Properties of [`EventStatusBadge`].
#[derive(Debug, Properties, PartialEq)]
pub struct EventStatusBadgeProps {
    /// Whether it goes ahead.
    pub status: EventStatus,
}

/// Whether an event goes ahead, as a labelled badge.
#[function_component]
pub fn EventStatusBadge(props: &EventStatusBadgeProps) -> Html {
    let i18n = use_locale();
    html! {
        <span class={classes!("badge", format!("event-status-{}", props.status.as_str()))}>
            <span class="visually-hidden">{ i18n.t("event-status-label") }{ " " }</span>
            { i18n.event_status(props.status) }
        </span>
    }
}

/// Properties of [`OccurrenceItem`].
#[derive(Debug, Properties, PartialEq)]
pub struct OccurrenceItemProps {
    /// The date.
    pub occurrence: Occurrence,
    /// Where its title links to (the member's or the public event page).
    pub to: Route,
    /// Also name the group holding it.
    #[prop_or_default]
    pub show_group: bool,
    /// The heading level of the title (2 or 3).
    #[prop_or(3)]
    pub level: u8,
}

/// One date of the agenda: when, the title as a link, the kind, where, and whether it was
/// called off or moved.
#[function_component]
pub fn OccurrenceItem(props: &OccurrenceItemProps) -> Html {
    let i18n = use_locale();
    let o = &props.occurrence;
    let cancelled = o.status == EventStatus::Cancelled;
    let link = html! { <Link<Route> to={props.to.clone()}>{ o.title.clone() }</Link<Route>> };
    let title = if props.level <= 2 {
        html! { <h2 class="occurrence-title">{ link }</h2> }
    } else {
        html! { <h3 class="occurrence-title">{ link }</h3> }
    };
    html! {
        <li class={classes!("occurrence", cancelled.then_some("is-cancelled"))}>
            <p class="occurrence-when">
                <time datetime={o.starts_at.to_rfc3339()}>{ i18n.event_when(&o.starts_at, &o.ends_at) }</time>
            </p>
            { title }
            <p class="occurrence-meta">
                <span class="badge badge-neutral">{ i18n.event_type(o.event_type) }</span>
                if cancelled {
                    { " " }<EventStatusBadge status={o.status} />
                }
                if o.moved {
                    { " " }<span class="badge badge-moved">{ i18n.t("occurrence-moved") }</span>
                }
            </p>
            <p class="occurrence-where">{ location_text(&o.location) }</p>
            if props.show_group {
                <GroupLink occurrence={o.clone()} />
            }
            if cancelled {
                if let Some(reason) = &o.cancellation_reason {
                    <p class="occurrence-reason">{ i18n.ta("event-cancelled-because", &[("reason", Arg::Text(reason.clone()))]) }</p>
                }
            }
        </li>
    }
}

/// Properties of [`GroupLink`].
#[derive(Debug, Properties, PartialEq)]
pub struct GroupLinkProps {
    /// The date whose group is named.
    pub occurrence: Occurrence,
}

/// "Door {group}", the group's name linking to its public page, where residents ask it a
/// question; nothing for an event of a neighbourhood only.
#[function_component]
pub fn GroupLink(props: &GroupLinkProps) -> Html {
    let i18n = use_locale();
    let o = &props.occurrence;
    let Some(group) = &o.group_name else { return Html::default() };
    match &o.group_slug {
        Some(slug) => html! {
            <p class="meta occurrence-group">
                { i18n.t("event-by") }{ " " }
                <Link<Route> to={Route::Ask { slug: slug.clone() }}>{ group.clone() }</Link<Route>>
            </p>
        },
        None => html! { <p class="meta">{ i18n.ta("event-by-group", &[("group", Arg::Text(group.clone()))]) }</p> },
    }
}

/// The dates of an agenda list, with a heading per month.
pub fn occurrences_by_month(
    i18n: &I18n,
    occurrences: &[Occurrence],
    to: impl Fn(&Occurrence) -> Route,
    show_group: bool,
) -> Html {
    use chrono::Datelike;
    let mut months: Vec<((i32, u32), Vec<&Occurrence>)> = Vec::new();
    for o in occurrences {
        let key = (o.starts_at.year(), o.starts_at.month());
        match months.last_mut() {
            Some((month, list)) if *month == key => list.push(o),
            _ => months.push((key, vec![o])),
        }
    }
    html! {
        <>
            { for months.into_iter().map(|((year, month), list)| {
                let heading = i18n.ta(
                    "month-year",
                    &[
                        ("month", Arg::Text(i18n.t(&format!("month-{month}")))),
                        ("year", Arg::Number(i64::from(year))),
                    ],
                );
                html! {
                    <section class="agenda-month">
                        <h2 class="agenda-month-title">{ heading }</h2>
                        <ul class="occurrences" role="list">
                            { for list.into_iter().map(|o| html! {
                                <OccurrenceItem occurrence={o.clone()} to={to(o)} {show_group} level={3} />
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </>
    }
}

/// Properties of [`ReceiptDetails`].
#[derive(Debug, Properties, PartialEq)]
pub struct ReceiptDetailsProps {
    /// The sign-up.
    pub receipt: RegistrationReceipt,
    /// Id of the heading, so focus can move to it.
    pub heading_id: AttrValue,
    /// Also show the personal link (right after signing up).
    #[prop_or_default]
    pub show_link: bool,
}

/// A resident's sign-up: whether they have a place or which place on the waiting list, what
/// they signed up for, and (right after signing up) their personal link to cancel it.
#[function_component]
pub fn ReceiptDetails(props: &ReceiptDetailsProps) -> Html {
    let i18n = use_locale();
    let r = &props.receipt;
    // A called-off event outranks the sign-up's own status: "see you then" would mislead.
    let called_off = r.event_status == EventStatus::Cancelled && r.status != RegistrationStatus::Cancelled;
    let (class, heading) = match r.status {
        _ if called_off => ("receipt-called-off", i18n.t("receipt-called-off-title")),
        RegistrationStatus::Confirmed => ("receipt-confirmed", i18n.t("receipt-confirmed-title")),
        RegistrationStatus::Waitlisted => (
            "receipt-waitlisted",
            i18n.ta("receipt-waitlisted-title", &[("position", Arg::Number(r.waiting_list_position.unwrap_or(0)))]),
        ),
        RegistrationStatus::Cancelled => ("receipt-cancelled", i18n.t("receipt-cancelled-title")),
    };
    let explanation = match r.status {
        _ if called_off => i18n.t("receipt-called-off"),
        RegistrationStatus::Confirmed => i18n.t("receipt-confirmed"),
        RegistrationStatus::Waitlisted => i18n.t("receipt-waitlisted"),
        RegistrationStatus::Cancelled => i18n.t("receipt-cancelled"),
    };
    let link = absolute_url(&Route::Registration { token: r.token.clone() });
    let when = i18n.ta(
        "date-time",
        &[
            ("date", Arg::Text(i18n.date_with_weekday(r.starts_at.date_naive()))),
            ("time", Arg::Text(i18n.clock(&r.starts_at))),
        ],
    );
    html! {
        <div class={classes!("receipt", class)}>
            <h2 id={props.heading_id.clone()} tabindex="-1">
                if r.status == RegistrationStatus::Confirmed && !called_off {
                    <span aria-hidden="true">{ i18n.t("availability-symbol-yes") }{ " " }</span>
                }
                { heading }
            </h2>
            <p>{ explanation }</p>
            if called_off {
                if let Some(reason) = &r.cancellation_reason {
                    <p>{ i18n.ta("event-cancelled-because", &[("reason", Arg::Text(reason.clone()))]) }</p>
                }
            } else if let Some(first) = &r.moved_from {
                <MovedNotice first={*first} />
            }
            <dl class="details">
                <dt>{ i18n.t("receipt-event") }</dt>
                <dd>{ r.event_title.clone() }</dd>
                <dt>{ i18n.t("event-when") }</dt>
                <dd>{ when }</dd>
                <dt>{ i18n.t("event-where") }</dt>
                <dd>{ location_text(&r.location) }</dd>
                <dt>{ i18n.t("receipt-name") }</dt>
                <dd>{ r.name.clone() }</dd>
                <dt>{ i18n.t("registration-people") }</dt>
                <dd>{ r.number_of_people }</dd>
                <dt>{ i18n.t("receipt-status") }</dt>
                <dd>{ i18n.registration_status(r.status) }</dd>
            </dl>
            if r.status != RegistrationStatus::Cancelled && !called_off {
                <AddToCalendar event_id={r.event_id} />
            }
            if props.show_link && r.status != RegistrationStatus::Cancelled {
                <div class="receipt-link">
                    <p><strong>{ i18n.t("receipt-link-title") }</strong></p>
                    <p>{ i18n.t("receipt-link-hint") }</p>
                    <p class="feed-url">
                        <Link<Route> to={Route::Registration { token: r.token.clone() }}>{ link }</Link<Route>>
                    </p>
                </div>
            }
        </div>
    }
}

/// Properties of [`AddToCalendar`].
#[derive(Debug, Properties, PartialEq)]
pub struct AddToCalendarProps {
    /// The public event.
    pub event_id: uuid::Uuid,
}

/// "Add to my calendar": the event's own `.ics`, with the same `UID` as in the feeds, which a
/// phone offers to add to its calendar.
#[function_component]
pub fn AddToCalendar(props: &AddToCalendarProps) -> Html {
    let i18n = use_locale();
    html! {
        <p class="add-to-calendar">
            <a class="button" href={crate::api::public_event_calendar_url(props.event_id)}>{ i18n.t("event-add-to-calendar") }</a>
        </p>
    }
}

/// Properties of [`MovedNotice`].
#[derive(Debug, Properties, PartialEq)]
pub struct MovedNoticeProps {
    /// Where the event was first planned to start.
    pub first: DateTime<FixedOffset>,
}

/// "Moved: first planned for …", on the public event page and the sign-up.
#[function_component]
pub fn MovedNotice(props: &MovedNoticeProps) -> Html {
    let i18n = use_locale();
    let first = i18n.ta(
        "date-time",
        &[
            ("date", Arg::Text(i18n.date_with_weekday(props.first.date_naive()))),
            ("time", Arg::Text(i18n.clock(&props.first))),
        ],
    );
    html! { <p class="moved-notice"><strong>{ i18n.ta("event-moved-from", &[("first", Arg::Text(first))]) }</strong></p> }
}

/// Properties of [`QrCode`].
#[derive(Debug, Properties, PartialEq)]
pub struct QrCodeProps {
    /// The address the code leads to.
    pub url: AttrValue,
}

/// A QR code of an address as inline SVG, for a printed poster. It is an image of the address
/// printed beside it, so screen readers skip it.
#[function_component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let svg = use_memo(props.url.clone(), |url| qr_svg(url));
    match &*svg {
        Some(svg) => html! {
            <div class="qr-code" aria-hidden="true">{ Html::from_html_unchecked(AttrValue::from(svg.clone())) }</div>
        },
        None => Html::default(),
    }
}

/// The SVG markup of a QR code (without the XML declaration, to sit inside HTML).
pub fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let svg = code.render::<qrcode::render::svg::Color>().quiet_zone(true).min_dimensions(240, 240).build();
    let start = svg.find("<svg")?;
    Some(svg[start..].replacen("<svg ", "<svg focusable=\"false\" ", 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_reads_as_one_line() {
        let location = Location {
            name: "Bibliotheek Lindeburg".into(),
            address: Some("Dorpsstraat 1".into()),
            postcode: Some("1234 AB".into()),
            city: Some("Lindeburg".into()),
            ..Location::default()
        };
        assert_eq!(location_text(&location), "Bibliotheek Lindeburg, Dorpsstraat 1, 1234 AB Lindeburg");
        let bare = Location { name: "Buurthuis".into(), city: Some(" ".into()), ..Location::default() };
        assert_eq!(location_text(&bare), "Buurthuis");
    }

    #[test]
    fn the_qr_code_is_inline_svg() {
        let svg = qr_svg("https://buurtverbinders.example/agenda/0190a1b2-0000-7000-8000-000000000001").unwrap();
        assert!(svg.starts_with("<svg focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\""), "{svg}");
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains("viewBox"));
    }
}
