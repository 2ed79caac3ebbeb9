## The schools section: the teacher's guide, the quiz's frame, the slides and the posters.
## The lesson plans' order and minutes: src/model/lessons.rs.

# $ages is quiz-age-… below; $minutes a number.
lesson-title = { $ages } üçün dərs planı ({ $minutes } dəqiqə)
lesson-jump-label = Dərs planları
lesson-aims = Məqsədlər
lesson-steps = Dərsin gedişi
lesson-questions = Veriləcək suallar
lesson-watch-for = Nəyə diqqət etməli
lesson-slides = Bu dərsin slaydları:
lesson-minutes = { $minutes } dəq

lesson-6-11-aim-rules = Uşaqlar üçün qaydaları bilmək və onları öz sözləri ilə demək.
lesson-6-11-aim-signs = Xəbərdarlıq nişanlarını, o cümlədən adamların öz əli ilə qoyduğu nişanları tanımaq.
lesson-6-11-aim-tell = Qəribə bir şey görəndə nə edəcəyini demək və göstərmək: dayanmaq, gəldiyi yolla geri qayıtmaq, böyüklərə demək.
lesson-6-11-step-start = Sakit başlayın
lesson-6-11-step-start-text = Uşaqlardan soruşun: harada oynayırlar və oranın təhlükəsiz olduğunu onlara kim deyib? Deyin ki, bu gün qorxmaqdan yox, nə etməli olduğumuzu bilməkdən danışacağıq.
lesson-6-11-step-rules = Uşaqlar üçün qaydalar
lesson-6-11-step-rules-text = Uşaqlar üçün qaydalar slaydını göstərin. Hər qaydanı oxuyun, sonra sinif onu birlikdə təkrar etsin.
lesson-6-11-step-signs = Xəbərdarlıq nişanları
lesson-6-11-step-signs-text = Nişanlar olan slaydları göstərin. Hər şəkildən sonra soruşun: nə etməliyik? Nişan qabaqdadırsa: dayan, geri qayıt, böyüklərə de. Artıq nişandan o yana keçmisənsə: heykəl kimi yerində dur və ucadan böyükləri çağır.
lesson-6-11-step-practise = Nə edəcəyini məşq edin
lesson-6-11-step-practise-text = Yerə qəribə bir əşyanın şəklini qoyun. Uşaqlar bir-bir nə etməli olduqlarını göstərsinlər: dayanmaq, toxunmamaq, gəldikləri yolla geri qayıtmaq, müəllimə demək.
lesson-6-11-step-quiz = Viktorina
lesson-6-11-step-quiz-text = 6–11 yaş üçün viktorinanı proyektorla ekrana verib bütün siniflə birlikdə cavablandırın. Hər cavabı sinif seçsin, sonra izahı ucadan oxuyun.
lesson-6-11-step-close = Evə aparın
lesson-6-11-step-close-text = Hər uşağa evdə ailəsi ilə birlikdə oxumaq üçün vərəqə verin. Dərsi üç sözlə bitirin: Dayan. Toxunma. Böyüklərə de.
lesson-6-11-question-play = Dərsdən sonra harada oynayırsan? Oranın təhlükəsiz olduğunu sənə kim deyib?
lesson-6-11-question-ball = Topun nişandan o yana diyirlənsə, nə edərsən?
lesson-6-11-question-sign = Üzərində kəllə və çarpaz sümüklər olan qırmızı nişan sənə nə deyir?
lesson-6-11-question-tell = Qəribə bir şey görsən, hansı böyüklərə deyə bilərsən?

