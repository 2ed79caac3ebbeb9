//! Reusable views. They read the language from the route and their words from the
//! translation files.

mod core_rules;
mod emergency_numbers;
mod lang_switch;
mod layout;
mod page_intro;
mod page_links;
mod route_link;
mod site_nav;

pub use core_rules::CoreRules;
pub use emergency_numbers::EmergencyNumbers;
pub use lang_switch::LangSwitch;
pub use layout::Layout;
pub use page_intro::PageIntro;
pub use page_links::PageLinks;
pub use route_link::RouteLink;
pub use site_nav::SiteNav;
