//! Background work of the running server.

use crate::db;

/// The retention job in the server: erases expired personal data at start-up and then every 24
/// hours. A failure is logged and tried again the next day.
pub async fn erase_daily(pool: db::Pool, months: u32) {
    let mut interval = actix_web::rt::time::interval(std::time::Duration::from_secs(24 * 60 * 60));
    loop {
        interval.tick().await;
        match db::run(&pool, move |conn| crate::features::questions::erase_expired(conn, months)).await {
            Ok(0) => {}
            Ok(erased) => log::info!("retention: personal data of {erased} closed question(s) erased"),
            Err(e) => log::error!("retention: erasing failed: {e}"),
        }
    }
}
