## The schools section: the teacher's guide, the quiz's frame, the slides and the posters.
## The lesson plans' order and minutes: src/model/lessons.rs.

# $ages is quiz-age-… below; $minutes a number.
lesson-title = Lesson plan for { $ages } ({ $minutes } minutes)
lesson-jump-label = Lesson plans
lesson-aims = Aims
lesson-steps = Steps
lesson-questions = Questions to ask
lesson-watch-for = What to watch for
lesson-slides = Slides for this lesson:
lesson-minutes = { $minutes } min

lesson-everyone = every pupil takes part

lesson-6-11-aim-words = Say the three words and show the gesture for each: { child-rules-words }
lesson-6-11-aim-signs = Show what to do on seeing a warning sign, tape or a sign people made: stop, go back the way they came, tell a grown-up.
lesson-6-11-aim-statue = Show the statue: stand still and shout for a grown-up, as when already past a sign or when someone is hurt.
lesson-6-11-aim-map = Draw their way home and point on it to the places to keep away from.
lesson-6-11-aim-tell = Name two grown-ups they can tell.
lesson-6-11-step-start = A calm start
lesson-6-11-step-start-text = If you can, sit in a circle. Ask where the children play and who tells them they may play there. Say that today we learn what to do, as we learn to cross the road, and nobody needs to be afraid. Do not ask about anyone who was hurt.
lesson-6-11-step-check-before = The check, before
lesson-6-11-step-check-before-text = Open the check on the projector and read each question aloud; the children answer by raising their hands. Say that it is not a test and nobody gets a mark.
lesson-6-11-step-rules = The three words, with gestures
lesson-6-11-step-rules-text = Show the children's opening slide: { child-rules-words } Teach a gesture for each: a hand up for “{ child-word-stop }”, hands behind the back for “{ child-word-touch }”, a pointing finger for “{ child-word-tell }”. Say the words and make the gestures together three times; then say only a word and let the class show its gesture, then show only a gesture and let the class say its word. On the next slide, read each of the children's rules and let the class answer with the gesture it needs.
lesson-6-11-step-signs = Signs
lesson-6-11-step-signs-text = Show the slides of signs. At each picture the whole class answers with the three gestures. Then ask: what do we do? If it is ahead of you: stop, go back the way you came, tell a grown-up. If you are already past it: stand still like a statue and shout for a grown-up. Where there is no sign there can still be danger: tall grass, bushes, broken houses.
lesson-6-11-step-map = My way home
lesson-6-11-step-map-text = Each child draws their way from home to school and the places they go: the garden, the spring or the well, where they play. In red they draw the places to keep away from: signs, tape, broken houses, tall grass and bushes, the edges of fields. Nobody writes “safe” anywhere: where they play they write only “Grown-ups say we can play here”, and only if a grown-up has said so. The map goes home, for the child to check with the family.
lesson-6-11-step-statue = The statue game and role play in pairs
lesson-6-11-step-statue-text = The statue game, 3 minutes, with two calls, as the signs step taught: the children walk about the room. When you hold up the red sign and say “Sign ahead!”, everyone puts a hand up, turns round, walks three steps back the way they came and points: “Tell a grown-up!” When you say “You are past the sign!”, everyone stands still like a statue and shouts “Help! A grown-up!” until you say “Help has come.” Mix the two calls. Then in pairs, 5 minutes: one child is a friend who wants to pick up a strange thing in the orchard, fetch a ball from the tall grass beside an electricity pole, or look inside the family's old house; the other stops them with the three words and their gestures, and they go to tell a grown-up together. Then they swap.
lesson-6-11-step-thumbs = Thumbs up or down
lesson-6-11-step-thumbs-text = Read aloud the sentences under “Questions to ask”, one at a time. Thumbs up if it is the right thing to do, thumbs down if not; then ask one child to say why. The quiz for ages 6–11 has more questions, with pictures, to do with the family or in another lesson.
lesson-6-11-step-check-after = The check, after
lesson-6-11-step-check-after-text = Do the check again: the same questions, in the same way. Tell the class what they know now that they did not know at the start, and praise them.
lesson-6-11-step-close = Take it home
lesson-6-11-step-close-text = Give each child the handout, and their map to check at home with the family. End all together, with the gestures: { child-rules-words }
lesson-6-11-question-ball = Your ball rolls into tall grass beside an electricity pole. You run in to get it. (Thumbs down: leave the ball and tell a grown-up.)
lesson-6-11-question-garden = Digging in grandma's garden, you find a strange thing in the ground. You stop, you don't touch it, and you tell grandma. (Thumbs up.)
lesson-6-11-question-water = On the way to fetch water, there is tape across the path. You go under the tape, because it is quicker. (Thumbs down: go back the way you came and tell a grown-up.)
lesson-6-11-question-grave = At Novruz you stay right next to your family and never go off on your own into the grass or among the graves. (Thumbs up.)
lesson-6-11-question-tell = You went where you were told not to go, and you saw a strange thing there. You tell a grown-up anyway. (Thumbs up: nobody is told off for telling.)
lesson-6-11-slides-note = For ages 6–11 show only these slides: the children's three words, their rules and the signs. The slides of the emergencies and of the numbers to call are for older pupils: a young child's part is to tell a grown-up.

