//! Geometry on the wire, as the Dutch API Design Rules' geospatial module asks: GeoJSON
//! (RFC 7946, `application/geo+json`) on request, CRS84 (`[longitude, latitude]`) by default,
//! RD New (EPSG:28992, what municipal GIS uses) on request through the `crs` query parameter or
//! the `Accept-Crs` header, the CRS of a request body in `Content-Crs`, and `Content-Crs` on
//! every answer that holds geometry. Stored coordinates are always CRS84; the projection is
//! `proj4rs`'s, with the EPSG definition of RD New.

use std::sync::OnceLock;

use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::HttpRequest;
use api_types::InvalidParam;
use proj4rs::Proj;

use crate::error::{ApiError, ApiResult};

/// A coordinate reference system this API reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Crs {
    /// WGS 84 longitude, latitude in decimal degrees (OGC:CRS84), GeoJSON's own: the default.
    Crs84,
    /// Amersfoort / RD New (EPSG:28992): x, y in metres.
    RdNew,
}

/// Every supported CRS, the default first (`GET /api/v1/crss`).
pub const SUPPORTED: [Crs; 2] = [Crs::Crs84, Crs::RdNew];

/// The response header naming the CRS of the geometry in a body, and the request header for a
/// body's geometry.
pub const CONTENT_CRS: HeaderName = HeaderName::from_static("content-crs");
/// The request header asking for a CRS.
pub const ACCEPT_CRS: HeaderName = HeaderName::from_static("accept-crs");
/// GeoJSON's media type (RFC 7946 §12).
pub const GEO_JSON: &str = "application/geo+json";

/// EPSG:28992 as a PROJ string: the EPSG dataset's parameters with its seven-parameter
/// transformation to WGS 84 (about a metre, enough for a map of the neighbourhood; RDNAPTRANS'
/// correction grid is for surveying).
const RD_NEW: &str = "+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 \
     +x_0=155000 +y_0=463000 +ellps=bessel \
     +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs";
const WGS84: &str = "+proj=longlat +datum=WGS84 +no_defs";

impl Crs {
    /// The CRS's URI, as `Content-Crs` carries it.
    pub fn uri(self) -> &'static str {
        match self {
            Crs::Crs84 => "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
            Crs::RdNew => "http://www.opengis.net/def/crs/EPSG/0/28992",
        }
    }

    /// Reads a CRS as clients write it: its URI (any EPSG dataset version), `EPSG:28992`,
    /// `OGC:CRS84` or `CRS84`, in any case; `None` for anything else.
    pub fn parse(text: &str) -> Option<Crs> {
        let text = text.trim().trim_start_matches('<').trim_end_matches('>').to_ascii_lowercase();
        let code = text
            .strip_prefix("http://www.opengis.net/def/crs/")
            .or_else(|| text.strip_prefix("https://www.opengis.net/def/crs/"))
            .map(|rest| {
                let parts: Vec<&str> = rest.split('/').collect();
                match parts.as_slice() {
                    [authority, _version, code] => format!("{authority}:{code}"),
                    _ => String::new(),
                }
            })
            .unwrap_or(text);
        match code.as_str() {
            "ogc:crs84" | "crs84" => Some(Crs::Crs84),
            "epsg:28992" => Some(Crs::RdNew),
            _ => None,
        }
    }

    /// The `Content-Crs` header for a body in this CRS.
    pub fn header(self) -> (HeaderName, HeaderValue) {
        (CONTENT_CRS, HeaderValue::from_static(self.uri()))
    }
}

fn projections() -> Option<&'static (Proj, Proj)> {
    static PROJECTIONS: OnceLock<Option<(Proj, Proj)>> = OnceLock::new();
    PROJECTIONS
        .get_or_init(|| Some((Proj::from_proj_string(WGS84).ok()?, Proj::from_proj_string(RD_NEW).ok()?)))
        .as_ref()
}

