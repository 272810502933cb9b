//! Translations: Fluent message files per language, the chosen language in a context, and the
//! helpers that turn API values (rules, roles, dates) into words.
//!
//! Dutch is the default; the choice is remembered in `localStorage` and set on `<html lang>`.

use std::rc::Rc;

use api_types::{
    AttendanceStatus, Audience, Availability, CandidateStatus, Channel, CompositionRule, ContactPreference,
    EventStatus, EventType, GroupStatus, MembershipKind, OrganisationKind, ProfessionalRole, QuestionStatus,
    Recurrence, ReferralOutcome, RegistrationStatus, ResourceKind, ResourceStatus, SiteSection, StoryConsent, Topic,
    TrainingStatus, Visibility, DEFAULT_TOPICS, MAX_MEMBERS, MAX_PROFESSIONALS, MIN_MEMBERS, MIN_PROFESSIONALS,
};
use chrono::Datelike;
use chrono::{DateTime, FixedOffset, Utc};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use gloo_storage::Storage;
use unic_langid::LanguageIdentifier;
use yew::prelude::*;

/// Key under which the chosen language is kept in `localStorage`.
const STORAGE_KEY: &str = "buurtverbinders.lang";

/// A language the web client speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Dutch, the default.
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order the switch offers them.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, as used in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses a BCP 47 code such as `nl` or `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.split('-').next().map(str::to_ascii_lowercase).as_deref() {
            Some("nl") => Some(Lang::Nl),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::Nl => include_str!("../locales/nl.ftl"),
            Lang::En => include_str!("../locales/en.ftl"),
        }
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::Nl => unic_langid::langid!("nl"),
            Lang::En => unic_langid::langid!("en"),
        }
    }

    /// The language remembered from an earlier visit, else Dutch.
    pub fn remembered() -> Lang {
        gloo_storage::LocalStorage::get::<String>(STORAGE_KEY)
            .ok()
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or(Lang::Nl)
    }
}

/// The messages of one language.
#[derive(Clone)]
pub struct I18n {
    lang: Lang,
    bundle: Rc<FluentBundle<FluentResource>>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("lang", &self.lang).finish()
    }
}

impl I18n {
    /// Loads the message file of `lang`.
    pub fn new(lang: Lang) -> Self {
        let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(partial, _)| partial);
        let mut bundle = FluentBundle::new(vec![lang.langid()]);
        // No Unicode isolation marks: the texts are shown in a left-to-right page.
        bundle.set_use_isolating(false);
        // A duplicate message is a mistake in the file; the first one wins.
        let _ = bundle.add_resource(resource);
        I18n { lang, bundle: Rc::new(bundle) }
    }

    /// The language of these messages.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            fluent_args.set(*name, value);
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // A missing message shows its id, which a test or a reader will notice.
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// A day as words, e.g. `2 maart 2026`.
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        let month = self.t(&format!("month-{}", date.month()));
        self.ta(
            "date-long",
            &[
                ("day", Arg::Number(i64::from(date.day()))),
                ("month", Arg::Text(month)),
                ("year", Arg::Number(i64::from(date.year()))),
            ],
        )
    }

    /// A day with its weekday, e.g. `zaterdag 16 januari 2027`.
    pub fn date_with_weekday(&self, date: chrono::NaiveDate) -> String {
        let weekday = self.t(&format!("weekday-{}", date.weekday().number_from_monday()));
        self.ta("date-weekday", &[("weekday", Arg::Text(weekday)), ("date", Arg::Text(self.date(date)))])
    }

    /// A day in few letters, for table headings, e.g. `za 16 jan`.
    pub fn date_short(&self, date: chrono::NaiveDate) -> String {
        let weekday = self.t(&format!("weekday-short-{}", date.weekday().number_from_monday()));
        let month = self.t(&format!("month-short-{}", date.month()));
        self.ta(
            "date-short",
            &[
                ("weekday", Arg::Text(weekday)),
                ("day", Arg::Number(i64::from(date.day()))),
                ("month", Arg::Text(month)),
            ],
        )
    }

    /// A start and end time, e.g. `09:30–16:00`.
    pub fn time_range(&self, start: &str, end: &str) -> String {
        self.ta("time-range", &[("start", Arg::Text(start.to_string())), ("end", Arg::Text(end.to_string()))])
    }

    /// A training's status as a word.
    pub fn training_status(&self, status: TrainingStatus) -> String {
        self.t(&format!("training-status-{}", status.as_str()))
    }

    /// An availability answer as a word; `None` is "no answer (yet)".
    pub fn availability(&self, answer: Option<Availability>) -> String {
        self.t(&format!("availability-{}", answer.map_or("none", Availability::as_str)))
    }

    /// The symbol that goes with an availability answer, so it never rests on colour alone.
    pub fn availability_symbol(&self, answer: Option<Availability>) -> String {
        self.t(&format!("availability-symbol-{}", answer.map_or("none", Availability::as_str)))
    }

    /// Attendance at a training day as a word.
    pub fn attendance_status(&self, status: AttendanceStatus) -> String {
        self.t(&format!("attendance-{}", status.as_str()))
    }

    /// A training topic in this language when it is one of the programme's own four (stored in
    /// English), else as written.
    pub fn topic(&self, topic: &str) -> String {
        match DEFAULT_TOPICS.iter().position(|t| *t == topic) {
            Some(index) => self.t(&format!("training-topic-{}", index + 1)),
            None => topic.to_string(),
        }
    }

    /// The programme's own topics in this language, in order.
    pub fn default_topics(&self) -> Vec<String> {
        DEFAULT_TOPICS.iter().map(|t| self.topic(t)).collect()
    }

    /// A composition rule that a group does not meet, as a sentence.
    pub fn unmet_rule(&self, rule: CompositionRule) -> String {
        let (id, limit) = match rule {
            CompositionRule::MinMembers => ("rule-min-members", MIN_MEMBERS),
            CompositionRule::MaxMembers => ("rule-max-members", MAX_MEMBERS),
            CompositionRule::MinProfessionals => ("rule-min-professionals", MIN_PROFESSIONALS),
            CompositionRule::MaxProfessionals => ("rule-max-professionals", MAX_PROFESSIONALS),
            CompositionRule::ResidentMajority => ("rule-resident-majority", 0),
        };
        self.ta(id, &[("limit", Arg::Number(limit))])
    }

    /// A group's status as a word.
    pub fn group_status(&self, status: GroupStatus) -> String {
        self.t(&format!("status-{}", status.as_str()))
    }

    /// Resident or professional.
    pub fn membership_kind(&self, kind: MembershipKind) -> String {
        self.t(&format!("kind-{}", kind.as_str()))
    }

    /// A professional's role as words.
    pub fn professional_role(&self, role: ProfessionalRole) -> String {
        self.t(&format!("professional-role-{}", role.as_str()))
    }

    /// How a person prefers to be contacted.
    pub fn contact_preference(&self, preference: ContactPreference) -> String {
        self.t(&format!("contact-preference-{}", preference.as_str()))
    }

    /// An account's role in words, e.g. `Buurtverbinder`.
    pub fn role(&self, role: api_types::Role) -> String {
        self.t(&format!("role-{}", role.as_str()))
    }

    /// An API client's scope as words, e.g. `Lezen`.
    pub fn scope(&self, scope: api_types::Scope) -> String {
        self.t(&format!("scope-{}", scope.as_str()))
    }

    /// What a member's time was for, as words, e.g. `Inloopuur`.
    pub fn time_activity(&self, activity: api_types::TimeActivity) -> String {
        self.t(&format!("time-activity-{}", activity.as_str()))
    }

    /// The kind of an event as words, e.g. `Inwonersavond`.
    pub fn event_type(&self, event_type: EventType) -> String {
        self.t(&format!("event-type-{}", event_type.as_str()))
    }

    /// Whether an event goes ahead, as words.
    pub fn event_status(&self, status: EventStatus) -> String {
        self.t(&format!("event-status-{}", status.as_str()))
    }

    /// Who sees an event, as words.
    pub fn visibility(&self, visibility: Visibility) -> String {
        self.t(&format!("visibility-{}", visibility.as_str()))
    }

    /// Where a registration stands, as words.
    pub fn registration_status(&self, status: RegistrationStatus) -> String {
        self.t(&format!("registration-status-{}", status.as_str()))
    }

    /// A candidate's place in the pipeline, as words.
    pub fn candidate_status(&self, status: CandidateStatus) -> String {
        self.t(&format!("candidate-status-{}", status.as_str()))
    }

    /// How a resident question reached the group, as words.
    pub fn channel(&self, channel: Channel) -> String {
        self.t(&format!("channel-{}", channel.as_str()))
    }

    /// A topic of a resident question, as words.
    pub fn question_topic(&self, topic: Topic) -> String {
        self.t(&format!("topic-{}", topic.as_str()))
    }

    /// Where a resident question stands, as words.
    pub fn question_status(&self, status: QuestionStatus) -> String {
        self.t(&format!("question-status-{}", status.as_str()))
    }

    /// What moving a question to `status` is called on its button, e.g. `Doorverwijzen`.
    pub fn question_move(&self, status: QuestionStatus) -> String {
        self.t(&format!("question-move-{}", status.as_str()))
    }

    /// The kind of an organisation, as words.
    pub fn organisation_kind(&self, kind: OrganisationKind) -> String {
        self.t(&format!("organisation-kind-{}", kind.as_str()))
    }

    /// The kind of a resource, as words.
    pub fn resource_kind(&self, kind: ResourceKind) -> String {
        self.t(&format!("resource-kind-{}", kind.as_str()))
    }

    /// Whether a resource can be used now, as words.
    pub fn resource_status(&self, status: ResourceStatus) -> String {
        self.t(&format!("resource-status-{}", status.as_str()))
    }

    /// A resident's consent to their story, as words.
    pub fn story_consent(&self, consent: StoryConsent) -> String {
        self.t(&format!("story-consent-{}", consent.as_str()))
    }

    /// A section of a group's site, as words.
    pub fn site_section(&self, section: SiteSection) -> String {
        self.t(&format!("site-section-{}", section.as_str()))
    }

    /// Who sees a resource, as words.
    pub fn audience(&self, audience: Audience) -> String {
        self.t(&format!("resource-audience-{}", audience.as_str()))
    }

    /// How a referral turned out, as words.
    pub fn referral_outcome(&self, outcome: ReferralOutcome) -> String {
        self.t(&format!("referral-outcome-{}", outcome.as_str()))
    }

    /// The time of day of an instant in local time, e.g. `19:00`.
    pub fn clock(&self, at: &DateTime<FixedOffset>) -> String {
        at.format("%H:%M").to_string()
    }

    /// When an event takes place, e.g. `dinsdag 3 maart 2026, 19:00–21:00`. The API gives the
    /// times in Dutch local time, so they are shown as they come.
    pub fn event_when(&self, starts_at: &DateTime<FixedOffset>, ends_at: &DateTime<FixedOffset>) -> String {
        self.ta(
            "slot-when",
            &[
                ("date", Arg::Text(self.date_with_weekday(starts_at.date_naive()))),
                ("time", Arg::Text(self.time_range(&self.clock(starts_at), &self.clock(ends_at)))),
            ],
        )
    }

    /// An instant the API gives in UTC (a note, a check-in) in Dutch local time, e.g.
    /// `3 maart 2026, 19:04`.
    pub fn instant(&self, at: DateTime<Utc>) -> String {
        let local = crate::amsterdam::to_local(at);
        self.ta(
            "date-time",
            &[("date", Arg::Text(self.date(local.date_naive()))), ("time", Arg::Text(self.clock(&local)))],
        )
    }

    /// A series rule in words, e.g. `Elke dinsdag, tot en met 30 juni 2026`.
    pub fn recurrence(&self, recurrence: &Recurrence, starts_at: &DateTime<FixedOffset>) -> String {
        let every = self.every(recurrence, starts_at);
        match (recurrence.until, recurrence.count) {
            (Some(until), _) => {
                self.ta("recurrence-until", &[("every", Arg::Text(every)), ("date", Arg::Text(self.date(until)))])
            }
            (None, Some(count)) => {
                self.ta("recurrence-count", &[("every", Arg::Text(every)), ("count", Arg::Number(i64::from(count)))])
            }
            (None, None) => every,
        }
    }

    /// A series for residents: the weekday and time, and the last date if there is one, e.g.
    /// `Elke dinsdag, 10:00–12:00, tot en met 30 juni 2026`.
    pub fn recurrence_with_time(
        &self,
        recurrence: &Recurrence,
        starts_at: &DateTime<FixedOffset>,
        ends_at: &DateTime<FixedOffset>,
    ) -> String {
        let every = self.ta(
            "recurrence-with-time",
            &[
                ("every", Arg::Text(self.every(recurrence, starts_at))),
                ("time", Arg::Text(self.time_range(&self.clock(starts_at), &self.clock(ends_at)))),
            ],
        );
        match recurrence.until {
            Some(until) => {
                self.ta("recurrence-until", &[("every", Arg::Text(every)), ("date", Arg::Text(self.date(until)))])
            }
            None => every,
        }
    }

    fn every(&self, recurrence: &Recurrence, starts_at: &DateTime<FixedOffset>) -> String {
        use chrono::Datelike;
        let weekday = self.t(&format!("weekday-{}", starts_at.weekday().number_from_monday()));
        let every = if recurrence.interval_weeks >= 2 { "recurrence-every-other" } else { "recurrence-every" };
        self.ta(every, &[("weekday", Arg::Text(weekday))])
    }
}

/// A named argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as is.
    Text(String),
    /// A number; also selects plural forms.
    Number(i64),
}

/// What the language context carries: the messages and a way to switch language.
#[derive(Debug, Clone, PartialEq)]
pub struct Locale {
    /// The messages of the current language.
    pub i18n: I18n,
    /// Switches to another language.
    pub set_lang: Callback<Lang>,
}

impl std::ops::Deref for Locale {
    type Target = I18n;

    fn deref(&self) -> &I18n {
        &self.i18n
    }
}

/// Properties of [`LocaleProvider`].
#[derive(Debug, Properties, PartialEq)]
pub struct LocaleProviderProps {
    /// The app.
    pub children: Html,
}

/// Provides the [`Locale`] context, remembers the choice and keeps `<html lang>` in step.
#[function_component]
pub fn LocaleProvider(props: &LocaleProviderProps) -> Html {
    let lang = use_state(Lang::remembered);
    let i18n = use_memo(*lang, |lang| I18n::new(*lang));
    use_effect_with(*lang, |lang| {
        let _ = gloo_storage::LocalStorage::set(STORAGE_KEY, lang.code());
        if let Some(root) = gloo_utils_document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |next: Lang| lang.set(next))
    };
    let locale = Locale { i18n: (*i18n).clone(), set_lang };
    html! {
        <ContextProvider<Locale> context={locale}>
            { props.children.clone() }
        </ContextProvider<Locale>>
    }
}

fn gloo_utils_document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The current [`Locale`]. Falls back to Dutch outside a [`LocaleProvider`].
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_else(|| Locale { i18n: I18n::new(Lang::Nl), set_lang: Callback::noop() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(source: &str) -> BTreeSet<String> {
        source
            .lines()
            .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_string()))
            .collect()
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let nl = ids(Lang::Nl.source());
        let en = ids(Lang::En.source());
        assert!(!nl.is_empty());
        assert_eq!(nl.difference(&en).collect::<Vec<_>>(), Vec::<&String>::new(), "only in nl.ftl");
        assert_eq!(en.difference(&nl).collect::<Vec<_>>(), Vec::<&String>::new(), "only in en.ftl");
    }

    #[test]
    fn message_files_parse_without_errors() {
        for lang in Lang::ALL {
            assert!(FluentResource::try_new(lang.source().to_string()).is_ok(), "{lang:?}");
        }
    }

    #[test]
    fn every_message_used_in_the_code_exists() {
        let nl = ids(Lang::Nl.source());
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        let mut checked = 0;
        let mut stack = vec![dir];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src is readable").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let source = std::fs::read_to_string(&path).expect("source is readable");
                let code = source.split("#[cfg(test)]").next().unwrap_or_default();
                // Every literal id passed to `.t(…)` or `.ta(…)`, also when it is on the next
                // line; ids chosen at run time are checked in the test below. Tests are skipped.
                for marker in [".t(", ".ta("] {
                    for piece in code.split(marker).skip(1) {
                        let Some(rest) = piece.trim_start().strip_prefix('"') else {
                            continue;
                        };
                        let id = rest.split('"').next().unwrap_or_default();
                        checked += 1;
                        if !nl.contains(id) {
                            missing.push(format!("{}: {id}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(checked > 100, "only {checked} message ids found in the code");
        assert!(missing.is_empty(), "messages missing from the .ftl files: {missing:?}");
    }

    #[test]
    fn rules_read_as_sentences() {
        let en = I18n::new(Lang::En);
        assert_eq!(en.unmet_rule(CompositionRule::MinMembers), "Needs at least 5 members");
        let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).expect("a date");
        assert_eq!(I18n::new(Lang::Nl).date(date), "2 maart 2026");
    }

    #[test]
    fn training_days_read_naturally() {
        let date = chrono::NaiveDate::from_ymd_opt(2027, 1, 16).expect("a date");
        let nl = I18n::new(Lang::Nl);
        assert_eq!(nl.date_with_weekday(date), "zaterdag 16 januari 2027");
        assert_eq!(nl.date_short(date), "za 16 jan");
        assert_eq!(nl.time_range("09:30", "16:00"), "09:30–16:00");
        let en = I18n::new(Lang::En);
        assert_eq!(en.date_with_weekday(date), "Saturday 16 January 2027");
        assert_eq!(en.date_short(date), "Sat 16 Jan");
        assert_eq!(en.topic(DEFAULT_TOPICS[0]), DEFAULT_TOPICS[0]);
        assert_eq!(nl.topic("Eigen onderwerp"), "Eigen onderwerp");
        assert_ne!(nl.topic(DEFAULT_TOPICS[0]), DEFAULT_TOPICS[0]);
    }

    #[test]
    fn events_read_naturally() {
        let starts = DateTime::parse_from_rfc3339("2026-03-03T19:00:00+01:00").expect("a time");
        let ends = DateTime::parse_from_rfc3339("2026-03-03T21:30:00+01:00").expect("a time");
        let nl = I18n::new(Lang::Nl);
        assert_eq!(nl.event_when(&starts, &ends), "dinsdag 3 maart 2026, 19:00–21:30");
        let en = I18n::new(Lang::En);
        assert_eq!(en.event_when(&starts, &ends), "Tuesday 3 March 2026, 19:00–21:30");
        let until = chrono::NaiveDate::from_ymd_opt(2026, 6, 30);
        let weekly = Recurrence { interval_weeks: 1, until, count: None };
        assert_eq!(nl.recurrence(&weekly, &starts), "Elke dinsdag, tot en met 30 juni 2026");
        let other = Recurrence { interval_weeks: 2, until: None, count: Some(10) };
        assert_eq!(nl.recurrence(&other, &starts), "Om de week op dinsdag, 10 keer");
        assert_eq!(en.recurrence(&other, &starts), "Every other Tuesday, 10 times");
        assert_eq!(
            nl.recurrence_with_time(&weekly, &starts, &ends),
            "Elke dinsdag, 19:00–21:30, tot en met 30 juni 2026"
        );
        assert_eq!(en.recurrence_with_time(&other, &starts, &ends), "Every other Tuesday, 19:00–21:30");
        let checked_in = DateTime::parse_from_rfc3339("2026-07-01T17:04:00Z").expect("a time").with_timezone(&Utc);
        assert_eq!(nl.instant(checked_in), "1 juli 2026, 19:04");
    }

    #[test]
    fn every_value_from_the_api_has_words() {
        use api_types::{ContactPreference as C, GroupStatus as S, MembershipKind as K, ProfessionalRole as R};
        for lang in Lang::ALL {
            let i18n = I18n::new(lang);
            let mut words = Vec::new();
            for status in [S::Forming, S::Active, S::Paused, S::Ended] {
                words.push(i18n.group_status(status));
            }
            for kind in [K::Resident, K::Professional] {
                words.push(i18n.membership_kind(kind));
            }
            for role in [R::DistrictDirector, R::VolunteerCoordinator, R::SocialWorker, R::Other] {
                words.push(i18n.professional_role(role));
            }
            for preference in [C::Email, C::Phone, C::InPerson] {
                words.push(i18n.contact_preference(preference));
            }
            for role in api_types::Role::ALL {
                words.push(i18n.role(role));
            }
            for level in api_types::ReportLevel::ALL {
                words.push(i18n.t(&format!("reports-level-{}", level.as_str())));
                words.push(i18n.t(&format!("reports-unit-{}", level.as_str())));
            }
            for status in api_types::GoalStatus::ALL {
                words.push(i18n.t(&format!("goal-status-{}", status.as_str())));
            }
            for activity in api_types::TimeActivity::ALL {
                words.push(i18n.time_activity(activity));
            }
            for position in api_types::BandPosition::ALL {
                words.push(i18n.t(&format!("time-position-{}", position.as_str())));
            }
            for kind in api_types::SignalKind::ALL {
                words.push(i18n.t(&format!("time-signal-kind-{}", kind.as_str())));
                words.push(i18n.ta(
                    &format!("time-signal-{}", kind.as_str()),
                    &[
                        ("max", Arg::Text("4:00".into())),
                        ("count", Arg::Number(3)),
                        ("weeks", Arg::Text("W1".into())),
                        ("week", Arg::Text("W1".into())),
                    ],
                ));
            }
            for scope in api_types::Scope::ALL {
                words.push(i18n.scope(scope));
                words.push(i18n.t(&format!("scope-hint-{}", scope.as_str())));
            }
            for month in 1..=12 {
                words.push(i18n.t(&format!("month-{month}")));
                words.push(i18n.t(&format!("month-short-{month}")));
            }
            for day in 1..=7 {
                words.push(i18n.t(&format!("weekday-{day}")));
                words.push(i18n.t(&format!("weekday-short-{day}")));
            }
            for status in TrainingStatus::ALL {
                words.push(i18n.training_status(status));
            }
            for answer in Availability::ALL.map(Some).into_iter().chain([None]) {
                words.push(i18n.availability(answer));
                words.push(i18n.availability_symbol(answer));
            }
            for status in AttendanceStatus::ALL {
                words.push(i18n.attendance_status(status));
            }
            words.extend(i18n.default_topics());
            for rule in [
                CompositionRule::MinMembers,
                CompositionRule::MaxMembers,
                CompositionRule::MinProfessionals,
                CompositionRule::MaxProfessionals,
                CompositionRule::ResidentMajority,
            ] {
                words.push(i18n.unmet_rule(rule));
            }
            for event_type in EventType::ALL {
                words.push(i18n.event_type(event_type));
            }
            for status in EventStatus::ALL {
                words.push(i18n.event_status(status));
            }
            for visibility in Visibility::ALL {
                words.push(i18n.visibility(visibility));
            }
            for status in RegistrationStatus::ALL {
                words.push(i18n.registration_status(status));
            }
            for status in CandidateStatus::ALL {
                words.push(i18n.candidate_status(status));
                words.push(i18n.t(&format!("candidate-move-{}", status.as_str())));
                words.push(i18n.t(&format!("candidates-empty-{}", status.as_str())));
            }
            for channel in Channel::ALL {
                words.push(i18n.channel(channel));
            }
            for topic in Topic::ALL {
                words.push(i18n.question_topic(topic));
            }
            for status in QuestionStatus::ALL {
                words.push(i18n.t(&format!("track-explain-{}", status.as_str())));
                words.push(i18n.question_status(status));
                words.push(i18n.question_move(status));
            }
            for kind in OrganisationKind::ALL {
                words.push(i18n.organisation_kind(kind));
            }
            for outcome in ReferralOutcome::ALL {
                words.push(i18n.referral_outcome(outcome));
            }
            for kind in ResourceKind::ALL {
                words.push(i18n.resource_kind(kind));
            }
            for status in ResourceStatus::ALL {
                words.push(i18n.resource_status(status));
            }
            for audience in Audience::ALL {
                words.push(i18n.audience(audience));
            }
            for section in SiteSection::ALL {
                words.push(i18n.site_section(section));
            }
            for consent in StoryConsent::ALL {
                words.push(i18n.story_consent(consent));
            }
            // Messages chosen at run time, and those of problems found before sending.
            for key in [
                "copy-field-copied",
                "copy-field-selected",
                "group-saved",
                "group-created",
                "event-saved",
                "event-created",
                "check-in-done",
                "check-in-undone",
                "recurrence-every",
                "recurrence-every-other",
                "field-error-choose",
                "field-error-time",
                "field-error-time-skipped",
                "field-error-end-before-start",
                "field-error-consent",
                "field-error-contact-to-join",
                "field-error-people",
                "field-error-reason",
                "field-error-question-consent",
                "field-error-future",
                "field-error-question-length",
                "faq-published",
                "faq-unpublished",
                "register-not-yet",
                "phone-sign-up-done",
                "phone-sign-up-waiting",
                "registration-cancelled-for",
                "register-closed",
                "receipt-called-off-title",
                "receipt-called-off",
                "resource-location-error",
                "resource-where-error",
                "site-colour-error",
                "field-error-consent-to-join",
                "story-name-needed",
            ] {
                words.push(i18n.t(key));
            }
            // A missing message comes out as its id: lower case words joined by hyphens.
            let missing: Vec<_> = words
                .iter()
                .filter(|w| {
                    w.contains('-')
                        && !w.contains(' ')
                        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
                })
                .collect();
            assert!(missing.is_empty(), "{lang:?}: {missing:?}");
        }
    }
}