lesson-12-17-aim-situations = Show in a role play what to do in each of the three emergencies, and say why each needs different behaviour.
lesson-12-17-aim-say-no = Say no to a friend's dare or offer in their own words, give a reason, and suggest something else.
lesson-12-17-aim-signs = Point out on the slides the standard sign, the signs people make and the signs of danger where there is no sign.
lesson-12-17-aim-call = Say which number to call, and when: once away from the object; inside a mined area, standing still.
lesson-12-17-step-check-before = The check, before
lesson-12-17-step-check-before-text = Pupils do the check on their phones, or you show it on the projector and they answer by raising their hands. No names and no marks: it shows what the class knows before the lesson.
lesson-12-17-step-card = What would you do?
lesson-12-17-step-card-text = Make groups of four and read each group one card. “An older cousin says there is good money in scrap metal from the old farm beyond the village, and he knows where there is a lot of it.” “Your friends dare you to film a video standing next to a shell in a field.” Each group has two minutes to agree what they would do and say; then two groups tell the class. Do not correct them yet: the role plays will.
lesson-12-17-step-signs = Signs and signs of danger
lesson-12-17-step-signs-text = Show the three slides of signs. Ask which signs the pupils have seen themselves, and where: on the way to the fields, by the cemetery, on a path along the electricity poles. A cleared road or a path people use does not make the land beside it safe.
lesson-12-17-step-role-play = The three emergencies, played in groups
lesson-12-17-step-role-play-text = Six groups of about five, two for each emergency from the slides: a suspicious object on the path to the spring; a boy herding cows who finds he is past a sign, with wires in the grass around him; a neighbour who is hurt by an explosion while ploughing his field. All groups prepare at once for three minutes. Then pairs of groups play to each other at the same time, one minute each, and say what was right and what was wrong (four minutes). Then the whole class watches one scene of each emergency (three minutes), and you go over the right answers (two minutes). Nobody acts being hurt: a chair or a card says “injured person here”; no explosion noises. Pupils from families who were affected choose their role, or watch. Inside a mined area the right answer is: stand still, warn the others, call 112 and wait for help; nobody walks out. Nobody runs to someone who is hurt: call 112 and an ambulance from where you are.
lesson-12-17-step-say-no = Saying no to friends
lesson-12-17-step-say-no-text = In pairs, one plays a friend who pushes, with the words friends use: “It's an old mine, it doesn't work any more.” “There's no sign, so it's safe.” “Animals graze there, so it's safe.” “I grew up here, I know where it's safe.” “My uncle says it's fine.” The other says no in their own words, gives a reason and suggests something else: “Let's go back and tell someone.” Then they swap. The facts are with the myths on the page “{ page-rules-title }”; nobody can tell by looking that land is safe, not even a grown-up who says it is fine.
lesson-12-17-step-figures = The figures, one minute
lesson-12-17-step-figures-text = Show the latest total at the top of the page “{ page-statistics-title }”, and say who gave it and since when it counts. Nothing more: no pictures, no names, no stories of people who were hurt.
lesson-12-17-step-quiz = Six quiz questions
lesson-12-17-step-quiz-text = Do six questions of the quiz for ages 12–17 that are not in the check (on remembering the way, fire, a wire, a dare, “I know where it is safe” and grazing): in pairs on a phone, or on the projector with raised hands. After each wrong answer, ask why someone might choose it. The other questions are homework.
lesson-12-17-step-check-after = The check, after
lesson-12-17-step-check-after-text = Pupils do the check again: the same questions, in the same way. Show the class what has changed since the start.
lesson-12-17-step-close = Homework and handouts
lesson-12-17-step-close-text = Give out the handout. Homework: finish the quiz at home, and ask someone in the family one of the “What would you do?” cards. Put up the children's poster and “{ poster-stop-title }” in the school; the handouts are for pupils and their families to take home.
lesson-12-17-question-go-back = When is “go back the way you came” right, and when must you stand still and wait?
lesson-12-17-question-rescuers = Why must nobody run to someone injured by a mine?
lesson-12-17-question-call = Which number do you call, and where do you stand when you call?
lesson-12-17-question-no-sign = Why does “no sign” not mean “safe”?
lesson-12-17-question-grown-up = A neighbour says: “I ploughed that field last year and nothing happened.” What do you say to him?
lesson-12-17-slides-note = For ages 12–17: the core rules, the signs, where mines are found most (roads, paths, water, the ground by electricity poles, gardens, houses, cemeteries), the three emergencies and the numbers to call. Inside a mined area the slides teach one answer, stand still and wait; the one exception for adults is only on the page “{ page-emergency-title }”.

