## The page for families: how to talk with children about mines, the example grown-ups
## set, and the rules to agree on at home. Each section is `family-{section}`, each point
## `family-{section}-{point}` (src/schools/model/family.rs, with its sources).

family-talk = How to start the talk, at any age
family-talk-time = Choose a quiet moment, when your child is not busy with a game or cartoons.
family-talk-together = Say that you are learning something new and important together, and ask your child to help you remember it.
family-talk-drawing = Show a drawing first and ask what it looks like; listen to every answer. Show a real photo only another time.
family-talk-trust = Listen calmly and do not scold: your child should be able to tell you anything without fear.

family-younger = Children of 6 to 11
family-younger-words = Use the words the school uses: “{ child-rules-words }” The same words everywhere are easier to remember.
family-younger-where = Tell them where such things may lie: ANAMA names roads and paths, springs and wells, the ground around electricity poles, gardens, forests, fields, abandoned houses and cemeteries.
family-younger-play = Agree together where they may play: only where grown-ups say “you can play here”.
family-younger-no-detail = Do not explain how a mine works or how it goes off. A child needs to know what to do, not how it works.

family-older = Teenagers of 12 to 17
family-older-knowing = Knowing the rules is not enough. In a UNICEF survey in Ukraine, 97% of teenagers said they knew them, yet 53% still took risks.
family-older-boys = In a survey in Ukraine, boys of 14 to 17 took the most risks: they go further from home and explore new places, such as woods, rivers and old military positions.
family-older-parents = Teenagers learn about these dangers mostly at school and from their parents: what you say counts.
family-older-no-detail = If they ask how a mine works or how to make it safe, say that this is the deminers' job.

family-shell = If your child says: “My friend has a shell at home”
family-shell-stay-away = Tell your child not to go and look at it, and not to touch it or move it.
family-shell-grown-up = You, the grown-up, call 102 or 112: say what you were told and where the object is.
family-shell-listen = Do not scold your child for telling you, so that they can always tell you without fear.

family-example = Children do what grown-ups do
family-example-copy = Children copy grown-ups: if grown-ups ignore the rules, children may do the same.
family-example-permitted = Go only where it is permitted and cleared, and take warning signs seriously, yourself too.
family-example-objects = Do not travel to the liberated areas without permission, do not enter dangerous places and do not touch unknown objects.

family-home = The rules to agree on at home
family-home-touch = Never touch anything strange, even something small.
family-home-play = Play only where grown-ups say “you can play here”.
family-home-places = Do not go into broken houses, tall grass or bushes.
family-home-tell = If you see something strange, tell a grown-up at once, even if you went where you should not have gone.

family-poster-link = The children's poster to put up at home: “{ child-rules-words }”
