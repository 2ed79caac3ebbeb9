//! Buttons to zoom and move, the range of months, and the filters.

use yew::prelude::*;

use crate::site::hooks::use_lang;

use crate::site::i18n::{format_date, t};
use crate::statistics::model::Outcome;
use crate::statistics::model::{Choices, Facet};
use crate::statistics::model::{Month, Period};
use crate::statistics::view::{TimelineAction, TimelineDispatch};

// Each control gets only what it shows, so a change elsewhere does not redraw it.

#[derive(Properties, PartialEq)]
pub struct PeriodControlProps {
    pub dispatch: TimelineDispatch,
    pub period: Period,
    pub bounds: Period,
}

/// Zoom in and out around the middle, move earlier and later, show everything.
#[component]
pub fn ZoomBar(props: &PeriodControlProps) -> Html {
    let lang = use_lang();
    let step = i64::from(props.period.months() / 3).max(1);
    let button = |text: &str, label: &str, make: fn(i64) -> TimelineAction| {
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_| dispatch.dispatch(make(step)));
        html! {
            <button type="button" aria-label={t(lang, label)} title={t(lang, label)} {onclick}>{ text.to_string() }</button>
        }
    };
    html! {
        <div class="zoom-bar">
            { button("+", "timeline-zoom-in", |_| TimelineAction::Zoom { factor: 2.0 / 3.0, anchor: 0.5 }) }
            { button("−", "timeline-zoom-out", |_| TimelineAction::Zoom { factor: 1.5, anchor: 0.5 }) }
            { button("◀", "timeline-earlier", |step| TimelineAction::Pan(-step)) }
            { button("▶", "timeline-later", TimelineAction::Pan) }
            <button type="button" onclick={
                let (dispatch, bounds) = (props.dispatch.clone(), props.bounds);
                Callback::from(move |_| dispatch.dispatch(TimelineAction::SetPeriod(bounds)))
            }>{ t(lang, "timeline-show-all") }</button>
        </div>
    }
}

/// The first and the last month of the period, as two sliders.
#[component]
pub fn RangeControl(props: &PeriodControlProps) -> Html {
    let lang = use_lang();
    let (bounds, period) = (props.bounds, props.period);
    let slider = |id: &str, label: &str, month: Month, is_start: bool| {
        let dispatch = props.dispatch.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Ok(offset) = input.value().parse::<i64>() else {
                return;
            };
            let chosen = bounds.from.offset(offset);
            let current = period;
            // Moving one end past the other takes the other along.
            let period = if is_start {
                Period {
                    from: chosen,
                    to: current.to.max(chosen),
                }
            } else {
                Period {
                    from: current.from.min(chosen),
                    to: chosen,
                }
            };
            dispatch.dispatch(TimelineAction::SetPeriod(period));
        });
        let text = format_date(lang, month.date());
        html! {
            <div class="range-end">
                <label for={id.to_string()}>{ t(lang, label) }</label>
                <input type="range" id={id.to_string()} min="0" max={(bounds.months() - 1).to_string()}
                    value={(month.0 - bounds.from.0).to_string()} aria-valuetext={text.clone()} {oninput} />
                <output for={id.to_string()}>{ text }</output>
            </div>
        }
    };
    html! {
        <div class="range">
            { slider("timeline-from", "timeline-from", period.from, true) }
            { slider("timeline-to", "timeline-to", period.to, false) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub dispatch: TimelineDispatch,
    /// The view's choices only: a new period or open mark does not redraw the filters.
    pub choices: Choices,
    pub disabled: bool,
}

/// District, who was hurt, device and outcome, folded away until opened.
#[component]
pub fn Filters(props: &FiltersProps) -> Html {
    let lang = use_lang();
    let choices = &props.choices;
    let active = choices.narrowing();
    let facets = Facet::ALL.map(|facet| {
        let boxes = facet.vocabulary().iter().map(|word| {
            let dispatch = props.dispatch.clone();
            let onchange =
                Callback::from(move |_| dispatch.dispatch(TimelineAction::Toggle(facet, word)));
            html! {
                <label key={*word}>
                    <input type="checkbox" checked={choices.ticked(facet).contains(word)} {onchange} />
                    // district-{word}, category-{word}, device-{word}
                    { t(lang, &format!("{}-{word}", facet.key())) }
                </label>
            }
        });
        html! {
            <fieldset>
                <legend>{ t(lang, &format!("filter-{}", facet.key())) }</legend>
                { for boxes }
            </fieldset>
        }
    });
    let outcomes = Outcome::ALL.map(|outcome| {
        let dispatch = props.dispatch.clone();
        let onchange =
            Callback::from(move |_| dispatch.dispatch(TimelineAction::SetOutcome(outcome)));
        html! {
            <label>
                <input type="radio" name="timeline-outcome" checked={choices.outcome == outcome} {onchange} />
                { t(lang, &format!("outcome-{}", outcome.word().unwrap_or("any"))) }
            </label>
        }
    });
    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(TimelineAction::ClearFilters))
    };
    html! {
        <details class="filters">
            <summary>
                { t(lang, "filters-heading") }
                if active > 0 { { format!(" ({active})") } }
            </summary>
            <fieldset class="filter-groups" disabled={props.disabled}>
                <legend class="visually-hidden">{ t(lang, "filters-heading") }</legend>
                { for facets }
                <fieldset>
                    <legend>{ t(lang, "filter-outcome") }</legend>
                    { for outcomes }
                </fieldset>
                <button type="button" onclick={clear} disabled={active == 0}>{ t(lang, "filters-clear") }</button>
            </fieldset>
        </details>
    }
}
