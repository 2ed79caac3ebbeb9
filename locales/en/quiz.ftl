## The quiz's questions. For each: the question, its answers, the explanation shown after
## answering (-why) and, for some wrong answers, why that answer is risky (-ANSWER-risk,
## shown to whoever chose it). Which answer is right, which wrong ones are explained, the
## picture and the sources: src/schools/model/quiz/ (younger.rs, older.rs).

## Ages 6–11. A child's words; no technical detail about ordnance. The three words
## everywhere: Stop. Don't touch. Tell a grown-up.

quiz-ball = Your ball has rolled past a red warning sign into the grass. What do you do?
quiz-ball-fetch = Run and get it quickly.
quiz-ball-leave = Leave the ball where it is and tell a grown-up.
quiz-ball-stick = Reach for it with a long stick.
quiz-ball-why = Never go past a sign, a fence or tape, not even for a ball or a toy. A ball can be replaced. Leave it and tell a grown-up.
quiz-ball-fetch-risk = Going past the sign, even for a moment, takes you into the danger. A ball is not worth it.
quiz-ball-stick-risk = A stick still reaches into the danger. Leave the ball: a grown-up can get help.

quiz-object = On the way to school you see a strange thing next to the path. It may be metal or plastic, old or new. What do you do?
quiz-object-pick-up = Pick it up and take it to my teacher.
quiz-object-kick = Kick it off the path so that nobody trips over it.
quiz-object-go-back = Stop, go back the way I came and tell a grown-up.
quiz-object-why = A strange thing can look harmless, even interesting. Do not touch it: even a small thing can explode. Stop, go back the way you came and tell a grown-up straight away.
quiz-object-kick-risk = Kicking it can make it explode, even if it is small. Do not touch it at all, not even with your foot.

quiz-sign = What does this sign tell you?
quiz-sign-danger = Danger: mines. Do not go past it.
quiz-sign-old = It is an old sign; it does not matter any more.
quiz-sign-careful = You can go past if you walk carefully.
quiz-sign-why = A red sign with a skull and crossbones means mines, even if it is old. Stop and do not go past it.
quiz-sign-old-risk = An old sign still means danger: old mines can still explode.
quiz-sign-careful-risk = Walking carefully does not help: you cannot see the danger.

quiz-sticks = Two sticks are crossed and pushed into the ground next to the path. What do they mean?
quiz-sticks-toy = Nothing: you can take them and play with them.
quiz-sticks-danger = Someone has marked danger there. Do not go there, and tell a grown-up.
quiz-sticks-walk-past = They are only sticks, so you can walk on past them.
quiz-sticks-why = People mark danger with whatever they have: crossed sticks, a red cloth, painted stones. Do not touch them and do not go past them.
quiz-sticks-walk-past-risk = Sticks put there on purpose can be the only warning there is. Do not go past them.

quiz-play = Where can you play?
quiz-play-grass = In tall grass, where nobody can see you.
quiz-play-ruins = In an empty, broken house.
quiz-play-grown-ups = Only where grown-ups say “you can play here”.
quiz-play-why = Play only where grown-ups say “you can play here”. Do not go into tall grass, bushes or broken houses.

quiz-friend = Your friend has found a strange thing and wants to take it home. What do you do?
quiz-friend-stop = Tell my friend not to touch it. We move away together and tell a grown-up.
quiz-friend-help = Help my friend carry it.
quiz-friend-stones = Throw stones at it to see what happens.
quiz-friend-why = Do not touch it and do not throw anything at it. Tell your friend to stop. Move away together and tell a grown-up straight away.
quiz-friend-stones-risk = A stone can make it explode. Never throw anything at a strange thing.

quiz-shortcut = The way home is long. There is also a short cut through grass where nobody walks. Which way do you go?
quiz-shortcut-shortcut = The short cut through the grass.
quiz-shortcut-path = The path that people use every day.
quiz-shortcut-older = The short cut, if older children use it.
quiz-shortcut-why = Take the path that people use every day. Grass where nobody walks can hide danger. Do not take that way, even if older children do.
quiz-shortcut-older-risk = Older children can be wrong too. Grass where nobody walks can hide danger.

quiz-ruins = There is an old, broken house near your street. What do you do?
quiz-ruins-explore = Go in and look around.
quiz-ruins-friends = Go in, but only with friends.
quiz-ruins-stay-out = Stay out of it.
quiz-ruins-why = Do not go into broken houses, not even with friends. There can be dangerous things inside.
quiz-ruins-friends-risk = Going in with friends does not make a broken house safe. The danger is the same for everybody.

quiz-tell = You saw something strange near the river. Who do you tell?
quiz-tell-secret = Nobody: it is a secret.
quiz-tell-grown-up = A grown-up, straight away.
quiz-tell-nobody-touched = Nobody, if I did not touch it.
quiz-tell-why = Tell a grown-up straight away: your mum, your dad, your teacher or another grown-up you trust, even if you went somewhere you should not have gone. Grown-ups will call the people who make the place safe.
quiz-tell-nobody-touched-risk = Even if you did not touch it, somebody else may. Grown-ups need to know where it is.

quiz-cloth = A red cloth is tied to a bush beside the road. What do you do?
quiz-cloth-away = It can mean danger: stay away and tell a grown-up.
quiz-cloth-take = Take it: it is a nice ribbon.
quiz-cloth-look = Look behind the bush to see why it is there.
quiz-cloth-why = People sometimes leave a red cloth, a ribbon or painted stones to warn of danger. Stay away and tell a grown-up.

quiz-grown-up = A grown-up you know walks past the tape into a field. What do you do?
quiz-grown-up-follow = Follow them: grown-ups know best.
quiz-grown-up-stay = Do not follow. Stay where I am and tell my mum, my dad or my teacher.
quiz-grown-up-other-way = Go into the field another way.
quiz-grown-up-why = Grown-ups sometimes break the rules too. Signs, fences and tape mean danger for everybody. Do not follow. Tell a grown-up you trust.
quiz-grown-up-follow-risk = Grown-ups make mistakes too. A sign, a fence or tape means danger for everybody.

quiz-no-sign = There is no sign near this field of tall grass. Can you play there?
quiz-no-sign-yes = Yes: there is no sign.
quiz-no-sign-others = Yes, if other children play there.
quiz-no-sign-ask = You cannot tell by looking. I play only where grown-ups say “you can play here”.
quiz-no-sign-why = Even where there is no sign, there can be danger. Play only where grown-ups say “you can play here”.
quiz-no-sign-others-risk = Other children playing there does not make it safe. You cannot tell by looking.

quiz-past-sign = You are playing and suddenly see a warning sign behind you: you have gone past it. What do you do?
quiz-past-sign-run = Run out quickly.
quiz-past-sign-statue = Stand still like a statue and shout for a grown-up.
quiz-past-sign-look = Look for a way out on my own.
quiz-past-sign-why = If you are already past a sign, do not move. Stand still like a statue, shout for a grown-up and wait for help.
quiz-past-sign-run-risk = Running can take you onto more danger. Stand still: help will come, even if it takes a long time.

quiz-hurt = Your friend is hurt in a field where nobody goes. What do you do?
quiz-hurt-run = Run to my friend to help.
quiz-hurt-shout = Stay where I am and shout for a grown-up.
quiz-hurt-home = Go home and say nothing.
quiz-hurt-why = Do not run to your friend: there may be more danger there. Stay where you are, shout for a grown-up and tell them where your friend is. Grown-ups will call 112.
quiz-hurt-run-risk = There may be more danger where your friend is. Stay where you are and shout: that is how you help.

quiz-novruz = At Novruz you go with your family to your grandfather's grave in your old village. Behind the graves you see pretty flowers in the tall grass. What do you do?
quiz-novruz-pick = Run and pick them for the grave.
quiz-novruz-stay = Stay next to my family and walk only where the grown-ups show me.
quiz-novruz-together = Go and pick them with the other children.
quiz-novruz-why = In old villages there can be danger in cemeteries and in tall grass. Nobody goes into a cemetery that has not been cleared of mines, not even on a holiday. Stay next to your family, walk only where the grown-ups show you and do not go into the grass.
quiz-novruz-pick-risk = Tall grass can hide danger. Flowers are not worth it.
quiz-novruz-together-risk = Going with other children does not make the grass safe.

