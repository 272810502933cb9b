//! The pure rules of neighbourhoods: the CBS codes of one place agree with each other.

use api_types::InvalidParam;

use crate::error::invalid;

/// What is wrong with a neighbourhood's CBS codes together (each alone is checked with the body):
/// from CBS's scheme, a buurt code `BU` + gemeente (4 digits) + wijk (2) + buurt (2) lies in the
/// wijk `WK` + its first 6 digits and the gemeente `GM` + its first 4, so a report never carries
/// codes of three different places.
pub fn code_problems(buurt: Option<&str>, wijk: Option<&str>, gemeente: Option<&str>) -> Vec<InvalidParam> {
    let digits = |code: Option<&str>| code.and_then(|c| c.get(2..)).map(str::to_string);
    let (buurt, wijk, gemeente) = (digits(buurt), digits(wijk), digits(gemeente));
    let mut problems = Vec::new();
    if let (Some(buurt), Some(wijk)) = (&buurt, &wijk) {
        if !buurt.starts_with(wijk.as_str()) {
            problems.push(invalid(
                "/wijkCode",
                "invalid_value",
                format!(
                    "The buurt code lies in wijk WK{}: give that one, or another buurt code.",
                    &buurt[..6.min(buurt.len())]
                ),
            ));
        }
    }
    let part_of = buurt.as_ref().or(wijk.as_ref());
    if let (Some(part), Some(gemeente)) = (part_of, &gemeente) {
        if !part.starts_with(gemeente.as_str()) {
            problems.push(invalid(
                "/gemeenteCode",
                "invalid_value",
                format!("The buurt and wijk codes lie in gemeente GM{}: give that one.", &part[..4.min(part.len())]),
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codes_of_one_place_agree() {
        assert!(code_problems(Some("BU03630001"), Some("WK036300"), Some("GM0363")).is_empty());
        assert!(code_problems(None, Some("WK036300"), Some("GM0363")).is_empty());
        assert!(code_problems(Some("BU03630001"), None, None).is_empty());
        let wrong: Vec<String> = code_problems(Some("BU12345678"), Some("WK990101"), Some("GM0363"))
            .into_iter()
            .map(|p| p.pointer)
            .collect();
        assert_eq!(wrong, vec!["/wijkCode", "/gemeenteCode"]);
        assert_eq!(code_problems(None, Some("WK990101"), Some("GM0363"))[0].pointer, "/gemeenteCode");
    }
}
