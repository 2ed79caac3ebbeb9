//! Who a lesson, a set of slides or a run of the quiz is for.

/// Who a lesson or a set of questions is for. Its questions are in `quiz::bank`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum AgeGroup {
    /// 6 to 11: the children's rules, no technical detail about ordnance.
    Younger,
    /// 12 to 17: the three emergency situations and the reasons behind them.
    Older,
}

const AGE_PARAMETER: &str = "age";

impl AgeGroup {
    pub const ALL: [AgeGroup; 2] = [AgeGroup::Younger, AgeGroup::Older];

    /// Its part of message ids and of the quiz's address (`?age=6-11`).
    pub const fn key(self) -> &'static str {
        match self {
            AgeGroup::Younger => "6-11",
            AgeGroup::Older => "12-17",
        }
    }

    pub fn from_key(key: &str) -> Option<AgeGroup> {
        AgeGroup::ALL.into_iter().find(|age| age.key() == key)
    }

    /// The quiz's address query that starts this age group's questions (`?age=6-11`).
    pub fn query(self) -> String {
        format!("?{AGE_PARAMETER}={}", self.key())
    }

    /// The age group a query written by [`AgeGroup::query`] asks for, if any.
    pub fn from_query(query: &str) -> Option<AgeGroup> {
        crate::site::model::query_string::pairs(query)
            .find(|(key, _)| *key == AGE_PARAMETER)
            .and_then(|(_, value)| AgeGroup::from_key(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_age_group_round_trips_through_the_quiz_address() {
        for age in AgeGroup::ALL {
            assert_eq!(AgeGroup::from_query(&age.query()), Some(age));
            assert_eq!(
                AgeGroup::from_query(&format!("x=1&{}", &age.query()[1..])),
                Some(age)
            );
        }
        for bad in ["", "?", "?age=", "?age=5-10", "?ages=6-11", "?age"] {
            assert_eq!(AgeGroup::from_query(bad), None, "{bad}");
        }
    }
}
