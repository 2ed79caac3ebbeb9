## The quiz's questions. For each: the question, its answers and the explanation shown after
## answering (-why). Which answer is right, the picture and the sources: src/model/quiz.rs.

## Ages 6–11. A child's words; no technical detail about ordnance. The three words
## everywhere: Stop. Don't touch. Tell a grown-up.

quiz-ball = Your ball has rolled past a red warning sign into the grass. What do you do?
quiz-ball-fetch = Run and get it quickly.
quiz-ball-leave = Leave the ball where it is and tell a grown-up.
quiz-ball-stick = Reach for it with a long stick.
quiz-ball-why = Never go past a sign, a fence or tape, not even for a ball or a toy. A ball can be replaced. Leave it and tell a grown-up.

quiz-object = On the way to school you see a strange thing next to the path. You cannot tell if it is metal or plastic. What do you do?
quiz-object-pick-up = Pick it up and take it to my teacher.
quiz-object-kick = Kick it off the path so that nobody trips over it.
quiz-object-go-back = Stop, go back the way I came and tell a grown-up.
quiz-object-why = A strange thing can look harmless, even interesting. Do not touch it: even a small thing can explode. Stop, go back the way you came and tell a grown-up straight away.

quiz-sign = What does this sign tell you?
quiz-sign-danger = Danger: mines. Do not go past it.
quiz-sign-old = It is an old sign; it does not matter any more.
quiz-sign-careful = You can go past if you walk carefully.
quiz-sign-why = A red sign with a skull and crossbones means mines, even if it is old. Stop and do not go past it.

quiz-sticks = Two sticks are crossed and pushed into the ground next to the path. What do they mean?
quiz-sticks-toy = Nothing: you can take them and play with them.
quiz-sticks-danger = Someone has marked danger there. Do not go there, and tell a grown-up.
quiz-sticks-walk-past = They are only sticks, so you can walk on past them.
quiz-sticks-why = People mark danger with whatever they have: crossed sticks, a red cloth, painted stones. Do not touch them and do not go past them.

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

quiz-shortcut = The way home is long. There is also a short cut through grass where nobody walks. Which way do you go?
quiz-shortcut-shortcut = The short cut through the grass.
quiz-shortcut-path = The path that people use every day.
quiz-shortcut-older = The short cut, if older children use it.
quiz-shortcut-why = Take the path that people use every day. Grass where nobody walks can hide danger. Do not take that way, even if older children do.

quiz-ruins = There is an old, broken house near your street. What do you do?
quiz-ruins-explore = Go in and look around.
quiz-ruins-friends = Go in, but only with friends.
quiz-ruins-stay-out = Stay out of it.
quiz-ruins-why = Do not go into broken houses, not even with friends. There can be dangerous things inside.

quiz-tell = You saw something strange near the river. Who do you tell?
quiz-tell-secret = Nobody: it is a secret.
quiz-tell-grown-up = A grown-up, straight away.
quiz-tell-nobody-touched = Nobody, if I did not touch it.
quiz-tell-why = Tell a grown-up straight away: your mum, your dad, your teacher or another grown-up you trust, even if you went somewhere you should not have gone. Grown-ups will call the people who make the place safe.

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

quiz-no-sign = There is no sign near this field of tall grass. Can you play there?
quiz-no-sign-yes = Yes: there is no sign.
quiz-no-sign-others = Yes, if other children play there.
quiz-no-sign-ask = You cannot tell by looking. I play only where grown-ups say “you can play here”.
quiz-no-sign-why = Even where there is no sign, there can be danger. Play only where grown-ups say “you can play here”.

quiz-past-sign = You are playing and suddenly see a warning sign behind you: you have gone past it. What do you do?
quiz-past-sign-run = Run out quickly.
quiz-past-sign-statue = Stand still like a statue and shout for a grown-up.
quiz-past-sign-look = Look for a way out on my own.
quiz-past-sign-why = If you are already past a sign, do not move. Stand still like a statue, shout for a grown-up and wait for help.

quiz-hurt = Your friend is hurt in a field where nobody goes. What do you do?
quiz-hurt-run = Run to my friend to help.
quiz-hurt-shout = Stay where I am and shout for a grown-up.
quiz-hurt-home = Go home and say nothing.
quiz-hurt-why = Do not run to your friend: there may be more danger there. Stay where you are, shout for a grown-up and tell them where your friend is. Grown-ups will call 112.

## Ages 12–17. The three situations, told apart, and the beliefs that cost lives.

quiz-first = Walking on a path, you notice a strange object, half buried. What do you do first?
quiz-first-closer = Go closer to see what it is.
quiz-first-stop = Stop and go no closer.
quiz-first-dig = Dig around it to see it better.
quiz-first-why = Stop at once. Do not go closer, do not touch it and do not dig around it. Then warn others, go back the way you came and report it.

