## The schools section: the teacher's guide, the quiz's frame, the slides and the posters.
## The lesson plans' order and minutes: src/model/lessons.rs.

# $ages is quiz-age-… below; $minutes a number.
lesson-title = { $ages } üçün dərs planı ({ $minutes } dəqiqə)
lesson-jump-label = Dərs planları
lesson-aims = Məqsədlər
lesson-steps = Dərsin gedişi
lesson-questions = Veriləcək suallar
lesson-watch-for = Nəyə diqqət etməli
lesson-minutes = { $minutes } dəq

lesson-6-11-aim-rules = Uşaqlar üçün qaydaları bilmək və onları öz sözləri ilə demək.
lesson-6-11-aim-signs = Xəbərdarlıq nişanlarını, o cümlədən insanların özlərinin qoyduğu nişanları tanımaq.
lesson-6-11-aim-tell = Qəribə bir şey görəndə nə edəcəyini bilmək: dayanmaq, gəldiyi yolla geri qayıtmaq, böyüklərə demək.
lesson-6-11-step-start = Sakit başlayın
lesson-6-11-step-start-text = Uşaqlardan harada oynadıqlarını və oranın təhlükəsiz olduğunu onlara kimin dediyini soruşun. Bu gün söhbətin qorxmaq haqqında deyil, nə edəcəyini bilmək haqqında olduğunu deyin.
lesson-6-11-step-rules = Uşaqlar üçün qaydalar
lesson-6-11-step-rules-text = Uşaqlar üçün qaydalar slaydını göstərin. Hər qaydanı oxuyun, sonra sinif onu birlikdə təkrar etsin.
lesson-6-11-step-signs = Xəbərdarlıq nişanları
lesson-6-11-step-signs-text = Nişanlar slaydlarını göstərin. Hər şəkil üçün soruşun: bu bizə nə etməyi deyir? Cavab həmişə eynidir: dayan, onun o tayına keçmə.
lesson-6-11-step-practise = Nə edəcəyini məşq edin
lesson-6-11-step-practise-text = Yerə qəribə bir əşyanın şəklini qoyun. Uşaqlar bir-bir nə edəcəklərini göstərsinlər: dayanmaq, toxunmamaq, gəldiyi yolla geri qayıtmaq, müəllimə demək.
lesson-6-11-step-quiz = Viktorina
lesson-6-11-step-quiz-text = 6–11 yaş üçün viktorinanı proyektorda birlikdə keçin. Hər cavabı sinif seçsin, sonra izahatı ucadan oxuyun.
lesson-6-11-step-close = Evə aparın
lesson-6-11-step-close-text = Hər uşağa ailəsi ilə birlikdə oxumaq üçün vərəqə verin. Dərsi yadda saxlanılacaq üç şeylə bitirin: yaxınlaşma, toxunma, böyüklərə de.
lesson-6-11-question-play = Dərsdən sonra harada oynayırsınız? Oranın təhlükəsiz olduğunu kim deyir?
lesson-6-11-question-ball = Topun nişanın o tayına diyirlənsə, nə edərdin?
lesson-6-11-question-sign = Kəllə və çarpaz sümüklər olan qırmızı nişan sənə nə deyir?
lesson-6-11-question-tell = Qəribə bir şey görsən, hansı böyüklərə deyə bilərsən?

lesson-12-17-aim-signs = Standart nişanı, insanların qoyduğu nişanları və nişan olmayan yerdə təhlükənin əlamətlərini tanımaq.
lesson-12-17-aim-situations = Üç təcili vəziyyəti bir-birindən ayırmaq və hər birində niyə fərqli davranmaq lazım olduğunu bilmək.
lesson-12-17-aim-myths = Həyata baha başa gələn yanlış fikirlərə faktlarla cavab vermək.
lesson-12-17-step-start = Burada nə baş verib
lesson-12-17-step-start-text = Statistika səhifəsindəki rəsmi rəqəmləri göstərin və onları kimin verdiyini deyin. Şagirdlərin nə eşitdiyini soruşun və şayiələri mənbələrlə düzəldin.
lesson-12-17-step-signs = Nişanlar və təhlükə əlamətləri
lesson-12-17-step-signs-text = Nişanlar haqqında üç slaydı göstərin. Hansı nişanları özlərinin gördüyünü və harada gördüklərini soruşun.
lesson-12-17-step-situations = Üç təcili vəziyyət
lesson-12-17-step-situations-text = Üç vəziyyəti bir-bir göstərin. “Gəldiyin yolla geri qayıt” qaydasının əşya görəndə niyə düzgün, minalanmış ərazinin içində isə niyə yanlış olduğunu və yaralının yanına niyə heç kimin qaçmadığını soruşun.
lesson-12-17-step-myths = Yanlış fikirlər
lesson-12-17-step-myths-text = Qaydalar səhifəsindəki yanlış fikirləri bir-bir oxuyun; faktı göstərməzdən əvvəl onu şagirdlər desin.
lesson-12-17-step-quiz = Viktorina
lesson-12-17-step-quiz-text = Şagirdlər 12–17 yaş üçün viktorinanı cüt-cüt telefonda və ya kompüterdə keçsinlər, sonra səhv cavab verdikləri suallara yenidən baxsınlar.
lesson-12-17-step-close = Paylaşın
lesson-12-17-step-close-text = Vərəqələri paylayın və hər şagirddən onu evdə ailəsi ilə oxumasını xahiş edin. Plakatları məktəbdə asın.
lesson-12-17-question-go-back = “Gəldiyin yolla geri qayıt” nə vaxt düzgündür, nə vaxt isə yerində durmaq lazımdır?
lesson-12-17-question-rescuers = Minadan yaralanan adamın yanına niyə heç kim qaçmamalıdır?
lesson-12-17-question-call = Hansı nömrəyə zəng edirsən və zəng edəndə harada durursan?
lesson-12-17-question-no-sign = “Nişan yoxdur” niyə “təhlükəsizdir” demək deyil?

