//! The timeline's queries over 100,000 synthetic incidents: what one reader action costs
//! (filter, bin per month, aggregate per year, district and category). `make bench`
//! writes the results into BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

use minesafe::statistics::model::synthetic;
use minesafe::statistics::model::timeline::{bin_by_month, lay_out, Scale, View};
use minesafe::statistics::model::{count, group_by, Facet, Incident, Outcome};
use minesafe::statistics::model::{Month, Period};

fn queries(c: &mut Criterion) {
    let month = |text| Month::parse(text).expect("month");
    let bounds = Period {
        from: month("2020-11"),
        to: month("2026-03"),
    };
    let data = synthetic::incidents(100_000, bounds);
    // A typical selection: two districts, injured, three years.
    let mut view = View::all(bounds);
    view.choices.toggle(Facet::District, "kalbajar");
    view.choices.toggle(Facet::District, "aghdam");
    view.choices.outcome = Outcome::Injured;
    view.period = Period {
        from: month("2022-01"),
        to: month("2024-12"),
    };
    let filter = view.filter();
    let selected: Vec<&Incident> = filter.apply(&data).collect();

    let mut group = c.benchmark_group("100k incidents");
    group.bench_function("filter", |b| {
        b.iter(|| filter.apply(black_box(&data)).count())
    });
    group.bench_function("bin per month", |b| {
        b.iter(|| bin_by_month(black_box(&data), bounds))
    });
    group.bench_function("aggregate per year, district, category", |b| {
        b.iter(|| {
            (
                group_by(black_box(&data), |i| [i.date.year]),
                group_by(black_box(&data), |i| i.district),
                group_by(black_box(&data), |i| i.categories.iter().copied()),
            )
        })
    });
    group.bench_function("count", |b| b.iter(|| count(black_box(&data))));
    group.bench_function("one timeline update (filter, lay out, aggregate)", |b| {
        let scale = Scale {
            period: view.period,
            left: 34.0,
            width: 318.0,
        };
        b.iter(|| {
            let selected: Vec<&Incident> = filter.apply(black_box(&data)).collect();
            let lane = lay_out(selected.iter().copied(), &scale, 7, 7.0);
            let per_year = group_by(selected.iter().copied(), |i| [i.date.year]);
            (count(selected.iter().copied()), lane, per_year)
        })
    });
    group.finish();
    black_box(selected);
}

criterion_group!(benches, queries);
criterion_main!(benches);
