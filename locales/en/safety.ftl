## The core rules: the call of the Public Council under ANAMA, 12 January 2026, as it
## worded them: its call names no phone number, so none is added to its words here.

core-rules-heading = Four rules that save lives
core-rule-cleared-areas = Be and work only in areas that are permitted and cleared of mines.
core-rule-warning-signs = Take warning signs seriously.
core-rule-unknown-objects = Do not touch unknown objects.
core-rule-report = If you see a suspicious object, tell the authorities at once.
# $speaker: who said it; $date: when.
core-rules-attribution = Source: { $speaker }, { $date }.

## Numbers to call (only numbers that published sources state). -short: the home page tiles.

numbers-heading = Numbers to call
number-112-name = 112 hotline of the Ministry of Emergency Situations
number-112-use = In any danger, wherever you are. The call is free from a landline, a mobile or a payphone, even if the number is blocked or has no credit. ANAMA asks people to report suspicious objects to 112 or 102.
number-102-name = 102 call centre of the Ministry of Internal Affairs (police)
number-102-use = To report a suspicious object. Such calls are passed on to ANAMA.
number-ambulance-name = Ambulance
number-ambulance-use = When someone is injured. 103 works in Baku. For other districts the sources name stations of both numbers, 103 and 113. If you are not sure which one works where you are, call 112.

## The home page at a glance: the three things to do on seeing a suspicious object, then
## apart the one thing to do inside a mined area.

glance-heading = You see a suspicious object: three steps
glance-keep-away = Do not go near
glance-keep-away-text = Keep away from unknown objects and from places marked with signs, fences or tape.
glance-do-not-touch = Do not touch
glance-do-not-touch-text = Never touch, lift or move a suspicious object.
glance-report = Report
glance-report-text = Go back the way you came. Once you are away, call 112 or 102.
glance-inside-lead = Inside a mined area?
glance-inside = Do not move: call 112 and wait for help.
glance-inside-link = What to do, step by step
number-112-short = Emergency
number-102-short = Police
number-ambulance-short = Ambulance
