//! The public pages as the server sends them: the content, title, meta description, Open Graph
//! tags and schema.org JSON-LD are in the HTML itself (readable with JavaScript off), JSON-LD that
//! parses and cannot be broken out of, and 404 for what does not exist — on both databases.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use common::*;
use serde_json::{json, Value};

/// The JSON-LD blocks of a page, parsed.
fn json_ld(html: &str) -> Vec<Value> {
    html.split("<script type=\"application/ld+json\">")
        .skip(1)
        .map(|rest| serde_json::from_str(&rest[..rest.find("</script>").unwrap()]).unwrap())
        .collect()
}

fn meta(html: &str, attribute: &str, name: &str) -> Option<String> {
    let marker = format!("<meta {attribute}=\"{name}\" content=\"");
    let start = html.find(&marker)? + marker.len();
    Some(html[start..start + html[start..].find('"')?].to_string())
}

on_both!(a_groups_site_is_readable_in_the_servers_html, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let page = app.call(Method::GET, "/groep/buurtverbinders-de-linde", None, None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.header("content-type").unwrap().starts_with("text/html"));
    let html = &page.text;
    assert!(html.contains("<title>Buurtverbinders De Linde — Buurtverbinders</title>"), "{html}");
    assert!(html.contains("Wij zijn bewoners van De Linde"), "the introduction is in the page");
    assert!(html.contains("Elke dinsdag 10:00–12:00"), "the walk-in hour is in the page");
    assert!(html.contains("Buurthuis De Linde"), "what the neighbourhood has is in the page");
    assert!(!html.contains("Anouk"), "nothing about members");
    // The public goals, without their notes; the others not at all.
    assert!(html.contains("Onze doelen") && html.contains("Een buurtmoestuin achter de flat"), "{html}");
    assert!(html.contains("<span class=\"badge\">Bezig</span>"), "{html}");
    assert!(!html.contains("Twaalf buren kwamen") && !html.contains("Een buurtkrant op papier"), "{html}");
    assert_eq!(html.matches("<meta name=\"description\"").count(), 1, "one description: the page's own");
    let description = meta(html, "name", "description").unwrap();
    assert!(description.starts_with("Wij zijn bewoners van De Linde") && description.chars().count() <= 161);
    assert_eq!(meta(html, "property", "og:url").unwrap(), "https://buurt.example.org/groep/buurtverbinders-de-linde");
    assert_eq!(meta(html, "property", "og:title").unwrap(), "Buurtverbinders De Linde — Buurtverbinders");
    let ld = json_ld(html);
    assert_eq!(ld.len(), 1);
    assert_eq!(ld[0]["@context"], "https://schema.org");
    assert_eq!(ld[0]["@type"], "Organization");
    assert_eq!(ld[0]["name"], "Buurtverbinders De Linde");
    assert_eq!(ld[0]["areaServed"]["name"], "De Linde");
    let events = ld[0]["event"].as_array().unwrap();
    assert!(!events.is_empty(), "the group's coming public events");
    assert!(events.iter().all(|e| e["@type"] == "Event" && e["startDate"].as_str().unwrap().contains("+0")));

    // Text that tries to end the script stays inside it, and escaped in the page.
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let site = app.get(&format!("/api/v1/groups/{linde}/site"), &connector).await;
    let hostile = "Wij zijn er </script><script>alert(1)</script> <b>vet</b>";
    let changed = app
        .patch_if_match(
            &format!("/api/v1/groups/{linde}/site"),
            &connector,
            site.header("etag").unwrap(),
            json!({"introduction": hostile}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK);
    let page = app.call(Method::GET, "/groep/buurtverbinders-de-linde", None, None).await;
    assert!(!page.text.contains("<script>alert(1)"), "{}", page.text);
    assert!(page.text.contains("&#60;b&#62;vet&#60;/b&#62;"), "the text is escaped as text");
    assert_eq!(json_ld(&page.text)[0]["description"], hostile);

    let missing = app.call(Method::GET, "/groep/bestaat-niet", None, None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
});

on_both!(the_agenda_an_event_and_asking_are_readable_in_the_servers_html, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let agenda = app.call(Method::GET, "/agenda", None, None).await;
    assert_eq!(agenda.status, StatusCode::OK);
    let graph = json_ld(&agenda.text)[0]["@graph"].as_array().unwrap().clone();
    assert!(!graph.is_empty());
    let first = &graph[0];
    assert_eq!(first["@type"], "Event");
    assert_eq!(first["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode");
    assert!(agenda.text.contains(first["name"].as_str().unwrap()), "the event's title is in the page");
    // A date called off says so, as its JSON-LD does.
    assert!(graph.iter().any(|e| e["eventStatus"] == "https://schema.org/EventCancelled"));
    assert!(agenda.text.contains("gaat niet door</strong>: Het buurthuis is die week gesloten."), "{}", agenda.text);
    // Dutch dates, as residents read them.
    assert!(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        .iter()
        .any(|day| agenda.text.contains(day)));

    let url = first["url"].as_str().unwrap();
    let path = &url[url.find("/agenda/").unwrap()..];
    let event = app.call(Method::GET, path, None, None).await;
    assert_eq!(event.status, StatusCode::OK);
    let ld = &json_ld(&event.text)[0];
    assert_eq!(ld["@type"], "Event");
    assert_eq!(ld["name"], first["name"]);
    assert_eq!(ld["location"]["address"]["addressCountry"], "NL");
    assert_eq!(meta(&event.text, "property", "og:type").unwrap(), "article");
    assert!(event.text.contains(&format!("<h1 id=\"page-title\">{}</h1>", ld["name"].as_str().unwrap())));
    for missing in ["/agenda/01890a5d-ac96-774b-b9aa-7c2e4b9c3a11", "/agenda/geen-id"] {
        assert_eq!(app.call(Method::GET, missing, None, None).await.status, StatusCode::NOT_FOUND, "{missing}");
    }

    let ask = app.call(Method::GET, "/vraag/buurtverbinders-de-linde", None, None).await;
    assert_eq!(ask.status, StatusCode::OK);
    let graph = json_ld(&ask.text)[0]["@graph"].as_array().unwrap().clone();
    let faq = graph.iter().find(|g| g["@type"] == "FAQPage").unwrap();
    let question = faq["mainEntity"][0]["name"].as_str().unwrap();
    assert!(ask.text.contains(question), "the FAQ is in the page");
    assert_eq!(faq["mainEntity"][0]["acceptedAnswer"]["@type"], "Answer");
});