fn round(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

/// CRS84 `[longitude, latitude]` in `crs`: degrees to 7 decimals (about a centimetre), RD in
/// metres to 3 (a millimetre), as the geospatial module's notation asks.
pub fn from_crs84(crs: Crs, [longitude, latitude]: [f64; 2]) -> ApiResult<[f64; 2]> {
    match crs {
        Crs::Crs84 => Ok([round(longitude, 7), round(latitude, 7)]),
        Crs::RdNew => {
            let (wgs84, rd) = projections().ok_or_else(|| ApiError::Internal("RD New does not initialise".into()))?;
            let (x, y) = proj4rs::adaptors::transform_xy(wgs84, rd, longitude.to_radians(), latitude.to_radians())
                .map_err(|e| ApiError::Internal(format!("projection to RD New: {e}")))?;
            Ok([round(x, 3), round(y, 3)])
        }
    }
}

/// Coordinates given in `crs` as CRS84 `[longitude, latitude]`; `None` when they are out of
/// range (degrees beyond ±180/±90, RD beyond the Netherlands' grid) or do not project.
pub fn to_crs84(crs: Crs, [a, b]: [f64; 2]) -> Option<[f64; 2]> {
    if !a.is_finite() || !b.is_finite() {
        return None;
    }
    match crs {
        Crs::Crs84 => ((-180.0..=180.0).contains(&a) && (-90.0..=90.0).contains(&b)).then_some([a, b]),
        Crs::RdNew => {
            // RD's grid covers the Netherlands and a margin: x −7 km to 300 km, y 289 km to 629 km.
            if !(-7_000.0..=300_000.0).contains(&a) || !(289_000.0..=629_000.0).contains(&b) {
                return None;
            }
            let (wgs84, rd) = projections()?;
            let (longitude, latitude) = proj4rs::adaptors::transform_xy(rd, wgs84, a, b).ok()?;
            Some([round(longitude.to_degrees(), 8), round(latitude.to_degrees(), 8)])
        }
    }
}

/// Whether CRS84 `[longitude, latitude]` lies inside RD New's grid (the Netherlands and a margin):
/// where this programme's neighbourhoods are, and where an answer in RD means something.
pub fn in_rd_grid(crs84: [f64; 2]) -> bool {
    match from_crs84(Crs::RdNew, crs84) {
        Ok([x, y]) => (-7_000.0..=300_000.0).contains(&x) && (289_000.0..=629_000.0).contains(&y),
        Err(_) => false,
    }
}

/// The CRS an answer's geometry is written in: the `crs` query parameter if given (400 when it is
/// not supported), else `Accept-Crs` (406 when not supported), else CRS84.
pub fn response_crs(req: &HttpRequest, query: Option<&str>) -> ApiResult<Crs> {
    Ok(geo_query(req, query, None, None)?.crs)
}

/// What a list's query asks of geometry: the CRS of the answer and the box to search in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GeoQuery {
    /// The CRS of the answer's locations.
    pub crs: Crs,
    /// Only locations inside this box, in CRS84.
    pub bbox: Option<Bbox>,
}

/// Reads the query's `crs`, `bbox` and `bboxCrs` together, listing every problem of the three in
/// one 400; then `Accept-Crs` when `crs` is not given (406 when it is not supported).
pub fn geo_query(
    req: &HttpRequest,
    crs: Option<&str>,
    bbox_text: Option<&str>,
    bbox_crs: Option<&str>,
) -> ApiResult<GeoQuery> {
    let mut problems = Vec::new();
    let mut read = |name: &str, text: Option<&str>| match text {
        None => Some(None),
        Some(text) => match Crs::parse(text) {
            Some(crs) => Some(Some(crs)),
            None => {
                problems.push(crate::web::http::query_param(name, "invalid_value", unsupported(text)));
                None
            }
        },
    };
    let answer = read("crs", crs);
    // An unsupported `bboxCrs` leaves the box's range unknown; its other rules still apply.
    let box_crs = read("bboxCrs", bbox_crs).map(|c| c.unwrap_or(Crs::Crs84));
    let bbox = match bbox_text {
        None => None,
        Some(text) => match bbox(text, box_crs) {
            Ok(bbox) => bbox,
            Err(detail) => {
                problems.push(crate::web::http::query_param("bbox", "invalid_value", detail));
                None
            }
        },
    };
    if !problems.is_empty() {
        return Err(ApiError::InvalidInput(problems));
    }
    let crs = match answer.flatten() {
        Some(crs) => crs,
        None => match req.headers().get(ACCEPT_CRS).map(|v| v.to_str().unwrap_or_default()) {
            None => Crs::Crs84,
            Some(text) => Crs::parse(text).ok_or_else(|| ApiError::NotAcceptable(unsupported(text)))?,
        },
    };
    Ok(GeoQuery { crs, bbox })
}

