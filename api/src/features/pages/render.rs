//! The templates of the public pages, their JSON-LD, and how they are put into `index.html`.

use askama::Template;
use serde_json::{json, Value};

/// What goes in `<head>`: title, description, canonical address, Open Graph and JSON-LD.
#[derive(Template)]
#[template(path = "pages/head.html")]
pub struct Head {
    pub title: String,
    pub description: String,
    pub url: String,
    /// Open Graph's type: `website`, or `article` for one event.
    pub og_type: &'static str,
    /// The JSON-LD, already serialised with `<` escaped (see [`json_ld`]).
    pub json_ld: String,
}

/// One event date in a list: title, when and where, as people read them.
pub struct DateLine {
    pub event_id: String,
    /// Why it does not go ahead, when it does not.
    pub called_off: Option<String>,
    pub title: String,
    pub when: String,
    pub place: String,
    pub group: Option<String>,
}

/// A published question with its answer.
pub struct FaqLine {
    pub question: String,
    pub answer: String,
}

/// A resource as everyone may see it.
pub struct ResourceLine {
    pub name: String,
    pub description: Option<String>,
    pub address: Option<String>,
    pub opening_hours: Option<String>,
}

/// A goal the group shows on its site: its status in words, its target date written out.
pub struct GoalLine {
    pub title: String,
    pub success: Option<String>,
    pub status: &'static str,
    pub target: Option<String>,
}

/// A published story: a name only when the resident agreed to be named.
pub struct StoryLine {
    pub title: String,
    pub text: String,
    pub teller: Option<String>,
}

/// A section of a group's site, with what it shows.
pub enum Section {
    Agenda(Vec<DateLine>),
    Ask,
    Faq(Vec<FaqLine>),
    Resources(Vec<ResourceLine>),
    Stories(Vec<StoryLine>),
    JoinUs,
}

/// A group's site.
#[derive(Template)]
#[template(path = "pages/group.html")]
pub struct GroupPage {
    pub current: &'static str,
    pub name: String,
    pub slug: String,
    pub neighbourhood: String,
    pub colour: String,
    pub introduction: Option<String>,
    pub contact: Option<String>,
    pub walk_in_place: Option<String>,
    pub walk_in_time: Option<String>,
    pub sections: Vec<Section>,
    pub goals: Vec<GoalLine>,
}

/// The public agenda.
#[derive(Template)]
#[template(path = "pages/agenda.html")]
pub struct AgendaPage {
    pub current: &'static str,
    pub items: Vec<DateLine>,
}

/// One public event.
#[derive(Template)]
#[template(path = "pages/event.html")]
pub struct EventPage {
    pub current: &'static str,
    pub title: String,
    pub when: String,
    pub place: String,
    pub description: Option<String>,
    pub group: Option<String>,
    pub group_slug: Option<String>,
    pub cancelled: bool,
    pub reason: Option<String>,
}

/// Asking a group a question, with its FAQ.
#[derive(Template)]
#[template(path = "pages/ask.html")]
pub struct AskPage {
    pub current: &'static str,
    pub name: String,
    pub slug: String,
    pub neighbourhood: String,
    pub faq: Vec<FaqLine>,
}

/// JSON-LD as it may stand inside `<script>`: `<` written as `\u003c`, so no text in it can end
/// the script element (`</script>`) — schema.org's JSON stays the same JSON.
pub fn json_ld(value: &Value) -> String {
    serde_json::to_string(&without_nulls(value.clone())).unwrap_or_else(|_| "{}".into()).replace('<', "\\u003c")
}

/// The value without its `null` members: schema.org leaves out what is not known.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, without_nulls(v))).collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// schema.org's `FAQPage` of these questions.
pub fn faq_page(items: &[FaqLine]) -> Value {
    json!({
        "@type": "FAQPage",
        "mainEntity": items.iter().map(|item| json!({
            "@type": "Question",
            "name": item.question,
            "acceptedAnswer": {"@type": "Answer", "text": item.answer},
        })).collect::<Vec<_>>(),
    })
}

/// `text` cut to at most `max` characters at a word, with an ellipsis when cut: a meta
/// description of about the length search engines show.
pub fn summary(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', '.', ';', ':']))
}

/// The web client's `index.html` with this head and this readable page: the head replaces the
/// generic title and description, the page comes first in `<body>`, and the note that the app
/// needs JavaScript goes (this page does not). Without a built web client, a plain document.
pub fn document(index: Option<&str>, head: &str, page: &str) -> String {
    let Some(index) = index else {
        return format!(
            "<!doctype html>\n<html lang=\"nl\">\n<head>\n  <meta charset=\"utf-8\">\n  \
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  {head}\n</head>\n<body>\n{page}\n</body>\n</html>\n"
        );
    };
    let mut html = index.to_string();
    // The generic description goes before the page's own comes in with the head.
    if let Some(start) = html.find("<meta name=\"description\"") {
        if let Some(length) = html[start..].find('>') {
            html.replace_range(start..start + length + 1, "");
        }
    }
    if let (Some(start), Some(end)) = (html.find("<title>"), html.find("</title>")) {
        html.replace_range(start..end + "</title>".len(), head);
    }
    if let (Some(start), Some(end)) = (html.find("<noscript>"), html.find("</noscript>")) {
        html.replace_range(start..end + "</noscript>".len(), "");
    }
    if let Some(body) = html.find("<body>") {
        html.insert_str(body + "<body>".len(), &format!("\n{page}"));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_end_its_script() {
        assert_eq!(json_ld(&json!({"a": null, "b": {"c": null, "d": 1}})), r#"{"b":{"d":1}}"#);
        let text = json_ld(&json!({"name": "</script><script>alert(1)</script>"}));
        assert!(!text.contains("</script"), "{text}");
        let back: Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn a_summary_ends_at_a_word() {
        assert_eq!(summary("Kort.", 160), "Kort.");
        assert_eq!(summary("een twee drie vier", 12), "een twee…");
    }

    #[test]
    fn the_page_goes_into_index_html() {
        let index = "<html><head>\n<title>Buurtverbinders</title>\n<meta name=\"description\" content=\"x\">\n</head><body>\n<noscript>JS</noscript>\n</body></html>";
        let head = "<title>De Linde</title>\n<meta name=\"description\" content=\"eigen\">";
        let html = document(Some(index), head, "<div id=\"server-page\"></div>");
        assert!(html.contains("<title>De Linde</title>") && !html.contains("Buurtverbinders</title>"));
        assert!(!html.contains("content=\"x\"") && !html.contains("noscript"));
        assert!(html.contains("content=\"eigen\""), "the page's own description stays: {html}");
        assert!(html.contains("<body>\n<div id=\"server-page\">"));
    }
}