watch-no-technical = If pupils ask how a mine works or how to make one safe, say that is the deminers' job. Give no technical detail about mines or ordnance to either age group: teach what to do, not what the objects are (UNICEF's handbook on mine risk education in emergencies gives this advice for children).
watch-copy-adults = Children copy adults. UNICEF in Ukraine says that children often know the risks but may not act on them, and may imitate adults who break the rules. Keep to the rules yourself, and ask families to do the same.
watch-one-words = Use only these words with young children, in every step: { child-rules-words } They are the words of the slides, the posters and the quiz, so that children hear one set of words wherever they meet it (UNICEF's handbook on mine risk education in emergencies).
watch-one-message = Use the same words as the site and the official messages, so that pupils hear one set of rules wherever they meet it (UNICEF's handbook on mine risk education in emergencies).
watch-no-objects = Never bring a real object, or anything found on the ground, into the classroom. Use the site's drawings.
watch-map-not-safe = A child's map shows what the child knows, not where the mines are. Never write or say that a place on it is safe, and do not put the maps up as a map of the village. A child who does not want to draw their home can draw the school and the way to it.
watch-knowing-not-doing = Knowing the rules is not enough: in a UNICEF study in Ukraine in 2024, 97 per cent of adolescents aged 10–17 said they knew the mine safety rules, yet 53 per cent behaved riskily, boys of 14–17 most (62 per cent). That is why this lesson has pupils rehearse what to do and what to say to friends, rather than listen.
watch-stand-still = Inside a mined area, teach one answer: stand still, warn the others, call 112 and wait for help. The one exception, going back in your own footprints, is for adults and stays on the page “{ page-emergency-title }”: do not teach it in class.

guide-notes-heading = Teacher's notes for both lessons
guide-note-disclosure = If a pupil speaks of a death or an injury
guide-note-disclosure-before = Before the lesson, ask the school which pupils have lost someone or been hurt, or have a relative who was, and who the school psychologist is. Let those pupils' families know about the lesson.
guide-note-disclosure-during = If a pupil speaks of a death or an injury during the lesson: thank them, listen calmly without asking for details, do not let the class question them, and go on gently with the lesson. A child who needs to may step out, with someone.
guide-note-disclosure-after = Afterwards, speak to the child alone, tell the family, and refer the child to the school psychologist.
guide-note-disclosure-never = Never use a pupil or a pupil's relative as an example, and do not ask pupils to tell of people they know who were hurt.
guide-note-disclosure-drawing = Drawing or talking about what happened is allowed, never required.
guide-note-disclosure-support = The ICRC and the Azerbaijan Red Crescent Society have trained teachers and pupils in Azerbaijan in first aid, safer behaviour and psychosocial support: ask your school whether a colleague took part and can help.
guide-note-object-at-home = If a pupil says there is a shell at home
guide-note-object-at-home-what = If a pupil says that someone at home or a friend keeps a shell or a suspicious object: do not send anyone to look, and do not go yourself. Call 102 or 112 with what you were told, and let the family know. Thank the pupil: nobody is in trouble for telling.
guide-note-disability = Children with disabilities
guide-note-disability-deaf = Deaf or hard-of-hearing children: teach with the gestures and with pictogram cards (print the children's opening slide), stand where they can see your face, and in the statue game use two cards as well as the two calls: the red sign for “Sign ahead!” and a statue picture for “You are past the sign!”.
guide-note-disability-blind = Blind or partially sighted children: read every slide and card aloud, describe each sign (its shape, its colour, what is drawn on it), and give them large cards whose outlines they can feel (string or card glued on). Instead of drawing the map, they can tell their way home to a friend who draws it.
guide-note-disability-seated = Children who use a wheelchair or cannot move about easily: play the statue game seated, the whole class with them; everyone freezes where they sit.
guide-note-disability-three-rules = Children with intellectual disabilities: keep to three rules only, the three words with their gestures, and repeat them at every lesson: { child-rules-words }
guide-note-disability-ask = Ask the child and the family what helps most, and make the cards with them.
guide-note-later = A month later
guide-note-later-repeat = A month after the lesson, take five minutes: the three words with their gestures for ages 6–11, one “What would you do?” card for ages 12–17, then the check once more.

## The quiz's frame. The questions are in quiz.ftl.

quiz-choose = Choose the age group
quiz-age-6-11 = ages 6–11
quiz-age-12-17 = ages 12–17
quiz-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
quiz-needs-js = If the quiz does not open on this phone, all the questions and their answers are in the lists below.
quiz-private = Your answers stay on this device: nothing is sent or saved.
quiz-progress = Question { $number } of { $total }
quiz-mark-right = right answer
quiz-mark-wrong = wrong answer
quiz-mark-chosen = your answer
quiz-verdict-right = Right!
quiz-verdict-wrong = Not quite.
quiz-right-answer = The right answer:
quiz-your-answer = Your answer:
quiz-next = Next question
quiz-finish = See your score
quiz-results = Your score
quiz-score = You answered { $right } of { $total } questions right.
quiz-all-right = Every answer was right. Well done: now share the rules with your family.
quiz-review = Questions to go over again
quiz-again = Try again
quiz-other-age = Choose another age group
quiz-key-6-11 = All questions and answers, ages 6–11
quiz-key-12-17 = All questions and answers, ages 12–17

## The classroom slides.

slides-opening = Do not go near. Do not touch. Report.
# The children's opening slide: a gesture for each of their three words.
slide-child-gestures = Show it with your hands: a hand up, stop. Hands behind your back, don't touch. Point, tell a grown-up.
slide-child-rules = Our rules
# On the slide of someone injured, instead of the emergency page's account of Chirag.
slide-situation-injured-remember = People who went in to help have been hurt too, trained people among them. Stay where you are: help will come.
slides-deck = presentation
slides-slide = slide
slides-position = Slide { $number } of { $total }
slides-previous = Previous
slides-next = Next
slides-full-screen = Full screen
slides-leave-full-screen = Leave full screen
slides-go-to = Go to a slide
slides-needs-js = If the slides do not move on this device, they follow one another down the page.
slides-keys = Next: → or Space or PageDown. Previous: ← or PageUp. First and last: Home and End. Leave full screen: Esc.

## The posters.

posters-help = Each poster prints on one A4 page, without the rest of the site. Print them all with your browser's Print, or one at a time with its button.
posters-list = Posters on this page
posters-print-one = Print this poster
poster-rules = Handout: safety rules
poster-signs = Handout: warning signs
poster-emergency = Handout: what to do in an emergency
poster-handout = Handout for families
poster-children = Poster for children: Stop, don't touch, tell a grown-up
poster-stop = Poster: these mean STOP
poster-rules-title = Mines and unexploded ordnance: stay safe
poster-signs-title = These signs mean danger: stop, go no further
poster-signs-remember = Even where there is no sign, there can be danger.
poster-emergency-title = { page-emergency-title }
poster-handout-title = Mine safety: for the whole family
poster-stop-title = These mean STOP
poster-stop-no-sign = No sign does not mean safe.
poster-parents = For parents
poster-parents-play = Agree with your child where they may play.
poster-parents-example = Keep the rules yourself: children copy grown-ups.
poster-parents-where = Tell them where dangerous things may lie: in grass, bushes, trees.
poster-parents-listen = When your child tells you, listen and do not scold.
poster-handout-children = To read with children
poster-handout-emergency = An object: stop, go back the way you came, call 112 or 102 once you are away. Inside a mined area: stand still, call 112, wait. Someone hurt: do not go in; call 112. All the steps are on the page “{ page-emergency-title }”.

## The code printed on each poster and on the handout: a phone's camera opens the page.
poster-qr-scan = Scan the code with your phone's camera to open this page.
poster-qr-label = QR code with the address of this page
