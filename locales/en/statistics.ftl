## The statistics page: official figures, the timeline, charts and tables.

headline-heading = The official count
# $n: the figure shown before this text.
headline-total-text = { $n ->
    [one] person killed or injured by mines and unexploded ordnance in Azerbaijan since November 2020
   *[other] people killed or injured by mines and unexploded ordnance in Azerbaijan since November 2020
}
headline-said = Figure given on { $date } by: { $speaker }.
headline-as-of = Figures up to { $date }: the latest statement found. The latest documented incident: { $incident }.
headline-civilians = The latest statement that counts civilians:
headline-disagree = Official bodies sometimes give figures one or two apart, even on the same day. The timeline shows every statement with who made it; the site recomputes none of them.
sample-note-label = About these figures
sample-note = The incidents on this page are a documented sample: those reported in the news, usually with a date and a place. The official totals are the complete count. The incidents therefore do not add up to the totals, and the charts describe only the documented incidents.

figure-total = { $n } in total
figure-killed = { $n } killed
figure-injured = { $n } injured
figure-civilians = of them civilians: { $parts }

timeline-heading = Timeline
timeline-intro = The line is the official cumulative total, with a point for each statement. Below it, each documented incident. Zoom, move and filter to look at a period; choose a mark to see its details and sources.
timeline-controls-label = Period shown
timeline-zoom-in = Zoom in
timeline-zoom-out = Zoom out
timeline-earlier = Earlier
timeline-later = Later
timeline-show-all = Whole period
timeline-from = From
timeline-to = To
timeline-selection = { $from } – { $to }: { $incidents ->
    [one] { $incidents } documented incident
   *[other] { $incidents } documented incidents
}, { $killed } killed, { $injured } injured.
timeline-keys = Drag or pinch the timeline to move and zoom, or use the buttons. Keys: ← and → go from mark to mark, + and − zoom, Page Up and Page Down move the period, Esc closes the details.
timeline-needs-js = If the zoom, the filters and the details do not work on this phone, tap a mark: its row opens on a separate page, "{ page-statistics-table-title }".
timeline-drawing-needs-js = If the timeline does not appear below, the same data is in the tables on a separate page:
timeline-list-help = The months run from oldest to newest. Tap a mark to see its details and sources: they open under that month. Choose the period with the buttons, and the incidents with the filters.
timeline-line-label = Official total
timeline-lane-label = Documented incidents
timeline-statement-label = Statement, { $date }: { $figures }. { table-speaker }: { $speaker }
timeline-incident-label = Incident, { $date }, { $place }: { $figures }
timeline-bin-label = { $month }: { $incidents ->
    [one] { $incidents } incident
   *[other] { $incidents } incidents
}, { $killed } killed, { $injured } injured. Select to zoom in.
timeline-month-more = { $month }: { $incidents ->
    [one] { $incidents } incident
   *[other] { $incidents } incidents
} in all, listed in the table of incidents below.
legend-statement = statement with a total
legend-statement-parts = statement giving killed and injured only separately, no total (placed at their sum)
legend-killed = incident in which someone was killed
legend-injured = incident with injured, nobody killed
place-not-stated = place not stated

filters-heading = Filters
filter-district = District
filter-category = Who was hurt
filter-device = What exploded
filter-outcome = Outcome
outcome-any = Any
outcome-killed = Someone killed
outcome-injured = Someone injured
filters-clear = Clear filters

details-heading = Details
details-empty = Choose a mark on the timeline to see its details here.
details-close = Close details
details-figures = Killed and injured
details-who = Who was hurt
details-activity = What they were doing
details-device = What exploded
details-confidence = How certain

charts-heading = Charts of the selection
charts-intro = Victims of the documented incidents in the selection, not the official totals.
chart-per-year = Victims per year
chart-per-district = Victims by district
chart-per-category = Victims by who was hurt (an incident with victims of two kinds counts under both)
chart-empty = No documented incident in this selection.

