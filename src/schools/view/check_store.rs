//! Where a check is kept between the start and the end of a lesson: this device's local
//! storage, and only there (a pupil's answers always, so that closing the page does not
//! lose them; a class's counts only when the teacher ticks "keep"). Each is one line of
//! text that the model writes and reads back ([`Sheet::encode`]); storage that throws or
//! holds anything else is as if it were empty. And today's date, for the summary.

use minesafe_facts::date::PartialDate;
use web_sys::Storage;

use crate::schools::model::check::{Mode, Sheet};

/// This device's local storage; none where it is refused (its getter throws).
fn storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The key of a mode's check: one kept check per way of answering.
fn key(mode: Mode) -> String {
    format!("minesafe-check-{}", mode.key())
}

/// The check of this mode kept on this device, if there is one that reads.
pub fn load(mode: Mode) -> Option<Sheet> {
    let text = storage()?.get_item(&key(mode)).ok().flatten()?;
    Sheet::decode(&text).filter(|sheet| sheet.mode == mode)
}

pub fn save(sheet: &Sheet) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&key(sheet.mode), &sheet.encode());
    }
}

pub fn erase(mode: Mode) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(mode));
    }
}

/// Today, on this device's clock.
pub fn today() -> Option<PartialDate> {
    let now = js_sys::Date::new_0();
    let text = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    crate::schools::model::check::parse_day(&text)
}
