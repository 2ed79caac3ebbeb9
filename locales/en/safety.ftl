## The core rules: the call of the Public Council under ANAMA, 12 January 2026.

core-rules-heading = Four rules that save lives
core-rule-cleared-areas = Go and work only in areas that are permitted and cleared of mines.
core-rule-warning-signs = Take every warning sign seriously.
core-rule-unknown-objects = Do not touch any unknown object.
core-rule-report = If you see a suspicious object, tell the authorities at once.
# $speaker: who said it; $date: when.
core-rules-attribution = Source: { $speaker }, { $date }.

## Numbers to call (only numbers that published sources state). -short: the home page tiles.

numbers-heading = Numbers to call
number-112-name = Emergency line (Ministry of Emergency Situations)
number-112-use = In any danger. ANAMA asks people to report suspicious objects to 112 or 102.
number-102-name = Police (Ministry of Internal Affairs)
number-102-use = To report a suspicious object: the police call centre passes such calls to ANAMA.
number-113-name = Ambulance
number-113-use = When someone is injured.

## The home page at a glance: the three things to do.

glance-heading = The three things to do
glance-keep-away = Do not go near
glance-keep-away-text = Keep away from anything unknown and from marked or fenced areas.
glance-do-not-touch = Do not touch
glance-do-not-touch-text = Never touch, lift or move a suspicious object.
glance-report = Report
glance-report-text = Go back the way you came and call 112 or 102.
number-112-short = Emergency
number-102-short = Police
number-113-short = Ambulance
