//! Resources: who sees which resource and which contact details (a skill only at its owner's
//! consented level, never publicly without it), GeoJSON by RFC 7946's rules checked with the
//! `geojson` crate, RD New against the reference point of Amersfoort, adding and checking by
//! members and the refusals — on both databases.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use actix_web::test::TestRequest;
use common::*;
use serde_json::{json, Value};

/// Every item of a list, following its `next` links.
async fn all<S, B>(app: &TestApp<S>, path: &str, token: Option<&str>) -> Vec<Value>
where
    S: actix_web::dev::Service<
        actix_http::Request,
        Response = actix_web::dev::ServiceResponse<B>,
        Error = actix_web::Error,
    >,
    B: actix_web::body::MessageBody,
{
    let mut items = Vec::new();
    let mut next = Some(format!("{path}{}pageSize=100", if path.contains('?') { "&" } else { "?" }));
    while let Some(href) = next {
        let reply = app.call(Method::GET, &href, token, None).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        items.extend(reply.body["items"].as_array().unwrap().iter().cloned());
        next = reply.body["_links"]["next"]["href"].as_str().map(str::to_string);
    }
    items
}

on_both!(a_skill_shows_only_at_the_level_its_owner_consented_to, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let public = all(&app, "/api/v1/public/resources", None).await;
    let public_names: Vec<&str> = public.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert!(public_names.contains(&"Fietsen repareren"), "a skill with public consent is public");
    for hidden in ["Hulp bij formulieren", "Turks en Nederlands tolken", "Naailes"] {
        assert!(!public_names.contains(&hidden), "{hidden} has no public consent");
    }
    // A public skill shows neither its owner, nor an address, nor a location, nor private details.
    let bike = public.iter().find(|r| r["name"] == "Fietsen repareren").unwrap();
    assert!(bike.get("owner").is_none() && bike["address"].is_null() && bike["location"].is_null());
    assert!(bike["phone"].is_null(), "the skill's phone is not public");
    // Private contact details never show publicly; public ones do.
    let text = serde_json::to_string(&public).unwrap();
    for r in &public {
        assert!(r.get("phonePublic").is_none() && r.get("addedBy").is_none());
    }
    let mut conn = app.conn();
    let private_phones =
        count(&mut conn, "resources", "phone_public = false AND audience = 'public' AND phone IS NOT NULL");
    assert!(private_phones > 0);
    assert!(!text.contains("030 765 1000"), "resource 0's phone is not public");
    assert!(text.contains("030 765 1001"), "resource 1's phone is public");

    // A member of De Linde sees the group-level skills of their group, not the coordinators' one.
    let connector = app.login("connector@example.org").await;
    let seen = all(&app, "/api/v1/resources?kind=skill", Some(&connector)).await;
    let seen: Vec<&str> = seen.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert!(seen.contains(&"Hulp bij formulieren") && seen.contains(&"Naailes"));
    // Anouk entered the demo data: she added them all, so she sees the coordinators' skill too;
    // a member who did not add it does not.
    let kastanje = app.group_by_slug(&connector, "buurtverbinders-kastanjeplein").await;
    let coordinator = app.login("coordinator@example.org").await;
    let person = app.person(&coordinator, "Omar Kastanje").await;
    let token = app.account("omar@example.org", "connector", Some(&person)).await;
    let added = app
        .post(
            &format!("/api/v1/groups/{kastanje}/members"),
            &coordinator,
            json!({"personId": person, "kind": "resident"}),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    let other = all(&app, "/api/v1/resources?kind=skill", Some(&token)).await;
    let other: Vec<&str> = other.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(other, vec!["Fietsen repareren"], "another group's member sees only the public skill");
    let interpreting = all(&app, "/api/v1/resources?kind=skill", Some(&coordinator)).await;
    let tolk = interpreting.iter().find(|r| r["name"] == "Turks en Nederlands tolken").unwrap();
    assert_eq!(tolk["audience"], "coordinators");
    assert!(tolk["consentRecordedAt"].is_string() && tolk["owner"]["name"].is_string());
    let id = tolk["id"].as_str().unwrap();
    let refused = app.get(&format!("/api/v1/resources/{id}"), &token).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND, "not shown to exist: {}", refused.text);
    let public_one = app.call(Method::GET, &format!("/api/v1/public/resources/{id}"), None, None).await;
    assert_eq!(public_one.status, StatusCode::NOT_FOUND);
    // Reading a skill is audited.
    assert!(count(&mut conn, "audit_log", "resource_type = 'resource'") > 0);
});