quiz-lamb = Your family's lamb has run past a red warning sign into the tall grass. What do you do?
quiz-lamb-run = Run after it before it goes too far.
quiz-lamb-stones = Throw stones so that it comes back.
quiz-lamb-tell = Stay this side of the sign and tell a grown-up straight away.
quiz-lamb-why = Never go past a sign, a fence or tape, not even for an animal. Stay where you are and tell a grown-up. Grown-ups will call for help: nobody should go in after it.
quiz-lamb-run-risk = Past the sign the danger is the same for you as for the lamb. Do not go after it.
quiz-lamb-stones-risk = A stone can land on something dangerous in the grass. Do not throw anything there.

quiz-doll = Your family has come back to your village. In the empty house next door you see a doll lying on the floor. What do you do?
quiz-doll-take = Go in and take it: it is only a toy.
quiz-doll-tell = Stay out, touch nothing and tell a grown-up.
quiz-doll-stick = Pull it out with a stick from the door.
quiz-doll-why = Empty and broken houses can hide dangerous things. Do not go in for anything, not even a toy. Stay out and tell a grown-up.
quiz-doll-take-risk = No toy is worth going into an empty house. Stay out and tell a grown-up.
quiz-doll-stick-risk = A stick still reaches into the danger. Leave it and tell a grown-up.

quiz-film = Some older children say: “Go past the sign and we'll film you!” What do you do?
quiz-film-no = Say no, stay away from the sign and tell a grown-up.
quiz-film-go = Go, but only for a moment.
quiz-film-watch = Stay by the sign and watch them, without going in myself.
quiz-film-why = A sign means danger for everybody. Say no, even to older children. Stay away from it and tell a grown-up straight away.
quiz-film-go-risk = Even one step past a sign takes you into the danger. A video is not worth it.
quiz-film-watch-risk = Do not stay and watch: tell a grown-up straight away. Grown-ups can stop them.

quiz-pieces = An older boy shows you shiny pieces of metal in a field and says you can sell them. What do you do?
quiz-pieces-collect = Help him collect them.
quiz-pieces-small = Take only the small ones.
quiz-pieces-no = Do not touch them, go back the way I came and tell a grown-up.
quiz-pieces-why = Things lying in a field can be dangerous, even small ones. Do not touch them and do not carry them. Go back the way you came and tell a grown-up.
quiz-pieces-small-risk = Even a small thing can explode. Do not pick up any of them.

## Ages 12–17. The three situations, told apart, and the beliefs that cost lives.

quiz-first = Walking on a path, you notice a strange object, half buried. What do you do first?
quiz-first-closer = Go closer to see what it is.
quiz-first-stop = Stop and go no closer.
quiz-first-dig = Dig around it to see it better.
quiz-first-why = Stop at once. Do not go closer, do not touch it and do not dig around it. Then warn others, go back the way you came and report it.
quiz-first-closer-risk = Every step closer takes you nearer the danger. You do not need to know what it is to keep away from it.

quiz-fire = Your friends want to light a fire next to an old shell to burn it. What do you do?
quiz-fire-burn = Help, but from a distance.
quiz-fire-cover = Cover it with earth first so that nobody finds it.
quiz-fire-leave = Stop them: no fire near it, and do not cover it. We go back the way we came and report it.
quiz-fire-why = Fire can set off an explosion. If you cover the object, the next person will not see the danger. Keep everyone away, go back the way you came and call 112 or 102.
quiz-fire-cover-risk = If you cover it, the next person will not see the danger and may step on it or dig it up.

quiz-call = You have found a suspicious object. When do you call, and which number?
quiz-call-away = Once I am away from it: I call 112 or 102 and say where it is.
quiz-call-beside = Straight away, standing next to it so that I can describe it.
quiz-call-nobody = Nobody: the deminers will find it anyway.
quiz-call-why = First move away, by the way you came. Then call 112 or 102 and say what you saw and where. Wait for the specialists and show them the place.
quiz-call-beside-risk = First go back the way you came. You can say what it looks like once you are away from it.

