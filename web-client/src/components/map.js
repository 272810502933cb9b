// The resources map, drawn with Leaflet. Leaflet is vendored into the build (/vendor/leaflet, from
// npm: no CDN) and loaded only when a page shows a map, so other pages do not pay for it. The list
// beside the map is the accessible version; here every marker is a button with the resource's name,
// and its popup leads back to the item in the list.

let leaflet;

function load() {
  if (window.L) return Promise.resolve(window.L);
  if (!leaflet) {
    leaflet = new Promise((resolve, reject) => {
      const css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = "/vendor/leaflet/leaflet.css";
      document.head.append(css);
      const script = document.createElement("script");
      script.src = "/vendor/leaflet/leaflet.js";
      script.onload = () => resolve(window.L);
      script.onerror = () => {
        leaflet = undefined;
        reject(new Error("the map library did not load"));
      };
      document.head.append(script);
    });
  }
  return leaflet;
}

const maps = new WeakMap();

/**
 * Shows `items` (a JSON array of `{id, name, lon, lat}`) as markers in `element`, fitted to them.
 * `showInList` labels the popup's button that moves focus to the item's heading in the list
 * (`resource-<id>`). Called again, it replaces the markers.
 */
export async function showMap(element, items, tileUrl, attribution, showInList) {
  const L = await load();
  let state = maps.get(element);
  if (!state) {
    // The wheel scrolls the page, not the map: a resident scrolling the list is not caught.
    const map = L.map(element, { scrollWheelZoom: false, keyboard: true });
    L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map);
    state = { map, layer: L.layerGroup().addTo(map), markers: new Map() };
    maps.set(element, state);
  }
  state.layer.clearLayers();
  state.markers.clear();
  const points = [];
  for (const item of JSON.parse(items)) {
    const marker = L.marker([item.lat, item.lon], { title: item.name, alt: item.name, keyboard: true });
    const popup = document.createElement("div");
    popup.className = "map-popup";
    const name = document.createElement("strong");
    name.textContent = item.name;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button button-small";
    button.textContent = showInList;
    button.addEventListener("click", () => {
      const heading = document.getElementById(`resource-${item.id}`);
      if (heading) {
        heading.scrollIntoView({ block: "center" });
        heading.focus();
      }
    });
    popup.append(name, button);
    marker.bindPopup(popup);
    marker.addTo(state.layer);
    state.markers.set(item.id, marker);
    points.push([item.lat, item.lon]);
  }
  if (points.length > 0) {
    state.map.fitBounds(points, { padding: [24, 24], maxZoom: 16 });
  } else {
    // Nothing located: the Netherlands as a whole.
    state.map.setView([52.2, 5.3], 7);
  }
  element.dataset.markers = String(points.length);
}

/** Centres the map on the item's marker and opens its popup. */
export function focusOnMap(element, id) {
  const state = maps.get(element);
  const marker = state?.markers.get(id);
  if (!marker) return;
  state.map.setView(marker.getLatLng(), 17);
  marker.openPopup();
}

/** Removes the map from `element` (the page is left). */
export function removeMap(element) {
  const state = maps.get(element);
  if (state) {
    state.map.remove();
    maps.delete(element);
  }
}