watch-no-technical = Kiçik uşaqlara minalar və hərbi sursat haqqında texniki məlumat verməyin: onların içində nə olduğunu və necə işlədiyini danışmayın. Əşyaların nə olduğunu deyil, nə etmək lazım olduğunu öyrədin (UNICEF-in Təcili Mina Riski Təhsili Təlimatı).
watch-copy-adults = Uşaqlar böyüklərin davranışını təkrarlayır. UNICEF Ukraynada müəyyən edib ki, uşaqlar riskləri çox vaxt bilir, amma qaydaları pozan böyükləri təqlid edirlər. Qaydalara özünüz əməl edin və ailələrdən də bunu xahiş edin.
watch-bereaved = Bəzi şagirdlər kimisə itirmiş və ya özləri xəsarət almış ola bilər. Sakit danışın, şəxsi əhvalatlar soruşmayın və ehtiyacı olan uşağa sinifdən çıxmağa icazə verin. Uşaqlar üçün “Walk Safe” tətbiqinin məzmununu uşaqları yenidən travmalaşdırmamaq üçün uşaq psixoloqu yoxlayıb.
watch-one-message = Saytın və rəsmi müraciətlərin sözlərindən istifadə edin ki, şagirdlər harada eşitsələr də eyni qaydaları eşitsinlər (UNICEF-in Təcili Mina Riski Təhsili Təlimatı).
watch-no-objects = Sinfə heç vaxt real əşya və ya yerdən tapılmış heç nə gətirməyin. Saytdakı şəkillərdən istifadə edin.

## The quiz's frame. The questions are in quiz.ftl.

quiz-choose = Yaş qrupunu seçin
quiz-age-6-11 = 6–11 yaş
quiz-age-12-17 = 12–17 yaş
quiz-count = { $count } sual
quiz-needs-js = Viktorina üçün JavaScript lazımdır. Onsuz bütün suallar və cavabları aşağıdakı siyahılardadır.
quiz-private = Cavablarınız bu cihazda qalır: heç nə göndərilmir və saxlanılmır.
quiz-progress = Sual { $number } / { $total }
quiz-mark-right = düzgün cavab
quiz-mark-wrong = səhv cavab
quiz-mark-chosen = sənin cavabın
quiz-verdict-right = Düzdür!
quiz-verdict-wrong = Bu, düzgün deyil.
quiz-right-answer = Düzgün cavab:
quiz-your-answer = Sənin cavabın:
quiz-next = Növbəti sual
quiz-finish = Nəticəni gör
quiz-results = Nəticən
quiz-score = { $total } sualdan { $right } suala düzgün cavab verdin.
quiz-all-right = Bütün cavablar düzdür. Afərin: indi qaydaları ailənlə paylaş.
quiz-review = Yenidən baxılacaq suallar
quiz-again = Yenidən başla
quiz-other-age = Başqa yaş qrupunu seç
quiz-key-6-11 = Bütün suallar və cavablar, 6–11 yaş
quiz-key-12-17 = Bütün suallar və cavablar, 12–17 yaş

## The classroom slides.

slides-opening = Yaxınlaşmayın. Toxunmayın. Xəbər verin.
slides-deck = təqdimat
slides-slide = slayd
slides-position = Slayd { $number } / { $total }
slides-previous = Əvvəlki
slides-next = Növbəti
slides-full-screen = Tam ekran
slides-leave-full-screen = Tam ekrandan çıx
slides-go-to = Slayda keçid
slides-needs-js = JavaScript olmadan slaydlar səhifədə bir-birinin ardınca gəlir.
slides-keys = Növbəti: → və ya Space və ya PageDown. Əvvəlki: ← və ya PageUp. Birinci və sonuncu: Home və End. Tam ekrandan çıxmaq: Esc.

## The posters.

posters-help = Hər plakat saytın qalan hissəsi olmadan bir A4 səhifəsində çap olunur. Hamısını brauzerin “Çap et” əmri ilə, ya da hər birini öz düyməsi ilə ayrıca çap edin.
posters-list = Bu səhifədəki plakatlar
posters-print-one = Bu plakatı çap et
poster-rules = Plakat: təhlükəsizlik qaydaları
poster-signs = Plakat: xəbərdarlıq nişanları
poster-emergency = Plakat: təcili vəziyyətdə nə etməli
poster-handout = Ailələr üçün vərəqə
poster-rules-title = Minalar və partlamamış hərbi sursat: özünüzü qoruyun
poster-signs-title = Bu nişanlar təhlükə deməkdir: dayanın, irəli getməyin
poster-signs-remember = Nişanın olmaması təhlükəsizlik demək deyil. Bir çox təhlükəli yerdə heç bir nişan olmur.
poster-emergency-title = Təcili vəziyyətdə
poster-handout-title = Mina təhlükəsizliyi: bütün ailə üçün
poster-handout-children = Uşaqlarla birlikdə oxumaq üçün
poster-handout-emergency = Əşya görəndə, minalanmış ərazidə olanda və ya kimsə yaralananda nə etməli: üç vəziyyəti bir-birindən ayırın və təcili vəziyyət plakatındakı və ya saytın təcili vəziyyət səhifəsindəki addımlara əməl edin.