lesson-12-17-aim-signs = Standart xəbərdarlıq nişanını, adamların öz əli ilə qoyduğu nişanları və nişan olmayan yerdə təhlükənin əlamətlərini tanımaq.
lesson-12-17-aim-situations = Üç təhlükəli vəziyyəti bir-birindən ayırmaq və hər birində niyə başqa cür davranmaq lazım olduğunu bilmək.
lesson-12-17-aim-myths = Minalar haqqında yanlış fikirlərə faktlarla cavab vermək.
lesson-12-17-step-start = Burada nə baş verib
lesson-12-17-step-start-text = “{ page-statistics-title }” səhifəsindəki rəsmi rəqəmləri göstərin və onları kimin verdiyini deyin. Şagirdlərin nə eşitdiyini soruşun və şayiələrə mənbələrə əsasən cavab verin.
lesson-12-17-step-signs = Nişanlar və təhlükə əlamətləri
lesson-12-17-step-signs-text = Nişanlar haqqında üç slaydı göstərin. Şagirdlərdən soruşun: bu nişanlardan hansını özləri görüblər və harada?
lesson-12-17-step-situations = Üç təhlükəli vəziyyət
lesson-12-17-step-situations-text = Üç vəziyyəti bir-bir göstərin. Soruşun: “gəldiyin yolla geri qayıt” qaydası əşya görəndə niyə düzdür, minalanmış ərazinin içində isə niyə səhvdir? Yaralının yanına niyə heç kim qaçmamalıdır?
lesson-12-17-step-myths = Yanlış fikirlər
lesson-12-17-step-myths-text = “{ page-rules-title }” səhifəsindəki yanlış fikirləri bir-bir oxuyun; həqiqəti göstərməzdən əvvəl onu şagirdlər desin.
lesson-12-17-step-quiz = Viktorina
lesson-12-17-step-quiz-text = Şagirdlər 12–17 yaş üçün viktorinanı cüt-cüt telefonda və ya kompüterdə cavablandırsınlar, sonra səhv cavab verdikləri suallara yenidən baxsınlar.
lesson-12-17-step-close = Vərəqələri paylayın
lesson-12-17-step-close-text = Vərəqələri paylayın və hər şagirddən vərəqəni evdə ailəsi ilə birlikdə oxumasını xahiş edin. Plakatları məktəbdə asın.
lesson-12-17-question-go-back = “Gəldiyin yolla geri qayıt” nə vaxt düzgündür, nə vaxt isə yerində durmaq lazımdır?
lesson-12-17-question-rescuers = Minadan yaralanan adamın yanına niyə heç kim qaçmamalıdır?
lesson-12-17-question-call = Hansı nömrəyə zəng etməlisən və zəng edəndə harada olmalısan?
lesson-12-17-question-no-sign = “Nişan yoxdur” niyə “təhlükəsizdir” demək deyil?

watch-no-technical = Kiçik uşaqlara minalar və hərbi sursat haqqında texniki məlumat verməyin: içində nə olduğunu, necə işlədiyini danışmayın. Əşyaların nə olduğunu yox, nə etmək lazım olduğunu öyrədin (UNICEF-in fövqəladə vəziyyətlərdə mina təhlükəsinə dair maarifləndirmə təlimatı).
watch-copy-adults = Uşaqlar böyüklərin davranışını təkrarlayır. UNICEF-in Ukrayna nümayəndəliyi bildirir ki, uşaqlar təhlükəni çox vaxt bilirlər, amma buna uyğun davranmaya bilərlər, qaydaları pozan böyükləri də təqlid edə bilərlər. Qaydalara özünüz əməl edin və ailələrdən də bunu xahiş edin.
watch-bereaved = Bəzi şagirdlər kimisə itirmiş və ya özləri xəsarət almış ola bilər. Sakit danışın, uşaqlardan başlarına gələnləri danışmağı istəməyin və ehtiyacı olan uşağa sinifdən çıxmağa icazə verin. Elə bu səbəbdən uşaqlar üçün “Walk Safe” tətbiqinin mətnlərini uşaq psixoloqu yoxlayıb.
watch-one-message = Saytdakı və rəsmi müraciətlərdəki sözlərdən istifadə edin ki, şagirdlər harada eşitsələr də, eyni qaydaları eşitsinlər (UNICEF-in fövqəladə vəziyyətlərdə mina təhlükəsinə dair maarifləndirmə təlimatı).
watch-no-objects = Sinfə heç vaxt əsl sursat və ya yerdən tapılmış heç bir əşya gətirməyin. Saytdakı şəkillərdən istifadə edin.

