//! The neighbourhoods groups work in.

use api_types::Neighbourhood;

use super::{get_all, url, ApiError};

/// Every neighbourhood.
pub async fn neighbourhoods() -> Result<Vec<Neighbourhood>, ApiError> {
    get_all(url("/neighbourhoods?pageSize=100")).await
}
