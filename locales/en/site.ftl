## The frame of every page: names, navigation, footer.

site-name = Mine safety
site-title = { site-name }: how to stay safe from mines and unexploded ordnance
# This language's name, written in this language (shown in the language switch).
language-name = English
lang-switch-label = Language
nav-label = Sections
skip-to-content = Skip to content
footer-privacy = Nothing you do on this site leaves your device unless you send it yourself.
footer-sources-link = Sources, method and privacy
see-sources = All sources

nav-home = Home
nav-rules = Rules
nav-signs = Signs
nav-emergency = Emergency
nav-statistics = Statistics
nav-schools = Schools
nav-sources = Sources

## Each page: its heading and its one-line summary (also the search-engine description).

page-home-title = How to stay safe from mines
page-home-summary = Safety rules, warning signs, what to do in an emergency and the numbers to call, for people who live, work or travel where there are mines, and for schools.
page-rules-title = Safety rules
page-rules-summary = Rules for adults who live, farm, build or travel in affected areas, and a simpler version for children.
page-signs-title = Warning signs
page-signs-summary = The standard mine warning sign, the improvised signs local people leave, and the signs of danger where there is no sign at all.
page-emergency-title = In an emergency
page-emergency-summary = What to do if you see a suspicious object, if you find yourself in a mined area or if someone is injured, and which number to call.
page-statistics-title = Incident statistics
page-statistics-summary = Official figures on people killed and injured by mines and unexploded ordnance since November 2020, and a timeline of documented incidents, each with its source.
page-statistics-table-title = Every incident and statement
page-statistics-table-summary = Two tables with their sources: every documented incident, and every statement of the official total of people killed and injured by mines and unexploded ordnance since November 2020. They can be read and printed without using the timeline.
page-schools-title = For schools
page-schools-summary = A lesson guide for teachers of children aged 6–11 and 12–17, with a quiz, a classroom presentation and printable posters.
page-quiz-title = Quiz
page-quiz-summary = Questions about real situations, with an explanation after each answer. The answers stay on your device.
page-classroom-title = Classroom presentation
page-classroom-summary = Full-screen slides for a projector: the core messages, the warning signs and the three emergency situations.
page-posters-title = Posters and handouts
page-posters-summary = A4 posters of the rules, the signs and the emergency steps, and a one-page handout to print.
page-check-title = Check before and after a lesson
page-check-summary = Eight short questions a class answers at the start of a lesson and again at the end, to see what changed: on pupils' phones or on the projector with raised hands.
page-family-title = For families
page-family-summary = How to talk with children about mines at each age, what adults teach by their own example, and the rules to agree on at home.
page-sources-title = Sources and method
page-sources-summary = Where every fact and figure on this site comes from, how the content is prepared, and how your privacy is kept.

home-pages-heading = On this site
schools-tools-heading = Tools for the lesson

## The not-found page shows every language; its document title names all three.

not-found-document-title = Səhifə tapılmadı · Page not found · Страница не найдена
not-found-title = Page not found
not-found-text = There is no page at this address. The safety rules are on the home page.
not-found-home-link = Go to the home page in English

## Dates. $day and $year are digits; $month is a name below.

date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-year = { $year }
# Month names on their own ("May 2025").
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# Month names after a day number ("29 May 2025").
month-of-1 = January
month-of-2 = February
month-of-3 = March
month-of-4 = April
month-of-5 = May
month-of-6 = June
month-of-7 = July
month-of-8 = August
month-of-9 = September
month-of-10 = October
month-of-11 = November
month-of-12 = December

# Month names on their own at the start of a sentence or a heading ("June 2025: …").
month-start-1 = January
month-start-2 = February
month-start-3 = March
month-start-4 = April
month-start-5 = May
month-start-6 = June
month-start-7 = July
month-start-8 = August
month-start-9 = September
month-start-10 = October
month-start-11 = November
month-start-12 = December

# Shown when a newer version of the site has been downloaded for offline use.
update-ready = A newer version of this site has been downloaded.
update-reload = Show the new version
update-later = Later
share-page = Share this page
# While the service worker downloads the site, then once it holds every file.
offline-saving = Saving this site on this phone: { $done } of { $total } files.
offline-saved = This site is saved on this phone: it opens without internet.

# The picture a messenger shows under a link to the site (static/previews/, drawn by
# `make previews` from site-name and page-home-title), described for those who do not see it.
preview-image-alt = A warning triangle with an exclamation mark on a dark red background, and in white letters: “{ site-name }. { page-home-title }”.