quiz-fire = Your friends want to light a fire next to an old shell to burn it. What do you do?
quiz-fire-burn = Help, but from a distance.
quiz-fire-cover = Cover it with earth first so that nobody finds it.
quiz-fire-leave = Stop them: no fire near it, and do not cover it. We go back the way we came and report it.
quiz-fire-why = Fire can set off an explosion. If you cover the object, the next person will not see the danger. Keep everyone away, go back the way you came and call 112 or 102.

quiz-call = You have found a suspicious object. When do you call, and which number?
quiz-call-away = Once I am away from it: I call 112 or 102 and say where it is.
quiz-call-beside = Straight away, standing next to it so that I can describe it.
quiz-call-nobody = Nobody: the deminers will find it anyway.
quiz-call-why = First move away, by the way you came. Then call 112 or 102 and say what you saw and where. Wait for the specialists and show them the place.

quiz-mined-area = You see mine signs all around the field you are in. What do you do?
quiz-mined-area-walk-out = Walk out quickly, the way I think I came.
quiz-mined-area-stop = Stand still, warn the others, call 112 and wait for help.
quiz-mined-area-probe = Probe the ground with a stick to find a way out.
quiz-mined-area-why = Inside a mined area you often cannot see the mines. Stand still and do not move your feet, warn the people around you, call 112 and wait for help. Do not probe the ground.

quiz-remember-way = You are in a mined area and think you remember the way you came. What do you do?
quiz-remember-way-walk-back = Walk back the way I remember.
quiz-remember-way-untouched = Step only where the ground looks untouched.
quiz-remember-way-wait = Stand still, call 112 and wait for help.
quiz-remember-way-why = Memory is not enough, and mines are often hidden. Stand still, call 112 and wait for help, even if it takes a long time.

quiz-injured = An explosion in a field injures a friend. What do you do?
quiz-injured-talk = Stay out. Talk to them, tell them not to move, and call 112 and an ambulance.
quiz-injured-run = Run to them and help them up.
quiz-injured-carry = Carry them out with the others, as fast as we can.
quiz-injured-why = Do not go in: where one mine has exploded, there may be others. Even trained people have been hurt going in to help. Talk to your friend from where you are, and call 112 and an ambulance (103 or 113).

quiz-one-mine = You see a mine at the edge of a field, next to the path you are on. What about the rest of the field?
quiz-one-mine-safe = Now that it has been found, the rest is safe.
quiz-one-mine-others = There may be other mines nearby.
quiz-one-mine-around = Walk around it through the field and carry on.
quiz-one-mine-why = Mines are usually laid in groups: where there is one, there may be others. Do not go into the field. Go back along the path the way you came and report it.

quiz-old-mines = “These mines are from the 1990s. They don't work any more.” Is that true?
quiz-old-mines-rusted = True: old mines rust and stop working.
quiz-old-mines-careful = It doesn't matter, as long as you step carefully.
quiz-old-mines-still = False: old mines can still explode and injure people.
quiz-old-mines-why = Mines can still explode decades after they were laid, so mines from the 1990s are still dangerous today. Stepping carefully does not make a mine safe.

quiz-verge = A bus stops on a cleared road and you want to step off the road for a moment. What do you do?
quiz-verge-road = Stay on the asphalt.
quiz-verge-verge = Step onto the verge: the road has been cleared.
quiz-verge-short-grass = Step only where the grass is short.
quiz-verge-why = A road that has been cleared does not mean that its verges are safe. There can be mines at the roadside: stay on the asphalt.

quiz-scrap = Someone older you know says you can earn money collecting scrap metal and shells on old battlefields. What do you do?
quiz-scrap-go = Go along and be careful.
quiz-scrap-refuse = Say no and tell a grown-up: nobody should pick up or carry shells or scrap metal.
quiz-scrap-small = Collect only the small pieces.
quiz-scrap-why = Do not pick up, carry, keep at home or give anyone shells or pieces of ammunition: the Ministry of Internal Affairs says that this is also a crime. Do not collect scrap metal on old battlefields either: it can hide explosives.

quiz-wire = There is a thin wire stretched across the doorway of an empty house. What do you do?
quiz-wire-step-over = Step over it carefully.
quiz-wire-cut = Cut it so that nobody trips.
quiz-wire-back = Do not touch it; go back the way I came and report it.
quiz-wire-why = A wire can set off an explosion. In April 2025 ANAMA found a rocket wired to a tripwire in a house in Bulutan, in the Khojavend district. Do not touch the wire; go back and report it.

quiz-return = Your family has come back to your home district. Can you go and see your grandparents' old house?
quiz-return-now = Yes, now: it is our family's house.
quiz-return-cleared = Only once entry is permitted and the area has been cleared of mines.
quiz-return-neighbours = Yes, if the neighbours are already back.
quiz-return-why = Houses, yards and gardens can hide mines and booby-traps, even if the neighbours are back. Go only once entry is permitted and the area has been cleared of mines.
