//! A group's composition at a glance: counts, whether it is complete, and every unmet rule in
//! words. Also the group's status as a badge.

use api_types::{Composition, GroupStatus};
use yew::prelude::*;

use crate::i18n::{use_locale, Arg};

/// Properties of [`CompositionSummary`].
#[derive(Debug, Properties, PartialEq)]
pub struct CompositionSummaryProps {
    /// The composition from the group's representation.
    pub composition: Composition,
    /// Also say how many members have not completed a training yet.
    #[prop_or_default]
    pub show_training: bool,
}

/// Counts and unmet rules of a group.
#[function_component]
pub fn CompositionSummary(props: &CompositionSummaryProps) -> Html {
    let i18n = use_locale();
    let c = &props.composition;
    let counts = i18n.ta(
        "composition-counts",
        &[
            ("members", Arg::Number(c.members)),
            ("residents", Arg::Number(c.residents)),
            ("professionals", Arg::Number(c.professionals)),
        ],
    );
    html! {
        <div class="composition">
            <p class="composition-counts">{ counts }</p>
            if props.show_training && c.untrained_members > 0 {
                <p class="composition-training">
                    { i18n.ta("composition-untrained", &[("count", Arg::Number(c.untrained_members))]) }
                </p>
            }
            if c.is_complete {
                <p class="composition-state complete">
                    <span class="icon" aria-hidden="true">{ "✓ " }</span>{ i18n.t("composition-complete") }
                </p>
            } else {
                <div class="composition-state incomplete">
                    <p><span class="icon" aria-hidden="true">{ "! " }</span>{ i18n.t("composition-incomplete") }</p>
                    <ul class="unmet-rules">
                        { for c.unmet_rules.iter().map(|rule| html! { <li>{ i18n.unmet_rule(*rule) }</li> }) }
                    </ul>
                </div>
            }
        </div>
    }
}

/// Properties of [`StatusBadge`].
#[derive(Debug, Properties, PartialEq)]
pub struct StatusBadgeProps {
    /// The group's status.
    pub status: GroupStatus,
}

/// A group's status as a labelled badge.
#[function_component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let i18n = use_locale();
    html! {
        <span class={classes!("badge", format!("status-{}", props.status.as_str()))}>
            <span class="visually-hidden">{ i18n.t("group-status-label") }{ " " }</span>
            { i18n.group_status(props.status) }
        </span>
    }
}
