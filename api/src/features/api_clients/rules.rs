//! Reading a token request as RFC 6749 says: the form (§4.4.2, §3.2: no parameter twice), the
//! client's authentication (§2.3.1: HTTP Basic or the body, never both), the grant type and the
//! scopes (§3.3). Pure, so every refusal is tested without a server.

use api_types::Scope;
use base64::Engine;
use chrono::NaiveDateTime;

/// A refusal of the token endpoint: the RFC 6749 §5.2 `error` code and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// `invalid_request`, `invalid_client`, `unsupported_grant_type` or `invalid_scope`.
    pub error: &'static str,
    /// For the developer.
    pub detail: String,
}

fn refuse(error: &'static str, detail: impl Into<String>) -> Refusal {
    Refusal { error, detail: detail.into() }
}

/// A token request that reads right: who says they are calling, with what secret, for which
/// scopes (`None`: every scope of the client).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenAsk {
    /// The `client_id`.
    pub client_id: String,
    /// The `client_secret`.
    pub client_secret: String,
    /// The scopes asked for.
    pub scopes: Option<Vec<Scope>>,
}

/// Reads a token request from its `Content-Type`, its body and its `Authorization` header.
pub fn read_token_request(
    content_type: Option<&str>,
    body: &[u8],
    authorization: Option<&str>,
) -> Result<TokenAsk, Refusal> {
    let form = content_type
        .and_then(|c| c.split(';').next())
        .is_some_and(|c| c.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"));
    if !form {
        return Err(refuse("invalid_request", "Send the request as `application/x-www-form-urlencoded`."));
    }
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| refuse("invalid_request", "The body is not a form (`application/x-www-form-urlencoded`)."))?;
    let mut seen: Vec<&str> = Vec::new();
    for (name, _) in &pairs {
        if seen.contains(&name.as_str()) {
            return Err(refuse("invalid_request", format!("`{name}` is sent more than once.")));
        }
        seen.push(name);
    }
    let value = |name: &str| pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    match value("grant_type") {
        None | Some("") => return Err(refuse("invalid_request", "Send `grant_type=client_credentials`.")),
        Some("client_credentials") => {}
        Some(other) => {
            return Err(refuse(
                "unsupported_grant_type",
                format!(
                    "`{other}` is not a grant type of this server: it issues tokens for `client_credentials` only."
                ),
            ))
        }
    }
    let basic = authorization.map(basic_credentials).transpose()?;
    let (client_id, client_secret) = match (basic, value("client_secret")) {
        (Some(_), Some(_)) => {
            return Err(refuse(
                "invalid_request",
                "Authenticate once: with HTTP Basic or with `client_secret` in the body, not both.",
            ))
        }
        (Some((id, secret)), None) => {
            if value("client_id").is_some_and(|body_id| body_id != id) {
                return Err(refuse("invalid_request", "`client_id` in the body is not the one of HTTP Basic."));
            }
            (id, secret)
        }
        (None, Some(secret)) => match value("client_id") {
            Some(id) if !id.is_empty() => (id.to_string(), secret.to_string()),
            _ => return Err(refuse("invalid_client", "Send `client_id` with `client_secret`.")),
        },
        (None, None) => {
            return Err(refuse(
                "invalid_client",
                "Authenticate the client with HTTP Basic, or with `client_id` and `client_secret` in the body.",
            ))
        }
    };
    let scopes = match value("scope") {
        None => None,
        Some(text) => {
            let scopes = Scope::split(text).map_err(|word| {
                refuse(
                    "invalid_scope",
                    format!("`{word}` is not a scope; the scopes are {}.", Scope::join(&Scope::ALL)),
                )
            })?;
            if scopes.is_empty() {
                return Err(refuse(
                    "invalid_scope",
                    "`scope` is empty: leave it out to get every scope of the client.",
                ));
            }
            Some(scopes)
        }
    };
    Ok(TokenAsk { client_id, client_secret, scopes })
}

/// The id and secret of `Authorization: Basic …`: base64 of the form-encoded id, `:`, the
/// form-encoded secret (RFC 6749 §2.3.1). Another scheme is a refusal too: the client meant to
/// authenticate.
fn basic_credentials(header: &str) -> Result<(String, String), Refusal> {
    let bad =
        || refuse("invalid_client", "The `Authorization` header is not HTTP Basic with the client's id and secret.");
    let (scheme, encoded) = header.trim().split_once(' ').ok_or_else(bad)?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(bad());
    }
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).map_err(|_| bad())?;
    let text = String::from_utf8(decoded).map_err(|_| bad())?;
    let (id, secret) = text.split_once(':').ok_or_else(bad)?;
    let form_decoded = |part: &str| -> Result<String, Refusal> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(&format!("v={part}")).map_err(|_| bad())?;
        pairs.into_iter().next().map(|(_, v)| v).ok_or_else(bad)
    };
    Ok((form_decoded(id)?, form_decoded(secret)?))
}

