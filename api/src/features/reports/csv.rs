//! The reports as CSV (RFC 4180, UTF-8, a header row), and the variant Dutch Excel opens as it
//! is: `;` between fields, a decimal comma and a byte-order mark (Excel takes a file without one
//! for the local code page and garbles é and ë).

use api_types::{ActivityReport, EventType, QuestionStatus, ReferralOutcome, Topic};

use crate::error::{ApiError, ApiResult};

/// How a CSV answer is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// RFC 4180: `,` and a decimal point.
    Rfc4180,
    /// Dutch Excel: `;`, a decimal comma and a byte-order mark (`Accept: text/csv; dialect=excel-nl`).
    ExcelNl,
}

impl Dialect {
    /// The media type of an answer in this dialect.
    pub fn content_type(self) -> &'static str {
        match self {
            Dialect::Rfc4180 => "text/csv; charset=utf-8; header=present",
            Dialect::ExcelNl => "text/csv; charset=utf-8; header=present; dialect=excel-nl",
        }
    }
}

/// The header of the activity report's CSV: the unit, then a column per figure; lists become a
/// column per value (`questionsByTopic.housing`), so every file of every period has the same
/// columns. Referrals per organisation and each evening's funnel are in the JSON only; the CSV has
/// their totals.
pub fn activity_header() -> Vec<String> {
    let mut header: Vec<String> = [
        "from",
        "to",
        "level",
        "groupId",
        "groupName",
        "neighbourhoodId",
        "neighbourhoodName",
        "municipality",
        "buurtCode",
        "wijkCode",
        "gemeenteCode",
        "groups",
        "activeConnectors",
        "activeProfessionals",
        "questionsAsked",
    ]
    .map(String::from)
    .to_vec();
    header.extend(Topic::ALL.iter().map(|t| format!("questionsByTopic.{}", t.as_str())));
    header.extend(QuestionStatus::ALL.iter().map(|s| format!("questionsByStatus.{}", s.as_str())));
    header.extend(["medianDaysToFirstResponse", "medianDaysToClosing", "referrals", "referralsOpen"].map(String::from));
    header.extend(ReferralOutcome::ALL.iter().map(|o| format!("referralsByOutcome.{}", o.as_str())));
    for event_type in EventType::ALL {
        header.push(format!("eventsByType.{}.dates", event_type.as_str()));
        header.push(format!("eventsByType.{}.residentsReached", event_type.as_str()));
    }
    header.extend(
        [
            "trainingParticipants",
            "trainingCompleted",
            "candidates",
            "candidatesInTraining",
            "candidatesJoined",
            "resourcesAdded",
            "resourcesChecked",
        ]
        .map(String::from),
    );
    header
}

/// The activity report as CSV in a dialect.
pub fn activity(report: &ActivityReport, dialect: Dialect) -> ApiResult<Vec<u8>> {
    let decimal = |value: Option<f64>| {
        value.map(|v| {
            let text = format!("{v}");
            if dialect == Dialect::ExcelNl {
                text.replace('.', ",")
            } else {
                text
            }
        })
    };
    let mut records: Vec<Vec<String>> = vec![activity_header()];
    for row in &report.rows {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        let id = |value: Option<uuid::Uuid>| value.map(|v| v.to_string()).unwrap_or_default();
        let mut record = vec![
            report.from.to_string(),
            report.to.to_string(),
            report.level.as_str().to_string(),
            id(row.unit.group_id),
            text(&row.unit.group_name),
            id(row.unit.neighbourhood_id),
            text(&row.unit.neighbourhood_name),
            row.unit.municipality.clone(),
            text(&row.unit.buurt_code),
            text(&row.unit.wijk_code),
            text(&row.unit.gemeente_code),
            row.groups.to_string(),
            row.active_connectors.to_string(),
            row.active_professionals.to_string(),
            row.questions_asked.to_string(),
        ];
        record.extend(row.questions_by_topic.iter().map(|t| t.count.to_string()));
        record.extend(row.questions_by_status.iter().map(|s| s.count.to_string()));
        record.push(decimal(row.median_days_to_first_response).unwrap_or_default());
        record.push(decimal(row.median_days_to_closing).unwrap_or_default());
        record.push(row.referrals.iter().map(|r| r.total).sum::<i64>().to_string());
        record.push(row.referrals.iter().map(|r| r.open).sum::<i64>().to_string());
        for outcome in ReferralOutcome::ALL {
            let count: i64 =
                row.referrals.iter().flat_map(|r| &r.outcomes).filter(|o| o.outcome == outcome).map(|o| o.count).sum();
            record.push(count.to_string());
        }
        for count in &row.events_by_type {
            record.push(count.dates.to_string());
            record.push(count.residents_reached.to_string());
        }
        record.extend(
            [
                row.training_participants,
                row.training_completed,
                row.candidates,
                row.candidates_in_training,
                row.candidates_joined,
                row.resources_added,
                row.resources_checked,
            ]
            .map(|n| n.to_string()),
        );
        records.push(record);
    }
    write(&records, dialect)
}

/// A cell a spreadsheet shows as text: one that starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return would be run as a formula (CSV injection, OWASP), so it gets a leading `'`. A name is
/// typed by people (a neighbourhood named `=HYPERLINK(…)`); the figures, never negative, are
/// left as they are.
fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    // Digits with a sign and a decimal point or comma; not `-inf` or `NaN`, which f64 reads too.
    let number = cell.chars().any(|c| c.is_ascii_digit())
        && cell.chars().all(|c| c.is_ascii_digit() || "+-.,".contains(c))
        && cell.replace(',', ".").parse::<f64>().is_ok();
    if !number && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

fn write(records: &[Vec<String>], dialect: Dialect) -> ApiResult<Vec<u8>> {
    let mut out = Vec::new();
    if dialect == Dialect::ExcelNl {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let delimiter = if dialect == Dialect::ExcelNl { b';' } else { b',' };
    // RFC 4180 ends lines with CRLF.
    let mut writer =
        ::csv::WriterBuilder::new().delimiter(delimiter).terminator(::csv::Terminator::CRLF).from_writer(out);
    for record in records {
        writer
            .write_record(record.iter().map(|cell| inert(cell).into_owned()))
            .map_err(|e| ApiError::Internal(format!("csv: {e}")))?;
    }
    writer.into_inner().map_err(|e| ApiError::Internal(format!("csv: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_nl_has_a_bom_semicolons_and_quotes_what_needs_it() {
        let records = vec![vec!["name".to_string(), "median".into()], vec!["Buurt; \"Oost\"".into(), "2,5".into()]];
        let rfc = String::from_utf8(write(&records, Dialect::Rfc4180).unwrap()).unwrap();
        assert_eq!(rfc, "name,median\r\n\"Buurt; \"\"Oost\"\"\",\"2,5\"\r\n");
        let excel = String::from_utf8(write(&records, Dialect::ExcelNl).unwrap()).unwrap();
        assert_eq!(excel, "\u{feff}name;median\r\n\"Buurt; \"\"Oost\"\"\";2,5\r\n");
    }

    #[test]
    fn a_cell_that_would_be_a_formula_is_text() {
        let records = vec![vec![
            "=1+2".to_string(),
            "@SUM(A1)".into(),
            "-1".into(),
            "+31 6".into(),
            "De Linde".into(),
            "0,8".into(),
            "-inf".into(),
        ]];
        let text = String::from_utf8(write(&records, Dialect::ExcelNl).unwrap()).unwrap();
        assert_eq!(text, "\u{feff}'=1+2;'@SUM(A1);-1;'+31 6;De Linde;0,8;'-inf\r\n");
    }
}