/// The CRS of a request body's geometry: `Content-Crs`, CRS84 without it; the problem to list at
/// `/location` when it is not supported (with the body's other problems).
pub fn request_crs(req: &HttpRequest) -> Result<Crs, InvalidParam> {
    match req.headers().get(CONTENT_CRS).map(|v| v.to_str().unwrap_or_default()) {
        None => Ok(Crs::Crs84),
        Some(text) => Crs::parse(text).ok_or_else(|| {
            crate::error::invalid("/location", "invalid_value", format!("`Content-Crs`: {}", unsupported(text)))
        }),
    }
}

fn unsupported(text: &str) -> String {
    let shown: String = text.chars().take(80).collect();
    format!(
        "`{shown}` is not a supported CRS; use {} or {} (see GET /api/v1/crss).",
        Crs::Crs84.uri(),
        Crs::RdNew.uri()
    )
}

/// A bounding box in CRS84: `[min longitude, min latitude, max longitude, max latitude]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bbox {
    /// West edge.
    pub min_longitude: f64,
    /// South edge.
    pub min_latitude: f64,
    /// East edge.
    pub max_longitude: f64,
    /// North edge.
    pub max_latitude: f64,
}

/// Reads `bbox` (four finite numbers, `minX,minY,maxX,maxY`, in `crs`) as a CRS84 box. The error
/// says everything wrong with it: not four numbers; or out of the CRS's range and/or a minimum
/// beyond its maximum. With `crs` unknown (`None`) only its form is checked, and no box results.
pub fn bbox(text: &str, crs: Option<Crs>) -> Result<Option<Bbox>, String> {
    let four = "Must be four numbers: minimum x, minimum y, maximum x, maximum y, e.g. 5.10,52.08,5.13,52.10.";
    let numbers: Vec<f64> =
        text.split(',').map(|n| n.trim().parse::<f64>()).collect::<Result<_, _>>().map_err(|_| four.to_string())?;
    let [x1, y1, x2, y2] = numbers.as_slice() else {
        return Err(four.into());
    };
    // `1e400` reads as infinity: not a place on any map.
    if numbers.iter().any(|n| !n.is_finite()) {
        return Err("Must be four finite numbers.".into());
    }
    let mut wrong = Vec::new();
    let corners = crs.map(|crs| [[*x1, *y1], [*x2, *y2], [*x1, *y2], [*x2, *y1]].map(|corner| to_crs84(crs, corner)));
    if let (Some(crs), Some(corners)) = (crs, &corners) {
        if corners.iter().any(Option::is_none) {
            wrong.push(match crs {
                Crs::Crs84 => "Lies outside CRS84's range: longitudes from -180 to 180, latitudes from -90 to 90.",
                Crs::RdNew => "Lies outside RD New's grid: x from -7000 to 300000, y from 289000 to 629000 metres.",
            });
        }
    }
    if x1 > x2 || y1 > y2 {
        wrong.push("The minimum must not lie beyond the maximum.");
    }
    if !wrong.is_empty() {
        return Err(wrong.join(" "));
    }
    let Some([Some([west, south]), Some([east, north]), Some([nw_lon, nw_lat]), Some([se_lon, se_lat])]) = corners
    else {
        return Ok(None);
    };
    // RD's grid is not aligned with meridians: the box's corners span the CRS84 box around it.
    Ok(Some(Bbox {
        min_longitude: west.min(nw_lon),
        min_latitude: south.min(se_lat),
        max_longitude: east.max(se_lon),
        max_latitude: north.max(nw_lat),
    }))
}

/// `Vary` for an answer negotiated on `Accept` (JSON or GeoJSON) and `Accept-Crs`, so caches keep
/// the variants apart.
pub const VARY: &str = "Accept, Accept-Crs";