on_both!(geojson_follows_rfc_7946_and_rd_new_matches_amersfoort, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let coordinator = app.login("coordinator@example.org").await;
    let req = TestRequest::get()
        .uri("/api/v1/public/resources?pageSize=100")
        .insert_header(("accept", "application/geo+json"));
    let reply = app.send(req).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("content-type"), Some("application/geo+json"));
    assert_eq!(reply.header("content-crs"), Some("http://www.opengis.net/def/crs/OGC/1.3/CRS84"));
    // The geojson crate reads it as a FeatureCollection: an independent check of the shape.
    let collection: geojson::FeatureCollection = reply.text.parse::<geojson::GeoJson>().unwrap().try_into().unwrap();
    assert!(collection.features.len() >= 20);
    assert!(reply.body.get("crs").is_none(), "RFC 7946 §4: no crs member");
    for feature in &collection.features {
        let Some(geojson::Geometry { value: geojson::GeometryValue::Point { coordinates: position }, .. }) =
            &feature.geometry
        else {
            panic!("every feature is a point");
        };
        let (longitude, latitude) = (position[0], position[1]);
        // [longitude, latitude] order: the invented municipality lies east of Utrecht.
        assert!((5.0..5.3).contains(&longitude) && (52.0..52.2).contains(&latitude), "{position:?}");
    }
    let unlocated = reply.body["numberWithoutLocation"].as_u64().unwrap();
    let json_list = all(&app, "/api/v1/public/resources", None).await;
    assert_eq!(
        collection.features.len() as u64 + unlocated,
        json_list.len() as u64,
        "without location: in the list, not on the map"
    );

    // A resource at RD's origin, the tower of Amersfoort, added in RD and read in both.
    let linde = app.group_by_slug(&coordinator, "buurtverbinders-de-linde").await;
    let req = TestRequest::post()
        .uri("/api/v1/resources")
        .insert_header(("authorization", format!("Bearer {coordinator}")))
        .insert_header(("content-crs", "EPSG:28992"))
        .set_json(json!({"name": "Onze Lieve Vrouwetoren", "kind": "place", "audience": "public", "groupId": linde,
                         "location": {"type": "Point", "coordinates": [155000.0, 463000.0]}}));
    let created = app.send(req).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let [longitude, latitude] = [
        created.body["location"]["coordinates"][0].as_f64().unwrap(),
        created.body["location"]["coordinates"][1].as_f64().unwrap(),
    ];
    // Kadaster: 52.15517440 N, 5.38720621 E (ETRS89); the seven-parameter shift is within a metre.
    assert!(
        (longitude - 5.387_206_21).abs() < 2e-5 && (latitude - 52.155_174_40).abs() < 2e-5,
        "{longitude}, {latitude}"
    );
    let id = created.body["id"].as_str().unwrap();
    let rd = app
        .send(
            TestRequest::get()
                .uri(&format!("/api/v1/resources/{id}?crs=http://www.opengis.net/def/crs/EPSG/0/28992"))
                .insert_header(("authorization", format!("Bearer {coordinator}"))),
        )
        .await;
    assert_eq!(rd.header("content-crs"), Some("http://www.opengis.net/def/crs/EPSG/0/28992"));
    let x = rd.body["location"]["coordinates"][0].as_f64().unwrap();
    let y = rd.body["location"]["coordinates"][1].as_f64().unwrap();
    assert!((x - 155_000.0).abs() < 0.5 && (y - 463_000.0).abs() < 0.5, "{x}, {y}");

    // A bbox around the tower in RD finds it, and only located resources.
    let boxed =
        all(&app, "/api/v1/resources?bbox=154000,462000,156000,464000&bboxCrs=EPSG:28992", Some(&coordinator)).await;
    assert_eq!(boxed.iter().map(|r| r["name"].as_str().unwrap()).collect::<Vec<_>>(), vec!["Onze Lieve Vrouwetoren"]);

    // Unsupported CRSs: 406 for Accept-Crs, 400 for the parameters, listed at their names.
    let refused =
        app.send(TestRequest::get().uri("/api/v1/public/resources").insert_header(("accept-crs", "EPSG:3857"))).await;
    assert_eq!(refused.status, StatusCode::NOT_ACCEPTABLE, "{}", refused.text);
    assert_eq!(refused.body["type"], "https://buurtverbinders.nl/problems/not-acceptable");
    let refused = app.call(Method::GET, "/api/v1/public/resources?crs=EPSG:4326", None, None).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(refused.body["errors"][0]["pointer"], "?crs");
    let refused = app.call(Method::GET, "/api/v1/public/resources?bbox=5.2,52,5.1,52.1", None, None).await;
    assert_eq!(refused.body["errors"][0]["pointer"], "?bbox");
    // Every geometry parameter's problem at once: a box both out of range and upside down says both.
    let refused = app
        .call(Method::GET, "/api/v1/public/resources?crs=EPSG:4326&bbox=200,52.1,5,52&bboxCrs=EPSG:28992", None, None)
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let pointers: Vec<&str> =
        refused.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, vec!["?crs", "?bbox"], "{}", refused.text);
    let detail = refused.body["errors"][1]["detail"].as_str().unwrap();
    assert!(detail.contains("RD New's grid") && detail.contains("minimum"), "{detail}");
    let refused =
        app.call(Method::GET, "/api/v1/public/resources?bbox=1e400,52,5,53&bboxCrs=nowhere", None, None).await;
    let pointers: Vec<&str> =
        refused.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, vec!["?bboxCrs", "?bbox"], "{}", refused.text);
    // Answers negotiated on Accept and Accept-Crs say so to caches.
    let listed = app.call(Method::GET, "/api/v1/public/resources", None, None).await;
    assert!(listed.header("vary").is_some_and(|v| v.starts_with("Accept, Accept-Crs")), "{:?}", listed.header("vary"));
    let map = app.call(Method::GET, "/api/v1/public/map", None, None).await;
    assert_eq!(map.body["tileUrl"], "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    assert_eq!(map.body["attribution"], "© OpenStreetMap contributors");
    // A public skill has no location publicly, so no box finds it either.
    let skills = all(&app, "/api/v1/resources?kind=skill", Some(&coordinator)).await;
    let bike = skills.iter().find(|r| r["name"] == "Fietsen repareren").unwrap();
    let (lon, lat) = (5.1523456, 52.0961234);
    let placed = app
        .patch(
            &format!("/api/v1/resources/{}", bike["id"].as_str().unwrap()),
            &coordinator,
            json!({"location": {"type": "Point", "coordinates": [lon, lat]}}),
        )
        .await;
    assert_eq!(placed.status, StatusCode::OK, "{}", placed.text);
    let tight =
        format!("/api/v1/public/resources?bbox={},{},{},{}", lon - 0.0001, lat - 0.0001, lon + 0.0001, lat + 0.0001);
    assert!(!all(&app, &tight, None).await.iter().any(|r| r["name"] == "Fietsen repareren"));
    let refused = app.call(Method::GET, "/api/v1/crss", None, None).await;
    assert_eq!(refused.body["crs"][1], "http://www.opengis.net/def/crs/EPSG/0/28992");
});

