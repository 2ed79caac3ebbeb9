## The emergency page: three situations, each with numbered steps (src/model/safety.rs).

emergency-jump-label = Situations on this page
situation-object = You see a suspicious object
situation-object-when = You are on a road or a path and see something that could be a mine, a shell or some other unknown object.
situation-object-stop = Stop. Do not go any closer.
situation-object-do-not-touch = Do not touch it, lift it, move it or kick it. Do not throw anything at it and do not cover it.
situation-object-no-fire = Do not light a fire near it.
situation-object-warn = Warn the people around you and keep them away. Do not let a crowd gather.
situation-object-go-back = Go back the way you came, well away from the object.
situation-object-mark = If it is safe to do so, mark the place so that it can be seen from a distance. Remember a landmark nearby (a tree, a post, a building), so that you can say where the object is.
situation-object-report = Once you are away from it, call 112 or 102. Say exactly what you saw and where. Wait for the specialists and show them the place.
situation-object-remember = Where there is one object, there may be others.
situation-minefield = You realise you are in a mined area
situation-minefield-when = You see mines, warning signs or tripwires (thin wires stretched low over the ground) around you, or there has been an explosion nearby.
situation-minefield-stop = Stop at once. Stand still and do not move your feet.
situation-minefield-warn = Shout to the people around you to stop too. Call for help, but let nobody come to you. In a vehicle, stop and sound the horn.
situation-minefield-look = Without moving, look around you: are there mines, tripwires or warning signs? Find by eye the nearest place you know is safe: an asphalt road, a path everyone uses, a concrete or metal structure.
situation-minefield-call = If you have a phone, call 112 and say where you are.
situation-minefield-wait = Wait until help comes. Do not try to walk out on your own. Do not probe the ground with a stick or anything else.
situation-minefield-footprints = Only in one case may you go back on your own: if you can clearly see your own footprints (in snow, sand or wet mud). Then step exactly in them.
situation-minefield-remember = Waiting for help is safer than trying to walk out. Do not move until help comes.
situation-injured = Someone is injured in a mined area
situation-injured-when = Someone has been hurt by an explosion in a field, on a path or in a building.
situation-injured-do-not-run = Do not run to them. Stay calm: where one mine has exploded, there may be others.
situation-injured-talk = Talk to them: tell them not to move and that help is on its way. If they can, they should stop the bleeding themselves: tell them how from where you are.
situation-injured-call = Call 112: say that someone has been hurt by a mine, and where. Call an ambulance too (103 or 113).
situation-injured-note = Note the time, the place and how many people are hurt. Say this when you call.
situation-injured-keep-others-out = Let nobody go in, not even people who want to help but are not deminers.
situation-injured-remember = People who went in to help have been hurt too. On 14 December 2022 in Chirag, in the Kalbajar district, four workers were injured by a mine. Of the four soldiers who went in to carry them out, one was killed and three were injured.

## When you call: what to tell the operator, and "Where am I?" (src/safety/view/when_you_call.rs;
## static/phone.js fills in { $lat }, { $lon }, { $metres } and { $time }).

call-heading = When you call
call-checklist-intro = The operator needs to know:
call-checklist-what = What did you see? An object, a warning sign, a wire, an explosion.
call-checklist-where = Where is it? The district, the village, the road, and a landmark nearby (a tree, a post, a building).
call-checklist-when = When did it happen, or when did you see it?
call-checklist-hurt = Is anyone hurt? How many?
where-heading = Where am I?
where-intro = Your phone can show here where you are. Its GPS works without internet, but without it finding the position may take longer. The page does not save your position or send it anywhere: only you can send it, with the buttons below.
where-needs-script = On this phone the page cannot show your position: the button for it does not work in this browser.
where-instead = Tell the operator instead the village, the road and a landmark nearby.
where-button = Show where I am
where-looking = Looking for your position. This can take a little while.
where-denied = The phone did not let this page know your position. You can allow it in the phone's or the browser's settings for this site.
where-unavailable = The phone could not find its position. Try again where you are: in a mined area, do not move.
where-timeout = Finding the position took too long. Try again where you are: in a mined area, do not move.
where-unsupported = This browser cannot show your position.
where-insecure = Your position can be shown only on the site's secure address (starting with https://).
where-latitude = Latitude
where-longitude = Longitude
where-dms = In degrees, minutes and seconds
where-north = N
where-south = S
where-east = E
where-west = W
where-accuracy = Accuracy
where-accuracy-value = within { $metres } m
where-time = Found at
where-read-out = Read these numbers out to the operator slowly.
where-share = Share
where-copy = Copy
where-copied = Copied. You can paste it into a message.
where-sms = Send by SMS
where-sms-note = An SMS goes to the person you choose, such as a relative. To report a danger, call.
where-message = My position: { $lat }, { $lon } (within { $metres } m), at { $time }.
