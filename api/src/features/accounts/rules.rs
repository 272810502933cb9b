//! The accounts' own rules, without a database.

use chrono::NaiveDateTime;

/// An email as accounts are found by: trimmed, lower case.
pub fn normalized_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Why a presented refresh token gives no new tokens, for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// No such token.
    Unknown,
    /// Used before: reuse means it was stolen, so every token of the account is revoked.
    Reused,
    /// Past its lifetime.
    Expired,
}

impl Refused {
    /// The 401's detail.
    pub fn detail(self) -> &'static str {
        match self {
            Refused::Unknown => "The refresh token is not valid.",
            Refused::Reused => "The refresh token was used before; log in again.",
            Refused::Expired => "The refresh token has expired; log in again.",
        }
    }
}

/// Whether a stored refresh token may be exchanged now (rotation: each token once).
pub fn check_refresh(
    revoked_at: Option<NaiveDateTime>,
    expires_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<(), Refused> {
    if revoked_at.is_some() {
        return Err(Refused::Reused);
    }
    if expires_at <= now {
        return Err(Refused::Expired);
    }
    Ok(())
}

/// How long a password link works, in days: long enough for a volunteer who reads their mail
/// once a week, short enough that a forgotten link does not stay a way in.
pub const PASSWORD_LINK_DAYS: i64 = 7;

/// Whether a stored password link may set a password now: once, before it expires.
pub fn link_works(used_at: Option<NaiveDateTime>, expires_at: NaiveDateTime, now: NaiveDateTime) -> bool {
    used_at.is_none() && expires_at > now
}

/// What a new link of an account is for: an invitation while it has no password, else a reset.
pub fn link_purpose(password_set: bool) -> api_types::PasswordLinkPurpose {
    if password_set {
        api_types::PasswordLinkPurpose::Reset
    } else {
        api_types::PasswordLinkPurpose::Invitation
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_link_works_once_and_not_after_it_expires() {
        let now = chrono::DateTime::from_timestamp(1_800_000_000, 0).map(|t| t.naive_utc()).unwrap_or_default();
        let later = now + chrono::TimeDelta::days(PASSWORD_LINK_DAYS);
        assert!(link_works(None, later, now));
        assert!(!link_works(Some(now), later, now), "used");
        assert!(!link_works(None, now, now), "expired at this moment");
        assert_eq!(link_purpose(false), api_types::PasswordLinkPurpose::Invitation);
        assert_eq!(link_purpose(true), api_types::PasswordLinkPurpose::Reset);
    }

    #[test]
    fn a_used_token_is_reuse_even_before_it_expires() {
        let now = chrono::DateTime::from_timestamp(1_800_000_000, 0).map(|t| t.naive_utc()).unwrap_or_default();
        let later = now + chrono::TimeDelta::days(1);
        assert_eq!(check_refresh(None, later, now), Ok(()));
        assert_eq!(check_refresh(Some(now), later, now), Err(Refused::Reused));
        assert_eq!(check_refresh(None, now, now), Err(Refused::Expired));
        assert_eq!(normalized_email("  Anouk@Example.ORG "), "anouk@example.org");
    }
}
