//! Reports (coordinators and admins): what the programme did in a period, per group, per
//! neighbourhood or for the whole programme — the figures the municipality asks for. Charts are
//! SVG, each with its figures as a table beside it (the text alternative); the whole table below
//! holds every row. Downloads as CSV (also for Dutch Excel) and prints on paper.

mod chart;

use api_types::{ActivityReport, ActivityRow, EventType, ReportLevel, Topic};
use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::{use_location, use_navigator};

use crate::amsterdam;
use crate::api::{self, ApiError};
use crate::components::confirm::focus_by_id;
use crate::components::evenings::evenings_table;
use crate::components::field::{setter, SelectField, TextField};
use crate::components::layout::use_title;
use crate::components::loading::Loading;
use crate::components::problem::{error_text, ErrorAlert};
use crate::i18n::{use_locale, Arg, I18n};
use crate::route::Route;
use crate::session::use_session;
use chart::{Bar, BarChart};

/// What the form holds: the level and the days as typed.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    level: ReportLevel,
    from: String,
    to: String,
}

/// What was asked for and shown.
#[derive(Debug, Clone, PartialEq)]
struct Asked {
    level: ReportLevel,
    from: NaiveDate,
    to: NaiveDate,
}

/// The report's address: `/reports?level=…&from=…&to=…`, so a report can be bookmarked and shared.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
struct ReportQuery {
    level: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

impl ReportQuery {
    /// What the address asks for, when it asks for a report that can be shown.
    fn asked(&self) -> Option<Asked> {
        let level = ReportLevel::parse(self.level.as_deref()?)?;
        let values = Values { level, from: self.from.clone()?, to: self.to.clone()? };
        if !problems(&values).is_empty() {
            return None;
        }
        let parse = |text: &str| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
        Some(Asked { level, from: parse(&values.from)?, to: parse(&values.to)? })
    }

    fn of(asked: &Asked) -> Self {
        ReportQuery {
            level: Some(asked.level.as_str().to_string()),
            from: Some(asked.from.to_string()),
            to: Some(asked.to.to_string()),
        }
    }
}

/// What is wrong with the form: (field id, message id).
fn problems(v: &Values) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    let from = NaiveDate::parse_from_str(v.from.trim(), "%Y-%m-%d");
    let to = NaiveDate::parse_from_str(v.to.trim(), "%Y-%m-%d");
    if from.is_err() {
        problems.push(("report-from", "field-error-date"));
    }
    if to.is_err() {
        problems.push(("report-to", "field-error-date"));
    }
    if let (Ok(from), Ok(to)) = (from, to) {
        if to < from {
            problems.push(("report-to", "reports-error-last-before-first"));
        } else if (to - from).num_days() + 1 > 366 {
            problems.push(("report-to", "reports-error-too-long"));
        }
    }
    problems
}

