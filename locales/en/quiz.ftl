## The quiz's questions. For each: the question, its answers and the explanation shown after
## answering (-why). Which answer is right, the picture and the sources: src/model/quiz.rs.

## Ages 6–11. A child's words; no technical detail about ordnance.

quiz-ball = Your ball has rolled past a red warning sign into the grass. What do you do?
quiz-ball-fetch = Run and get it quickly.
quiz-ball-leave = Leave the ball where it is and tell a grown-up.
quiz-ball-stick = Reach for it with a long stick.
quiz-ball-why = Never go past a sign, a fence or tape, not even for a ball or a toy. A ball can be replaced. Leave it and tell a grown-up.

quiz-object = On the way to school you see a strange metal thing next to the path. What do you do?
quiz-object-pick-up = Pick it up and take it to your teacher.
quiz-object-kick = Kick it off the path so nobody trips over it.
quiz-object-go-back = Stop, go back the way you came and tell a grown-up.
quiz-object-why = Never touch anything strange: even a small thing can explode. Stop, go back the way you came and tell a grown-up at once.

quiz-sign = What does this sign tell you?
quiz-sign-danger = Danger: mines. Do not go past it.
quiz-sign-play = This is a place to play.
quiz-sign-lost = Somebody has lost something here.
quiz-sign-why = A red sign with a skull and crossbones and the word MİNA means mines. Stop and do not go past it.

quiz-sticks = Two sticks are crossed and pushed into the ground next to the path. What do they mean?
quiz-sticks-toy = Nothing: you can take them and play with them.
quiz-sticks-danger = Someone may have marked danger. Do not go there, and tell a grown-up.
quiz-sticks-walk-past = They are only sticks, so you can walk on past them.
quiz-sticks-why = People often mark danger with whatever they have: crossed sticks, a red cloth, painted stones. Do not touch them and do not go past them.

quiz-play = Where is it safe to play?
quiz-play-grass = In tall grass, where nobody can see you.
quiz-play-ruins = In an empty, broken house.
quiz-play-grown-ups = Only where grown-ups say it is safe.
quiz-play-why = Play only where grown-ups say it is safe. Do not go into tall grass, bushes or broken houses.

quiz-friend = Your friend wants to pick up a rusty metal thing and take it home. What do you do?
quiz-friend-stop = Tell your friend not to touch it, move away together and tell a grown-up.
quiz-friend-help = Help your friend carry it.
quiz-friend-stones = Throw stones at it to see what happens.
quiz-friend-why = Never touch it and never throw anything at it. Warn your friend, go away together and tell a grown-up at once.

quiz-shortcut = The way home is long. There is a short cut through grass where nobody walks. Which way do you go?
quiz-shortcut-shortcut = The short cut through the grass.
quiz-shortcut-path = The path that people use every day.
quiz-shortcut-run = The short cut, running very fast.
quiz-shortcut-why = Stay on the paths that people use every day. Grass where nobody walks can hide danger.

quiz-ruins = There is an old, broken house near your street. What do you do?
quiz-ruins-explore = Go in and look around.
quiz-ruins-friends = Go in, but only with friends.
quiz-ruins-stay-out = Stay out of it.
quiz-ruins-why = Do not go into broken houses, not even with friends. Dangerous things can be hidden inside.

quiz-tell = You saw something strange near the river. Who do you tell?
quiz-tell-secret = Nobody: it is a secret.
quiz-tell-grown-up = A grown-up, straight away.
quiz-tell-later = Your friends, next week.
quiz-tell-why = Tell a grown-up at once: a parent, a teacher or another grown-up you trust. They will call the people who make it safe.

quiz-cloth = A red cloth is tied to a bush beside the road. What do you do?
quiz-cloth-away = It can mean danger: stay away and tell a grown-up.
quiz-cloth-take = Take it: it is a nice ribbon.
quiz-cloth-look = Look behind the bush to see why it is there.
quiz-cloth-why = A red cloth, a ribbon or painted stones can be a sign that someone left to warn of danger. Stay away and tell a grown-up.

quiz-grown-up = A grown-up you know walks past the tape into a field. What do you do?
quiz-grown-up-follow = Follow them: grown-ups know best.
quiz-grown-up-stay = Do not follow. Stay where it is safe and tell your parents or your teacher.
quiz-grown-up-other-way = Go into the field another way.
quiz-grown-up-why = Grown-ups sometimes break the rules too. Signs, fences and tape mean danger for everybody. Do not follow; tell a grown-up you trust.

quiz-no-sign = There is no sign near this field of tall grass. Is it safe to play there?
quiz-no-sign-yes = Yes: there is no sign.
quiz-no-sign-others = Yes, if other children play there.
quiz-no-sign-ask = Not always. Play only where grown-ups say it is safe.
quiz-no-sign-why = Many dangerous places have no sign at all. No sign does not mean safe.

## Ages 12–17. The three situations, told apart, and the beliefs that kill.