quiz-mined-area = You see mine signs all around the field you are in. What do you do?
quiz-mined-area-walk-out = Walk out quickly, the way I think I came.
quiz-mined-area-stop = Stand still, warn the others, call 112 and wait for help.
quiz-mined-area-probe = Probe the ground with a stick to find a way out.
quiz-mined-area-why = Inside a mined area you often cannot see the mines. Stand still and do not move your feet, warn the people around you, call 112 and wait for help. Do not probe the ground.
quiz-mined-area-walk-out-risk = Inside a mined area you cannot see the mines, and the way you think you came may not be the way you came.

quiz-remember-way = You are in a mined area and think you remember the way you came. What do you do?
quiz-remember-way-walk-back = Walk back the way I remember.
quiz-remember-way-untouched = Step only where the ground looks untouched.
quiz-remember-way-wait = Stand still, call 112 and wait for help.
quiz-remember-way-why = Memory is not enough, and mines are often hidden. Stand still, call 112 and wait for help, even if it takes a long time.
quiz-remember-way-walk-back-risk = Memory is not exact, and you cannot see the mines. Waiting is safer than walking: help will come.
quiz-remember-way-untouched-risk = Mines can be hidden under ground that looks untouched. You cannot tell by looking.

quiz-injured = An explosion in a field injures a friend. What do you do?
quiz-injured-talk = Stay out. Talk to them, tell them not to move, and call 112 and an ambulance.
quiz-injured-run = Run to them and help them up.
quiz-injured-carry = Carry them out with the others, as fast as we can.
quiz-injured-why = Do not go in: where one mine has exploded, there may be others. Even trained people have been hurt going in to help. Talk to your friend from where you are, and call 112 and an ambulance (103 or 113).
quiz-injured-run-risk = Where one mine has exploded, there may be others. Even trained people were hurt trying to help.

quiz-one-mine = You see a mine at the edge of a field, next to the path you are on. What about the rest of the field?
quiz-one-mine-safe = Now that it has been found, the rest is safe.
quiz-one-mine-others = There may be other mines nearby.
quiz-one-mine-around = Walk around it through the field and carry on.
quiz-one-mine-why = Mines are usually laid in groups: where there is one, there may be others. Do not go into the field. Go back along the path the way you came and report it.
quiz-one-mine-around-risk = Mines are usually laid in groups: walking around one can take you onto another.

quiz-old-mines = “These mines are from the 1990s. They don't work any more.” Is that true?
quiz-old-mines-rusted = True: old mines rust and stop working.
quiz-old-mines-careful = It doesn't matter, as long as you step carefully.
quiz-old-mines-still = False: old mines can still explode and injure people.
quiz-old-mines-why = Mines can still explode decades after they were laid, so mines from the 1990s are still dangerous today. Stepping carefully does not make a mine safe.
quiz-old-mines-rusted-risk = Rust does not make a mine safe: mines can still explode decades after they were laid.

quiz-verge = A bus stops on a cleared road and you want to step off the road for a moment. What do you do?
quiz-verge-road = Stay on the asphalt.
quiz-verge-verge = Step onto the verge: the road has been cleared.
quiz-verge-short-grass = Step only where the grass is short.
quiz-verge-why = A road that has been cleared does not mean that its verges are safe. There can be mines at the roadside: stay on the asphalt.
quiz-verge-short-grass-risk = Short grass can hide a mine as well as tall grass. Stay on the asphalt.

quiz-scrap = Someone older you know says you can earn money collecting scrap metal and shells on old battlefields. What do you do?
quiz-scrap-go = Go along and be careful.
quiz-scrap-refuse = Say no and tell a grown-up: nobody should pick up or carry shells or scrap metal.
quiz-scrap-small = Collect only the small pieces.
quiz-scrap-why = Do not pick up, carry, keep at home or give anyone shells or pieces of ammunition: the Ministry of Internal Affairs says that this is also a crime. Do not collect scrap metal on old battlefields either: it can hide explosives.
quiz-scrap-small-risk = Small pieces can be dangerous too: ANAMA has found small mines. Do not pick up any of them.