## The quiz's frame. The questions are in quiz.ftl.

quiz-choose = Yaş qrupunu seç
quiz-age-6-11 = 6–11 yaş
quiz-age-12-17 = 12–17 yaş
quiz-count = { $count } sual
quiz-needs-js = Bu telefonda viktorina açılmırsa, bütün suallar və cavablar aşağıdakı siyahılardadır.
quiz-private = Cavabların bu cihazdan kənara çıxmır: heç yerə göndərilmir, heç yerdə saxlanılmır.
quiz-progress = Sual { $number } / { $total }
quiz-mark-right = düzgün cavab
quiz-mark-wrong = səhv cavab
quiz-mark-chosen = sənin cavabın
quiz-verdict-right = Düzdür!
quiz-verdict-wrong = Tam düz deyil.
quiz-right-answer = Düzgün cavab:
quiz-your-answer = Sənin cavabın:
quiz-next = Növbəti sual
quiz-finish = Nəticəni gör
quiz-results = Nəticən
quiz-score = { $total } sualdan { $right } suala düzgün cavab verdin.
quiz-all-right = Bütün cavabların düzdür. Afərin! İndi qaydaları ailənə də danış.
quiz-review = Yenidən baxılacaq suallar
quiz-again = Yenidən başla
quiz-other-age = Başqa yaş qrupunu seç
quiz-key-6-11 = Bütün suallar və cavablar, 6–11 yaş
quiz-key-12-17 = Bütün suallar və cavablar, 12–17 yaş

## The classroom slides.

slides-opening = Yaxınlaşmayın. Toxunmayın. Məlumat verin.
slides-deck = təqdimat
slides-slide = slayd
slides-position = Slayd { $number } / { $total }
slides-previous = Əvvəlki
slides-next = Növbəti
slides-full-screen = Tam ekran
slides-leave-full-screen = Tam ekrandan çıx
slides-go-to = Slayda keçid
slides-needs-js = Bu cihazda slaydlar dəyişmirsə, onlar səhifədə bir-birinin ardınca gəlir.
slides-keys = Növbəti: → və ya Space və ya PageDown. Əvvəlki: ← və ya PageUp. Birinci və sonuncu: Home və End. Tam ekrandan çıxmaq: Esc.

## The posters.

posters-help = Hər plakat saytın qalan hissəsi olmadan bir A4 vərəqində çap olunur. Hamısını brauzerin “Çap et” əmri ilə, ya da hər birini öz düyməsi ilə ayrıca çap edin.
posters-list = Bu səhifədəki plakatlar
posters-print-one = Bu plakatı çap et
poster-rules = Plakat: təhlükəsizlik qaydaları
poster-signs = Plakat: xəbərdarlıq nişanları
poster-emergency = Plakat: təhlükə anında nə etməli
poster-handout = Ailələr üçün vərəqə
poster-rules-title = Minalar və partlamamış hərbi sursat: özünüzü qoruyun
poster-signs-title = Bu nişanlar təhlükə deməkdir: dayanın, irəli getməyin
poster-signs-remember = Nişan olmasa da, orada təhlükə ola bilər.
poster-emergency-title = { page-emergency-title }
poster-handout-title = Mina təhlükəsizliyi: bütün ailə üçün
poster-handout-children = Uşaqlarla birlikdə oxumaq üçün
poster-handout-emergency = Şübhəli əşya görəndə, minalanmış ərazidə olanda və ya kimsə yaralananda nə etməli: bu üç vəziyyəti qarışdırmayın. “{ page-emergency-title }” plakatındakı və ya saytdakı eyniadlı səhifədəki addımlara əməl edin.

## The code printed on each poster and on the handout: a phone's camera opens the page.
poster-qr-scan = Bu səhifəni açmaq üçün telefonun kamerasını koda tutun.
poster-qr-label = Bu səhifənin ünvanı olan QR kod