/// The scopes granted: those asked for when the client has every one of them (else
/// `invalid_scope`), or all of the client's.
pub fn granted_scopes(asked: Option<&[Scope]>, client_has: &[Scope]) -> Result<Vec<Scope>, Refusal> {
    match asked {
        None => Ok(client_has.to_vec()),
        Some(asked) => match asked.iter().find(|s| !client_has.contains(s)) {
            Some(missing) => Err(refuse(
                "invalid_scope",
                format!(
                    "This client does not have the scope `{}`; it has `{}`.",
                    missing.as_str(),
                    Scope::join(client_has)
                ),
            )),
            None => Ok(asked.to_vec()),
        },
    }
}

/// How long a client's access token lives, in seconds: the configured lifetime, or less when the
/// client itself expires sooner, so that `expires_in` says when the token really stops working.
/// A token never outlives its client.
pub fn token_lifetime(configured_secs: i64, client_expires_at: Option<NaiveDateTime>, now: NaiveDateTime) -> i64 {
    match client_expires_at {
        Some(end) => configured_secs.min((end - now).num_seconds()).max(1),
        None => configured_secs,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_token_never_outlives_its_client() {
        let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap().and_hms_opt(10, 0, 0).unwrap();
        assert_eq!(token_lifetime(900, None, now), 900);
        assert_eq!(token_lifetime(900, Some(now + chrono::TimeDelta::hours(2)), now), 900);
        assert_eq!(token_lifetime(900, Some(now + chrono::TimeDelta::seconds(120)), now), 120);
        assert_eq!(token_lifetime(900, Some(now + chrono::TimeDelta::milliseconds(300)), now), 1);
    }

    use super::*;

    const FORM: Option<&str> = Some("application/x-www-form-urlencoded; charset=utf-8");

    fn basic(id: &str, secret: &str) -> String {
        format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}")))
    }

    fn error_of(result: Result<TokenAsk, Refusal>) -> &'static str {
        result.map(|_| "granted").unwrap_or_else(|refusal| refusal.error)
    }

    #[test]
    fn a_client_authenticates_by_basic_or_by_the_body() {
        let by_basic =
            read_token_request(FORM, b"grant_type=client_credentials", Some(&basic("abc", "s%3Ae+t"))).unwrap();
        assert_eq!((by_basic.client_id.as_str(), by_basic.client_secret.as_str()), ("abc", "s:e t"));
        assert_eq!(by_basic.scopes, None);
        let by_body = read_token_request(
            FORM,
            b"grant_type=client_credentials&client_id=abc&client_secret=xyz&scope=reports+read",
            None,
        )
        .unwrap();
        assert_eq!(by_body.client_secret, "xyz");
        assert_eq!(by_body.scopes, Some(vec![Scope::Read, Scope::Reports]));
    }

    #[test]
    fn each_refusal_has_its_rfc_6749_code() {
        let grant = b"grant_type=client_credentials&client_id=a&client_secret=b";
        assert_eq!(error_of(read_token_request(Some("application/json"), grant, None)), "invalid_request");
        assert_eq!(error_of(read_token_request(FORM, b"client_id=a&client_secret=b", None)), "invalid_request");
        assert_eq!(
            error_of(read_token_request(FORM, b"grant_type=password&username=x", None)),
            "unsupported_grant_type"
        );
        assert_eq!(
            error_of(read_token_request(
                FORM,
                b"grant_type=client_credentials&grant_type=client_credentials&client_id=a&client_secret=b",
                None
            )),
            "invalid_request"
        );
        assert_eq!(
            error_of(read_token_request(FORM, grant, Some(&basic("a", "b")))),
            "invalid_request",
            "two ways at once"
        );
        assert_eq!(error_of(read_token_request(FORM, b"grant_type=client_credentials", None)), "invalid_client");
        assert_eq!(
            error_of(read_token_request(FORM, b"grant_type=client_credentials", Some("Bearer x"))),
            "invalid_client"
        );
        assert_eq!(
            error_of(read_token_request(FORM, b"grant_type=client_credentials&client_secret=b", None)),
            "invalid_client"
        );
        let unknown = b"grant_type=client_credentials&client_id=a&client_secret=b&scope=read+admin";
        assert_eq!(error_of(read_token_request(FORM, unknown, None)), "invalid_scope");
        let empty = b"grant_type=client_credentials&client_id=a&client_secret=b&scope=";
        assert_eq!(error_of(read_token_request(FORM, empty, None)), "invalid_scope");
    }

    #[test]
    fn a_client_gets_only_scopes_it_has() {
        let has = [Scope::Read, Scope::Reports];
        assert_eq!(granted_scopes(None, &has), Ok(has.to_vec()));
        assert_eq!(granted_scopes(Some(&[Scope::Reports]), &has), Ok(vec![Scope::Reports]));
        assert_eq!(
            granted_scopes(Some(&[Scope::Read, Scope::PersonalData]), &has).map_err(|r| r.error),
            Err("invalid_scope")
        );
    }
}