quiz-wire = There is a thin wire stretched across the doorway of an empty house. What do you do?
quiz-wire-step-over = Step over it carefully.
quiz-wire-cut = Cut it so that nobody trips.
quiz-wire-back = Do not touch it; go back the way I came and report it.
quiz-wire-why = A wire can set off an explosion. In April 2025 ANAMA found a rocket wired to a tripwire in a house in Bulutan, in the Khojavend district. Do not touch the wire; go back and report it.
quiz-wire-step-over-risk = Near a wire there may be another wire or a mine you cannot see. Do not step over it: go back.

quiz-return = Your family has come back to your home district. Can you go and see your grandparents' old house?
quiz-return-now = Yes, now: it is our family's house.
quiz-return-cleared = Only once entry is permitted and the area has been cleared of mines.
quiz-return-neighbours = Yes, if the neighbours are already back.
quiz-return-why = Houses, yards and gardens can hide mines and booby-traps, even if the neighbours are back. Go only once entry is permitted and the area has been cleared of mines.
quiz-return-neighbours-risk = The neighbours being back says nothing about your house: each house, yard and garden can hide mines and booby traps.

quiz-grave = At Novruz your family wants to visit your grandfather's grave in the village you come from. The cemetery has not been cleared of mines yet. What do you say?
quiz-grave-holiday = We can go: on a holiday everybody visits the graves.
quiz-grave-path = We can go, if we keep to the path between the graves.
quiz-grave-wait = We wait until the cemetery has been cleared of mines, even if it is a holiday.
quiz-grave-why = Many cemeteries in the liberated areas lie in mined ground, and there have been mine incidents in them. ANAMA asks families to be patient: visit a grave only once the area has been cleared of mines, on holidays and days of remembrance too.
quiz-grave-holiday-risk = A holiday changes nothing about the ground, and many people together do not make it safe.
quiz-grave-path-risk = Paths are among the places where mines were laid most. A path between graves is no safer than the graves.

quiz-house = Your family is rebuilding its house. Next door stands an empty house that nobody has checked. Through the window you see old photographs and a carpet. What do you do?
quiz-house-fetch = Go in quickly and bring them out for the neighbours.
quiz-house-stay-out = Stay out, and tell a grown-up that the house has not been checked.
quiz-house-door = Go in through the door, not the window, and touch nothing but the photographs.
quiz-house-why = Destroyed and abandoned houses are among the places where mines were laid most, and they can be booby-trapped. Nobody should go into a house before deminers have checked it.
quiz-house-fetch-risk = Things left in an empty house can be a trap: in Bulutan photographs had been scattered around a booby-trapped rocket to draw people in.
quiz-house-door-risk = A doorway can hide a tripwire, and picking anything up can set off a booby trap.

quiz-orchard = Your family's house has been cleared of mines and you live in it again. Behind it, the old orchard is full of ripe fruit, but nobody has said it has been cleared. What do you do?
quiz-orchard-house = Pick the fruit: if the house is cleared, the orchard must be too.
quiz-orchard-edge = Pick only at the edge, reaching in from the yard.
quiz-orchard-wait = Stay out until the grown-ups know that the orchard has been cleared of mines.
quiz-orchard-why = ANAMA says that gardens, orchards and forests are among the places where mines were laid most. Go into the orchard only once it has been cleared of mines.
quiz-orchard-house-risk = A cleared house does not mean a cleared garden. Ask whether the orchard itself has been cleared.
quiz-orchard-edge-risk = At the edge you are already on ground that nobody has checked.

quiz-spring = The water in your village is not running yet. Your grandmother asks you to fetch water from the old spring at the edge of the village. What do you do?
quiz-spring-cleared = Tell her that springs can be mined, and fetch water only where the area has been cleared of mines.
quiz-spring-old-path = Go along the old path: people have always gone that way to the spring.
quiz-spring-quick = Go, but quickly, and come straight back.
quiz-spring-why = ANAMA says that springs, wells, rivers and water pipes are among the places where mines were laid most, and there have been mine incidents at springs and wells. Fetch water only where the area has been cleared of mines.
quiz-spring-old-path-risk = A path that nobody has used for years is one of the places where mines were laid most.
quiz-spring-quick-risk = Going quickly does not make the ground safe.