/// Whether the request asks for GeoJSON: `Accept` names `application/geo+json` (and not after
/// a JSON it prefers; a plain list of types counts in order).
pub fn wants_geo_json(req: &HttpRequest) -> bool {
    let Some(accept) = req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let mut best: Option<(f32, bool)> = None;
    for part in accept.split(',') {
        let mut pieces = part.split(';');
        let media = pieces.next().unwrap_or_default().trim().to_ascii_lowercase();
        let quality =
            pieces.filter_map(|p| p.trim().strip_prefix("q=")).find_map(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
        let geo = media == GEO_JSON;
        if !(geo || media == "application/json") || quality <= 0.0 {
            continue;
        }
        if best.is_none_or(|(q, _)| quality > q) {
            best = Some((quality, geo));
        }
    }
    best.is_some_and(|(_, geo)| geo)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Amersfoort, Onze Lieve Vrouwetoren: RD's origin (155000, 463000), at 52.15517440 N,
    // 5.38720621 E in ETRS89 (Kadaster's published reference).
    const AMERSFOORT: [f64; 2] = [5.387_206_21, 52.155_174_40];

    #[test]
    fn the_tower_of_amersfoort_is_rd_origin() {
        let [x, y] = from_crs84(Crs::RdNew, AMERSFOORT).unwrap_or_default();
        assert!((x - 155_000.0).abs() < 2.0 && (y - 463_000.0).abs() < 2.0, "{x}, {y}");
        let [lon, lat] = to_crs84(Crs::RdNew, [155_000.0, 463_000.0]).unwrap_or_default();
        assert!((lon - AMERSFOORT[0]).abs() < 3e-5 && (lat - AMERSFOORT[1]).abs() < 3e-5, "{lon}, {lat}");
    }

    #[test]
    fn crs_names_read_in_every_spelling() {
        for text in [
            "EPSG:28992",
            "epsg:28992",
            "http://www.opengis.net/def/crs/EPSG/9.9.1/28992",
            "<http://www.opengis.net/def/crs/EPSG/0/28992>",
        ] {
            assert_eq!(Crs::parse(text), Some(Crs::RdNew), "{text}");
        }
        for text in ["OGC:CRS84", "CRS84", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"] {
            assert_eq!(Crs::parse(text), Some(Crs::Crs84), "{text}");
        }
        for text in ["EPSG:4326", "", "http://www.opengis.net/def/crs/EPSG/0/3857", "28992"] {
            assert_eq!(Crs::parse(text), None, "{text}");
        }
    }

    #[test]
    fn coordinates_out_of_range_do_not_read() {
        assert_eq!(to_crs84(Crs::Crs84, [181.0, 0.0]), None);
        assert_eq!(to_crs84(Crs::Crs84, [5.0, -91.0]), None);
        assert_eq!(to_crs84(Crs::Crs84, [f64::NAN, 0.0]), None);
        assert_eq!(to_crs84(Crs::RdNew, [5.1, 52.1]), None, "degrees are not RD metres");
    }

    #[test]
    fn a_bbox_is_four_ordered_numbers() {
        let crs84 = Some(Crs::Crs84);
        let b = bbox("5.10,52.08,5.13,52.10", crs84).ok().flatten();
        assert_eq!(b.map(|b| b.max_latitude), Some(52.10));
        assert!(bbox("5.13,52.08,5.10,52.10", crs84).is_err());
        assert!(bbox("5.10,52.08,5.13", crs84).is_err());
        assert!(bbox("a,b,c,d", crs84).is_err());
        assert_eq!(bbox("1e400,52,5,53", crs84), Err("Must be four finite numbers.".into()));
        let both = bbox("200,52.1,5,52", crs84).unwrap_err();
        assert!(both.contains("range") && both.contains("minimum"), "{both}");
        assert_eq!(bbox("5,52,4,53", None).map_err(|e| e.contains("minimum")), Err(true));
        assert_eq!(bbox("5,52,6,53", None), Ok(None), "an unknown CRS leaves no box");
        let rd = bbox("130000,450000,140000,460000", Some(Crs::RdNew)).ok().flatten();
        assert!(rd.is_some_and(|b| b.min_longitude > 4.9 && b.max_longitude < 5.3), "{rd:?}");
    }
}