on_both!(members_add_and_check_resources_of_their_neighbourhood_only, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let molen = app.group_by_slug(&connector, "buurtverbinders-molenwijk").await;
    let body = json!({"name": "Zwerfafvalploeg", "kind": "initiative", "audience": "public", "groupId": linde,
                      "tags": ["Buiten", "buiten", " Schoon "], "phone": "0612345678", "phonePublic": false,
                      "openingHours": "Sa 10:00-12:00", "openingHoursFormat": "osm",
                      "location": {"type": "Point", "coordinates": [5.1452, 52.0931]}});
    let created = app.post("/api/v1/resources", &connector, body.clone()).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["tags"], json!(["buiten", "schoon"]));
    assert_eq!(created.body["neighbourhoodName"], "De Linde", "the group's neighbourhood");
    assert_eq!(created.body["dueForCheck"], true, "never checked");
    let id = created.body["id"].as_str().unwrap().to_string();
    let mut conn = app.conn();
    assert_eq!(
        count(&mut conn, "resources", &format!("id = '{id}' AND phone = '0612345678' AND phone_public = false")),
        1
    );

    // Another group's: refused, nothing stored.
    let mut other = body.clone();
    other["groupId"] = json!(molen);
    let refused = app.post("/api/v1/resources", &connector, other).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    assert_eq!(count(&mut conn, "resources", "name = 'Zwerfafvalploeg'"), 1);
    // Their own group, but another group's neighbourhood: refused as well.
    let mut elsewhere = body.clone();
    elsewhere["neighbourhoodId"] =
        app.get(&format!("/api/v1/groups/{molen}"), &connector).await.body["neighbourhoodId"].clone();
    assert!(elsewhere["neighbourhoodId"].is_string());
    let refused = app.post("/api/v1/resources", &connector, elsewhere).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);

    // Every problem at once.
    let bad = app
        .post("/api/v1/resources", &connector, json!({"name": " ", "kind": "skill", "audience": "public", "openingHours": "zaterdag", "openingHoursFormat": "osm",
                 "location": {"type": "Point", "coordinates": [5.14, 95.0]}, "languages": ["nederlands"]}))
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    let pointers: Vec<&str> =
        bad.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    // The schema's problems and the rules beyond it (range, syntax, a skill's owner) together.
    for pointer in [
        "/name",
        "/languages",
        "/location/coordinates",
        "/openingHours",
        "/ownerPersonId",
        "/groupId",
        "/neighbourhoodId",
    ] {
        assert!(pointers.contains(&pointer), "{pointer} in {pointers:?}");
    }
    let bad = app
        .post("/api/v1/resources", &connector, json!({"name": "X", "kind": "place", "audience": "public", "groupId": linde, "openingHours": "zaterdag", "openingHoursFormat": "osm",
                 "location": {"type": "Point", "coordinates": [200.0, 95.0]}}))
        .await;
    let pointers: Vec<&str> =
        bad.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, vec!["/location/coordinates", "/openingHours"], "{}", bad.text);
    let bad = app
        .post(
            "/api/v1/resources",
            &connector,
            json!({"name": "X", "kind": "skill", "audience": "group", "groupId": linde}),
        )
        .await;
    assert_eq!(bad.body["errors"][0]["pointer"], "/ownerPersonId", "{}", bad.text);

    // Checking: today, by the caller; a stale If-Match loses nothing.
    let checked = app.post(&format!("/api/v1/resources/{id}/verification"), &connector, json!({})).await;
    assert_eq!(checked.status, StatusCode::OK, "{}", checked.text);
    assert_eq!(checked.body["verifiedBy"], "Anouk Verbeek");
    assert_eq!(checked.body["dueForCheck"], false);
    let stale = app
        .patch_if_match(&format!("/api/v1/resources/{id}"), &connector, "\"stale\"", json!({"status": "inactive"}))
        .await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    let etag = checked.header("etag").unwrap().to_string();
    let changed = app
        .patch_if_match(
            &format!("/api/v1/resources/{id}"),
            &connector,
            &etag,
            json!({"status": "inactive", "phone": null, "location": null}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert!(changed.body["phone"].is_null() && changed.body["location"].is_null());
    assert_eq!(
        count(
            &mut conn,
            "resources",
            &format!("id = '{id}' AND status = 'inactive' AND phone IS NULL AND longitude IS NULL")
        ),
        1
    );

    // The list to check: never checked or not in six months.
    let due = all(&app, "/api/v1/resources?notVerifiedSince=2026-06-01", Some(&connector)).await;
    assert!(due.iter().all(|r| r["verifiedOn"].is_null() || r["verifiedOn"].as_str().unwrap() < "2026-06-01"));
    assert!(due.iter().any(|r| r["name"] == "Speeltuinvereniging De Eikel"), "never checked");
    assert!(!due.iter().any(|r| r["name"] == "Zwerfafvalploeg"), "checked today");

    // A link people follow is http(s) only; a point outside the Netherlands is a mistake.
    let mut hostile = body.clone();
    hostile["website"] = json!("javascript:alert(document.domain)");
    hostile["location"] = json!({"type": "Point", "coordinates": [0.0, 0.0]});
    let refused = app.post("/api/v1/resources", &connector, hostile).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.text);
    let found: Vec<&str> =
        refused.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(found, vec!["/website", "/location/coordinates"], "{}", refused.text);
    // `%` and `_` in a tag filter are letters, not wildcards.
    assert!(all(&app, "/api/v1/public/resources?tag=%25", None).await.is_empty());
    assert!(all(&app, "/api/v1/public/resources?tag=f_ets", None).await.is_empty());

    // A member of another neighbourhood's group reads public resources but does not change them.
    let coordinator = app.login("coordinator@example.org").await;
    let person = app.person(&coordinator, "Karel Molen").await;
    let token = app.account("karel@example.org", "connector", Some(&person)).await;
    let joined = app
        .post(&format!("/api/v1/groups/{molen}/members"), &coordinator, json!({"personId": person, "kind": "resident"}))
        .await;
    assert_eq!(joined.status, StatusCode::CREATED, "{}", joined.text);
    let read = app.get(&format!("/api/v1/resources/{id}"), &token).await;
    assert_eq!(read.status, StatusCode::OK);
    // A public skill of another group: only what the public sees of it, no owner, home or phone.
    let listed = all(&app, "/api/v1/resources?kind=skill", Some(&token)).await;
    let bike = listed.iter().find(|r| r["name"] == "Fietsen repareren").unwrap();
    assert!(bike["owner"].is_null() && bike["address"].is_null() && bike["location"].is_null(), "{bike}");
    assert!(bike["phone"].is_null(), "the owner's phone is not public");
    assert_eq!(bike["mayChange"], false, "nor do they change it");
    let refused = app
        .patch(&format!("/api/v1/resources/{}", bike["id"].as_str().unwrap()), &token, json!({"address": null}))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    let own = all(&app, "/api/v1/resources?kind=skill", Some(&connector)).await;
    let bike = own.iter().find(|r| r["name"] == "Fietsen repareren").unwrap();
    assert!(bike["owner"]["name"].is_string(), "the keeping group's members see whose it is");
    assert_eq!(read.body["mayChange"], false, "the representation says what the policy answers");
    assert_eq!(app.get(&format!("/api/v1/resources/{id}"), &connector).await.body["mayChange"], true);
    let refused = app.patch(&format!("/api/v1/resources/{id}"), &token, json!({"name": "Weg"})).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    let refused = app.call(Method::DELETE, &format!("/api/v1/resources/{id}"), Some(&token), None).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let removed = app.call(Method::DELETE, &format!("/api/v1/resources/{id}"), Some(&connector), None).await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    assert_eq!(count(&mut conn, "resources", &format!("id = '{id}'")), 0);
});