quiz-poles = To reach your friend's house faster, you could walk across a field along the line of electricity poles. What do you do?
quiz-poles-along = Walk along the poles: electricians go there, so it must be safe.
quiz-poles-road = Take the road that people use every day, even if it is longer.
quiz-poles-others = Walk across, if older friends have done it before.
quiz-poles-why = ANAMA says that the ground around electricity poles is one of the places where mines were laid most, and so are paths and fields. Keep to the roads and paths that people use every day.
quiz-poles-along-risk = The ground around electricity poles is exactly where many mines were laid.
quiz-poles-others-risk = Friends who crossed and came back do not show that there are no mines.

quiz-tractor = In spring your uncle wants to plough the family's field for the first time since you came back, and asks you to ride on the tractor with him. The field has not been cleared of mines. What do you do?
quiz-tractor-ride = Ride with him: a tractor is big and strong, it protects you.
quiz-tractor-before = Ride with him: the field was ploughed before the war, so it is fine.
quiz-tractor-cleared = Say no, and ask him to plough only once the field has been cleared of mines.
quiz-tractor-why = Plough only land that has been cleared of mines. People have been injured by mines while ploughing with a tractor, near the former line of contact too.
quiz-tractor-ride-risk = Anti-tank mines are made to destroy vehicles: a tractor does not protect you.
quiz-tractor-before-risk = What the field was like before the war says nothing about it now: fields are among the places where mines were laid most.

quiz-graze = A neighbour says: “Animals graze in that field every day, so it is safe. Take the sheep there.” The field has not been cleared of mines. What do you do?
quiz-graze-go = Take them: if animals graze there, there are no mines.
quiz-graze-cleared = Graze them only on land that has been cleared of mines.
quiz-graze-behind = Take them, and walk only where the sheep have walked.
quiz-graze-why = Graze animals only on land that has been cleared of mines. People have been injured by mines while grazing their animals. If an animal goes into a field that has not been cleared, do not go after it: tell a grown-up.
quiz-graze-go-risk = Animals grazing there does not show that there are no mines: shepherds have been injured by mines while grazing.
quiz-graze-behind-risk = Where the sheep have walked is not a safe path: you cannot see the mines.

quiz-dare = Your friends dare you to go past a mine sign so that they can film you for a video. What do you do?
quiz-dare-quick = Go in quickly, just a few steps, and come straight back.
quiz-dare-steps = Go in, stepping only where others have walked before.
quiz-dare-no = Say no, stay this side of the sign and tell them not to go either.
quiz-dare-why = A mine sign means danger for everybody, every time, and mines are often hidden. No video is worth it. Say no, stay this side of the sign and keep your friends away from it too.
quiz-dare-quick-risk = One step past a sign already takes you into the danger.
quiz-dare-steps-risk = Where others have walked is not proof that there is no mine.

quiz-knows = An older relative says: “I grew up here, I know where it's safe. Follow me.” He wants to take a short cut across land that has not been cleared of mines. What do you do?
quiz-knows-follow = Follow him: he knows every path here.
quiz-knows-cleared = Do not follow. Keep to the roads and the land that have been cleared of mines, and ask him to do the same.
quiz-knows-footsteps = Follow him, stepping exactly in his footsteps.
quiz-knows-why = Only land that has been cleared of mines is safe, whoever says otherwise. Do not follow a grown-up past danger: keep to cleared land and tell another grown-up you trust.
quiz-knows-follow-risk = Knowing a place from before does not show where mines are now: paths, gardens and fields are among the places where they were laid.
quiz-knows-footsteps-risk = His footsteps do not show where the mines are, and both of you would be on ground that nobody has checked.

## After the score.
quiz-encourage = Each question you went over makes you safer. Talk about them with your teacher or family.
