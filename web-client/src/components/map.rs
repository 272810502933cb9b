//! A map of located items, beside the list that is its accessible version. Drawn by Leaflet
//! through `map.js`; the tile address comes from the server's configuration
//! (`GET /api/v1/public/map`).

use api_types::MapSettings;
use uuid::Uuid;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::api;
use crate::hooks::use_loaded;
use crate::i18n::use_locale;

#[wasm_bindgen(module = "/src/components/map.js")]
extern "C" {
    #[wasm_bindgen(js_name = showMap, catch)]
    async fn show_map(
        element: HtmlElement,
        items: String,
        tile_url: String,
        attribution: String,
        show_in_list: String,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = focusOnMap)]
    fn focus_on_map(element: &HtmlElement, id: &str);
    #[wasm_bindgen(js_name = removeMap)]
    fn remove_map(element: &HtmlElement);
}

/// One marker: where, and the name its button and popup carry.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MapItem {
    /// The item's id; the list's heading of it has the id `resource-<id>`.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Longitude, CRS84.
    pub lon: f64,
    /// Latitude, CRS84.
    pub lat: f64,
}

/// Properties of [`ItemMap`].
#[derive(Debug, Properties, PartialEq)]
pub struct ItemMapProps {
    /// The element's id.
    pub id: AttrValue,
    /// The markers.
    pub items: Vec<MapItem>,
    /// The item to centre on and open, when a list item asks for it (changes each time).
    #[prop_or_default]
    pub focus: Option<(Uuid, u32)>,
}

/// A map with a marker per item. Without its library or tiles the page still works: the list
/// holds everything, and the map says that it could not be drawn.
#[function_component]
pub fn ItemMap(props: &ItemMapProps) -> Html {
    let i18n = use_locale();
    let node = use_node_ref();
    let failed = use_state(|| false);
    let settings = use_loaded((), |_| api::map_settings());
    {
        let (node, failed) = (node.clone(), failed.clone());
        let show_in_list = i18n.t("map-show-in-list");
        let settings: Option<MapSettings> = settings.value().cloned();
        use_effect_with((props.items.clone(), settings), move |(items, settings)| {
            if let (Some(element), Some(settings)) = (node.cast::<HtmlElement>(), settings.clone()) {
                let items = serde_json::to_string(items).unwrap_or_else(|_| "[]".into());
                wasm_bindgen_futures::spawn_local(async move {
                    let drawn = show_map(element, items, settings.tile_url, settings.attribution, show_in_list).await;
                    failed.set(drawn.is_err());
                });
            }
        });
    }
    {
        let node = node.clone();
        use_effect_with(props.focus, move |focus| {
            if let (Some((id, _)), Some(element)) = (focus, node.cast::<HtmlElement>()) {
                focus_on_map(&element, &id.to_string());
                element.scroll_into_view();
            }
        });
    }
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            move || {
                if let Some(element) = node.cast::<HtmlElement>() {
                    remove_map(&element);
                }
            }
        });
    }
    html! {
        <div class="map-frame">
            <div id={props.id.clone()} class="map" ref={node} role="region" aria-label={i18n.t("map-label")}></div>
            if *failed || settings.error().is_some() {
                <p class="hint">{ i18n.t("map-failed") }</p>
            } else {
                <p class="hint">{ i18n.t("map-hint") }</p>
            }
        </div>
    }
}
