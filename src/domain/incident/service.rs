//! I3, I11: the service an incident is recorded against is one of the desk's known services
//! (`[incident] services`), or its outage budget splits (`计费` beside `billing`). An unknown one
//! is refused with the list; a new service is added to the list first.

use crate::error::OpsError;
use crate::text::normalize;

/// The known service `typed` names, in the list's own spelling (a different case is the same
/// service); refused with the known ones when it names none. An empty list knows every service
/// (a desk that has not listed its services yet).
pub fn known_service(typed: &str, known: &[String]) -> Result<String, OpsError> {
    let t = normalize(typed);
    if known.is_empty() {
        return Ok(t);
    }
    if let Some(k) = known.iter().find(|k| normalize(k) == t) {
        return Ok(normalize(k));
    }
    let folded = t.to_lowercase();
    if let Some(k) = known.iter().find(|k| normalize(k).to_lowercase() == folded) {
        return Ok(normalize(k));
    }
    Err(OpsError::Invalid(format!(
        "unknown service {t:?}: the known services are {}; a new service is added to the \
         directory first ([incident] services in the desk's config)",
        known.join(", ")
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i11_an_incident_is_on_a_known_service_or_refused_with_the_list() {
        let known: Vec<String> = ["billing", "CRM", "短信网关"].iter().map(|s| s.to_string()).collect();
        let cases: &[(&str, &[String], Result<&str, &str>)] = &[
            ("billing", &known, Ok("billing")),
            (" billing ", &known, Ok("billing")),
            ("crm", &known, Ok("CRM")),
            ("短信网关", &known, Ok("短信网关")),
            (
                "计费",
                &known,
                Err("unknown service \"计费\": the known services are billing, CRM, 短信网关"),
            ),
            ("bill", &known, Err("a new service is added to the directory first")),
            ("计费", &[], Ok("计费")),
        ];
        for (typed, known, want) in cases {
            match (known_service(typed, known), want) {
                (Ok(got), Ok(w)) => assert_eq!(&got, w, "{typed}"),
                (Err(e), Err(w)) => assert!(e.to_string().contains(w), "{typed}: {e}"),
                (got, w) => panic!("{typed}: {got:?}, wanted {w:?}"),
            }
        }
    }
}
