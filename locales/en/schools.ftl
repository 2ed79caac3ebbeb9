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

lesson-6-11-aim-rules = Know the children's rules and say them in their own words.
lesson-6-11-aim-signs = Recognise warning signs, including the ones people make.
lesson-6-11-aim-tell = Say and show what to do on seeing something strange: stop, go back the way you came, tell a grown-up.
lesson-6-11-step-start = Start calmly
lesson-6-11-step-start-text = Ask where the children play and who tells them it is safe. Say that today is about knowing what to do, not about being afraid.
lesson-6-11-step-rules = The children's rules
lesson-6-11-step-rules-text = Show the slide of the children's rules. Read each rule, then let the class say it back together.
lesson-6-11-step-signs = Warning signs
lesson-6-11-step-signs-text = Show the slides of signs. For each picture, ask: what do we do? If it is ahead of you: stop, go back, tell a grown-up. If you are already past it: stand still like a statue and shout for a grown-up.
lesson-6-11-step-practise = Practise what to do
lesson-6-11-step-practise-text = Put a drawing of a strange object on the floor. One child at a time shows what to do: stop, do not touch, go back the way they came, tell the teacher.
lesson-6-11-step-quiz = Quiz
lesson-6-11-step-quiz-text = Do the quiz for ages 6–11 together on the projector. Let the class choose each answer, then read the explanation aloud.
lesson-6-11-step-close = Take it home
lesson-6-11-step-close-text = Give each child the handout to read at home with their family. End with the three words: Stop. Don't touch. Tell a grown-up.
lesson-6-11-question-play = Where do you play after school? Who says it is safe there?
lesson-6-11-question-ball = What would you do if your ball rolled past a sign?
lesson-6-11-question-sign = What does a red sign with a skull and crossbones tell you?
lesson-6-11-question-tell = Which grown-ups could you tell if you saw something strange?

lesson-12-17-aim-signs = Recognise the standard sign, the signs people make and the signs of danger where there is no sign.
lesson-12-17-aim-situations = Tell apart the three emergencies and know why each needs different behaviour.
lesson-12-17-aim-myths = Answer common myths about mines with the facts.
lesson-12-17-step-start = What has happened here
lesson-12-17-step-start-text = Show the official figures on the page “{ page-statistics-title }” and say who gave them. Ask what the class has heard, and answer rumours from the sources.
lesson-12-17-step-signs = Signs and signs of danger
lesson-12-17-step-signs-text = Show the three slides of signs. Ask which signs they have seen themselves, and where.
lesson-12-17-step-situations = Three emergencies
lesson-12-17-step-situations-text = Show the three situations one by one. Ask why “go back the way you came” is right when you see an object but wrong inside a mined area, and why nobody should run to an injured person.
lesson-12-17-step-myths = Myths
lesson-12-17-step-myths-text = Read out the myths on the page “{ page-rules-title }” one at a time; let the class give the fact before you show it.
lesson-12-17-step-quiz = Quiz
lesson-12-17-step-quiz-text = Pupils do the quiz for ages 12–17 in pairs on a phone or a computer, then go over the questions they got wrong.
lesson-12-17-step-close = Give out the handouts
lesson-12-17-step-close-text = Give out the handout and ask each pupil to read it at home with their family. Put the posters up in the school.
lesson-12-17-question-go-back = When is “go back the way you came” right, and when must you stand still?
lesson-12-17-question-rescuers = Why must nobody run to someone injured by a mine?
lesson-12-17-question-call = Which number do you call, and where do you stand when you call?
lesson-12-17-question-no-sign = Why does “no sign” not mean “safe”?

watch-no-technical = Give young children no technical detail about mines or ordnance: how they look inside or how they work. Teach what to do, not what the objects are (UNICEF's handbook on mine risk education in emergencies).
watch-copy-adults = Children copy adults. UNICEF in Ukraine says that children often know the risks but may not act on them, and may imitate adults who break the rules. Keep to the rules yourself, and ask families to do the same.
watch-bereaved = Some pupils may have lost someone or been hurt themselves. Speak calmly, do not ask for personal stories, and let a child step out if they need to. For the same reason, a child psychologist checked the texts of the “Walk Safe” app for children.
watch-one-message = Use the same words as the site and the official messages, so that pupils hear one set of rules wherever they meet it (UNICEF's handbook on mine risk education in emergencies).
watch-no-objects = Never bring a real object, or anything found on the ground, into the classroom. Use the site's drawings.

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
poster-rules = Poster: safety rules
poster-signs = Poster: warning signs
poster-emergency = Poster: what to do in an emergency
poster-handout = Handout for families
poster-rules-title = Mines and unexploded ordnance: stay safe
poster-signs-title = These signs mean danger: stop, go no further
poster-signs-remember = Even where there is no sign, there can be danger.
poster-emergency-title = { page-emergency-title }
poster-handout-title = Mine safety: for the whole family
poster-handout-children = To read with children
poster-handout-emergency = What to do if you see an object, if you are in a mined area or if someone is injured: keep the three situations apart, and follow the steps on the emergency poster or on the page “{ page-emergency-title }”.

## The code printed on each poster and on the handout: a phone's camera opens the page.
poster-qr-scan = Scan the code with your phone's camera to open this page.
poster-qr-label = QR code with the address of this page
