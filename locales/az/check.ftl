## Dərsdən əvvəl və sonra yoxlama (/schools/check/). Suallar viktorinanın suallarıdır
## (quiz.ftl); hər yaş qrupu üçün hansılar: src/schools/model/check.rs.
## Müəllimə "siz", şagirdə "sən".

check-start-heading = Yoxlamaya başlayın
check-age-legend = Yaş qrupu
check-age-6-11 = 6–11 yaş
check-age-12-17 = 12–17 yaş
check-mode-legend = Sinif necə cavab verir
check-mode-class = Bütün sinif, proyektorda
check-mode-class-text = Siz hər sualı və cavabları ucadan oxuyursunuz, şagirdlər yalnız bir cavab üçün əl qaldırır, siz də neçə əl qalxdığını yazırsınız. Ya da hər şagird adını yazmadan bir vərəqdə hər sual üçün A, B və ya C yazır; vərəqləri yığıb cavabları sayın.
check-mode-pupil = Hər şagird öz telefonunda
check-mode-pupil-text = Hər şagird dərsin əvvəlində və sonunda cavablarını öz telefonunda seçir və nəyi düz bildiyini görür.
check-start = Başla: dərsdən əvvəl
check-needs-page = Saymaq üçün bu səhifə tam açılmalıdır. Bu cihazda açılmırsa, aşağıdakı sualları çap edin, qalxan əlləri sayıb kağızda qeyd edin.
check-private = Heç nə heç yerə göndərilmir, heç kimin adı soruşulmur.

check-letter-1 = A
check-letter-2 = B
check-letter-3 = C

check-progress-before = Dərsdən əvvəl · sual { $number } / { $total }
check-progress-after = Dərsdən sonra · sual { $number } / { $total }
check-count-how = Sualı və hər cavabı ucadan oxuyun. Şagirdlər yalnız bir cavab üçün əl qaldırsınlar. Hər cavab üçün neçə əl qalxdığını yazın.
check-fewer = { $letter } cavabı üçün bir əl az
check-more = { $letter } cavabı üçün bir əl çox
check-hands = Bu sual üçün { $count } əl sayılıb.
check-previous = Əvvəlki sual
check-next = Növbəti sual
check-finish-before = Dərsdən əvvəlki saymağı bitir
check-finish-after = Saymağı bitir və nəyin dəyişdiyinə bax

check-pupil-before = Dərsdən əvvəl
check-pupil-after = Dərsdən sonra
check-pupil-how = Hər sual üçün bir cavab seç. Bu imtahan deyil: cavablarını yalnız sən görürsən.
check-answered = { $total } sualdan { $count } suala cavab verdin.
check-pupil-done-before = Cavab verdim
check-pupil-done-after = Cavab verdim: nə dəyişdiyini göstər

check-between-class = Sinif cavab verdi. İndi dərsi keçin.
check-between-class-text = Dərsin sonunda eyni sualları yenidən verin və əlləri bir də sayın. Düzgün cavablar yalnız bundan sonra görünəcək.
check-start-after-class = Yenidən say: dərsdən sonra
check-between-pupil = Sağ ol! İndi dərsə qulaq as.
check-between-pupil-text = Bu səhifəni açıq saxla. Dərsin sonunda müəllim deyəndə eyni suallara yenidən cavab ver.
check-start-after-pupil = Yenidən cavab ver: dərsdən sonra

check-results-class = Sinifdə nə dəyişdi
check-results-mine = Sənin cavablarında nə dəyişdi
check-review = Düzgün cavablar və səbəbi
check-chart-title = Hər sual üzrə düzgün cavabların payı, dərsdən əvvəl və sonra
check-before = Dərsdən əvvəl
check-after = Dərsdən sonra
check-table-caption = Hər sual üzrə düz cavablar (o sual üçün qalxan əllərin sayından)
check-table-caption-mine = Hər suala sənin cavabın
check-column-number = №
check-column-question = Sual
check-column-change = Dəyişiklik
check-all-questions = Bütün suallar
check-share = { $total } cavabdan { $right } düz ({ $percent })
check-percent = { $percent }%
check-none = –
check-change-up = +{ $points } faiz bəndi
check-change-down = −{ $points } faiz bəndi
check-change-same = dəyişməyib
check-mine-right = düzdür
check-mine-wrong = düz deyil
check-mine-count = { $total } sualdan { $right } düz

check-report-legend = Məktəbin hesabatı üçün (ad yazılmır)
check-date = Tarix
check-girls = Qızlar
check-boys = Oğlanlar
check-pupils = Cəmi şagird
check-print = Yekunu çap et
check-summary-note = Dərsin əvvəlində və sonunda əl qaldırmaqla sayılıb. Hər pay o sual üçün qalxan əllərdən hesablanıb. Heç bir ad yazılmayıb, heç nə heç yerə göndərilməyib.
check-signature = Məktəb: ____________________   Müəllimin imzası: ____________________

check-keep = Səhifə dərs zamanı bağlansa belə, saylar bu cihazda qalsın
check-kept-class = Saylar siz silənə qədər yalnız bu cihazda qalır.
check-not-kept-class = Saylar saxlanmır: səhifə bağlansa, itəcək.
check-kept-pupil = Dərsin sonunda davam edə bilməyin üçün cavabların yalnız bu telefonda saxlanılır. Onları başqa heç kim görmür. Qurtaranda sil.
check-erase-class = Sayları sil və yenidən başla
check-erase-pupil = Cavablarımı sil

check-fit-heading = 45 dəqiqəlik dərsə necə sığışdırmalı
check-fit-start = Əvvəldə, dərsə başlamazdan qabaq
check-fit-start-text = Səkkiz sualı verin. Hansı cavabın düz olduğunu deməyin, fikir bildirməyin: qoy sinif bu gün necə bilirsə, elə cavab versin.
check-fit-lesson = Dərs
check-fit-lesson-text = Dərsi “{ page-schools-title }” səhifəsindəki plana görə keçin: hər iki planda əvvəldəki və sondakı bu dəqiqələr yoxlama üçün ayrılıb.
check-fit-end = Sonda
check-fit-end-text = Eyni sualları yenidən verin, sonra nəyin dəyişdiyini göstərin. Az şagirdin düz cavab verdiyi suala bir də qayıdın.
check-fit-hands = Şagirdlər əl qaldırmazdan əvvəl bir-birinə baxırlarsa, gözlərini yummalarını xahiş edin. Cavab vermək istəməyən şagirdi məcbur etməyin.

check-lists-heading = Çap üçün suallar
check-lists-text = Hər sualı və cavabları ucadan oxuyun, şagirdlər bir cavab üçün əl qaldırsın. Düzgün cavablar hər siyahının sonundadır.
check-answer-key = Düzgün cavablar:
