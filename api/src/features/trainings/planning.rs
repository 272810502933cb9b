//! Proposing a training's days from the participants' answers (DESIGN.md §3: the days are
//! planned *with* the participants).
//!
//! The best set is the `required` options, on distinct days, that the most participants can
//! attend in full (every day `yes` or `if_need_be`); ties go to the set with fewer `if_need_be`
//! answers among those attendees, then to the earliest dates. A participant who did not answer an
//! option counts as unavailable on it.
//!
//! The search is exhaustive: with at most 20 options (`MAX_DATE_OPTIONS`) and 3 days that is
//! C(20, 3) = 1,140 sets, and at worst C(20, 10) = 184,756, each scored in
//! O(participants × days). That is small enough that nothing cleverer is worth its risk.

use api_types::Availability;
use itertools::Itertools;

/// A date option as the search sees it: options must be given in chronological order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// The day; a set never holds two options on the same day.
    pub date: chrono::NaiveDate,
}

/// A scored set of options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Indices into the options, ascending (so chronological).
    pub options: Vec<usize>,
    /// Indices of the participants who can attend every day.
    pub attendees: Vec<usize>,
    /// `if_need_be` answers of those attendees on these days.
    pub if_need_be: usize,
}

impl Candidate {
    /// Sort key: more attendees, then fewer `if_need_be`, then earlier options.
    fn key(&self) -> (std::cmp::Reverse<usize>, usize, &[usize]) {
        (std::cmp::Reverse(self.attendees.len()), self.if_need_be, &self.options)
    }
}

/// Scores one set of options against every participant's answers.
pub fn score(options: &[usize], answers: &[Vec<Option<Availability>>]) -> Candidate {
    let mut attendees = Vec::new();
    let mut if_need_be = 0;
    for (participant, row) in answers.iter().enumerate() {
        let days: Vec<Option<Availability>> = options.iter().map(|&o| row.get(o).copied().flatten()).collect();
        if days.iter().all(|a| matches!(a, Some(Availability::Yes | Availability::IfNeedBe))) {
            attendees.push(participant);
            if_need_be += days.iter().filter(|a| **a == Some(Availability::IfNeedBe)).count();
        }
    }
    Candidate { options: options.to_vec(), attendees, if_need_be }
}

/// The best `limit` sets of `required` options, best first. `answers[p][o]` is participant `p`'s
/// answer for option `o`. Empty when there are fewer usable days than `required`.
pub fn propose(slots: &[Slot], answers: &[Vec<Option<Availability>>], required: usize, limit: usize) -> Vec<Candidate> {
    if required == 0 || required > slots.len() {
        return Vec::new();
    }
    let mut candidates: Vec<Candidate> = (0..slots.len())
        .combinations(required)
        .filter(|set| set.iter().map(|&i| slots[i].date).all_unique())
        .map(|set| score(&set, answers))
        .collect();
    candidates.sort_by(|a, b| a.key().cmp(&b.key()));
    candidates.truncate(limit);
    candidates
}

#[cfg(test)]
mod tests {
    use super::*;
    use api_types::Availability::{IfNeedBe as M, No as N, Yes as Y};
    use proptest::prelude::*;

    fn day(d: u32) -> Slot {
        Slot { date: chrono::NaiveDate::from_ymd_opt(2027, 3, d).unwrap() }
    }

    fn rows(table: &[&[Option<Availability>]]) -> Vec<Vec<Option<Availability>>> {
        table.iter().map(|r| r.to_vec()).collect()
    }

    #[test]
    fn picks_the_set_most_can_attend() {
        let slots = [day(1), day(2), day(3), day(4)];
        // Options 0,1,3 suit all three; option 2 is a no for two of them.
        let answers = rows(&[
            &[Some(Y), Some(Y), Some(N), Some(Y)],
            &[Some(Y), Some(Y), Some(N), Some(Y)],
            &[Some(Y), Some(Y), Some(Y), Some(Y)],
        ]);
        let best = &propose(&slots, &answers, 3, 5)[0];
        assert_eq!(best.options, vec![0, 1, 3]);
        assert_eq!(best.attendees, vec![0, 1, 2]);
        assert_eq!(best.if_need_be, 0);
    }

    #[test]
    fn ties_go_to_fewer_if_need_be_then_earlier_dates() {
        let slots = [day(1), day(2), day(3), day(4)];
        let answers = rows(&[&[Some(M), Some(Y), Some(Y), Some(Y)], &[Some(Y), Some(Y), Some(Y), Some(Y)]]);
        let sets = propose(&slots, &answers, 3, 10);
        // Every set has both attendees; {1,2,3} alone has no if_need_be.
        assert_eq!(sets[0].options, vec![1, 2, 3]);
        assert_eq!(sets[0].if_need_be, 0);
        // The rest all have one if_need_be: earliest first.
        assert_eq!(sets[1].options, vec![0, 1, 2]);
        assert_eq!(sets[2].options, vec![0, 1, 3]);
        assert_eq!(sets[3].options, vec![0, 2, 3]);
    }

    #[test]
    fn nobody_available_still_ranks_by_date() {
        let slots = [day(1), day(2), day(3)];
        let answers = rows(&[&[Some(N), Some(N), Some(N)], &[Some(Y), Some(N), Some(Y)]]);
        let sets = propose(&slots, &answers, 2, 5);
        assert_eq!(sets[0].options, vec![0, 2], "participant 1 can do 0 and 2");
        assert_eq!(sets[0].attendees, vec![1]);
        assert_eq!(sets[1].options, vec![0, 1]);
        assert!(sets[1].attendees.is_empty());
    }

    #[test]
    fn fewer_options_than_days_gives_no_proposal() {
        assert!(propose(&[day(1), day(2)], &rows(&[&[Some(Y), Some(Y)]]), 3, 5).is_empty());
        // Two options on one day count as one day.
        assert!(propose(&[day(1), day(1), day(2)], &rows(&[&[Some(Y), Some(Y), Some(Y)]]), 3, 5).is_empty());
    }

    #[test]
    fn no_answer_counts_as_unavailable() {
        let slots = [day(1), day(2), day(3)];
        let answers = rows(&[&[Some(Y), None, Some(Y)], &[Some(Y), Some(Y), Some(Y)]]);
        let sets = propose(&slots, &answers, 2, 5);
        assert_eq!(sets[0].options, vec![0, 2]);
        assert_eq!(sets[0].attendees, vec![0, 1]);
        assert_eq!(score(&[0, 1], &answers).attendees, vec![1]);
    }

    #[test]
    fn twenty_options_three_days_is_1140_sets() {
        let slots: Vec<Slot> = (1..=20).map(day).collect();
        let answers = vec![vec![Some(Y); 20]; 12];
        assert_eq!(propose(&slots, &answers, 3, usize::MAX).len(), 1140);
    }

    fn answer() -> impl Strategy<Value = Option<Availability>> {
        prop_oneof![Just(None), Just(Some(Y)), Just(Some(M)), Just(Some(N))]
    }

    proptest! {
        /// Against every set enumerated independently (by bit mask), the proposal is never beaten.
        #[test]
        fn the_proposed_set_is_never_beaten(
            (option_count, answers) in (1usize..9).prop_flat_map(|n| (Just(n), prop::collection::vec(prop::collection::vec(answer(), n), 0..7))),
            days in prop::collection::vec(1u32..6, 9),
            required in 1usize..4,
        ) {
            let mut dates: Vec<u32> = days[..option_count].to_vec();
            dates.sort();
            let slots: Vec<Slot> = dates.iter().map(|&d| day(d)).collect();
            let proposal = propose(&slots, &answers, required, 1);
            let mut any_valid = false;
            for mask in 0u32..(1 << option_count) {
                let set: Vec<usize> = (0..option_count).filter(|i| mask & (1 << i) != 0).collect();
                if set.len() != required {
                    continue;
                }
                let mut set_dates: Vec<_> = set.iter().map(|&i| slots[i].date).collect();
                set_dates.dedup();
                if set_dates.len() != required {
                    continue;
                }
                any_valid = true;
                // Independent scoring.
                let attendees = answers.iter().filter(|row| set.iter().all(|&o| matches!(row[o], Some(Y) | Some(M)))).count();
                let maybes: usize = answers
                    .iter()
                    .filter(|row| set.iter().all(|&o| matches!(row[o], Some(Y) | Some(M))))
                    .map(|row| set.iter().filter(|&&o| row[o] == Some(M)).count())
                    .sum();
                let best = &proposal[0];
                let better = attendees > best.attendees.len()
                    || (attendees == best.attendees.len() && maybes < best.if_need_be)
                    || (attendees == best.attendees.len() && maybes == best.if_need_be && set < best.options);
                prop_assert!(!better, "{:?} ({attendees}, {maybes}) beats {:?}", set, best);
            }
            prop_assert_eq!(any_valid, !proposal.is_empty());
        }
    }
}