/// The reports page.
#[function_component]
pub fn ReportsPage() -> Html {
    let i18n = use_locale();
    let session = use_session();
    use_title(i18n.t("reports-title"));
    let coordinates = session.coordinates();
    let navigator = use_navigator();
    let location = use_location();
    // The address's report if it names one that can be shown, else the last full quarter per group
    // (and the page says so: a shared link that asks for something else is not silently changed).
    let query = location.and_then(|l| l.query::<ReportQuery>().ok()).unwrap_or_default();
    let refused_address = use_state(|| query != ReportQuery::default() && query.asked().is_none());
    let initial = query.asked().unwrap_or_else(|| {
        let (from, to) = api_types::last_full_quarter(amsterdam::today());
        Asked { level: ReportLevel::Group, from, to }
    });
    let values =
        use_state(|| Values { level: initial.level, from: initial.from.to_string(), to: initial.to.to_string() });
    let asked = use_state(|| initial);
    let local_problems = use_state(Vec::<(&'static str, &'static str)>::new);
    let report = use_state(|| None::<Result<ActivityReport, ApiError>>);
    let download_error = use_state(|| None::<ApiError>);

    {
        let report = report.clone();
        use_effect_with(((*asked).clone(), coordinates), move |(asked, coordinates)| {
            if *coordinates {
                let asked = asked.clone();
                report.set(None);
                wasm_bindgen_futures::spawn_local(async move {
                    report.set(Some(api::activity_report(asked.level, asked.from, asked.to).await));
                });
            }
        });
    }

    if !coordinates {
        return html! {
            <section class="page narrow" aria-labelledby="page-title">
                <h1 id="page-title">{ i18n.t("reports-title") }</h1>
                <ErrorAlert message={Some(AttrValue::from(i18n.t("reports-coordinators-only")))} />
            </section>
        };
    }

    let onsubmit = {
        let (values, asked, local_problems, navigator, refused_address) =
            (values.clone(), asked.clone(), local_problems.clone(), navigator.clone(), refused_address.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            refused_address.set(false);
            let found = problems(&values);
            if let Some((id, _)) = found.first() {
                focus_by_id(id);
            }
            let ok = found.is_empty();
            local_problems.set(found);
            if ok {
                let parse = |text: &str| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
                if let (Some(from), Some(to)) = (parse(&values.from), parse(&values.to)) {
                    let next = Asked { level: values.level, from, to };
                    if let Some(navigator) = &navigator {
                        let _ = navigator.replace_with_query(&Route::Reports, &ReportQuery::of(&next));
                    }
                    asked.set(next);
                }
            }
        })
    };
    let download = |excel_nl: bool| {
        let (asked, download_error) = (asked.clone(), download_error.clone());
        Callback::from(move |_: MouseEvent| {
            let (asked, download_error) = ((*asked).clone(), download_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::activity_report_csv(asked.level, asked.from, asked.to, excel_nl).await {
                    Ok(text) => {
                        download_error.set(None);
                        // The browser's text decoding drops the byte-order mark Excel needs.
                        let text =
                            if excel_nl { format!("\u{feff}{}", text.trim_start_matches('\u{feff}')) } else { text };
                        // The name the API gives the file (`Content-Disposition`), so both agree.
                        let name = format!(
                            "activity-{}-{}-{}{}.csv",
                            asked.level.as_str(),
                            asked.from,
                            asked.to,
                            if excel_nl { "-excel" } else { "" }
                        );
                        save_file(&name, &text);
                    }
                    Err(e) => download_error.set(Some(e)),
                }
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let error_at = |id: &str| {
        local_problems.iter().find(|(field, _)| *field == id).map(|(_, message)| AttrValue::from(i18n.t(message)))
    };
    let set = |apply: fn(&mut Values, String)| setter(&values, apply);
    let v = (*values).clone();
    let levels: Vec<(AttrValue, AttrValue)> = ReportLevel::ALL
        .iter()
        .map(|l| (AttrValue::from(l.as_str()), AttrValue::from(i18n.t(&format!("reports-level-{}", l.as_str())))))
        .collect();
    let period = i18n
        .ta("reports-period", &[("from", Arg::Text(i18n.date(asked.from))), ("to", Arg::Text(i18n.date(asked.to)))]);

    html! {
        <article class="page reports-page" aria-labelledby="page-title">
            <h1 id="page-title">{ i18n.t("reports-title") }</h1>
            <p class="lead no-print">{ i18n.t("reports-intro") }</p>
            if *refused_address {
                <ErrorAlert message={Some(AttrValue::from(i18n.t("reports-address-refused")))} />
            }
            <form class="form card report-form no-print" {onsubmit} novalidate=true aria-label={i18n.t("reports-choose")}>
                <SelectField id="report-level" label={i18n.t("reports-level")} value={AttrValue::from(v.level.as_str())}
                    options={levels} onchange={set(|v, x| v.level = ReportLevel::parse(&x).unwrap_or(ReportLevel::Group))} />
                <div class="field-row">
                    <TextField id="report-from" label={i18n.t("reports-from")} value={v.from.clone()} input_type="date"
                        error={error_at("report-from")} oninput={set(|v, x| v.from = x)} />
                    <TextField id="report-to" label={i18n.t("reports-to")} value={v.to.clone()} input_type="date"
                        error={error_at("report-to")} oninput={set(|v, x| v.to = x)} />
                </div>
                <p class="hint">{ i18n.t("reports-period-hint") }</p>
                <div class="actions">
                    <button type="submit" class="button button-primary">{ i18n.t("reports-show") }</button>
                </div>
            </form>
            // A report of another period than the form asks for is not shown under it.
            if local_problems.is_empty() {
                <p class="report-period"><strong>{ period }</strong>{ " · " }{ i18n.t(&format!("reports-level-{}", asked.level.as_str())) }</p>
                <div class="actions no-print">
                    <button type="button" class="button" onclick={download(false)}>{ i18n.t("reports-download-csv") }</button>
                    <button type="button" class="button" onclick={download(true)}>{ i18n.t("reports-download-excel") }</button>
                    <button type="button" class="button" onclick={print}>{ i18n.t("reports-print") }</button>
                </div>
                <ErrorAlert message={download_error.as_ref().map(|e| AttrValue::from(error_text(&i18n, e)))} />
                { match &*report {
                    None => html! { <Loading /> },
                    Some(Err(e)) => html! { <ErrorAlert message={Some(AttrValue::from(error_text(&i18n, e)))} /> },
                    Some(Ok(report)) => body(&i18n, report),
                } }
            }
        </article>
    }
}

/// Offers text as a file to save, without a round trip (a `data:` link the page clicks).
fn save_file(name: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(link) = document.create_element("a") else {
        return;
    };
    let href = format!("data:text/csv;charset=utf-8,{}", js_sys::encode_uri_component(text));
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("download", name);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
}

/// A row's name as the level has it.
fn row_name(i18n: &I18n, row: &ActivityRow) -> String {
    row.unit
        .group_name
        .clone()
        .or_else(|| row.unit.neighbourhood_name.clone())
        .unwrap_or_else(|| i18n.ta("reports-municipality", &[("name", Arg::Text(row.unit.municipality.clone()))]))
}

fn body(i18n: &I18n, report: &ActivityReport) -> Html {
    if report.rows.is_empty() {
        return html! { <p>{ i18n.t("reports-empty") }</p> };
    }
    let total = |f: &dyn Fn(&ActivityRow) -> i64| report.rows.iter().map(f).sum::<i64>();
    let by_topic: Vec<Bar> = Topic::ALL
        .iter()
        .map(|topic| Bar {
            label: i18n.question_topic(*topic),
            value: total(&|r| r.questions_by_topic.iter().filter(|t| t.topic == *topic).map(|t| t.count).sum()),
        })
        .collect();
    let per_row: Vec<Bar> =
        report.rows.iter().map(|r| Bar { label: row_name(i18n, r), value: r.questions_asked }).collect();
    let reached: Vec<Bar> = EventType::ALL
        .iter()
        .map(|event_type| Bar {
            label: i18n.event_type(*event_type),
            value: total(&|r| {
                r.events_by_type.iter().filter(|e| e.event_type == *event_type).map(|e| e.residents_reached).sum()
            }),
        })
        .collect();
    let unit_label = i18n.t(&format!("reports-unit-{}", report.level.as_str()));
    html! {
        <>
            <div class="report-charts">
                <BarChart id="chart-questions-per-row" title={i18n.t("reports-chart-questions-per-row")}
                    label_header={unit_label.clone()} value_header={i18n.t("reports-questions")} bars={per_row} />
                <BarChart id="chart-topics" title={i18n.t("reports-chart-topics")}
                    label_header={i18n.t("question-field-topic")} value_header={i18n.t("reports-questions")} bars={by_topic} />
                <BarChart id="chart-reached" title={i18n.t("reports-chart-reached")}
                    label_header={i18n.t("event-field-type")} value_header={i18n.t("reports-residents-reached")} bars={reached} />
            </div>
            { table(i18n, report, &unit_label) }
            { evenings(i18n, report) }
        </>
    }
}

fn days(i18n: &I18n, value: Option<f64>) -> String {
    match value {
        None => "–".into(),
        Some(v) => i18n.ta("reports-days", &[("days", Arg::Text(format_decimal(i18n, v)))]),
    }
}

/// A number with one decimal as the language writes it (`2,5` in Dutch).
fn format_decimal(i18n: &I18n, value: f64) -> String {
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").map(str::to_string).unwrap_or(text);
    if i18n.lang() == crate::i18n::Lang::Nl {
        text.replace('.', ",")
    } else {
        text
    }
}

fn table(i18n: &I18n, report: &ActivityReport, unit_label: &str) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="report-table-caption">
            <table class="report activity-report">
                <caption id="report-table-caption">{ i18n.t("reports-table-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ unit_label.to_string() }</th>
                        <th scope="col">{ i18n.t("reports-cbs") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-connectors") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-professionals") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-questions") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-first-response") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-closing") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-referrals") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-dates") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-residents-reached") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-training") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-candidates") }</th>
                        <th scope="col" class="num">{ i18n.t("reports-resources") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for report.rows.iter().map(|r| {
                        let codes: Vec<String> = [&r.unit.buurt_code, &r.unit.wijk_code, &r.unit.gemeente_code]
                            .into_iter().flatten().cloned().collect();
                        let referrals: i64 = r.referrals.iter().map(|o| o.total).sum();
                        let dates: i64 = r.events_by_type.iter().map(|e| e.dates).sum();
                        let reached: i64 = r.events_by_type.iter().map(|e| e.residents_reached).sum();
                        html! {
                            <tr>
                                <th scope="row">{ row_name(i18n, r) }</th>
                                <td>{ if codes.is_empty() { "–".to_string() } else { codes.join(" · ") } }</td>
                                <td class="num">{ r.active_connectors }</td>
                                <td class="num">{ r.active_professionals }</td>
                                <td class="num">{ r.questions_asked }</td>
                                <td class="num">{ days(i18n, r.median_days_to_first_response) }</td>
                                <td class="num">{ days(i18n, r.median_days_to_closing) }</td>
                                <td class="num">{ referrals }</td>
                                <td class="num">{ dates }</td>
                                <td class="num">{ reached }</td>
                                <td class="num">{ i18n.ta("reports-of", &[("part", Arg::Number(r.training_completed)), ("whole", Arg::Number(r.training_participants))]) }</td>
                                <td class="num">{ i18n.ta("reports-candidates-value", &[("all", Arg::Number(r.candidates)), ("joined", Arg::Number(r.candidates_joined))]) }</td>
                                <td class="num">{ i18n.ta("reports-resources-value", &[("added", Arg::Number(r.resources_added)), ("checked", Arg::Number(r.resources_checked))]) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// Each residents' evening of the period with its funnel, as the rows have them.
fn evenings(i18n: &I18n, report: &ActivityReport) -> Html {
    let mut rows: Vec<(Option<String>, &api_types::ResidentsEveningReport)> = report
        .rows
        .iter()
        .flat_map(|row| row.residents_evenings.iter().map(move |e| (Some(row_name(i18n, row)), e)))
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    rows.sort_by_key(|(_, e)| e.starts_at);
    let place = i18n.t(&format!("reports-unit-{}", report.level.as_str()));
    evenings_table(i18n, "evenings-caption", i18n.t("reports-evenings-caption"), Some(place), &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_names_a_report_or_nothing() {
        let query = |level: &str, from: &str, to: &str| ReportQuery {
            level: Some(level.into()),
            from: Some(from.into()),
            to: Some(to.into()),
        };
        let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        let asked = query("neighbourhood", "2026-01-01", "2026-06-30").asked().unwrap();
        assert_eq!(asked, Asked { level: ReportLevel::Neighbourhood, from: day("2026-01-01"), to: day("2026-06-30") });
        assert_eq!(ReportQuery::of(&asked), query("neighbourhood", "2026-01-01", "2026-06-30"));
        assert!(query("street", "2026-01-01", "2026-06-30").asked().is_none());
        assert!(query("group", "2026-06-30", "2026-01-01").asked().is_none());
        assert!(query("group", "2026-01-01", "2027-01-02").asked().is_none(), "367 days");
        assert!(ReportQuery::default().asked().is_none());
    }

    #[test]
    fn a_period_needs_two_days_in_order_and_at_most_a_year() {
        let v = |from: &str, to: &str| Values { level: ReportLevel::Group, from: from.into(), to: to.into() };
        assert_eq!(problems(&v("", "2027-01-01")), vec![("report-from", "field-error-date")]);
        assert_eq!(problems(&v("2027-02-01", "2027-01-01")), vec![("report-to", "reports-error-last-before-first")]);
        assert_eq!(problems(&v("2026-01-01", "2027-02-01")), vec![("report-to", "reports-error-too-long")]);
        assert!(problems(&v("2027-01-01", "2027-03-31")).is_empty());
    }
}
