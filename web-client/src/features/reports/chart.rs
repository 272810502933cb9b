//! A horizontal bar chart in SVG with its figures as a table: the table is the text alternative
//! (screen readers read it, the SVG is hidden from them) and what prints when colour does not.

use yew::prelude::*;

/// One bar: what it counts and how many.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The label, in words.
    pub label: String,
    /// The count.
    pub value: i64,
}

/// Properties of [`BarChart`].
#[derive(Debug, Properties, PartialEq)]
pub struct BarChartProps {
    /// The id of the figure (and the prefix of its parts' ids).
    pub id: AttrValue,
    /// What the chart shows, as its caption.
    pub title: String,
    /// The header of the labels' column in the table.
    pub label_header: String,
    /// The header of the values' column.
    pub value_header: String,
    /// The bars, in the order shown.
    pub bars: Vec<Bar>,
}

/// Sizes in the SVG's own units: a row per bar, its label above it, so a label has the whole
/// width on a phone too.
const ROW: u32 = 46;
const WIDTH: u32 = 320;
/// Room after the longest bar for its value.
const VALUE_ROOM: u32 = 44;

/// A bar chart with its table.
#[function_component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let max = props.bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = ROW * props.bars.len().max(1) as u32;
    let bar_space = WIDTH - VALUE_ROOM;
    let caption = format!("{}-caption", props.id);
    html! {
        <figure class="card chart" id={props.id.clone()} aria-labelledby={caption.clone()}>
            <figcaption id={caption}>{ props.title.clone() }</figcaption>
            <svg class="chart-bars" viewBox={format!("0 0 {WIDTH} {height}")} aria-hidden="true" focusable="false"
                preserveAspectRatio="xMinYMin meet">
                { for props.bars.iter().enumerate().map(|(i, bar)| {
                    let y = i as u32 * ROW;
                    let width = (bar.value.max(0) as u64 * u64::from(bar_space) / max as u64) as u32;
                    html! {
                        <g>
                            <text x="0" y={(y + 16).to_string()} class="chart-label">{ shorten(&bar.label) }</text>
                            <rect x="0" y={(y + 22).to_string()} width={width.max(2).to_string()} height="16" class="chart-bar" />
                            <text x={(width.max(2) + 6).to_string()} y={(y + 35).to_string()} class="chart-value">{ bar.value }</text>
                        </g>
                    }
                }) }
            </svg>
            <table class="chart-table">
                <thead>
                    <tr>
                        <th scope="col">{ props.label_header.clone() }</th>
                        <th scope="col" class="num">{ props.value_header.clone() }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.bars.iter().map(|bar| html! {
                        <tr><th scope="row">{ bar.label.clone() }</th><td class="num">{ bar.value }</td></tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}

/// A label that fits beside the bars; the table has it whole.
fn shorten(label: &str) -> String {
    const MAX: usize = 40;
    if label.chars().count() <= MAX {
        label.to_string()
    } else {
        label.chars().take(MAX - 1).collect::<String>() + "…"
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_labels_are_shortened_beside_the_bars_only() {
        assert_eq!(super::shorten("Wonen"), "Wonen");
        assert_eq!(super::shorten("Buurtverbinders Kastanjeplein Noord en Zuid, samen").chars().count(), 40);
    }
}
