//! The residents' evenings in figures, as one table: each evening (a link to it) with its date,
//! optionally where it was, and its funnel — signed up, came, candidates, in a training, joined.
//! The candidates page and the reports show it.

use api_types::ResidentsEveningReport;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::I18n;
use crate::route::Route;

/// The table; `place` gives the header of a column saying where each evening was, and a row's
/// place beside it.
pub fn evenings_table(
    i18n: &I18n,
    caption_id: &str,
    caption: String,
    place: Option<String>,
    rows: &[(Option<String>, &ResidentsEveningReport)],
) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption_id.to_string()}>
            <table class="report">
                <caption id={caption_id.to_string()}>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ i18n.t("report-evening") }</th>
                        if let Some(place) = &place {
                            <th scope="col">{ place.clone() }</th>
                        }
                        <th scope="col" class="num">{ i18n.t("report-registered") }</th>
                        <th scope="col" class="num">{ i18n.t("report-came") }</th>
                        <th scope="col" class="num">{ i18n.t("report-interested") }</th>
                        <th scope="col" class="num">{ i18n.t("report-in-training") }</th>
                        <th scope="col" class="num">{ i18n.t("report-joined") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|(where_, r)| html! {
                        <tr>
                            <th scope="row">
                                <Link<Route> to={Route::Event { id: r.event_id }}>{ r.title.clone() }</Link<Route>>
                                <span class="report-date">{ i18n.date(r.starts_at.date_naive()) }</span>
                            </th>
                            if place.is_some() {
                                <td>{ where_.clone().unwrap_or_default() }</td>
                            }
                            <td class="num">{ r.registered }</td>
                            <td class="num">{ r.came }</td>
                            <td class="num">{ r.interested }</td>
                            <td class="num">{ r.in_training }</td>
                            <td class="num">{ r.joined }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