table-heading = The selection as a table
table-incidents-caption = Documented incidents in the selection: { $count }
table-cut = Only the first { $shown } of { $count } are listed. Narrow the period or the filters to see the rest.
table-statements-caption = Statements of the official total in the period
table-page-intro = All documented incidents and all statements of the official total are also on a separate page, with their sources. There they can be read and printed without using the timeline:
table-all-incidents-caption = Documented incidents: { $count }
table-all-statements-caption = Statements of the official total
table-page-back = Back to the statistics and the timeline
table-date = Date
table-place = Place
table-killed = Killed
table-injured = Injured
table-who = Who
table-device = What exploded
table-sources = Sources
table-figures = Figures as stated
table-speaker = Who said it

context-heading = Civilians, contamination and clearance
context-civilians = Civilians
context-contamination = Contamination
context-clearance = Clearance
context-range = from { $low } to { $high } (the estimates differ)
# One statement of a figure: $figure, who said it, when (a date or "date not stated").
context-said = { $figure } — { $speaker }, { $date }.
measure-civilian-share-of-killed-pct = Civilians among those killed
measure-mines-laid = Mines in the contaminated areas (estimates)
measure-mines-and-uxo = Mines and unexploded ordnance together (estimate)
measure-mines-made-2021 = Mines found that, as stated, were made in Armenia in 2021 (in all)
measure-mines-made-2021-kalbajar-lachin = Of them, found in Kalbajar and Lachin
measure-mines-made-2021-karabakh = Of them, found in the Karabakh economic region
measure-contaminated-area-km2 = Contaminated area
measure-mined-area-km2 = Mined area
measure-area-to-clear-km2 = Area still to be cleared
measure-share-of-country-pct = Share of the country's territory contaminated
measure-cleared-ha = Land cleared
measure-items-found = Mines and other explosive items found
measure-ap-mines-found = Anti-personnel mines found
measure-at-mines-found = Anti-tank mines found
measure-uxo-found = Unexploded ordnance found
qualifier-exact = { $value }
qualifier-about = about { $value }
# $harmony ("back" or "front") is the vowel of the Azerbaijani suffix after the number; English has none.
qualifier-more-than = { $harmony ->
   *[any] more than { $value }
}
qualifier-nearly = nearly { $value }
qualifier-or-slightly-more = { $value } or slightly more
unit-km2 = { $value } km²
unit-ha = { $value } ha
unit-pct = { $value }%
unit-count = { $value }

## The words of the data files (src/model/vocab.rs).

district-aghdam = Aghdam
district-aghdara = Aghdara
district-fuzuli = Fuzuli
district-gazakh = Gazakh
district-goranboy = Goranboy
district-gubadli = Gubadli
district-jabrayil = Jabrayil
district-kalbajar = Kalbajar
district-khojaly = Khojaly
district-khojavend = Khojavend
district-lachin = Lachin
district-shahbuz = Shahbuz
district-shusha = Shusha
district-tartar = Tartar
district-yevlakh = Yevlakh
district-zangilan = Zangilan
district-not-stated = District not stated
category-civilian = Civilian
category-farmer = Farmer or shepherd
category-worker = Worker
category-journalist = Journalist
category-official = Public official
category-military = Serviceman
category-police = Police officer
category-border-guard = Border guard
category-deminer = Deminer
device-ap = Anti-personnel mine
device-at = Anti-tank mine
device-mine = Mine, type not stated
device-cluster = Cluster munition
device-uxo = Other unexploded ordnance
device-unknown = Not stated
activity-farming = Farm work
activity-herding = Herding animals
activity-construction = Building or rebuilding
activity-demining = Demining
activity-duty = On duty
activity-travel = Travelling
activity-household = Household work
activity-unknown = Not stated
confidence-confirmed = Reported by two or more sources that agree
confidence-single-source = Reported by one source
confidence-approximate-date = The date is approximate
confidence-inferred-year = The year is inferred
confidence-conflicting = The sources differ
confidence-minimum-count = At least this many: the sources give no exact number
confidence-stated = As stated by the source
confidence-inferred-date = The date of this statement is inferred from the report