quiz-first = Walking on a path, you notice a rusty metal object, half buried. What do you do first?
quiz-first-closer = Go closer to see what it is.
quiz-first-stop = Stop and do not go any closer.
quiz-first-dig = Dig around it to see it better.
quiz-first-why = Stop at once. Do not go closer, do not touch it and do not dig around it. Then warn others, go back the way you came and report it.

quiz-fire = Your friends want to light a fire next to an old shell to burn it away. What do you do?
quiz-fire-burn = Help, but from a distance.
quiz-fire-cover = Cover it with earth first so that nobody finds it.
quiz-fire-leave = Stop them: no fire near it and do not cover it. Go back the way you came and report it.
quiz-fire-why = Fire can set off explosives, and covering an object hides the danger from the next person. Keep everyone away, go back the way you came and call 112 or 102.

quiz-call = You have found a suspicious object. When do you call, and which number?
quiz-call-away = Once you are away from it: 112 or 102, and say where it is.
quiz-call-beside = Straight away, standing next to it so that you can describe it.
quiz-call-nobody = Nobody: the deminers will find it anyway.
quiz-call-why = Move away first, by the way you came, then call 112 or 102 and say where it is. Wait for the specialists and show them the place.

quiz-mined-area = You realise there are mine signs all around the field you are in. What do you do?
quiz-mined-area-walk-out = Walk out quickly, the way you think you came.
quiz-mined-area-stop = Stop, stand still, warn the others, call 112 and wait for help.
quiz-mined-area-probe = Probe the ground with a stick to find a way out.
quiz-mined-area-why = Inside a mined area, every step can be the last. Do not move your feet, warn the people around you, call 112 and wait for help. Do not probe the ground.

quiz-footprints = In a mined area, when may you go back on your own?
quiz-footprints-remember = When you remember the way you came.
quiz-footprints-untouched = When the ground looks untouched.
quiz-footprints-footprints = Only if you can clearly see your own footprints (in snow, sand or wet mud) and step exactly in them.
quiz-footprints-why = Memory is not enough and mines cannot be seen. Go back only in your own clearly visible footprints; otherwise wait for help.

quiz-injured = An explosion in a field injures a friend. What do you do?
quiz-injured-talk = Do not go in. Talk to them, tell them not to move, and call 113 and 112.
quiz-injured-run = Run to them and help them up.
quiz-injured-carry = Carry them out with the others, as fast as you can.
quiz-injured-why = Where one mine has exploded, there are others. On 14 December 2022 in Chirag, Kalbajar, of the four soldiers who went in to help injured workers, one was killed and three were injured. Stay out, talk to your friend and call 113 for an ambulance and 112 for rescuers.

quiz-one-mine = You have found a mine in a field. What about the rest of the field?
quiz-one-mine-safe = Now that it has been found, the rest is safe.
quiz-one-mine-others = Assume that there are others nearby.
quiz-one-mine-around = Walk around it and carry on.
quiz-one-mine-why = Mines are usually laid in groups. Where there is one, assume there are others: go back the way you came and report it.

quiz-old-mines = “These mines are from the 1990s. They don't work any more.” Is that true?
quiz-old-mines-rusted = True: old mines rust and stop working.
quiz-old-mines-careful = It doesn't matter if you step carefully.
quiz-old-mines-still = False: old mines still explode and injure people.
quiz-old-mines-why = Mines laid since the 1990s are still being found, and they still explode and injure people.

quiz-verge = A bus stops on a cleared road and you want to step off the road for a moment. What do you do?
quiz-verge-road = Stay on the road surface.
quiz-verge-verge = Step onto the verge: the road has been cleared.
quiz-verge-short-grass = Step only where the grass is short.
quiz-verge-why = A cleared road does not make its verges safe. Mines were often laid along the edges: stay on the road surface.

quiz-scrap = An older boy says you can earn money collecting scrap metal and shells in the old fields. What do you do?
quiz-scrap-go = Go with him and be careful.
quiz-scrap-refuse = Refuse, and tell an adult: nobody should collect, move or sell metal objects or shells.
quiz-scrap-small = Collect only the small pieces.
quiz-scrap-why = Do not pick up, collect, move or sell metal objects, shells or scrap. Even a small piece can explode.

quiz-wire = You see a thin wire stretched across the doorway of an empty house. What do you do?
quiz-wire-step-over = Step over it carefully.
quiz-wire-cut = Cut it so that nobody trips.
quiz-wire-back = Do not touch it, go back the way you came and report it.
quiz-wire-why = A wire can set off an explosive. In April 2025 ANAMA found a rocket wired to a tripwire in a house in Bulutan, Khojavend. Do not touch it; go back and report it.

quiz-return = Your family has moved back to the district. Can you go and see your grandparents' old house?
quiz-return-now = Yes, now: it is your family's house.
quiz-return-cleared = Only once entry is permitted and the area has been cleared.
quiz-return-daytime = Yes, if you go in daylight.
quiz-return-why = Houses, yards and gardens can hide mines and booby-traps. ANAMA says that entering without special permission is prohibited: go only once the area has been cleared.
