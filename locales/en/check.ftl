## The check before and after a lesson (/schools/check/). Its questions are the quiz's
## (quiz.ftl); which ones, for each age group: src/schools/model/check.rs.

check-start-heading = Start the check
check-age-legend = Age group
check-age-6-11 = Ages 6–11
check-age-12-17 = Ages 12–17
check-mode-legend = How the class answers
check-mode-class = The whole class, on the projector
check-mode-class-text = You read out each question and its answers; pupils raise a hand for one answer; you type in how many hands went up. Or each pupil writes A, B or C for each question on a slip with no name; collect the slips and count the answers.
check-mode-pupil = Each pupil on their own phone
check-mode-pupil-text = Each pupil chooses their answers on their phone, at the start and again at the end, and sees what they got right.
check-start = Start: before the lesson
check-needs-page = The counting works once this page has opened fully. If it does not open on this device, print the questions below and count the hands on paper.
check-private = Nothing is sent anywhere and no names are asked for.

check-letter-1 = A
check-letter-2 = B
check-letter-3 = C

check-progress-before = Before the lesson · question { $number } of { $total }
check-progress-after = After the lesson · question { $number } of { $total }
check-count-how = Read the question and each answer aloud. Ask pupils to raise a hand for one answer only, and type in how many hands went up for each.
check-fewer = One hand fewer for answer { $letter }
check-more = One hand more for answer { $letter }
check-hands = { $count ->
    [one] { $count } hand counted for this question.
   *[other] { $count } hands counted for this question.
}
check-previous = Previous question
check-next = Next question
check-finish-before = Finish the count before the lesson
check-finish-after = Finish the count and see what changed

check-pupil-before = Before the lesson
check-pupil-after = After the lesson
check-pupil-how = Choose one answer for each question. This is not a test: only you see your answers.
check-answered = You have answered { $count } of { $total } questions.
check-pupil-done-before = I have answered
check-pupil-done-after = I have answered: show what changed

check-between-class = The class has answered. Now teach the lesson.
check-between-class-text = At the end of the lesson, ask the same questions again and count the hands once more. The right answers are shown only after that.
check-start-after-class = Count again: after the lesson
check-between-pupil = Thank you! Now listen to the lesson.
check-between-pupil-text = Keep this page. At the end of the lesson, when your teacher says so, answer the same questions again.
check-start-after-pupil = Answer again: after the lesson

check-results-class = What changed in the class
check-results-mine = What changed for you
check-review = The right answers, and why
check-chart-title = Share of right answers for each question, before and after the lesson
check-before = Before the lesson
check-after = After the lesson
check-table-caption = Right answers for each question, out of the hands counted for it
check-table-caption-mine = Your answers for each question
check-column-number = No.
check-column-question = Question
check-column-change = Change
check-all-questions = All questions
check-share = { $right } of { $total } ({ $percent })
check-percent = { $percent }%
check-none = –
check-change-up = +{ $points } points
check-change-down = −{ $points } points
check-change-same = no change
check-mine-right = right
check-mine-wrong = not right
check-mine-count = { $right } of { $total } right

check-report-legend = For the school's report (no names)
check-date = Date
check-girls = Girls
check-boys = Boys
check-pupils = Pupils in all
check-print = Print the summary
check-summary-note = Counted by raising hands, at the start of the lesson and at the end. Each share is of the hands raised for that question. No names were written down and nothing was sent anywhere.
check-signature = School: ____________________   Teacher's signature: ____________________

check-keep = Keep the counts on this device, in case the page is closed during the lesson
check-kept-class = The counts are kept on this device only, until you erase them.
check-not-kept-class = The counts are not kept: if this page is closed, they are lost.
check-kept-pupil = Your answers are kept on this phone only, so that you can finish at the end of the lesson. Nobody else sees them. Erase them when you have finished.
check-erase-class = Erase the counts and start again
check-erase-pupil = Erase my answers

check-fit-heading = How to fit it into a 45-minute lesson
check-fit-start = At the start, before you teach anything
check-fit-start-text = Ask the eight questions. Do not say which answers are right and do not comment: the class answers as it would today.
check-fit-lesson = The lesson
check-fit-lesson-text = Teach the lesson plan from the page “{ page-schools-title }”: both plans leave these minutes for the check, at the start and at the end.
check-fit-end = At the end
check-fit-end-text = Ask the same questions again, then show what changed. Go back over a question that few answered right.
check-fit-hands = If pupils look at each other before raising a hand, ask them to close their eyes. A pupil who does not want to answer does not have to.

check-lists-heading = The questions, to print
check-lists-text = Read each question and its answers aloud; pupils raise a hand for one answer. The right answers are at the end of each list.
check-answer-key = Right answers:
