//! Reports (coordinators and admins): what the programme did in a period.

use api_types::{ActivityReport, ReportLevel};
use chrono::NaiveDate;
use gloo_net::http::Method;

use super::{request, request_text, url, ApiError, ApiRequest};

fn path(level: ReportLevel, from: NaiveDate, to: NaiveDate) -> String {
    url(&format!("/reports/activity?level={}&from={from}&to={to}", level.as_str()))
}

/// `GET /reports/activity` as JSON.
pub async fn activity_report(level: ReportLevel, from: NaiveDate, to: NaiveDate) -> Result<ActivityReport, ApiError> {
    Ok(request(ApiRequest::new(Method::GET, path(level, from, to))).await?.value)
}

/// The same report as CSV: RFC 4180, or for Dutch Excel (`excel_nl`: `;`, a decimal comma).
pub async fn activity_report_csv(
    level: ReportLevel,
    from: NaiveDate,
    to: NaiveDate,
    excel_nl: bool,
) -> Result<String, ApiError> {
    let accept = if excel_nl { "text/csv; dialect=excel-nl" } else { "text/csv" };
    Ok(request_text(ApiRequest::new(Method::GET, path(level, from, to)).accept(accept)).await?.value)
}
